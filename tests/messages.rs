//! What the commands print: a summary, warnings, `--quiet`, `--verbose`,
//! and no colour or progress bar when the output is not a terminal.

mod common;

use std::process::Command;

use common::{copy_fixture, edit};

fn run(args: &[&str]) -> (Option<i32>, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_twinpress"))
        .args(args)
        .env("SOURCE_DATE_EPOCH", "1763596800")
        .env_remove("NO_COLOR")
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn build_prints_a_summary_and_warnings_in_plain_text_when_piped() {
    let (_tmp, site) = copy_fixture("czech-region");
    let root = site.to_str().unwrap();
    let (code, out, err) = run(&["build", "--root", root]);
    assert_eq!(code, Some(0), "{err}");
    assert!(out.starts_with("built "), "{out}");
    assert!(out.contains(" partners, "), "{out}");
    assert!(err.contains("warning: "), "{err}");
    for text in [&out, &err] {
        assert!(!text.contains('\x1b'), "colour in a pipe: {text:?}");
        assert!(!text.contains('\r'), "a progress bar in a pipe: {text:?}");
    }
}

#[test]
fn quiet_prints_nothing_but_errors() {
    let (_tmp, site) = copy_fixture("czech-region");
    let root = site.to_str().unwrap();
    let (code, out, err) = run(&["build", "--quiet", "--root", root]);
    assert_eq!(code, Some(0));
    assert_eq!(out, "");
    assert_eq!(err, "");

    std::fs::write(site.join("content/site.yaml"), "base_url: [\n").unwrap();
    let (code, out, err) = run(&["-q", "build", "--root", root]);
    assert_eq!(code, Some(1));
    assert_eq!(out, "");
    assert!(err.contains("error: content/site.yaml:"), "{err}");
    let (code, out, err) = run(&["check", "-q", "--root", root]);
    assert_eq!(code, Some(1));
    assert!(!out.contains("Translation coverage"), "{out}");
    assert!(err.contains("error: content/site.yaml:"), "{err}");
}

#[test]
fn verbose_tells_how_long_each_step_took() {
    let (_tmp, site) = copy_fixture("czech-region");
    // Győr's page is also made in Irish, which has no locale files.
    edit(&site.join("content/partners/gyor/partner.yaml"), |yaml| {
        yaml.replace("languages: [hu]", "languages: [hu, ga]")
    });
    let root = site.to_str().unwrap();
    let (code, out, _) = run(&["build", "--verbose", "--root", root]);
    assert_eq!(code, Some(0));
    for step in ["load", "render", "write"] {
        assert!(
            out.lines()
                .any(|l| l.trim_start().starts_with(step) && l.ends_with(" ms")),
            "{step} missing in {out}"
        );
    }
    let (_, normal, _) = run(&["build", "--root", root]);
    assert!(!normal.contains("  render"), "{normal}");

    // The check lists every missing interface string only when asked.
    let (_, out, _) = run(&["check", "-v", "--root", root]);
    assert!(out.contains("locales/ga: "), "{out}");
    let (_, out, _) = run(&["check", "--root", root]);
    assert!(!out.contains("locales/ga: "), "{out}");
}

#[test]
fn quiet_and_verbose_cannot_be_given_together() {
    let (code, _, err) = run(&["build", "-q", "-v"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("cannot be used with"), "{err}");
}

/// Runs twinpress on a terminal made by `script` (util-linux).
fn on_terminal(args: &str, no_color: bool) -> Option<String> {
    let mut command = Command::new("script");
    command
        .args([
            "-qec",
            &format!("{} {args}", env!("CARGO_BIN_EXE_twinpress")),
            "/dev/null",
        ])
        .env_remove("NO_COLOR");
    if no_color {
        command.env("NO_COLOR", "1");
    }
    let out = command.output().ok()?;
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn colour_on_a_terminal_unless_no_color() {
    let (tmp, site) = copy_fixture("czech-region");
    let args = format!(
        "build --root {} --output {}",
        site.display(),
        tmp.path().join("out").display()
    );
    let Some(text) = on_terminal(&args, false) else {
        eprintln!("skipped: no `script` command to make a terminal");
        return;
    };
    assert!(text.contains("\x1b[1;33mwarning:\x1b[0m"), "{text:?}");
    let plain = on_terminal(&args, true).unwrap();
    assert!(
        plain.contains("warning:") && !plain.contains('\x1b'),
        "{plain:?}"
    );
}

/// A `.yml` where the content format has `.yaml` is named in the help.
#[test]
fn a_yml_file_where_yaml_is_read_is_named_with_the_name_to_give_it() {
    let (_tmp, site) = copy_fixture("czech-region");
    let root = site.to_str().unwrap();
    // An optional file is ignored, with a warning that says why.
    std::fs::write(site.join("content/programmes.yml"), "[]\n").unwrap();
    let (code, _, err) = run(&["build", "--root", root]);
    assert_eq!(code, Some(0), "{err}");
    assert!(
        err.contains("content/programmes.yml: not part of the content format; ignored (twinpress reads content/programmes.yaml: rename it)"),
        "{err}"
    );
    for (file, said) in [
        (
            "content/partners/gyor/partner",
            "error: content/partners/gyor: this partner has no partner.yaml\n  help: rename content/partners/gyor/partner.yml to partner.yaml",
        ),
        (
            "content/site",
            "error: content/site.yaml: the site has no content/site.yaml\n  help: rename content/site.yml to site.yaml",
        ),
    ] {
        let file = site.join(file);
        std::fs::rename(file.with_extension("yaml"), file.with_extension("yml")).unwrap();
        let (code, _, err) = run(&["build", "--root", root]);
        assert_eq!(code, Some(1));
        assert!(err.contains(said), "{err}");
    }
}
