//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use twinpress::config::BuildConfig;

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

pub fn config(root: &Path, out: &Path) -> BuildConfig {
    let mut c = BuildConfig::new(root);
    c.output = out.to_path_buf();
    // Beside the output, not in the site: fixtures are built in place,
    // by tests running at once.
    c.cache = out.with_extension("cache");
    c.today = (2025, 11, 20);
    c
}

pub fn read(out: &Path, path: &str) -> String {
    std::fs::read_to_string(out.join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Whether minified `html` contains `needle`, whose attribute values may
/// have lost their quotes in minification.
pub fn has(html: &str, needle: &str) -> bool {
    if html.contains(needle) {
        return true;
    }
    let mut unquoted = String::new();
    let mut rest = needle;
    while let Some(i) = rest.find("=\"") {
        unquoted.push_str(&rest[..i + 1]);
        let after = &rest[i + 2..];
        let end = after.find('"').unwrap_or(after.len());
        let value = &after[..end];
        if value.is_empty() || value.contains([' ', '=', '<', '>', '`', '\'']) {
            unquoted.push_str(&format!("\"{value}\""));
        } else {
            unquoted.push_str(value);
        }
        rest = &after[(end + 1).min(after.len())..];
    }
    unquoted.push_str(rest);
    html.contains(&unquoted)
}

pub fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            (
                e.path().strip_prefix(dir).unwrap().display().to_string(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

/// A copy of a fixture site in a temporary folder, to change.
pub fn copy_fixture(name: &str) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    copy_tree(&fixture(name), &site);
    (tmp, site)
}

/// Writes `text` to `file` in a copied site, making its folder first.
pub fn write(file: &Path, text: &str) {
    if let Some(dir) = file.parent() {
        std::fs::create_dir_all(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    }
    std::fs::write(file, text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
}

/// Changes a text file of a copied site: `change` is given its text and
/// returns the new one.
pub fn edit(file: &Path, change: impl FnOnce(String) -> String) {
    let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    std::fs::write(file, change(text)).unwrap();
}

/// The example site (its content, theme and locales) copied to `to`.
pub fn copy_example(to: &Path) {
    let example = Path::new(env!("CARGO_MANIFEST_DIR"));
    for folder in ["content", "themes", "locales"] {
        copy_tree(&example.join(folder), &to.join(folder));
    }
}

fn copy_tree(from: &Path, to: &Path) {
    for (path, bytes) in tree(from) {
        let target = to.join(path);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::write(target, bytes).unwrap();
    }
}

/// The published path of a theme file (`fonts/fonts.css` →
/// `assets/fonts/fonts.1a2b3c4d.css`), whose name carries a fingerprint.
pub fn asset(out: &Path, theme_path: &str) -> String {
    let (stem, ext) = theme_path.rsplit_once('.').unwrap();
    let (dir, name) = stem.rsplit_once('/').map_or(("", stem), |(d, n)| (d, n));
    let folder = out.join("assets").join(dir);
    for entry in std::fs::read_dir(&folder).unwrap().flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        let middle = file
            .strip_prefix(&format!("{name}."))
            .and_then(|r| r.strip_suffix(&format!(".{ext}")));
        if middle.is_some_and(|h| h.len() == 8 && h.chars().all(|c| c.is_ascii_hexdigit())) {
            let dir = if dir.is_empty() {
                String::new()
            } else {
                format!("{dir}/")
            };
            return format!("assets/{dir}{file}");
        }
    }
    panic!("no published {theme_path} in {}", folder.display())
}

/// Adds `n` partners to a copy of the `czech-region` fixture (`town-1`,
/// `town-2`…), each with a profile of a few hundred words in Czech and
/// Polish, so that a build has thousands of files to write.
pub fn grow(site: &Path, n: usize) {
    let words = "Partnerství měst **spojuje** lidi, školy a spolky; \
                 [více](https://example.org/) o spolupráci. "
        .repeat(40);
    for i in 1..=n {
        let dir = site.join(format!("content/partners/town-{i}"));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("partner.yaml"),
            format!(
                "name: Town {i}\nkind: city\ncountry: PL\nlanguages: [pl]\n\
                 timeline:\n  - date: 2019-10-18\n    event: agreement\n"
            ),
        )
        .unwrap();
        for lang in ["cs", "pl"] {
            std::fs::write(
                dir.join(format!("{lang}.md")),
                format!("---\nsummary: Town {i}.\n---\n{words}\n\n- one\n- two\n"),
            )
            .unwrap();
        }
    }
}

/// The twinpress binary, to run as a user would.
pub fn twinpress() -> std::process::Command {
    std::process::Command::new(env!("CARGO_BIN_EXE_twinpress"))
}

/// Sets the time of every file under `dir` an hour back, as of a site
/// written a while ago: a build does not trust a file changed within
/// moments of its start to have a time of its own.
pub fn age(dir: &Path) {
    let past = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    for entry in walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
    {
        if entry.file_type().is_file() {
            std::fs::File::options()
                .write(true)
                .open(entry.path())
                .and_then(|f| f.set_modified(past))
                .expect("the time of a file set");
        }
    }
}
