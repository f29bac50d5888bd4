//! `twinpress init` and `twinpress new`: new sites and content that build
//! as they are, and never a file overwritten.

use std::path::Path;
use std::process::{Command, Output};

mod common;

use common::*;

fn twinpress(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_twinpress"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

fn ok(output: &Output) -> String {
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn a_new_site_with_new_content_builds_as_it_is() {
    let tmp = tempfile::tempdir().unwrap();
    let stdout = ok(&twinpress(
        tmp.path(),
        &[
            "init",
            "jihlava",
            "--name",
            "Jihlava",
            "--country",
            "CZ",
            "--languages",
            "cs,en",
        ],
    ));
    assert!(
        stdout.contains("created jihlava/content/site.yaml"),
        "{stdout}"
    );
    let site = tmp.path().join("jihlava");
    let yaml = read(&site, "content/site.yaml");
    assert!(yaml.contains("default_language: cs"));
    assert!(yaml.contains("languages: [cs, en]"));
    assert!(yaml.contains("country: CZ"));
    // Its title and description in each language, as the interface
    // strings put them.
    assert!(
        yaml.contains("title: {cs: Jihlava – Partnerská města, en: Jihlava – Partner towns}"),
        "{yaml}"
    );
    assert!(
        yaml.contains("description: {cs: 'Jihlava: mezinárodní partnerství.', en: The international partnerships of Jihlava.}"),
        "{yaml}"
    );
    let netlify = std::fs::read_to_string(site.join("netlify.toml")).unwrap();
    // The same headers as the example site's, CSP among them.
    assert!(netlify.ends_with(twinpress::commands::init::NETLIFY_HEADERS));
    let own =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/netlify.toml")).unwrap();
    assert!(own.ends_with(twinpress::commands::init::NETLIFY_HEADERS));
    assert!(netlify.contains("Content-Security-Policy = \"default-src 'self'"));
    assert!(netlify.contains("for = \"/assets/*\""), "{netlify}");
    assert!(
        netlify.contains("paths = [\".twinpress/cache\"]"),
        "{netlify}"
    );
    assert!(
        site.join("content/partners/example-partner/partner.yaml")
            .is_file()
    );

    ok(&twinpress(
        &site,
        &[
            "new",
            "partner",
            "heidenheim",
            "--name",
            "Heidenheim an der Brenz",
            "--country",
            "DE",
            "--languages",
            "de",
        ],
    ));
    let partner = read(&site, "content/partners/heidenheim/partner.yaml");
    // Every field is there, the optional ones commented.
    for field in [
        "name:",
        "kind:",
        "country: DE",
        "languages: [de]",
        "# location:",
        "# population:",
        "# website:",
        "areas:",
        "# status:",
        "timeline:",
        "# signatories:",
    ] {
        assert!(partner.contains(field), "{field} missing:\n{partner}");
    }
    assert!(site.join("content/partners/heidenheim/cs.md").is_file());
    assert!(read(&site, "content/partners/heidenheim/de.md").contains("# translated_from:"));

    ok(&twinpress(
        &site,
        &[
            "new",
            "activity",
            "--title",
            "Návštěva: Heidenheim",
            "--date",
            "2026-05-14..2026-05-16",
            "--partners",
            "heidenheim",
        ],
    ));
    let stdout = ok(&twinpress(
        &site,
        &[
            "new", "activity", "--title", "Festival", "--date", "2026-09",
        ],
    ));
    assert!(stdout.contains("added an activity to"), "{stdout}");
    let activities = read(&site, "content/activities/2026.yaml");
    assert_eq!(activities.matches("- title:").count(), 2);
    ok(&twinpress(
        &site,
        &["new", "page", "kontakt", "--title", "Kontakt"],
    ));
    ok(&twinpress(&site, &["new", "report", "2025"]));

    let built = twinpress(&site, &["build"]);
    let stdout = ok(&built);
    assert!(stdout.contains("2 partners"), "{stdout}");
    // What the commands wrote for the writer to replace is published as
    // it is, and each text that still holds it is warned of.
    let stderr = String::from_utf8_lossy(&built.stderr);
    let left: Vec<&str> = stderr
        .lines()
        .filter(|l| l.contains("still holds the words"))
        .collect();
    insta::assert_snapshot!(left.join("\n"));
    assert!(
        stderr.contains("help: write the text's own words there: as they are, they are published"),
        "{stderr}"
    );
    let out = site.join("public");
    assert!(read(&out, "partners/heidenheim/index.html").contains("Heidenheim an der Brenz"));
    assert!(read(&out, "kontakt/index.html").contains("Kontakt"));
    // A new report is called as each language calls a year's report.
    assert!(read(&out, "reports/2025/index.html").contains("<h1>Zpráva za rok 2025</h1>"));
    assert!(read(&out, "en/reports/2025/index.html").contains("<h1>Report 2025</h1>"));
    assert!(read(&out, "activities/index.html").contains("Heidenheim"));
    assert!(out.join("print/heidenheim/de/index.html").is_file());

    // Once the words are the writer's own, nothing is warned of; a text
    // with only its summary left is warned of where the summary is.
    for (file, title) in [
        ("content/reports/2025/cs.md", ""),
        ("content/partners/example-partner/cs.md", ""),
        ("content/partners/heidenheim/cs.md", ""),
    ] {
        write(
            &site.join(file),
            &format!("---\n{title}summary: Vlastní slova.\n---\nText.\n"),
        );
    }
    edit(&site.join("content/pages/kontakt/cs.md"), |text| {
        let summary = text.find("summary:").unwrap();
        let end = summary + text[summary..].find('\n').unwrap();
        format!(
            "{}summary: Vlastní slova.{}",
            &text[..summary],
            &text[end..]
        )
    });
    edit(&site.join("content/partners/heidenheim/de.md"), |text| {
        let body = text.find("Write here").unwrap();
        format!("{}Eigene Worte.\n", &text[..body])
    });
    let stderr = String::from_utf8_lossy(&ok_built(&site)).into_owned();
    assert_eq!(
        stderr
            .lines()
            .filter(|l| l.contains("still holds"))
            .collect::<Vec<_>>(),
        [
            "warning: content/pages/kontakt/cs.md:7:1: this text still holds the words `twinpress new` wrote for you to replace: “Write the page here, in Markdown.”",
            "warning: content/partners/heidenheim/de.md:2:10: this text still holds the words `twinpress new` wrote for you to replace: its summary",
        ],
        "{stderr}"
    );
}

/// Builds the site, and gives what it wrote to standard error.
fn ok_built(site: &Path) -> Vec<u8> {
    let built = twinpress(site, &["build"]);
    ok(&built);
    built.stderr
}

#[test]
fn nothing_is_ever_overwritten() {
    let tmp = tempfile::tempdir().unwrap();
    ok(&twinpress(tmp.path(), &["init", "site"]));
    let site = tmp.path().join("site");
    let before = tree(&site);
    let again = twinpress(tmp.path(), &["init", "site"]);
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("already holds a site"));

    ok(&twinpress(&site, &["new", "page", "about"]));
    std::fs::write(
        site.join("content/pages/about/en.md"),
        "---\ntitle: Mine\n---\nMy words.\n",
    )
    .unwrap();
    let page = twinpress(&site, &["new", "page", "about"]);
    assert_eq!(page.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&page.stderr);
    assert!(
        stderr.contains("content/pages/about/en.md already exists; nothing was written"),
        "{stderr}"
    );
    assert!(
        !stderr.contains("in the site"),
        "not a problem of the site: {stderr}"
    );
    assert_eq!(
        read(&site, "content/pages/about/en.md"),
        "---\ntitle: Mine\n---\nMy words.\n"
    );

    let partner = twinpress(
        &site,
        &["new", "partner", "example-partner", "--country", "FR"],
    );
    assert_eq!(partner.status.code(), Some(1));
    let after = tree(&site);
    assert_eq!(
        after.get("content/partners/example-partner/partner.yaml"),
        before.get("content/partners/example-partner/partner.yaml")
    );
}

#[test]
fn wrong_arguments_are_explained() {
    let tmp = tempfile::tempdir().unwrap();
    let bad = twinpress(tmp.path(), &["init", "site", "--country", "Poland"]);
    assert_eq!(bad.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&bad.stderr);
    assert!(stderr.contains("ISO 3166"), "{stderr}");
    // A mistake on the command line is not reported as a problem of the site.
    assert!(!stderr.contains("in the site"), "{stderr}");
    assert!(!tmp.path().join("site/content").exists());

    ok(&twinpress(tmp.path(), &["init", "site"]));
    let site = tmp.path().join("site");
    for (args, expected) in [
        (
            &["new", "partner", "Bad Slug", "--country", "DE"][..],
            "cannot be a folder name",
        ),
        (
            &[
                "new",
                "partner",
                "ok",
                "--country",
                "DE",
                "--languages",
                "german",
            ][..],
            "BCP 47",
        ),
        (
            &["new", "activity", "--title", "X", "--date", "2026-02-30"][..],
            "--date 2026-02-30",
        ),
        (
            &[
                "new",
                "activity",
                "--title",
                "X",
                "--date",
                "2026",
                "--partners",
                "nobody",
            ][..],
            "no partner `nobody`",
        ),
        (&["new", "report", "26"][..], "four digits"),
    ] {
        let output = twinpress(&site, args);
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(expected), "{args:?}: {stderr}");
    }
    let outside = twinpress(tmp.path(), &["new", "page", "about"]);
    assert!(String::from_utf8_lossy(&outside.stderr).contains("twinpress init"));
}

#[test]
fn init_writes_all_its_files_or_none() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    std::fs::create_dir_all(&site).unwrap();
    std::fs::write(site.join(".gitignore"), "mine\n").unwrap();
    let out = twinpress(tmp.path(), &["init", "site"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(".gitignore already exists; nothing was written"),
        "{stderr}"
    );
    assert_eq!(tree(&site).len(), 1, "init wrote part of a site");
    assert_eq!(read(&site, ".gitignore"), "mine\n");
}

#[test]
fn names_with_commas_make_a_site_that_builds() {
    let tmp = tempfile::tempdir().unwrap();
    ok(&twinpress(
        tmp.path(),
        &[
            "init",
            "site",
            "--name",
            "Exampleton, Kent",
            "--country",
            "GB",
        ],
    ));
    let site = tmp.path().join("site");
    ok(&twinpress(
        &site,
        &[
            "new",
            "activity",
            "--title",
            "Concert, dance [draft]",
            "--date",
            "2026-05",
        ],
    ));
    ok(&twinpress(&site, &["build"]));
    assert!(read(&site, "public/index.html").contains("Exampleton, Kent"));
}
