//! Nothing lost, nothing escapes, nothing panics, same input same output:
//! the guarantees of docs/reliability.md, each held by a test here.

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use common::{copy_fixture, grow, tree, twinpress};

/// `twinpress build` of `site` into `out`, as a user runs it.
fn build_command(site: &Path, out: &Path) -> std::process::Command {
    let mut command = twinpress();
    command
        .args(["build", "--root"])
        .arg(site)
        .arg("--output")
        .arg(out)
        .env("SOURCE_DATE_EPOCH", "1763596800");
    command
}

fn build(site: &Path, out: &Path) -> std::process::Output {
    build_command(site, out).output().unwrap()
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
    let mut child = build_command(&site, &out).spawn().unwrap();
    let started = Instant::now();
    // Files are written into it while pages are rendered: once there is
    // anything in it, the build is writing.
    let writing = || std::fs::read_dir(&staging).is_ok_and(|mut d| d.next().is_some());
    while !writing() {
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
fn a_second_build_of_the_same_output_at_once_stops_before_touching_it() {
    let (tmp, site) = copy_fixture("czech-region");
    let out = tmp.path().join("out");
    assert!(build(&site, &out).status.success());
    // The lock is there only while a build holds it.
    let lock = tmp.path().join(".out.twinpress-lock");
    assert!(!lock.exists());
    let before = tree(&out);
    // As another build holding it while this one starts.
    let held = std::fs::File::create(&lock).unwrap();
    held.lock().unwrap();
    std::fs::write(site.join("content/site.yaml"), "title: [\n").unwrap();
    let second = build(&site, &out);
    assert_eq!(second.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&second.stderr);
    assert_eq!(
        stderr.replace(&out.display().to_string(), "OUT"),
        "error: another twinpress build is writing the output folder OUT right now\n  help: wait for it to finish, then build again, or build into another folder with --output\n"
    );
    assert_eq!(tree(&out), before);
    assert!(lock.exists(), "the other build's lock was deleted");
    assert!(!tmp.path().join(".out.twinpress-new").exists());
    drop(held);
    // Once let go, the next build goes on (and fails on the broken file).
    let third = String::from_utf8_lossy(&build(&site, &out).stderr).into_owned();
    assert!(third.contains("content/site.yaml"), "{third}");
    assert!(!lock.exists());
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

/// Fixtures whose defect is about a folder or an address, not a place in
/// a file, so that their message names the file or folder alone.
const ABOUT_A_FOLDER: [&str; 3] = [
    "page-without-text",
    "duplicate-page-slugs",
    "locale-folder-not-a-language",
];

/// Every site under tests/fixtures/invalid/ has one defect (two older ones
/// have several); its `expect` file holds where the first message points.
/// Each build fails with that place, exit code 1 and no panic, and leaves
/// the previous output exactly as it was.
#[test]
fn every_broken_site_fails_with_its_place_and_leaves_the_output_alone() {
    let corpus = common::fixture("invalid");
    let mut names: Vec<String> = std::fs::read_dir(&corpus)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(names.len() >= 25, "{names:?}");
    for name in names {
        let site = corpus.join(&name);
        let expect = std::fs::read_to_string(site.join("expect")).unwrap();
        let expect = expect.trim();
        if !ABOUT_A_FOLDER.contains(&name.as_str()) {
            let mut parts = expect.rsplit(':');
            let column = parts.next().unwrap();
            let line = parts.next().unwrap();
            assert!(
                [line, column]
                    .iter()
                    .all(|n| n.parse::<usize>().is_ok_and(|n| n > 0)),
                "{name}: `{expect}` has no line and column"
            );
        }
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("out");
        std::fs::create_dir_all(&out).unwrap();
        std::fs::write(out.join("index.html"), "the previous build").unwrap();
        let before = tree(tmp.path());
        let result = build(&site, &out);
        let stderr = String::from_utf8_lossy(&result.stderr);
        assert_eq!(result.status.code(), Some(1), "{name}: {stderr}");
        assert!(!stderr.contains("panicked"), "{name}: {stderr}");
        assert!(
            stderr.starts_with(&format!("error: {expect}: ")),
            "{name}: expected `{expect}` first in\n{stderr}"
        );
        assert_eq!(tree(tmp.path()), before, "{name}: the output changed");
        insta::assert_snapshot!(format!("invalid_{name}"), stderr);
    }
}

fn first_error(site: &Path) -> String {
    let tmp = tempfile::tempdir().unwrap();
    let result = build(site, &tmp.path().join("out"));
    assert_eq!(result.status.code(), Some(1));
    assert!(!tmp.path().join("out").exists());
    String::from_utf8_lossy(&result.stderr)
        .lines()
        .next()
        .unwrap_or_default()
        .to_string()
}

#[cfg(unix)]
#[test]
fn symbolic_links_out_of_the_site_are_refused_with_their_name() {
    use std::os::unix::fs::symlink;
    let (tmp, site) = copy_fixture("czech-region");
    let secret = tmp.path().join("secret");
    std::fs::create_dir_all(&secret).unwrap();
    std::fs::write(secret.join("passwords.pdf"), "secret").unwrap();
    let krakow = site.join("content/partners/krakow");

    symlink(secret.join("passwords.pdf"), krakow.join("agreement.pdf")).unwrap();
    assert_eq!(
        first_error(&site),
        "error: content/partners/krakow/agreement.pdf: symbolic links are not followed in the site's folders"
    );
    std::fs::remove_file(krakow.join("agreement.pdf")).unwrap();

    symlink(&secret, krakow.join("files")).unwrap();
    assert!(first_error(&site).starts_with("error: content/partners/krakow/files: symbolic links"));
    std::fs::remove_file(krakow.join("files")).unwrap();

    std::fs::create_dir_all(site.join("themes/default/static")).unwrap();
    symlink(
        secret.join("passwords.pdf"),
        site.join("themes/default/static/x.pdf"),
    )
    .unwrap();
    assert!(
        first_error(&site)
            .starts_with("error: themes/default/static/x.pdf: symbolic links are not followed")
    );
    std::fs::remove_file(site.join("themes/default/static/x.pdf")).unwrap();

    std::fs::write(secret.join("main.ftl"), "site-title = Secret\n").unwrap();
    std::fs::create_dir_all(site.join("locales/cs")).unwrap();
    symlink(secret.join("main.ftl"), site.join("locales/cs/main.ftl")).unwrap();
    assert!(
        first_error(&site)
            .starts_with("error: locales/cs/main.ftl: symbolic links are not followed")
    );
}

#[test]
fn a_document_windows_cannot_hold_is_named() {
    let (_tmp, site) = copy_fixture("czech-region");
    std::fs::write(site.join("content/partners/krakow/con.pdf"), "%PDF-1.4").unwrap();
    assert_eq!(
        first_error(&site),
        "error: content/partners/krakow/con.pdf: `con.pdf` is a name Windows keeps for a device: a site with it cannot be copied to or opened on Windows"
    );
}

/// A theme file that cannot be published on every system is the site's
/// mistake, named with its place, not twinpress's.
#[test]
fn a_theme_file_windows_cannot_hold_is_named() {
    let (_tmp, site) = copy_fixture("czech-region");
    std::fs::create_dir_all(site.join("themes/default/static")).unwrap();
    std::fs::write(site.join("themes/default/static/aux.css"), "p{}").unwrap();
    let error = first_error(&site);
    assert!(
        error.starts_with(
            "error: themes/default/static/aux.css: `aux.css` is a name Windows keeps for a device"
        ),
        "{error}"
    );
    assert!(!error.contains("mistake in twinpress"), "{error}");
}

/// Copies the files of `from` into `to`, creating them in the given
/// order, so that the file system lists them in a different order.
fn copy_in_order(from: &Path, to: &Path, reverse: bool) {
    let mut files: Vec<_> = tree(from).into_iter().collect();
    if reverse {
        files.reverse();
    }
    for (path, bytes) in files {
        let target = to.join(path);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::write(target, bytes).unwrap();
    }
}

/// The example site, copied twice with its files made in opposite orders,
/// built once on one thread and once on all of them, each with its own
/// photo cache: the two outputs are the same, byte for byte.
#[test]
fn builds_are_identical_whatever_the_threads_and_the_listing_order() {
    // tmpfs lists a folder's files newest first, so the two copies are
    // listed in opposite orders there; most disk file systems list by a
    // hash of the name, the same for both.
    let shm = Path::new("/dev/shm");
    let tmp = if shm.is_dir() {
        tempfile::tempdir_in(shm).unwrap()
    } else {
        tempfile::tempdir().unwrap()
    };
    let example = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut outputs = Vec::new();
    for (name, threads) in [("one", Some("1")), ("all", None)] {
        let site = tmp.path().join(name);
        for folder in ["content", "themes", "locales"] {
            copy_in_order(&example.join(folder), &site.join(folder), threads.is_none());
        }
        let out = tmp.path().join(format!("out-{name}"));
        let mut command = build_command(&site, &out);
        match threads {
            Some(n) => command.env("RAYON_NUM_THREADS", n),
            None => command.env_remove("RAYON_NUM_THREADS"),
        };
        let result = command.output().unwrap();
        assert!(
            result.status.success(),
            "{}",
            String::from_utf8_lossy(&result.stderr)
        );
        outputs.push(tree(&out));
    }
    if shm.is_dir() {
        let listed = |name: &str| -> Vec<_> {
            std::fs::read_dir(tmp.path().join(name).join("content/partners"))
                .unwrap()
                .map(|e| e.unwrap().file_name())
                .collect()
        };
        assert_ne!(listed("one"), listed("all"), "the copies are listed alike");
    } else {
        eprintln!("no /dev/shm: the two copies may be listed in the same order");
    }
    assert!(outputs[0].len() > 100, "{} files", outputs[0].len());
    for (path, bytes) in &outputs[0] {
        assert!(outputs[1].get(path) == Some(bytes), "{path} differs");
    }
    assert_eq!(outputs[0].len(), outputs[1].len());
}

#[test]
fn serve_is_seen_only_from_this_computer_unless_told() {
    use clap::Parser;
    use twinpress::commands::{Cli, Command};
    let cli = Cli::try_parse_from(["twinpress", "serve"]).unwrap();
    let Command::Serve(args) = cli.command else {
        panic!("not serve")
    };
    assert!(args.bind.is_loopback(), "{}", args.bind);
}

#[test]
fn a_text_file_over_the_size_limit_is_refused_unread() {
    let (tmp, site) = copy_fixture("czech-region");
    let big = format!(
        "---\nsummary: x\n---\n{}",
        "Slovo slovo slovo.\n".repeat(250_000)
    );
    assert!(big.len() as u64 > twinpress::source::MAX_TEXT_FILE);
    std::fs::write(site.join("content/partners/krakow/cs.md"), big).unwrap();
    let result = build(&site, &tmp.path().join("out"));
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert_eq!(result.status.code(), Some(1));
    assert!(
        stderr.starts_with(
            "error: content/partners/krakow/cs.md: the file is 4.5 MiB; a text file may have at most 4 MiB"
        ),
        "{stderr}"
    );
}

#[test]
fn a_text_nested_as_deep_as_the_limits_allow_is_built() {
    let (tmp, site) = copy_fixture("czech-region");
    // Quotes within quotes, and the paragraph in the innermost: as deep
    // as a text may go. Minifying the page descends as deep again.
    let depth = twinpress::source::limits::MARKDOWN_DEPTH - 1;
    let text = format!(
        "---\nsummary: Hluboko.\n---\n{}Nejhlubší odstavec.\n",
        "> ".repeat(depth)
    );
    std::fs::write(site.join("content/partners/krakow/cs.md"), text).unwrap();
    let out = tmp.path().join("out");
    let result = build(&site, &out);
    assert!(
        result.status.success(),
        "{}",
        String::from_utf8_lossy(&result.stderr)
    );
    let page = std::fs::read_to_string(out.join("partners/krakow/index.html")).unwrap();
    assert_eq!(page.matches("<blockquote>").count(), depth);
    assert!(page.contains("Nejhlubší odstavec."));
}
