//! `twinpress check` on fixture sites: each problem reported with its file.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

mod common;

use common::*;

fn site() -> (tempfile::TempDir, PathBuf) {
    copy_fixture("czech-region")
}

fn check(site: &Path, args: &[&str]) -> (Option<i32>, String) {
    let output: Output = Command::new(env!("CARGO_BIN_EXE_twinpress"))
        .arg("check")
        .arg("--root")
        .arg(site)
        .args(args)
        .env("SOURCE_DATE_EPOCH", "1763596800")
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    (output.status.code(), text)
}

#[test]
fn a_site_with_warnings_only_passes_unless_strict() {
    let (_tmp, site) = site();
    let (code, out) = check(&site, &[]);
    assert_eq!(code, Some(0), "{out}");
    // Missing translations, each with the file that would hold it.
    assert!(out.contains("missing in en"), "{out}");
    assert!(out.contains("content/partners/gyor/en.md"), "{out}");
    // The coverage table, with interface strings.
    assert!(out.contains("interface"));
    assert!(out.contains("hu*"), "{out}");
    // An active partner with no visit this year or next.
    assert!(out.contains("no visit or exchange this year or next"));
    assert!(out.contains("content/partners/krakow/partner.yaml"));
    // Nothing is written.
    assert!(!site.join("public").exists());
    let (code, _) = check(&site, &["--strict"]);
    assert_eq!(code, Some(1));
}

#[test]
fn a_visit_planned_next_year_satisfies_the_rule() {
    let (_tmp, site) = site();
    let file = site.join("content/activities/2026.yaml");
    std::fs::write(
        &file,
        "- title: {cs: Návštěva Krakova}\n  date: 2026-05\n  kind: study-visit\n  partners: [krakow]\n",
    )
    .unwrap();
    let (_, out) = check(&site, &[]);
    assert!(!out.contains("krakow/partner.yaml"), "{out}");
}

#[test]
fn an_outdated_translation_is_reported_with_both_files_and_stamped() {
    let (_tmp, site) = site();
    let pl = site.join("content/partners/krakow/pl.md");
    let text = std::fs::read_to_string(&pl).unwrap();
    std::fs::write(
        &pl,
        text.replacen(
            "---\n",
            "---\ntranslated_from: {lang: cs, hash: 0123456789ab}\n",
            1,
        ),
    )
    .unwrap();
    let (_, out) = check(&site, &[]);
    assert!(out.contains("Outdated translations"), "{out}");
    assert!(
        out.contains("content/partners/krakow/pl.md: its source has changed since it was translated (content/partners/krakow/cs.md)"),
        "{out}"
    );
    let (code, out) = check(&site, &["--stamp", "content/partners/krakow/pl.md"]);
    assert_eq!(code, Some(0), "{out}");
    let stamped = std::fs::read_to_string(&pl).unwrap();
    assert!(
        stamped.contains("translated_from: {lang: cs, hash: "),
        "{stamped}"
    );
    assert!(!stamped.contains("0123456789ab"));
    assert!(
        stamped.ends_with(text.split("---\n").nth(2).unwrap()),
        "the body is kept"
    );
    let (_, out) = check(&site, &[]);
    assert!(!out.contains("Outdated translations"), "{out}");
    // Changing the source makes it outdated again.
    let cs = site.join("content/partners/krakow/cs.md");
    let source = std::fs::read_to_string(&cs).unwrap();
    std::fs::write(&cs, format!("{source}\nNový odstavec.\n")).unwrap();
    let (_, out) = check(&site, &[]);
    assert!(
        out.contains("content/partners/krakow/pl.md: its source has changed"),
        "{out}"
    );
}

#[test]
fn errors_fail_the_check_with_their_file_and_line() {
    let (_tmp, site) = site();
    std::fs::write(
        site.join("content/activities/2024.yaml"),
        "- title: {cs: Výstava}\n  date: 2024-02-30\n  kind: exhibition\n",
    )
    .unwrap();
    let (code, out) = check(&site, &[]);
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains("error: content/activities/2024.yaml:2:"),
        "{out}"
    );
    assert!(out.contains("1 error") || out.contains("2 errors"), "{out}");
}

#[test]
fn json_output_for_tools() {
    let (_tmp, site) = site();
    let (code, out) = check(&site, &["--format", "json"]);
    assert_eq!(code, Some(0));
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(report["errors"].as_array().unwrap().len(), 0);
    let en = report["coverage"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["lang"] == "en")
        .unwrap();
    assert_eq!(en["partners"]["of"], 2);
    assert_eq!(
        report["without_visits"][0],
        "content/partners/krakow/partner.yaml"
    );
}

#[test]
fn broken_links_anchors_and_images_without_alt_are_reported_where_written() {
    let (_tmp, site) = site();
    let folder = site.join("content/partners/krakow");
    std::fs::write(folder.join("plan.pdf"), "%PDF-1.4\n").unwrap();
    std::fs::write(
        folder.join("cs.md"),
        "---\nsummary: Historické město na Visle.\n---\n\
         Krakov je partnerem kraje od roku 2019.\n\n\
         Viz [Győr](../gyor/), [plán](plan.pdf) a [rozcestník](#main).\n\n\
         Viz [Vídeň](../wien/) a [smlouvu](smlouva.pdf).\n\n\
         Také [dějiny](../gyor/#dejiny) a [domů](/partners/).\n\n\
         ![](plan.png)\n",
    )
    .unwrap();
    let (code, out) = check(&site, &[]);
    assert_eq!(code, Some(1), "{out}");
    let file = "content/partners/krakow/cs.md";
    for (place, what) in [
        (
            format!("{file}:8:5:"),
            "the link `../wien/` leads to no page or file",
        ),
        (
            format!("{file}:8:25:"),
            "the link `smlouva.pdf` leads to no page or file",
        ),
        (
            format!("{file}:10:6:"),
            "the link `../gyor/#dejiny` leads to `#dejiny`, which is not on",
        ),
        (
            format!("{file}:10:34:"),
            "the link `/partners/` leaves the site's path `/kraj/`",
        ),
        (
            format!("{file}:12:1:"),
            "the image `plan.png` has no alt text",
        ),
    ] {
        assert!(
            out.contains(&format!("error: {place} {what}")),
            "missing `{place} {what}` in:\n{out}"
        );
    }
    // The help says how to fix a link outside the site's path.
    assert!(out.contains("start links inside it with `/kraj/`"), "{out}");
    // Links that work are not reported.
    for fine in ["`../gyor/`", "`plan.pdf`", "`#main`"] {
        assert!(!out.contains(fine), "{fine} reported in:\n{out}");
    }
}

#[test]
fn the_example_site_has_no_errors() {
    let (code, out) = check(Path::new(env!("CARGO_MANIFEST_DIR")), &[]);
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("\n0 errors"), "{out}");
}
