//! Nothing lost, nothing escapes, nothing panics, same input same output:
//! the guarantees of docs/reliability.md, each held by a test here.

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use common::{copy_fixture, grow, tree, twinpress};

fn build(site: &Path, out: &Path) -> std::process::Output {
    twinpress()
        .args(["build", "--root"])
        .arg(site)
        .arg("--output")
        .arg(out)
        .env("SOURCE_DATE_EPOCH", "1763596800")
        .output()
        .unwrap()
}

#[test]
fn a_build_killed_while_writing_leaves_the_previous_output_as_it_was() {
    let (tmp, site) = copy_fixture("czech-region");
    grow(&site, 150);
    let out = tmp.path().join("out");
    assert!(build(&site, &out).status.success());
    let before = tree(&out);
    std::fs::write(
        site.join("content/partners/town-1/cs.md"),
        "---\nsummary: Changed.\n---\nA new text.\n",
    )
    .unwrap();

    let staging = tmp.path().join(".out.twinpress-new");
    let mut child = twinpress()
        .args(["build", "--root"])
        .arg(&site)
        .arg("--output")
        .arg(&out)
        .env("SOURCE_DATE_EPOCH", "1763596800")
        .spawn()
        .unwrap();
    let started = Instant::now();
    while !staging.join("index.html").exists() {
        assert!(
            child.try_wait().unwrap().is_none(),
            "the build ended before it wrote anything"
        );
        assert!(started.elapsed() < Duration::from_secs(120));
        std::thread::sleep(Duration::from_millis(1));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(
        staging.is_dir(),
        "the build was not stopped while it was writing"
    );
    assert_eq!(tree(&out), before, "the previous output changed");

    // The next build clears what the stopped one left and publishes.
    assert!(build(&site, &out).status.success());
    assert!(!staging.exists());
    assert!(!tmp.path().join(".out.twinpress-old").exists());
    let after = tree(&out);
    assert_ne!(after, before);
    assert!(after.keys().any(|k| k.starts_with("partners/town-1/")));
}

#[test]
fn a_build_stopped_between_its_renames_gets_the_previous_output_back() {
    let (tmp, site) = copy_fixture("czech-region");
    let out = tmp.path().join("out");
    assert!(build(&site, &out).status.success());
    let before = tree(&out);
    // As if stopped after moving the output aside, before moving the new
    // one in; then a build that fails.
    std::fs::rename(&out, tmp.path().join(".out.twinpress-old")).unwrap();
    std::fs::write(site.join("content/site.yaml"), "title: [\n").unwrap();
    let failed = build(&site, &out);
    assert_eq!(failed.status.code(), Some(1));
    assert_eq!(tree(&out), before);
}

#[test]
fn output_folders_that_would_harm_the_site_are_refused() {
    let (tmp, site) = copy_fixture("czech-region");
    let documents = tmp.path().join("documents");
    std::fs::create_dir_all(&documents).unwrap();
    std::fs::write(documents.join("letter.txt"), "mine").unwrap();
    for (out, why) in [
        (site.clone(), "the site folder itself"),
        (tmp.path().to_path_buf(), "holds the site folder"),
        (site.join("content"), "inside the site's content/"),
        (
            site.join("content/partners/krakow"),
            "inside the site's content/",
        ),
        (site.join("themes/mine"), "inside the site's themes/"),
        (site.join("locales"), "inside the site's locales/"),
        (documents.clone(), "no index.html"),
    ] {
        let before = tree(tmp.path());
        let result = build(&site, &out);
        let stderr = String::from_utf8_lossy(&result.stderr);
        assert_eq!(result.status.code(), Some(1), "{}: {stderr}", out.display());
        assert!(stderr.contains(why), "{}: {stderr}", out.display());
        assert_eq!(tree(tmp.path()), before, "{} was changed", out.display());
    }
}
