//! `twinpress check` on fixture sites: each problem reported with its file.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

mod common;

use common::*;

fn site() -> (tempfile::TempDir, PathBuf) {
    copy_fixture("czech-region")
}

/// The site built into a folder of its own, returned with it.
fn built(site: &Path) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    twinpress::commands::build::build(&config(site, &out), None).unwrap();
    (tmp, out)
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
    // A mistyped path says what to give instead.
    let (code, out) = check(&site, &["--stamp", "content/partners/krakow/pl.mdd"]);
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("there is no such file"), "{out}");
    assert!(out.contains("--stamp content/partners/"), "{out}");
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
         Viz [Győr](../gyor/), [plán](plan.pdf) a [dějiny](#dejiny).\n\n\
         Viz [Vídeň](../wien/) a [smlouvu](smlouva.pdf).\n\n\
         Také [dějiny](../gyor/#dejiny) a [domů](/partners/).\n\n\
         ![](plan.png)\n\n## Dějiny\n",
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
    // An anchor in the text itself works wherever the text is shown.
    for fine in ["`../gyor/`", "`plan.pdf`", "`#dejiny`"] {
        assert!(
            !out.contains(&format!("the link {fine}")),
            "{fine} reported in:\n{out}"
        );
    }
}

/// A photo beside a text, shown in it in its copies, and a document
/// named in other capitals than its file's, as written on a system that
/// does not tell them apart: both lead where they were meant to.
#[test]
fn photos_shown_in_a_text_and_files_in_other_capitals_are_not_broken_links() {
    let (_tmp, site) = site();
    let folder = site.join("content/partners/krakow");
    std::fs::write(folder.join("plan.pdf"), "%PDF-1.4\n").unwrap();
    let photo = Path::new(env!("CARGO_MANIFEST_DIR")).join("content/partners/poissy/kolegiata.jpg");
    std::fs::copy(photo, folder.join("rynek.jpg")).unwrap();
    std::fs::write(
        folder.join("cs.md"),
        "---\nsummary: Historické město na Visle.\n---\n\
         Krakov je partnerem kraje od roku 2019.\n\n\
         ![Rynek](rynek.jpg)\n\n![Rynek večer](Rynek.JPG)\n\n\
         Viz [plán](Plan.PDF).\n",
    )
    .unwrap();
    let (_, out) = check(&site, &[]);
    assert!(!out.contains("leads to no page or file"), "{out}");
    let (_built, out) = built(&site);
    let page = read(&out, "partners/krakow/index.html");
    assert_eq!(page.matches("rynek-800w.jpg").count(), 4, "{page}");
    assert!(
        has(&page, r#"href="/kraj/partners/krakow/plan.pdf""#),
        "{page}"
    );
}

/// A text shown in a partner's own language, which the site is not built
/// in, links to another partner's page: it leads to that page in this
/// language when the partner has one, else to the page the site's
/// navigation leads to from there, never to a page that is not made.
#[test]
fn links_from_a_partners_own_language_lead_to_pages_that_are_made() {
    let (_tmp, site) = site();
    std::fs::write(
        site.join("content/partners/krakow/pl.md"),
        "---\nsummary: Historyczne miasto nad Wisłą.\n---\n\
         Kraków współpracuje z [Győrem](../gyor/) i [sobą](../krakow/#historia).\n\n## Historia\n",
    )
    .unwrap();
    let (code, out) = check(&site, &[]);
    assert!(!out.contains("leads to no page"), "{out}");
    assert_eq!(code, Some(0), "{out}");
    let (_built, out) = built(&site);
    let page = read(&out, "pl/partners/krakow/index.html");
    assert!(has(&page, r#"href="/kraj/partners/gyor/""#), "{page}");
    assert!(
        has(&page, r#"href="/kraj/pl/partners/krakow/#historia""#),
        "{page}"
    );
    let folder = read(&out, "print/krakow/pl/index.html");
    assert!(folder.contains("/kraj/partners/gyor/"), "{folder}");
}

#[test]
fn the_example_site_has_no_errors() {
    let (code, out) = check(Path::new(env!("CARGO_MANIFEST_DIR")), &[]);
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("\n0 errors"), "{out}");
}

/// A small web server for the external links: `/ok`, `/gone` (404),
/// `/slow` (answers after 3 s), `/no-head` (405 to HEAD, 200 to GET) and
/// `/wait/N` (200 after 300 ms). Returns its address and the most
/// `/wait/` requests it had at once.
fn link_server() -> (String, std::sync::Arc<std::sync::atomic::AtomicUsize>) {
    use std::io::{BufRead, BufReader, Write};
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    let most = Arc::new(AtomicUsize::new(0));
    let now = Arc::new(AtomicUsize::new(0));
    let seen = Arc::clone(&most);
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let (most, now) = (Arc::clone(&most), Arc::clone(&now));
            std::thread::spawn(move || {
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let mut line = String::new();
                reader.read_line(&mut line).unwrap_or_default();
                let mut header = String::new();
                while reader.read_line(&mut header).unwrap_or(0) > 2 {
                    header.clear();
                }
                let mut parts = line.split_whitespace();
                let (method, path) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
                let status = match path {
                    "/ok" => "200 OK",
                    "/gone" => "404 Not Found",
                    "/slow" => {
                        std::thread::sleep(Duration::from_secs(3));
                        "200 OK"
                    }
                    "/no-head" if method == "HEAD" => "405 Method Not Allowed",
                    "/no-head" => "200 OK",
                    p if p.starts_with("/wait/") => {
                        let n = now.fetch_add(1, Ordering::SeqCst) + 1;
                        most.fetch_max(n, Ordering::SeqCst);
                        std::thread::sleep(Duration::from_millis(300));
                        now.fetch_sub(1, Ordering::SeqCst);
                        "200 OK"
                    }
                    _ => "404 Not Found",
                };
                let mut stream = stream;
                let _ = write!(
                    stream,
                    "HTTP/1.1 {status}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                );
            });
        }
    });
    (addr, seen)
}

use std::time::Duration;

#[test]
fn external_links_are_asked_within_a_time_limit_and_a_few_at_a_time() {
    let (addr, most) = link_server();
    let (_tmp, site) = site();
    let waits: Vec<String> = (1..=6)
        .map(|n| format!("[w{n}](http://{addr}/wait/{n})"))
        .collect();
    std::fs::write(
        site.join("content/partners/krakow/cs.md"),
        format!(
            "---\nsummary: S.\n---\n[ok](http://{addr}/ok) [head](http://{addr}/no-head)\n\n\
             [gone](http://{addr}/gone#part)\n\n[slow](http://{addr}/slow)\n\n{}\n",
            waits.join(" ")
        ),
    )
    .unwrap();
    let (code, out) = check(
        &site,
        &["--external", "--timeout", "1", "--connections", "2"],
    );
    assert_eq!(code, Some(0), "dead external links are warnings: {out}");
    assert!(
        out.contains("Links to other sites that do not work"),
        "{out}"
    );
    assert!(
        out.contains(&format!(
            "http://{addr}/gone answered 404 (the page is gone)"
        )),
        "{out}"
    );
    assert!(
        out.contains("linked from content/partners/krakow/cs.md:6:1"),
        "{out}"
    );
    assert!(
        out.contains(&format!("http://{addr}/slow did not answer within 1 s")),
        "{out}"
    );
    assert!(!out.contains(&format!("{addr}/ok ")), "{out}");
    assert!(!out.contains(&format!("{addr}/no-head ")), "{out}");
    assert!(!out.contains("/wait/"), "{out}");
    assert!(
        most.load(std::sync::atomic::Ordering::SeqCst) <= 2,
        "more than 2 requests at once"
    );

    let (code, _) = check(&site, &["--external", "--timeout", "1", "--strict"]);
    assert_eq!(code, Some(1));
    // Without --external nothing is asked.
    let (_, out) = check(&site, &[]);
    assert!(!out.contains("do not work"), "{out}");
}
