//! A rebuild links the files the previous build wrote alike instead of
//! minifying and writing them again, and never keeps one that changed.

mod common;

use std::os::unix::fs::MetadataExt;
use std::path::Path;

use common::{age, config, copy_fixture, read, tree};
use twinpress::commands::build::build;

fn inode(out: &Path, path: &str) -> u64 {
    std::fs::metadata(out.join(path))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .ino()
}

#[test]
fn unchanged_files_are_linked_and_changed_ones_written() {
    let (tmp, site) = copy_fixture("czech-region");
    let out = tmp.path().join("out");
    build(&config(&site, &out), None).unwrap();
    let first = tree(&out);
    let kept = ["partners/krakow/index.html", "sitemap.xml", "robots.txt"];
    let inodes: Vec<u64> = kept.iter().map(|p| inode(&out, p)).collect();

    // Nothing changed: every file is the one written before.
    build(&config(&site, &out), None).unwrap();
    assert_eq!(tree(&out), first);
    for (path, was) in kept.iter().zip(&inodes) {
        assert_eq!(inode(&out, path), *was, "{path} was written again");
    }

    // A partner's text changes: its page is written anew, and the output
    // is what a first build into an empty folder makes.
    let profile = site.join("content/partners/gyor/cs.md");
    let text = std::fs::read_to_string(&profile).unwrap();
    std::fs::write(&profile, format!("{text}\nNový odstavec o spolupráci.\n")).unwrap();
    let page = "partners/gyor/index.html";
    let before = inode(&out, page);
    build(&config(&site, &out), None).unwrap();
    assert_ne!(inode(&out, page), before);
    assert!(read(&out, page).contains("Nový odstavec o spolupráci."));
    assert_eq!(inode(&out, "robots.txt"), inodes[2]);
    let fresh = tmp.path().join("fresh");
    let mut clean = config(&site, &fresh);
    clean.cache = tmp.path().join("other-cache");
    build(&clean, None).unwrap();
    assert_eq!(tree(&out), tree(&fresh));
}

#[test]
fn a_file_changed_in_the_output_is_written_again() {
    let (tmp, site) = copy_fixture("czech-region");
    let out = tmp.path().join("out");
    build(&config(&site, &out), None).unwrap();
    let first = tree(&out);
    // Someone edits a published page, keeping its size.
    let page = out.join("robots.txt");
    let text = std::fs::read_to_string(&page).unwrap();
    std::fs::write(&page, text.replace("Allow", "Alloz")).unwrap();
    build(&config(&site, &out), None).unwrap();
    assert_eq!(tree(&out), first);
}

#[test]
fn a_damaged_or_foreign_record_only_means_writing_everything() {
    let (tmp, site) = copy_fixture("czech-region");
    let out = tmp.path().join("out");
    let c = config(&site, &out);
    build(&c, None).unwrap();
    let first = tree(&out);
    let record = c.cache.join("output-record");
    let text = std::fs::read_to_string(&record).unwrap();
    // A line for each file, and one for each profile text.
    let texts = text.lines().filter(|l| l.starts_with("text ")).count();
    assert_eq!(texts, 3, "{text}");
    assert!(text.lines().count() == first.len() + 2 + texts, "{text}");
    for damaged in [
        String::new(),
        "garbage\n".to_string(),
        text.replacen("output", "output elsewhere", 1),
        text.replace(' ', "  "),
    ] {
        std::fs::write(&record, damaged).unwrap();
        // The old file lives until the new one is in place: a new file
        // has another number.
        let before = inode(&out, "robots.txt");
        build(&c, None).unwrap();
        assert_eq!(tree(&out), first);
        assert_ne!(inode(&out, "robots.txt"), before);
    }
}

#[test]
fn a_record_that_cannot_be_kept_is_a_warning_and_the_site_is_published() {
    let (tmp, site) = copy_fixture("czech-region");
    let out = tmp.path().join("out");
    let mut c = config(&site, &out);
    // A file where the cache folder would be: nothing can be kept in it.
    let blocker = tmp.path().join("blocker");
    std::fs::write(&blocker, "not a folder").unwrap();
    c.cache = blocker.join("cache");
    let summary = build(&c, None).unwrap();
    let kept: Vec<&str> = summary
        .warnings
        .iter()
        .map(|w| w.message.as_str())
        .filter(|m| m.contains("record"))
        .collect();
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert!(
        kept[0].starts_with("the site is published, but the record of what was written could not be kept (")
            && kept[0].ends_with("so the next build will write every file again: check that the cache folder can be written, or choose another with --cache"),
        "{}",
        kept[0]
    );
    let first = tree(&out);
    assert!(first.contains_key("index.html"));
    // The next build cannot know what it wrote: it writes everything again,
    // alike.
    let before = inode(&out, "robots.txt");
    build(&c, None).unwrap();
    assert_eq!(tree(&out), first);
    assert_ne!(inode(&out, "robots.txt"), before);
}

/// Sets the time of every file of the site an hour back, as if it had
/// been written well before the build.
#[test]
fn nothing_is_made_again_when_nothing_changed() {
    let (tmp, site) = copy_fixture("czech-region");
    age(&site);
    let out = tmp.path().join("out");
    let c = config(&site, &out);
    let first = build(&c, None).unwrap();
    assert!(!first.unchanged);
    let files = tree(&out);

    let again = build(&c, None).unwrap();
    assert!(again.unchanged);
    assert_eq!((again.files, again.pages), (first.files, first.pages));
    assert_eq!(tree(&out), files);

    // A file added to the output by hand: the build replaces the output.
    std::fs::write(out.join("stray.html"), "").unwrap();
    assert!(!build(&c, None).unwrap().unchanged);
    assert_eq!(tree(&out), files);

    // Another day, another address: the output is made again.
    let mut tomorrow = config(&site, &out);
    tomorrow.today = (2025, 11, 21);
    assert!(!build(&tomorrow, None).unwrap().unchanged);
    let mut moved = config(&site, &out);
    moved.base_url = Some("https://example.org/twins/".into());
    assert!(!build(&moved, None).unwrap().unchanged);
    assert!(read(&out, "robots.txt").contains("https://example.org/twins/"));
    build(&c, None).unwrap();

    // A file of the site changed.
    let partner = site.join("content/partners/gyor/partner.yaml");
    let text = std::fs::read_to_string(&partner).unwrap();
    std::fs::write(&partner, text).unwrap();
    age(&site);
    let touched = std::fs::File::options().write(true).open(&partner).unwrap();
    touched
        .set_modified(std::time::SystemTime::now() - std::time::Duration::from_secs(60))
        .unwrap();
    assert!(!build(&c, None).unwrap().unchanged);
    assert!(build(&c, None).unwrap().unchanged);
}

#[test]
fn a_site_changed_moments_before_a_build_is_made_again() {
    let (tmp, site) = copy_fixture("czech-region");
    let out = tmp.path().join("out");
    let c = config(&site, &out);
    // The files were written just now: a change in the same second as
    // the build could keep the time they have.
    build(&c, None).unwrap();
    assert!(!build(&c, None).unwrap().unchanged);
}

/// A site aged, built, and built again with nothing changed: the
/// configuration of its builds.
fn built_up_to_date(tmp: &tempfile::TempDir, site: &Path) -> twinpress::config::BuildConfig {
    age(site);
    let c = config(site, &tmp.path().join("out"));
    build(&c, None).unwrap();
    assert!(build(&c, None).unwrap().unchanged);
    c
}

/// Writes `text` into the file at `path` of `site`, its folders made.
fn add(site: &Path, path: &str, text: &str) {
    let path = site.join(path);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, text).unwrap();
}

#[test]
fn a_file_added_beside_the_content_or_in_locales_makes_it_again() {
    let (tmp, site) = copy_fixture("czech-region");
    let c = built_up_to_date(&tmp, &site);
    for added in [
        "content/partners/gyor/agreement.txt",
        "locales/cs/extra.ftl",
    ] {
        add(&site, added, "");
        age(&site);
        assert!(!build(&c, None).unwrap().unchanged, "{added}");
        assert!(build(&c, None).unwrap().unchanged, "{added}");
    }
    assert!(c.output.join("partners/gyor/agreement.txt").is_file());
}

/// What the site leaves out (names beginning with a dot) changes nothing.
#[test]
fn a_change_to_hidden_files_leaves_the_output_as_it_is() {
    let (tmp, site) = copy_fixture("czech-region");
    for folder in ["themes/default/static", "locales/cs"] {
        std::fs::create_dir_all(site.join(folder)).unwrap();
    }
    let c = built_up_to_date(&tmp, &site);
    for added in [
        "content/.git/index",
        "content/partners/gyor/.cs.md.swp",
        "themes/default/static/.DS_Store",
        "locales/cs/.main.ftl.swp",
    ] {
        // Saved just now, and only it: anything else of the site keeps
        // its time.
        add(&site, added, "saved");
        assert!(build(&c, None).unwrap().unchanged, "{added}");
    }
}

/// The summary says the output is up to date, not that a build was made.
#[test]
fn a_build_with_nothing_changed_says_the_output_is_up_to_date() {
    let (tmp, site) = copy_fixture("czech-region");
    age(&site);
    let out = tmp.path().join("out");
    let cache = tmp.path().join("cache");
    let run = || {
        let done = common::twinpress()
            .args(["build", "--root"])
            .arg(&site)
            .arg("--output")
            .arg(&out)
            .arg("--cache")
            .arg(&cache)
            .output()
            .unwrap();
        assert!(done.status.success());
        String::from_utf8_lossy(&done.stdout).into_owned() + &String::from_utf8_lossy(&done.stderr)
    };
    assert!(run().contains("built "));
    let again = run();
    assert!(
        again.contains("nothing changed since the last build: ")
            && again.contains(" is up to date (")
            && again.contains("), checked in "),
        "{again}"
    );
}

#[test]
fn only_what_shows_a_changed_profile_text_is_made_again() {
    let (tmp, site) = copy_fixture("czech-region");
    let c = built_up_to_date(&tmp, &site);
    let out = &c.output;
    let whole = |name: &str| {
        let fresh = tmp.path().join(name);
        let mut clean = config(&site, &fresh);
        clean.cache = tmp.path().join(format!("{name}-cache"));
        build(&clean, None).unwrap();
        tree(&fresh)
    };
    let other = "partners/krakow/index.html";
    let kept = inode(out, other);
    let files = build(&c, None).unwrap().files;

    // A sentence added to one partner's profile text: its pages and
    // folders are made again, the rest kept, and the output is what a
    // whole build makes.
    let profile = site.join("content/partners/gyor/cs.md");
    let text = std::fs::read_to_string(&profile).unwrap();
    std::fs::write(&profile, format!("{text}\nSpolečná výstava v Győru.\n")).unwrap();
    saved_a_minute_ago(&profile);
    let again = build(&c, None).unwrap();
    assert_eq!(again.again, Some(1));
    // Saved again at once, within moments of that build: a text is
    // compared by its content, not its time.
    std::fs::write(&profile, format!("{text}\nSpolečná výstava v Győru!\n")).unwrap();
    assert_eq!(build(&c, None).unwrap().again, Some(1));
    std::fs::write(&profile, format!("{text}\nSpolečná výstava v Győru.\n")).unwrap();
    saved_a_minute_ago(&profile);
    let again = build(&c, None).unwrap();
    assert_eq!(again.again, Some(1));
    assert_eq!(again.files, files);
    for page in ["partners/gyor/index.html", "hu/partners/gyor/index.html"] {
        assert!(
            read(out, page).contains("Společná výstava v Győru."),
            "{page}"
        );
    }
    assert!(read(out, "print/gyor/cs/index.html").contains("Győru"));
    assert_eq!(inode(out, other), kept, "{other} was made again");
    assert_eq!(tree(out), whole("first"));
    assert!(build(&c, None).unwrap().unchanged);

    // Saved again as it was: nothing is made again.
    std::fs::write(&profile, std::fs::read(&profile).unwrap()).unwrap();
    saved_a_minute_ago(&profile);
    let kept = build(&c, None).unwrap();
    assert_eq!(kept.again, Some(0));
    assert!(kept.unchanged);
    assert_eq!(tree(out), whole("saved"));

    // Its front matter changed too: the summary shows on other pages,
    // so the whole site is made again.
    let text = std::fs::read_to_string(&profile).unwrap();
    std::fs::write(
        &profile,
        text.replace("summary: Město", "summary: Krásné město"),
    )
    .unwrap();
    saved_a_minute_ago(&profile);
    let whole_again = build(&c, None).unwrap();
    assert!(whole_again.again.is_none() && !whole_again.unchanged);
    assert!(read(out, "partners/index.html").contains("Krásné město"));
    assert_eq!(tree(out), whole("second"));
}

/// Sets the time of `file` a minute back: saved just before a build, but
/// not within the moments a file system may keep the same time.
fn saved_a_minute_ago(file: &Path) {
    std::fs::File::options()
        .write(true)
        .open(file)
        .unwrap()
        .set_modified(std::time::SystemTime::now() - std::time::Duration::from_secs(60))
        .unwrap();
}
