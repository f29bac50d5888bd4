//! The fuzz targets' inputs, replayed in `cargo test`: the corpora in
//! `fuzz/corpus/` (what cargo-fuzz found worth keeping, minimised) and
//! the inputs that once failed, in `fuzz/regressions/`. Each is checked
//! with the same code the fuzzers run (`fuzz/checks.rs`).

#[path = "../fuzz/checks.rs"]
mod checks;

use std::path::Path;

/// Every committed input of `target`, with its file name.
fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let fuzz = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut out = Vec::new();
    for folder in ["corpus", "regressions"] {
        let Ok(entries) = std::fs::read_dir(fuzz.join(folder).join(target)) else {
            continue;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            out.push((path.display().to_string(), std::fs::read(&path).unwrap()));
        }
    }
    out.sort();
    out
}

fn replay_text(target: &str, check: fn(&str)) {
    let inputs = inputs(target);
    assert!(!inputs.is_empty(), "no inputs for {target}");
    for (name, bytes) in inputs {
        // As cargo-fuzz does for a `&str` target: other bytes are skipped.
        if let Ok(text) = std::str::from_utf8(&bytes) {
            eprintln!("{name}");
            check(text);
        }
    }
}

#[test]
fn front_matter() {
    replay_text("front_matter", checks::front_matter::check);
}

#[test]
fn content_yaml() {
    let inputs = inputs("content_yaml");
    assert!(!inputs.is_empty());
    for (name, bytes) in inputs {
        eprintln!("{name}");
        checks::content_yaml::check(&bytes);
    }
}

#[test]
fn dates() {
    replay_text("dates", checks::dates::check);
}

#[test]
fn slugs() {
    replay_text("slugs", checks::slugs::check);
}

#[test]
fn markdown() {
    replay_text("markdown", checks::markdown::check);
}
