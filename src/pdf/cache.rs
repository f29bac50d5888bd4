//! Printed PDFs kept between builds. A publication whose page, and every
//! file the page loads, is as it was when it was last printed, by the same
//! browser and the same twinpress, is taken from the cache instead of
//! being printed again: printing is most of a build with `--pdf`.
//!
//! What a page loads is read from the files themselves: the addresses in
//! its `src`, `href` and `srcset` attributes and in `url(…)` and
//! `@import`, and in those of the stylesheets and drawings it loads, within
//! the output folder. Each is known by a hash of its bytes, so a photo or
//! a drawing changed under the same name prints the publication again.
//! The cache keeps the browser's PDF before it is finished (title,
//! language, dates and page boxes are set on every build), and what
//! printing warned of.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use xxhash_rust::xxh3::{Xxh3, xxh3_128};

use crate::error::Warning;
use crate::output::replace_file;
use crate::render::PdfJob;

/// The folder of kept PDFs, for one browser and this twinpress.
pub(super) struct Cache {
    dir: PathBuf,
    /// What else a PDF depends on: this twinpress and the browser.
    identity: String,
}

/// A PDF as the browser printed it, and what measuring its page warned of.
pub(super) type Kept = (Vec<u8>, Vec<Warning>);

impl Cache {
    pub(super) fn open(dir: &Path, chromium: &Path) -> Cache {
        Cache {
            dir: dir.to_path_buf(),
            identity: format!(
                "twinpress pdf 1 {} {}",
                crate::output::program(),
                identity(chromium)
            ),
        }
    }

    /// The key of `job` printed from the output folder `root`: a hash of
    /// the job, what it is printed with, and every file its page loads.
    pub(super) fn key(&self, root: &Path, job: &PdfJob, files: &Files) -> u128 {
        // Addresses are resolved into plain absolute paths: the root must
        // be one too (`.` or `..` in it would leave every file outside).
        let root = normalize(&std::path::absolute(root).unwrap_or_else(|_| root.to_path_buf()));
        let mut hash = Xxh3::new();
        hash.update(self.identity.as_bytes());
        hash.update(format!("\0{job:?}").as_bytes());
        for (path, content) in files.loaded_by(&root, &job.html) {
            hash.update(b"\0");
            hash.update(path.as_bytes());
            match content {
                Some(content) => hash.update(&content.to_le_bytes()),
                None => hash.update(b"\0missing"),
            }
        }
        hash.digest128()
    }

    fn paths(&self, key: u128) -> (PathBuf, PathBuf) {
        (
            self.dir.join(format!("{key:032x}.pdf")),
            self.dir.join(format!("{key:032x}.json")),
        )
    }

    /// The PDF kept under `key`, with its warnings; marked as used now.
    pub(super) fn get(&self, key: u128) -> Option<Kept> {
        let (pdf_path, entry_path) = self.paths(key);
        let entry: Entry = serde_json::from_slice(&std::fs::read(&entry_path).ok()?).ok()?;
        let pdf = std::fs::read(&pdf_path).ok()?;
        // A file cut short, changed by hand or written by two builds at
        // once is printed again.
        if format!("{:032x}", xxh3_128(&pdf)) != entry.pdf {
            return None;
        }
        let now = std::time::SystemTime::now();
        for path in [&pdf_path, &entry_path] {
            let _ = std::fs::File::options()
                .write(true)
                .open(path)
                .and_then(|f| f.set_modified(now));
        }
        let warnings = entry
            .warnings
            .into_iter()
            .map(|message| Warning { message })
            .collect();
        Some((pdf, warnings))
    }

    /// Keeps a printed PDF under `key`. A cache that cannot be written
    /// only costs the printing next time.
    pub(super) fn put(&self, key: u128, pdf: &[u8], warnings: &[Warning]) {
        let (pdf_path, entry_path) = self.paths(key);
        let entry = Entry {
            pdf: format!("{:032x}", xxh3_128(pdf)),
            warnings: warnings.iter().map(|w| w.message.clone()).collect(),
        };
        let Ok(json) = serde_json::to_vec(&entry) else {
            return;
        };
        if std::fs::create_dir_all(&self.dir).is_ok() {
            // The entry last: a PDF is kept when its entry names it.
            let _ = replace_file(&pdf_path, pdf).and_then(|()| replace_file(&entry_path, json));
        }
    }

    /// Removes the kept PDFs that no build used for [`UNUSED_DAYS`] days
    /// but those whose keys are in `used` (another build may share the
    /// folder: a preview of another address, say), and what a write cut
    /// short left behind a day ago or more (a write of another build may
    /// be under way); returns how many PDFs it removed. Only names the
    /// cache gives are touched.
    pub(super) fn prune(&self, used: &BTreeSet<u128>) -> usize {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return 0;
        };
        let now = std::time::SystemTime::now();
        let day_ago = now - std::time::Duration::from_secs(24 * 3600);
        let unused_since = now - std::time::Duration::from_secs(UNUSED_DAYS * 24 * 3600);
        let older = |entry: &std::fs::DirEntry, than: std::time::SystemTime| {
            entry
                .metadata()
                .and_then(|m| m.modified())
                .is_ok_and(|t| t < than)
        };
        let mut removed = 0;
        for entry in entries.filter_map(|e| e.ok()) {
            let name = entry.file_name();
            let Some(name) = name.to_str() else {
                continue;
            };
            let unfinished =
                name.starts_with('.') && name.ends_with(".twinpress-new") && older(&entry, day_ago);
            let key = name
                .strip_suffix(".pdf")
                .or_else(|| name.strip_suffix(".json"))
                .filter(|k| k.len() == 32)
                .and_then(|k| u128::from_str_radix(k, 16).ok());
            let gone = match key {
                Some(key) => !used.contains(&key) && older(&entry, unused_since),
                None => unfinished,
            };
            if gone && std::fs::remove_file(entry.path()).is_ok() && name.ends_with(".pdf") {
                removed += 1;
            }
        }
        removed
    }
}

/// How long a kept PDF no build asks for stays in the cache.
const UNUSED_DAYS: u64 = 30;

/// What a kept PDF is stored with.
#[derive(serde::Serialize, serde::Deserialize)]
struct Entry {
    /// A hash of the PDF's bytes, to know it whole.
    pdf: String,
    /// What printing it warned of.
    warnings: Vec<String>,
}

/// What a PDF printed by the browser at `chromium` depends on besides the
/// page: the browser's version and file, and the fonts of the machine,
/// which print letters the site's fonts lack (an update of either prints
/// everything again).
fn identity(chromium: &Path) -> String {
    let version = std::process::Command::new(chromium)
        .arg("--version")
        .stdin(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    let browser = std::fs::canonicalize(chromium).unwrap_or_else(|_| chromium.to_path_buf());
    let mut fonts = Xxh3::new();
    let home = std::env::var_os("HOME").map(PathBuf::from);
    let folders = ["/usr/share/fonts", "/usr/local/share/fonts"]
        .map(PathBuf::from)
        .into_iter()
        .chain(
            home.iter()
                .flat_map(|h| [h.join(".fonts"), h.join(".local/share/fonts")]),
        );
    // A font installed or removed changes the time of its folder.
    for folder in folders {
        for entry in walkdir::WalkDir::new(folder)
            .sort_by_file_name()
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_dir())
        {
            let time = entry.metadata().ok().and_then(|m| m.modified().ok());
            fonts.update(entry.path().as_os_str().as_encoded_bytes());
            fonts.update(format!("{:?}", time.map(crate::source::since_1970)).as_bytes());
        }
    }
    format!(
        "{version} {} {:?} fonts {:032x}",
        browser.display(),
        crate::source::stamp(&browser),
        fonts.digest128()
    )
}

/// A file read: the hash of its bytes and the files it loads, or None
/// when it cannot be read.
type Read = Option<(u128, Vec<PathBuf>)>;

/// The files of an output folder that pages load, each read and hashed
/// once for all the jobs of a build.
#[derive(Default)]
pub(super) struct Files {
    read: Mutex<HashMap<PathBuf, Read>>,
}

impl Files {
    /// Every file the page `html` (relative to `root`) loads, itself
    /// included, with the hash of its bytes (None for a file named but
    /// missing), by its path relative to `root`, sorted.
    fn loaded_by(&self, root: &Path, html: &str) -> BTreeMap<String, Option<u128>> {
        let mut found = BTreeMap::new();
        let mut next = vec![root.join(html)];
        while let Some(file) = next.pop() {
            let relative = file
                .strip_prefix(root)
                .map_or_else(|_| file.display().to_string(), |p| p.display().to_string());
            if found.contains_key(&relative) {
                continue;
            }
            let read = self.read(root, &file);
            found.insert(relative, read.as_ref().map(|(hash, _)| *hash));
            if let Some((_, loads)) = read {
                next.extend(loads);
            }
        }
        found
    }

    fn read(&self, root: &Path, file: &Path) -> Read {
        if let Some(known) = self.lock().get(file) {
            return known.clone();
        }
        let read = std::fs::read(file).ok().map(|bytes| {
            let loads = if is_text(file) {
                loads(root, file, &String::from_utf8_lossy(&bytes))
            } else {
                Vec::new()
            };
            (xxh3_128(&bytes), loads)
        });
        self.lock().insert(file.to_path_buf(), read.clone());
        read
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<PathBuf, Read>> {
        self.read.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// Whether a file may name others it loads: a page, a stylesheet, a
/// drawing.
fn is_text(file: &Path) -> bool {
    file.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        matches!(
            e.to_ascii_lowercase().as_str(),
            "html" | "htm" | "css" | "svg"
        )
    })
}

/// The files within `root` that `text`, the content of `file`, loads.
/// Links to pages and folders are not loads; addresses of other hosts
/// and of data are not files.
fn loads(root: &Path, file: &Path, text: &str) -> Vec<PathBuf> {
    let dir = file.parent().unwrap_or(root);
    let mut out = Vec::new();
    for address in addresses(text) {
        let address = address.split(['?', '#']).next().unwrap_or_default();
        if address.is_empty()
            || address.starts_with("//")
            || address.ends_with('/')
            || address
                .split_once(':')
                .is_some_and(|(scheme, _)| !scheme.contains('/'))
        {
            continue;
        }
        let decoded = percent_encoding::percent_decode_str(address).decode_utf8_lossy();
        let path = match decoded.strip_prefix('/') {
            Some(from_root) => root.join(from_root),
            None => dir.join(decoded.as_ref()),
        };
        let path = normalize(&path);
        let page = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"));
        if path.starts_with(root) && !page && !path.is_dir() {
            out.push(path);
        }
    }
    out
}

/// `path` with its `.` and `..` taken out, without asking the file system.
fn normalize(path: &Path) -> PathBuf {
    use std::path::Component;
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// The addresses `text` names in `src`, `href` and `srcset` attributes,
/// `url(…)` and `@import`, as written (HTML's character references aside:
/// the output writes none in file names).
fn addresses(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for (marker, kind) in [
        ("src=", Kind::Attribute),
        ("href=", Kind::Attribute),
        ("srcset=", Kind::Set),
        ("url(", Kind::Url),
        ("@import", Kind::Import),
    ] {
        for (at, _) in text.match_indices(marker) {
            let rest = &text[at + marker.len()..];
            let rest = match kind {
                Kind::Attribute | Kind::Set => rest,
                Kind::Url | Kind::Import => rest.trim_start(),
            };
            let value = match rest.chars().next() {
                Some(quote @ ('"' | '\'')) => rest[1..].split(quote).next().unwrap_or_default(),
                _ => match kind {
                    Kind::Url => rest.split(')').next().unwrap_or_default().trim_end(),
                    // `@import url(…)` is found as a `url(`.
                    Kind::Import => continue,
                    Kind::Attribute | Kind::Set => rest
                        .split(|c: char| c.is_ascii_whitespace() || c == '>')
                        .next()
                        .unwrap_or_default(),
                },
            };
            match kind {
                Kind::Set => out.extend(
                    value
                        .split(',')
                        .filter_map(|candidate| candidate.split_whitespace().next()),
                ),
                _ => out.push(value),
            }
        }
    }
    out
}

#[derive(Clone, Copy)]
enum Kind {
    Attribute,
    Set,
    Url,
    Import,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_found_quoted_or_not() {
        let page = r#"<link rel=stylesheet href=../../assets/a.1f.css><img src="p q.jpg" srcset="s.jpg 1x, /t.jpg 2x"><image href='../map.svg'/><a href=https://example.org/>x</a><style>@font-face{src:url( "f.woff2" ) format("woff2")} @import "i.css"; b{background:url(b.png)}</style>"#;
        assert_eq!(
            addresses(page),
            [
                "p q.jpg",
                "../../assets/a.1f.css",
                "../map.svg",
                "https://example.org/",
                "s.jpg",
                "/t.jpg",
                "f.woff2",
                "b.png",
                "i.css"
            ]
        );
    }

    #[test]
    fn what_a_page_loads_is_found_through_its_stylesheets_and_drawings() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        let write = |path: &str, text: &str| {
            let path = root.join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        };
        write(
            "print/a/pl/index.html",
            "<link href=../../../assets/s.css rel=stylesheet><link href=index.css rel=stylesheet><svg><image href=../map.svg /></svg><img src=../../../photos/p%20q.jpg><a href=../../../partners/a/>web</a><a href=../../index.html>all</a><a href=mailto:x@y.z>mail</a><img src=https://elsewhere.example/x.png><img src=data:image/png;base64,AAAA><img src=../../../../outside.png>",
        );
        write("print/a/pl/index.css", "@page { size: A4 }");
        write("assets/s.css", "@font-face { src: url(fonts/f.woff2) }");
        write("assets/fonts/f.woff2", "font");
        write("print/a/map.svg", "<svg><image href=\"land.png\"/></svg>");
        write("print/a/land.png", "land");
        write("photos/p q.jpg", "photo");
        write("partners/a/index.html", "web page");
        write("print/index.html", "list");
        write("outside.png", "x");
        let files = Files::default();
        let loaded = files.loaded_by(root, "print/a/pl/index.html");
        let names: Vec<&str> = loaded.keys().map(String::as_str).collect();
        assert_eq!(
            names,
            [
                "assets/fonts/f.woff2",
                "assets/s.css",
                "photos/p q.jpg",
                "print/a/land.png",
                "print/a/map.svg",
                "print/a/pl/index.css",
                "print/a/pl/index.html"
            ]
        );
        assert!(loaded.values().all(Option::is_some));
        // A file named but missing counts as such.
        write("print/a/pl/index.html", "<img src=gone.png>");
        let loaded = Files::default().loaded_by(root, "print/a/pl/index.html");
        assert_eq!(loaded.get("print/a/pl/gone.png"), Some(&None));
    }

    #[test]
    fn a_key_changes_with_any_file_loaded_and_only_then() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("out");
        std::fs::create_dir_all(root.join("p")).unwrap();
        std::fs::write(root.join("p/index.html"), "<img src=photo.jpg>").unwrap();
        std::fs::write(root.join("p/photo.jpg"), "one").unwrap();
        std::fs::write(root.join("p/other.jpg"), "other").unwrap();
        let chromium = tmp.path().join("chromium");
        std::fs::write(&chromium, "#!/bin/sh").unwrap();
        let cache = Cache::open(&tmp.path().join("cache"), &chromium);
        let job = PdfJob {
            html: "p/index.html".into(),
            pdf: "p/x.pdf".into(),
            trim: None,
            lang: crate::model::Lang::parse("pl").unwrap(),
            title: "P".into(),
            partner: None,
        };
        let key = || cache.key(&root, &job, &Files::default());
        let first = key();
        assert_eq!(key(), first);
        // The output named another way (`--output ./public`) is the same.
        let dotted = root.join(".").join("..").join("out");
        let key_dotted = || cache.key(&dotted, &job, &Files::default());
        assert_eq!(key_dotted(), first);
        std::fs::write(root.join("p/other.jpg"), "changed").unwrap();
        assert_eq!(key(), first, "a file the page does not load");
        std::fs::write(root.join("p/photo.jpg"), "two").unwrap();
        let second = key();
        assert_ne!(second, first, "the photo changed under its name");
        assert_eq!(key_dotted(), second);
        let mut titled = job.clone();
        titled.title = "Q".into();
        assert_ne!(cache.key(&root, &titled, &Files::default()), second);

        // Kept and found again, warnings and all; what is not used goes.
        let warned = [Warning {
            message: "a panel is 3 mm too long".into(),
        }];
        cache.put(second, b"%PDF-1.4 two %%EOF\n", &warned);
        cache.put(first, b"%PDF-1.4 one %%EOF", &[]);
        let (pdf, warnings) = cache.get(second).unwrap();
        assert_eq!(pdf, b"%PDF-1.4 two %%EOF\n");
        assert_eq!(warnings, warned);
        // A PDF cut short is not taken.
        let (path, _) = cache.paths(second);
        let whole = std::fs::read(&path).unwrap();
        std::fs::write(&path, &whole[..5]).unwrap();
        assert!(cache.get(second).is_none());
        std::fs::write(&path, whole).unwrap();
        // One not used by this build stays a while: another build may
        // share the folder.
        assert_eq!(cache.prune(&BTreeSet::from([second])), 0);
        let long_ago = std::time::SystemTime::now()
            - std::time::Duration::from_secs((UNUSED_DAYS + 1) * 24 * 3600);
        for path in <[PathBuf; 2]>::from(cache.paths(first)) {
            let file = std::fs::File::options().write(true).open(path).unwrap();
            file.set_modified(long_ago).unwrap();
        }
        assert_eq!(cache.prune(&BTreeSet::from([second])), 1);
        assert!(cache.get(first).is_none() && cache.get(second).is_some());
    }
}
