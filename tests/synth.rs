//! The benchmark's synthetic site (benches/synth) is the same for the same
//! seed and is a valid site; `build --timings` names every phase.

mod common;
#[allow(dead_code)]
#[path = "../benches/synth/mod.rs"]
mod synth;

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
