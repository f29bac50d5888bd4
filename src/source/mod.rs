//! Reading the site folder: files, their text, front matter and YAML.
//!
//! `source` knows files, languages and front matter, not partners: it hands
//! the model every text file under `content/` with its path, and the other
//! files (documents, images) by path only. It also loads the theme and the
//! locale files, from the site folder or from the copies built into the
//! binary.

pub mod frontmatter;
pub mod images;
pub mod limits;
pub mod names;
pub mod resources;
pub mod yaml;

use std::path::{Path, PathBuf};

use crate::error::{Diagnostic, Error, Problems, Result};

/// Text files larger than this are refused: content is written by hand.
pub const MAX_TEXT_FILE: u64 = 4 * 1024 * 1024;

/// A text file of the content, read whole.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path relative to the site root, with `/` separators.
    pub path: PathBuf,
    pub text: String,
}

/// A file of the content that is published as it is (a PDF, an image).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct StaticFile {
    /// Path relative to the site root.
    pub path: PathBuf,
    /// Absolute path on disk, for copying.
    pub disk_path: PathBuf,
    pub size: u64,
    /// For a photo (JPEG, PNG, WebP): its format and upright size.
    pub photo: Option<images::PhotoInfo>,
}

/// Everything under `content/`, sorted by path so that every later stage
/// sees the same order whatever the file system returns.
#[derive(Debug, Default)]
pub struct Content {
    pub texts: Vec<SourceFile>,
    pub statics: Vec<StaticFile>,
    /// What the reading saw of `content/`, for the build's [`inputs`].
    pub seen: Seen,
}

impl Content {
    pub fn text(&self, path: &str) -> Option<&SourceFile> {
        self.texts.iter().find(|f| f.path == Path::new(path))
    }
}

/// The entries under the folder `walker` walks, the folder itself first,
/// in the order of their names, without what the site leaves out
/// ([`is_left_out`]) or anything in a folder it leaves out. Links are not
/// followed. Every reading of the site's folders, and what a build looks
/// at to tell whether they changed, walks them so.
pub fn walk(
    walker: walkdir::WalkDir,
) -> walkdir::FilterEntry<walkdir::IntoIter, fn(&walkdir::DirEntry) -> bool> {
    walker
        .sort_by_file_name()
        .follow_links(false)
        .into_iter()
        .filter_entry(|entry| entry.depth() == 0 || !is_left_out(entry.file_name()))
}

/// Whether a file or folder of this name is not part of the site: what
/// systems, file managers, editors and version control keep beside
/// people's files. A name beginning with a dot (`.git`, `.DS_Store`,
/// `.obsidian`, an editor's `.pl.md.swp`), Windows' `Thumbs.db`,
/// `ehthumbs.db` and `desktop.ini`, macOS's `Icon\r`, an open Office
/// document's lock file (`~$report.docx`), an editor's backup (`pl.md~`)
/// and autosave (`#pl.md#`): none is published or listed among a
/// partner's documents.
pub fn is_left_out(name: &std::ffi::OsStr) -> bool {
    let name = name.as_encoded_bytes();
    let system = |known: &[u8]| name.eq_ignore_ascii_case(known);
    name.starts_with(b".")
        || name.starts_with(b"~$")
        || name.ends_with(b"~")
        || (name.len() > 1 && name.starts_with(b"#") && name.ends_with(b"#"))
        || name == b"Icon\r"
        || system(b"Thumbs.db")
        || system(b"ehthumbs.db")
        || system(b"desktop.ini")
}

/// Reads every file under `root/content`. Problems with single files are
/// collected; a missing `content/` folder is an error of its own.
pub fn read_content(root: &Path) -> Result<Content> {
    let content_dir = root.join("content");
    if !content_dir.is_dir() {
        return Err(Error::Invalid(vec![
            Diagnostic::file("content", "the site has no `content/` folder").with_help(format!(
                "run twinpress in the site folder or pass --root; `{}` has no content/ in it",
                root.display()
            )),
        ]));
    }
    // The folders are walked in order, then the files read on every
    // thread, and what was read is taken in the walk's order again.
    let mut found: Vec<Found> = Vec::new();
    for entry in walk(walkdir::WalkDir::new(&content_dir)) {
        let entry = match entry {
            Ok(entry) => entry,
            Err(err) => {
                let path = err
                    .path()
                    .map(|p| relative(root, p))
                    .unwrap_or_else(|| "content".into());
                // What the system said, without walkdir's own wording
                // around it, which names the path again in full.
                let said = err
                    .io_error()
                    .map_or_else(|| err.to_string(), ToString::to_string);
                found.push(Found::Problem(cannot_read(path, &said)));
                continue;
            }
        };
        let path = relative(root, entry.path());
        if entry.file_type().is_symlink() {
            found.push(Found::Problem(link_refused(path)));
        } else if entry.file_type().is_file() {
            found.push(Found::File(path, entry.into_path()));
        } else if entry.file_type().is_dir() {
            found.push(Found::Folder(path));
        }
    }
    use rayon::prelude::*;
    let read: Vec<std::result::Result<Read, Diagnostic>> = found
        .into_par_iter()
        .map(|found| match found {
            Found::Problem(d) => Err(d),
            Found::Folder(path) => Ok(Read::Folder(path)),
            Found::File(path, disk_path) if is_text(&path) => {
                let (text, file) = read_text_as_found(&disk_path, &path)?;
                Ok(Read::Text(SourceFile { path, text }, file))
            }
            Found::File(path, disk_path) => {
                let file = std::fs::metadata(&disk_path)
                    .map(|m| FileSeen::of(&m))
                    .map_err(|e| cannot_read(&path, &e))?;
                let photo = if images::is_photo(&path) {
                    Some(images::probe(&disk_path, &path)?)
                } else {
                    None
                };
                Ok(Read::Static(
                    StaticFile {
                        path,
                        disk_path,
                        size: file.len,
                        photo,
                    },
                    file,
                ))
            }
        })
        .collect();
    let mut problems = Problems::default();
    let mut content = Content::default();
    let mut seeing = Seeing::default();
    for r in read {
        match r {
            Ok(Read::Folder(path)) => seeing.folder(&path),
            Ok(Read::Text(text, file)) => {
                seeing.file(&text.path, file);
                content.texts.push(text);
            }
            Ok(Read::Static(static_file, file)) => {
                seeing.file(&static_file.path, file);
                content.statics.push(static_file);
            }
            Err(d) => problems.error(d),
        }
    }
    problems.into_result()?;
    content.seen = seeing.seen();
    Ok(content)
}

/// A folder, a file or a problem met while walking `content/`.
enum Found {
    /// A folder: its path relative to the site root.
    Folder(PathBuf),
    /// A file: its path relative to the site root, and on disk.
    File(PathBuf, PathBuf),
    Problem(Diagnostic),
}

/// A folder or file of `content/`, read, with what was seen of a file.
enum Read {
    Folder(PathBuf),
    Text(SourceFile, FileSeen),
    Static(StaticFile, FileSeen),
}

/// A file or folder of the site that cannot be read, with what the system
/// said (`Permission denied`).
fn cannot_read(shown: impl Into<PathBuf>, said: &dyn std::fmt::Display) -> Diagnostic {
    Diagnostic::file(shown, format!("cannot read: {said}")).with_help(
        "check that it is there and that your account may open it (its permissions), then build again",
    )
}

/// A symbolic link among the site's files, refused: what is published
/// comes from the site folder alone.
pub fn link_refused(shown: impl Into<PathBuf>) -> Diagnostic {
    Diagnostic::file(
        shown,
        "symbolic links are not followed in the site's folders",
    )
    .with_help("copy the file into the site instead of linking to it")
}

/// One text file, at most [`MAX_TEXT_FILE`] bytes and checked to be UTF-8
/// (a byte order mark dropped); `shown` is the path messages name.
pub fn read_text(disk_path: &Path, shown: &Path) -> Result<String, Diagnostic> {
    read_text_as_found(disk_path, shown).map(|(text, _)| text)
}

/// [`read_text`], and the file's size and time as it was opened.
fn read_text_as_found(disk_path: &Path, shown: &Path) -> Result<(String, FileSeen), Diagnostic> {
    use std::io::Read as _;
    let cannot_read = |err: std::io::Error| cannot_read(shown, &err);
    // Opened once, its size and time asked of the open file: the system
    // finds the path once per file, not twice (`perf` put finding paths
    // at a tenth of reading a large site's content).
    let mut file = std::fs::File::open(disk_path).map_err(cannot_read)?;
    let seen = file
        .metadata()
        .map(|m| FileSeen::of(&m))
        .map_err(cannot_read)?;
    let size = seen.len;
    if size > MAX_TEXT_FILE {
        let mib = |bytes: u64| bytes as f64 / (1024.0 * 1024.0);
        return Err(Diagnostic::file(
            shown,
            format!(
                "the file is {:.1} MiB; a text file may have at most {:.0} MiB",
                mib(size),
                mib(MAX_TEXT_FILE)
            ),
        )
        .with_help(
            "a text written by hand is far smaller: check that this is the file you meant, or split it",
        ));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    file.read_to_end(&mut bytes).map_err(cannot_read)?;
    // Saved as UTF-16 (Windows Notepad's "Unicode"): its mark says so.
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        return Err(
            Diagnostic::new(shown, 1, 1, "the file is UTF-16 text, not UTF-8").with_help(
                "save it as UTF-8 in your editor (in Notepad: File → Save as…, Encoding: UTF-8)",
            ),
        );
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok((strip_bom(text), seen)),
        Err(err) => {
            let (line, column) = position_of_byte(err.as_bytes(), err.utf8_error().valid_up_to());
            Err(
                Diagnostic::new(shown, line, column, "the file is not valid UTF-8 text")
                    .with_help("save it as UTF-8 in your editor"),
            )
        }
    }
}

/// Whether `path` is a text to read: YAML or Markdown, the extension
/// in any case (`PL.MD` is `pl.md`, `2025.YAML` a year's activities).
fn is_text(path: &Path) -> bool {
    has_extension(path, &["yaml", "yml", "md"])
}

/// Whether `path` ends in one of `extensions`, in any case.
pub fn has_extension(path: &Path, extensions: &[&str]) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| extensions.iter().any(|x| e.eq_ignore_ascii_case(x)))
}

fn strip_bom(text: String) -> String {
    match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    }
}

/// `path` relative to `root`, with `/` separators on every platform.
pub fn relative(root: &Path, path: &Path) -> PathBuf {
    let rel = path.strip_prefix(root).unwrap_or(path);
    PathBuf::from(rel.to_string_lossy().replace('\\', "/"))
}

/// Files under the site folder `root` named relative to it, as the model
/// names them (`content/partners/x/fr.md`): a watcher may report them
/// under the folder's real path, which is found once.
pub fn relative_all(root: &Path, paths: &[PathBuf]) -> Vec<PathBuf> {
    let real = paths
        .iter()
        .any(|path| !path.starts_with(root))
        .then(|| root.canonicalize().ok())
        .flatten();
    paths
        .iter()
        .map(|path| match &real {
            Some(real) if !path.starts_with(root) => relative(real, path),
            _ => relative(root, path),
        })
        .collect()
}

/// 1-based line and column of a byte offset.
pub fn position_of_byte(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = &bytes[..offset.min(bytes.len())];
    let line = before.iter().filter(|b| **b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |i| i + 1);
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    (line, column)
}

/// The state of a site's inputs on disk: every entry under content/,
/// themes/ and locales/ with its size and time of change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Inputs {
    /// A hash of the names, sizes and times.
    pub hash: u128,
    /// The same but for the sizes and times of the partners' profile
    /// texts (`content/partners/*/*.md`), which a build compares by their
    /// content instead.
    pub rest: u128,
    /// The latest time of change but for those texts'.
    pub rest_newest: u128,
    /// The latest time of change among them, in nanoseconds since 1970.
    pub newest: u128,
    /// When the build began to look at them (before it read any).
    pub looked: u128,
}

/// What a build saw of a folder of the site: a hash of the names of what
/// is in it, and the sizes and times of change of its files, and the
/// latest of those times (nanoseconds since 1970).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Seen {
    pub hash: u128,
    pub newest: u128,
    /// [`Inputs::rest`] of the folder.
    pub rest: u128,
    pub rest_newest: u128,
    /// How many profile texts the hashes of the rest name only.
    pub profiles: usize,
}

/// A file's size and time of change (nanoseconds since 1970).
#[derive(Debug, Clone, Copy)]
struct FileSeen {
    len: u64,
    modified: u128,
}

impl FileSeen {
    fn of(metadata: &std::fs::Metadata) -> FileSeen {
        FileSeen {
            len: metadata.len(),
            modified: metadata.modified().map_or(0, since_1970),
        }
    }
}

/// [`Seen`] in the making, from a folder's entries in the order of a walk.
#[derive(Default)]
struct Seeing {
    hasher: xxhash_rust::xxh3::Xxh3,
    /// The same, a profile text known by its name only.
    rest: xxhash_rust::xxh3::Xxh3,
    newest: u128,
    rest_newest: u128,
    profiles: usize,
}

impl Seeing {
    fn both(&mut self, bytes: &[u8]) {
        self.hasher.update(bytes);
        self.rest.update(bytes);
    }

    /// A folder is known by its name and what is in it; its own time
    /// changes with every file an editor saves beside another.
    fn folder(&mut self, path: &Path) {
        self.both(path.as_os_str().as_encoded_bytes());
        self.both(&[0, 1]);
    }

    fn file(&mut self, path: &Path, file: FileSeen) {
        self.both(path.as_os_str().as_encoded_bytes());
        self.both(&[0, 0]);
        self.hasher.update(&file.len.to_le_bytes());
        self.hasher.update(&file.modified.to_le_bytes());
        if is_profile_text(path) {
            self.profiles += 1;
        } else {
            self.rest.update(&file.len.to_le_bytes());
            self.rest.update(&file.modified.to_le_bytes());
            self.rest_newest = self.rest_newest.max(file.modified);
        }
        self.newest = self.newest.max(file.modified);
    }

    /// What cannot be looked at is a change: the build reports it.
    fn unreadable(&mut self) {
        self.both(b"unreadable");
    }

    fn seen(&self) -> Seen {
        Seen {
            hash: self.hasher.digest128(),
            newest: self.newest,
            rest: self.rest.digest128(),
            rest_newest: self.rest_newest,
            profiles: self.profiles,
        }
    }
}

/// Whether `path` (from the site's root) is where a partner's profile
/// text is: `content/partners/<partner>/<lang>.md`.
pub fn is_profile_text(path: &Path) -> bool {
    let parts: Vec<&std::ffi::OsStr> = path.iter().collect();
    matches!(parts.as_slice(), [content, partners, _, file]
        if *content == "content"
            && *partners == "partners"
            && Path::new(file).extension().is_some_and(|e| e == "md"))
}

/// The state of every file a build could read: `content/` as its reading
/// saw it ([`Content::seen`]), and `themes/` and `locales/` looked at
/// (without reading them), as [`walk`] finds them; to tell a later build
/// whether anything changed. A file changed without a new time or size
/// is not seen, as with `make`; see `output::Record` for the files
/// changed within moments of a build, and for another twinpress.
/// `looked` is when the build began to look at them and read them: no
/// later than the first file is read.
pub fn inputs(root: &Path, content: Seen, looked: std::time::SystemTime) -> Inputs {
    let mut seeing = Seeing::default();
    seeing.hasher.update(&content.hash.to_le_bytes());
    seeing.rest.update(&content.rest.to_le_bytes());
    seeing.newest = content.newest;
    seeing.rest_newest = content.rest_newest;
    for folder in ["themes", "locales"] {
        for entry in walk(walkdir::WalkDir::new(root.join(folder))) {
            let looked_at = entry.ok().and_then(|e| Some((e.metadata().ok()?, e)));
            let Some((metadata, entry)) = looked_at else {
                seeing.unreadable();
                continue;
            };
            let path = relative(root, entry.path());
            if metadata.is_dir() {
                seeing.folder(&path);
            } else {
                // A link is refused by the reading; seen by its own time.
                seeing.file(&path, FileSeen::of(&metadata));
            }
        }
    }
    let seen = seeing.seen();
    Inputs {
        hash: seen.hash,
        rest: seen.rest,
        rest_newest: seen.rest_newest,
        newest: seen.newest,
        looked: since_1970(looked),
    }
}

/// A file's size and time of change (nanoseconds since 1970), when it
/// can be looked at.
pub fn stamp(path: &Path) -> Option<(u64, u128)> {
    let m = std::fs::metadata(path).ok()?;
    Some((m.len(), since_1970(m.modified().ok()?)))
}

/// A time in nanoseconds since 1970 (0 for a time before).
pub fn since_1970(time: std::time::SystemTime) -> u128 {
    time.duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_that_cannot_be_read_is_named_with_what_to_check() {
        let tmp = tempfile::tempdir().unwrap();
        let shown = Path::new("content/partners/x/pl.md");
        let d = read_text(&tmp.path().join("gone.md"), shown).unwrap_err();
        assert_eq!(d.file, shown);
        assert!(d.message.starts_with("cannot read: "), "{}", d.message);
        assert!(d.help.unwrap().contains("permissions"));
        // A folder where a text was expected says so too.
        let d = read_text(tmp.path(), shown).unwrap_err();
        assert!(d.message.starts_with("cannot read: "), "{}", d.message);
    }

    #[test]
    fn a_text_saved_as_utf16_is_named_so() {
        let tmp = tempfile::tempdir().unwrap();
        let shown = Path::new("content/partners/x/de.md");
        for mark in [[0xff, 0xfe], [0xfe, 0xff]] {
            let path = tmp.path().join("de.md");
            let text: Vec<u8> = "---\ntitle: Xanten\n---\n"
                .encode_utf16()
                .flat_map(|unit| match mark {
                    [0xff, _] => unit.to_le_bytes(),
                    _ => unit.to_be_bytes(),
                })
                .collect();
            std::fs::write(&path, [&mark[..], &text].concat()).unwrap();
            let d = read_text(&path, shown).unwrap_err();
            assert_eq!((d.line, d.column), (1, 1));
            assert_eq!(d.message, "the file is UTF-16 text, not UTF-8");
            assert!(d.help.unwrap().contains("UTF-8"));
        }
    }

    #[test]
    fn what_systems_and_editors_keep_beside_files_is_left_out() {
        for name in [
            ".git",
            ".DS_Store",
            ".pl.md.swp",
            "Thumbs.db",
            "THUMBS.DB",
            "ehthumbs.db",
            "desktop.ini",
            "Desktop.ini",
            "Icon\r",
            "~$report.docx",
            "pl.md~",
            "#pl.md#",
        ] {
            assert!(is_left_out(name.as_ref()), "{name:?}");
        }
        for name in [
            "pl.md",
            "partner.yaml",
            "thumbs.db.pdf",
            "Icon",
            "~report.docx",
            "#1.md",
            "#",
            "x#",
            "ini",
        ] {
            assert!(!is_left_out(name.as_ref()), "{name:?}");
        }
    }

    #[test]
    fn the_content_as_read_is_known_by_its_names_sizes_and_times() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        let file = |path: &str, text: &str| {
            let path = root.join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, text).unwrap();
            path
        };
        let yaml = file("content/site.yaml", "title: x\n");
        let pdf = file("content/partners/x/agreement.pdf", "%PDF");
        let seen = || read_content(root).unwrap().seen;
        let first = seen();
        assert_eq!(seen(), first);
        let modified = |path: &Path| FileSeen::of(&std::fs::metadata(path).unwrap()).modified;
        // The two were written within the clock's tick or just across it.
        assert_eq!(first.newest, modified(&yaml).max(modified(&pdf)));
        // What the site leaves out changes nothing.
        file("content/partners/x/.DS_Store", "");
        assert_eq!(seen(), first);
        // A text's time, a document's size, a folder: each a change.
        let earlier = std::time::SystemTime::now() - std::time::Duration::from_secs(60);
        std::fs::File::options()
            .write(true)
            .open(&yaml)
            .unwrap()
            .set_modified(earlier)
            .unwrap();
        let then = seen();
        assert_ne!(then, first);
        assert_eq!(then.newest, modified(&pdf));
        file("content/partners/x/agreement.pdf", "%PDF-1.7");
        let grown = seen();
        assert_ne!(grown, then);
        std::fs::create_dir(root.join("content/pages")).unwrap();
        assert_ne!(seen(), grown);
    }

    #[cfg(unix)]
    #[test]
    fn files_are_named_as_the_model_names_them_under_the_real_path_too() {
        let tmp = tempfile::tempdir().unwrap();
        let real = tmp.path().join("site");
        std::fs::create_dir_all(real.join("content/partners/x")).unwrap();
        // The site opened through a link; a watcher reports real paths.
        let root = tmp.path().join("link");
        std::os::unix::fs::symlink(&real, &root).unwrap();
        let real = real.canonicalize().unwrap();
        let changed = [
            root.join("content/site.yaml"),
            real.join("content/partners/x/fr.md"),
        ];
        assert_eq!(
            relative_all(&root, &changed),
            [
                PathBuf::from("content/site.yaml"),
                PathBuf::from("content/partners/x/fr.md")
            ]
        );
    }
}
