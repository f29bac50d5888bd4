//! The benchmark's synthetic site (benches/synth) is the same for the same
//! seed and is a valid site; `build --timings` names every phase; the Hugo
//! site the benchmark builds beside it holds the same partner pages.
//!
//! The Hugo build is skipped with a message where `hugo` is not installed;
//! `.ci/run` installs it and sets `TWINPRESS_REQUIRE_HUGO=1`, which turns
//! the skip into a failure.

mod common;
#[allow(dead_code)]
#[path = "../benches/synth/mod.rs"]
mod synth;

use std::path::Path;

use common::{tree, twinpress};

#[test]
fn the_synthetic_site_depends_on_its_seed_alone_and_builds_with_timings() {
    let tmp = tempfile::tempdir().unwrap();
    let shape = |seed| synth::Shape {
        partners: 6,
        languages: 3,
        seed,
    };
    for (name, seed) in [("a", 7), ("b", 7), ("c", 8)] {
        synth::write(&tmp.path().join(name), shape(seed)).unwrap();
    }
    let a = tree(&tmp.path().join("a"));
    assert!(a.len() > 20, "{} files", a.len());
    assert!(
        a == tree(&tmp.path().join("b")),
        "the same seed made two sites"
    );
    assert!(
        a != tree(&tmp.path().join("c")),
        "another seed made the same site"
    );

    let result = twinpress()
        .args(["build", "--timings", "--root"])
        .arg(tmp.path().join("a"))
        .arg("--output")
        .arg(tmp.path().join("out"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert!(result.status.success(), "{stderr}");
    assert!(!stderr.contains("warning"), "{stderr}");
    let stdout = String::from_utf8_lossy(&result.stdout);
    let phases: Vec<&str> = stdout
        .lines()
        .filter(|l| l.starts_with("  ") && l.trim_end().ends_with(" ms"))
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert_eq!(
        phases,
        ["load", "model", "render", "write", "photos", "finish"],
        "{stdout}"
    );
}

/// The name a partner's `partner.yaml` gives it.
fn partner_name(folder: &Path) -> String {
    let facts = std::fs::read_to_string(folder.join("partner.yaml")).unwrap();
    facts
        .lines()
        .find_map(|l| l.strip_prefix("name: "))
        .unwrap()
        .to_string()
}

#[test]
fn the_hugo_site_holds_every_partner_page_of_the_synthetic_site() {
    let tmp = tempfile::tempdir().unwrap();
    let shape = synth::Shape {
        partners: 3,
        languages: 3,
        seed: 5,
    };
    let site = tmp.path().join("site");
    synth::write(&site, shape).unwrap();
    let hugo = tmp.path().join("hugo");
    synth::hugo::write(&site, &hugo, shape.languages()).unwrap();

    let config = std::fs::read_to_string(hugo.join("hugo.toml")).unwrap();
    let languages = shape.languages();
    assert!(config.contains(&format!("defaultContentLanguage = \"{}\"", languages[0])));
    for lang in languages {
        assert!(config.contains(&format!("[languages.{lang}]")), "{config}");
    }
    let mut partners: Vec<_> = std::fs::read_dir(site.join("content/partners"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    partners.sort();
    assert_eq!(partners.len(), 3);
    for folder in &partners {
        let slug = folder.file_name().unwrap().to_str().unwrap();
        let name = partner_name(folder);
        for lang in languages {
            let profile = std::fs::read_to_string(folder.join(format!("{lang}.md"))).unwrap();
            let page =
                std::fs::read_to_string(hugo.join(format!("content/{lang}/partners/{slug}.md")))
                    .unwrap();
            // The profile as it is, its title first in its front matter.
            let body = profile.strip_prefix("---\n").unwrap();
            assert_eq!(page, format!("---\ntitle: \"{name}\"\n{body}"));
        }
    }

    // Built by Hugo, where it is installed: a page per partner and
    // language, the default language's at the top, each with the
    // partner's name and an alternate in every language.
    let required = std::env::var_os("TWINPRESS_REQUIRE_HUGO").is_some();
    if std::process::Command::new("hugo")
        .arg("version")
        .output()
        .is_err()
    {
        let message = "skipped: building the Hugo site needs hugo (Debian: apt-get install hugo)";
        assert!(!required, "{message}");
        eprintln!("{message}");
        return;
    }
    let out = tmp.path().join("hugo-out");
    let built = std::process::Command::new("hugo")
        .arg("--quiet")
        .arg("--source")
        .arg(&hugo)
        .arg("--destination")
        .arg(&out)
        .output()
        .unwrap();
    assert!(
        built.status.success(),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );
    for folder in &partners {
        let slug = folder.file_name().unwrap().to_str().unwrap();
        let name = partner_name(folder);
        for (i, lang) in languages.iter().enumerate() {
            let prefix = if i == 0 {
                String::new()
            } else {
                format!("{lang}/")
            };
            let path = out.join(format!("{prefix}partners/{slug}/index.html"));
            let html = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            assert!(html.contains(&format!("<h1>{name}</h1>")), "{html}");
            for other in languages {
                assert!(
                    html.contains(&format!("hreflang=\"{other}\"")),
                    "{}: no alternate in {other}",
                    path.display()
                );
            }
        }
    }
}
