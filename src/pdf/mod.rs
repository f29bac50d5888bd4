//! PDFs of the print publications, printed by a headless Chromium.
//!
//! One browser is started for a build and driven over the DevTools
//! protocol; a few connections to it print in parallel, each reusing its
//! own tab from page to page. Before printing, each folder is measured in
//! print layout: a panel whose text does not fit is reported by name; and
//! a publication with letters none of the theme's fonts has is reported,
//! as the PDF shows them in a font of this machine, if it has one. The
//! PDFs are then finished with lopdf: document language, title and dates,
//! and for the print-shop variant the TrimBox and BleedBox a print shop's
//! software reads.
//!
//! A publication whose page and every file it loads are as when it was
//! last printed is taken from the cache folder instead ([`cache`]).
//!
//! The browser may reach nothing but the output folder: every host name
//! resolves to nothing, so a page that asked for a remote file would print
//! without it, never leak a request.

mod browser;
pub use browser::{Browser, Tab};
mod cache;
use cache::Kept;
mod finish;
mod fonts;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::error::{Error, Result, Warning};
use crate::render::{Body, OutputFile, PdfJob};

pub use browser::find_chromium;

/// What printing made.
#[derive(Debug, Default)]
pub struct Printed {
    pub files: Vec<OutputFile>,
    pub warnings: Vec<Warning>,
    /// How many PDFs were taken from the cache rather than printed.
    pub from_cache: usize,
}

/// The letters of each office page (the print-shop page has the same
/// text: one warning is enough) that no font of the theme has, as a
/// warning. Made on every build, with or without the cache: the fonts are
/// all the stylesheets under `assets/`, not only those a page loads.
fn missing_letters(root: &Path, jobs: &[PdfJob]) -> Result<Vec<Option<Warning>>> {
    use rayon::prelude::*;
    let fonts = fonts::Coverage::of_stylesheets(&root.join("assets"));
    jobs.par_iter()
        .map(|job| {
            if job.trim.is_some() {
                return Ok(None);
            }
            let page = root.join(&job.html);
            let html = std::fs::read_to_string(&page).map_err(|e| Error::read(&page, e))?;
            let missing = fonts.missing(&html);
            Ok((!missing.is_empty()).then(|| Warning {
                message: missing_letters_message(job, &missing),
            }))
        })
        .collect()
}

/// Prints every job from the pages already written under `root`.
/// `date` (`YYYY-MM-DD`) becomes the PDFs' creation date. With a `cache`
/// folder, a job printed before from the same files is taken from it,
/// what is printed is kept in it, and what the jobs no longer need is
/// removed from it. `done` is called after each publication, for a
/// progress bar.
pub fn print_all(
    chromium: &Path,
    root: &Path,
    jobs: &[PdfJob],
    date: &str,
    cache: Option<&Path>,
    done: &(dyn Fn() + Sync),
) -> Result<Printed> {
    use rayon::prelude::*;
    let missing = missing_letters(root, jobs)?;
    let cache = cache.map(|dir| cache::Cache::open(dir, chromium));
    let keys: Vec<Option<u128>> = match &cache {
        Some(cache) => {
            let files = cache::Files::default();
            jobs.par_iter()
                .map(|job| Some(cache.key(root, job, &files)))
                .collect()
        }
        None => vec![None; jobs.len()],
    };
    let mut pages: Vec<Option<Kept>> = keys
        .par_iter()
        .map(|key| {
            let kept = cache.as_ref().zip(*key).and_then(|(c, k)| c.get(k));
            if kept.is_some() {
                done();
            }
            kept
        })
        .collect();
    let from_cache = pages.iter().flatten().count();
    let todo: Vec<usize> = (0..jobs.len()).filter(|&i| pages[i].is_none()).collect();
    for (i, page) in print_jobs(chromium, root, jobs, &todo, done)? {
        if let (Some(cache), Some(key)) = (&cache, keys[i]) {
            cache.put(key, &page.0, &page.1);
        }
        pages[i] = Some(page);
    }
    if let Some(cache) = &cache {
        cache.prune(&keys.iter().flatten().copied().collect());
    }
    let finished: Vec<Result<(Vec<u8>, Vec<Warning>)>> = jobs
        .par_iter()
        .zip(pages)
        .map(|(job, page)| {
            let (pdf, warnings) = page.ok_or_else(|| Error::Pdf {
                message: format!("{}: was not printed", job.html),
                help: "run the build again".into(),
            })?;
            let pdf = finish::finish(&pdf, job, date).map_err(|message| Error::Pdf {
                message: format!("{}: {message}", job.pdf),
                help: "the browser printed a PDF that could not be read; try another Chromium with `--chromium PATH`".into(),
            })?;
            Ok((pdf, warnings))
        })
        .collect();
    let mut printed = Printed {
        from_cache,
        ..Printed::default()
    };
    for ((job, outcome), missing) in jobs.iter().zip(finished).zip(missing) {
        let (bytes, warnings) = outcome?;
        printed.warnings.extend(missing);
        printed.warnings.extend(warnings);
        printed.files.push(OutputFile {
            path: job.pdf.clone(),
            body: Body::Bytes(bytes),
        });
    }
    Ok(printed)
}

/// Prints the jobs numbered `todo` in a browser started for them (none
/// when there are none), each as the browser made it.
fn print_jobs(
    chromium: &Path,
    root: &Path,
    jobs: &[PdfJob],
    todo: &[usize],
    done: &(dyn Fn() + Sync),
) -> Result<Vec<(usize, Kept)>> {
    if todo.is_empty() {
        return Ok(Vec::new());
    }
    let browser = browser::Browser::launch(chromium)?;
    let at = Where { root };
    let workers = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .clamp(1, 4)
        .min(todo.len());
    // Each worker takes the next job until none is left, on its own tab.
    let next = AtomicUsize::new(0);
    let outcomes: Vec<Result<Vec<(usize, Kept)>>> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| -> Result<Vec<(usize, Kept)>> {
                    let mut tab = browser.tab()?;
                    let mut printed = Vec::new();
                    loop {
                        let Some(&i) = todo.get(next.fetch_add(1, Ordering::SeqCst)) else {
                            return Ok(printed);
                        };
                        printed.push((i, print_one(&mut tab, &at, &jobs[i])?));
                        done();
                    }
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|w| {
                w.join().unwrap_or_else(|_| {
                    Err(Error::Pdf {
                        message: "a printing worker stopped unexpectedly".into(),
                        help: "run the build again".into(),
                    })
                })
            })
            .collect()
    });
    let mut pages = Vec::with_capacity(todo.len());
    for outcome in outcomes {
        pages.extend(outcome?);
    }
    Ok(pages)
}

/// What every publication of a build is printed with.
struct Where<'a> {
    /// The output folder, the publications' pages written in it.
    root: &'a Path,
}

/// Prints one publication; an error names it.
fn print_one(tab: &mut browser::Tab, at: &Where, job: &PdfJob) -> Result<Kept> {
    print_page(tab, at, job).map_err(|e| match e {
        Error::Pdf { message, help } => Error::Pdf {
            message: format!("{}: {message}", job.html),
            help,
        },
        other => other,
    })
}

fn print_page(tab: &mut browser::Tab, at: &Where, job: &PdfJob) -> Result<Kept> {
    let page: PathBuf = at.root.join(&job.html);
    let page = page.canonicalize().map_err(|e| Error::read(&page, e))?;
    tab.open(&file_url(&page))?;
    let mut warnings = Vec::new();
    // The print-shop page has the same panels; measuring one is enough.
    if let (Some(partner), None) = (&job.partner, job.trim) {
        for (panel, over_mm) in tab.overflowing_panels()? {
            warnings.push(Warning {
                message: overflow_message(job, partner, &panel, over_mm),
            });
        }
    }
    Ok((tab.print_pdf()?, warnings))
}

/// What overflowed, and which content to shorten, in words for the person
/// who wrote it.
fn overflow_message(job: &PdfJob, partner: &str, panel: &str, over_mm: f64) -> String {
    let lang = &job.lang;
    let texts = format!("content/partners/{partner}/");
    // The theme's panel keys, as a reader of the folder names them.
    let name = match panel {
        "story" => "the panel with the profile text",
        "contact" => "the contact panel",
        "figures" => "the panel with the facts and the timeline",
        "achievements" => "the panel of what was done together",
        "plans" => "the panel of plans",
        "cover" => "the cover",
        _ => "a panel",
    };
    let fix = match panel {
        "story" => {
            format!("shorten the `{lang}` profile text in {texts} (the panel shows all of it)")
        }
        "contact" => format!(
            "shorten `common_ground:` of the `{lang}` text in {texts}, or `contact:` in content/site.yaml"
        ),
        "figures" => format!("shorten the timeline's titles in {texts}partner.yaml"),
        "achievements" | "plans" => {
            "shorten the summaries of this partner's activities in content/activities/".to_string()
        }
        "cover" => format!("shorten the names or `areas:` in {texts}partner.yaml"),
        _ => "shorten the text this panel shows".to_string(),
    };
    format!(
        "{}: {name} of this folder is {over_mm:.0} mm too long, and its end is cut off in print; {fix}",
        job.html.trim_end_matches("index.html")
    )
}

/// Letters no font of the theme has, and what to do about them.
fn missing_letters_message(job: &PdfJob, missing: &[char]) -> String {
    let shown: String = missing.iter().take(8).collect();
    let more = if missing.len() > 8 { "…" } else { "" };
    format!(
        "{}: {} letters of this publication ({shown}{more}) are in none of the theme's fonts; \
         the PDF shows them in a font of the machine that prints it, or as empty boxes where it \
         has none: install one there (for Chinese, Japanese and Korean, Debian's \
         fonts-noto-cjk), add one to the theme's static/fonts/, or print the page from a \
         browser on a computer that shows these letters",
        job.html.trim_end_matches("index.html"),
        missing.len()
    )
}

/// A `file://` URL for an absolute path, percent-encoding what needs it.
fn file_url(path: &Path) -> String {
    let mut url = String::from("file://");
    let text = path.to_string_lossy().replace('\\', "/");
    if !text.starts_with('/') {
        url.push('/');
    }
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'/' | b'-' | b'_' | b'.' | b'~' | b':' => {
                url.push(b as char)
            }
            b => url.push_str(&format!("%{b:02X}")),
        }
    }
    url
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The office variant of a partner's folder in `lang`.
    fn folder(partner: &str, lang: &str) -> PdfJob {
        PdfJob {
            html: format!("print/{partner}/{lang}/index.html"),
            pdf: format!("print/{partner}/{lang}/x.pdf"),
            trim: None,
            lang: crate::model::Lang::parse(lang).unwrap(),
            title: partner.into(),
            partner: Some(partner.into()),
        }
    }

    #[test]
    fn an_overflow_names_the_content_to_shorten() {
        let job = folder("poissy", "fr");
        assert_eq!(
            overflow_message(&job, "poissy", "story", 14.2),
            "print/poissy/fr/: the panel with the profile text of this folder is 14 mm too long, and its end is cut off in print; shorten the `fr` profile text in content/partners/poissy/ (the panel shows all of it)"
        );
    }

    #[test]
    fn letters_no_font_has_are_named_with_where_to_find_one() {
        let job = folder("springfield", "ja");
        let missing: Vec<char> = "上尾市と姉妹都交流事".chars().collect();
        assert_eq!(
            missing_letters_message(&job, &missing),
            "print/springfield/ja/: 10 letters of this publication (上尾市と姉妹都交…) are in none of the theme's fonts; the PDF shows them in a font of the machine that prints it, or as empty boxes where it has none: install one there (for Chinese, Japanese and Korean, Debian's fonts-noto-cjk), add one to the theme's static/fonts/, or print the page from a browser on a computer that shows these letters"
        );
    }

    #[test]
    fn file_urls_are_percent_encoded() {
        assert_eq!(
            file_url(Path::new("/tmp/my site/print/poissy/fr/index.html")),
            "file:///tmp/my%20site/print/poissy/fr/index.html"
        );
        assert_eq!(file_url(Path::new("/a/ż")), "file:///a/%C5%BC");
    }
}
