//! What each fuzz target holds for any input, shared by the targets in
//! `fuzz_targets/` (run by cargo-fuzz) and by `tests/fuzz_regressions.rs`,
//! which replays the committed corpora and crash regressions in
//! `cargo test`.
#![allow(dead_code)]

/// Splitting a Markdown file into front matter and body: never a panic,
/// and the parts are the file's own text, in order.
pub mod front_matter {
    use twinpress::source::frontmatter;

    pub fn check(text: &str) {
        match frontmatter::split(text) {
            Ok(split) => {
                assert!(text.ends_with(split.body));
                assert!(split.front_matter_offset <= 1);
                if split.front_matter_offset == 0 {
                    assert!(split.front_matter.is_empty());
                    assert_eq!(split.body, text);
                } else {
                    let head = &text[..text.len() - split.body.len()];
                    assert!(head.contains(split.front_matter));
                }
            }
            Err(unclosed) => assert!(unclosed.line >= 1),
        }
    }
}

/// Any text as one content file of an otherwise valid site, read into the
/// model: never a panic, and every problem names a file of the site.
pub mod content_yaml {
    use std::path::PathBuf;
    use twinpress::error::Error;
    use twinpress::model::{self, PartialDate};
    use twinpress::source::{Content, SourceFile};

    const SITE: &str = "base_url: https://example.org/\ndefault_language: de\nlanguages: [de, en]\n\
    title: {de: Partnerstädte, en: Twin towns}\ndescription: Partner.\nhome: {name: Musterstadt, country: DE}\n";
    const PARTNER: &str = "name: Lyon\nkind: city\ncountry: FR\nlanguages: [fr]\nareas: [culture]\n\
    timeline:\n  - date: 2001-05-12\n    event: agreement\n";
    const PROFILE: &str = "---\nsummary: Lyon.\n---\nText.\n";
    const ACTIVITIES: &str =
        "- title: {de: Besuch, en: Visit}\n  date: 2024-05\n  kind: visit\n  partners: [lyon]\n";
    const PROGRAMMES: &str = "erasmus:\n  name: Erasmus+\n";
    const REPORT: &str = "---\ntitle: Bericht 2024\n---\nText.\n";

    /// The files of the site; the first byte of the input picks the one the
    /// rest of the input replaces.
    const FILES: [(&str, &str); 7] = [
        ("content/site.yaml", SITE),
        ("content/partners/lyon/partner.yaml", PARTNER),
        ("content/partners/lyon/de.md", PROFILE),
        ("content/activities/2024.yaml", ACTIVITIES),
        ("content/programmes.yaml", PROGRAMMES),
        ("content/reports/2024/de.md", REPORT),
        ("content/pages/about/de.md", REPORT),
    ];

    pub fn check(data: &[u8]) {
        let Some((&pick, rest)) = data.split_first() else {
            return;
        };
        let Ok(text) = std::str::from_utf8(rest) else {
            return;
        };
        let pick = usize::from(pick) % FILES.len();
        let texts = FILES
            .iter()
            .enumerate()
            .map(|(i, (path, original))| SourceFile {
                path: PathBuf::from(path),
                text: if i == pick { text } else { original }.to_string(),
            })
            .collect();
        let content = Content {
            texts,
            ..Content::default()
        };
        match model::load(content, PartialDate::ymd(2025, 11, 20)) {
            Ok(_) => {}
            Err(Error::Invalid(problems)) => {
                assert!(!problems.is_empty());
                for p in problems {
                    assert!(p.file.starts_with("content"), "{p}");
                }
            }
            Err(other) => panic!("not a content error: {other}"),
        }
    }
}

/// Partial dates (`2019`, `2019-05`, `2019-05-14`) and spans
/// (`2019-05-14..2019-05-18`): never a panic, only days that exist, and
/// what is read is written back the same.
pub mod dates {
    use twinpress::model::date::days_in_month;
    use twinpress::model::{PartialDate, When};

    pub fn check(text: &str) {
        if let Ok(date) = PartialDate::parse(text) {
            let first = date.first_day();
            let last = date.last_day();
            assert!(first <= last);
            for (y, m, d) in [first, last] {
                assert!((1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m));
            }
            assert_eq!(PartialDate::parse(&date.to_string()), Ok(date));
        }
        if let Ok(when) = When::parse(text) {
            assert!(when.start.first_day() <= when.last().last_day());
            let again = When::parse(&when.to_string()).expect("a span reads back");
            assert_eq!(again.to_string(), when.to_string());
        }
    }
}

/// Slugs: any name gives an ASCII segment, and a `slug:` that passes the
/// check is one plain segment inside the output on every system.
pub mod slugs {
    use twinpress::model::slug::{check_slug, slugify};
    use twinpress::output::is_inside;
    use twinpress::source::names::is_device_name;

    pub fn check(text: &str) {
        let slug = slugify(text);
        assert!(
            slug.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        );
        assert!(!slug.starts_with('-') && !slug.ends_with('-') && !slug.contains("--"));
        if !slug.is_empty() && slug.len() <= 100 && !is_device_name(&slug) {
            assert!(check_slug(&slug).is_ok(), "{slug}");
        }
        if check_slug(text).is_ok() {
            assert!(is_inside(text) && !text.contains('/'), "{text:?}");
            assert!(is_inside(&format!("en/partners/{text}/index.html")));
        }
    }
}

/// Markdown within the limits, rendered to HTML, plain text, search words
/// and links, then minified as pages are: never a panic or a stack
/// overflow, and heading ids are unique.
pub mod markdown {
    use std::path::Path;
    use twinpress::render::markdown;
    use twinpress::source::limits;

    pub fn check(text: &str) {
        if limits::markdown(Path::new("de.md"), text, 0).is_err() {
            return;
        }
        let (html, headings) = markdown::to_html(text);
        let mut ids: Vec<&str> = headings.iter().map(|h| h.id.as_str()).collect();
        ids.sort_unstable();
        let count = ids.len();
        ids.dedup();
        assert_eq!(ids.len(), count, "heading ids repeat");
        markdown::plain(text);
        markdown::words(text);
        markdown::links(text);
        markdown::inline(text);
        // On a thread like those pages are minified on in a build.
        let page = format!("<!doctype html><html lang=de><body>{html}</body></html>");
        std::thread::Builder::new()
            .stack_size(twinpress::commands::WORKER_STACK)
            .spawn(move || twinpress::output::minify(page.as_bytes()))
            .and_then(|thread| thread.join().map_err(|_| std::io::Error::other("panicked")))
            .expect("the page is minified");
    }
}
