//! Writing the output folder: minified HTML, all files at once, atomically.
//!
//! Files are written into a fresh folder beside the output, which then
//! replaces the output in one rename; a build that fails or is stopped
//! leaves the previous output exactly as it was. `output` knows paths and
//! bytes, not the model.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rayon::prelude::*;

use crate::error::{Error, Result};
use crate::render::{Body, OutputFile};
use crate::source::Inputs;

mod lock;
mod minify;
mod record;
pub use lock::{OutputLock, lock};
pub use minify::minify;
pub(crate) use record::program;
pub use record::{Record, TextState};
use record::{Written, as_written, source_of, written};

/// A new output, written file by file into a fresh folder beside the
/// output (`.public.twinpress-new`), which [`Staging::commit`] puts in
/// the output's place in one rename. Dropped without a commit, it is
/// deleted and the previous output stays exactly as it was.
///
/// Files may be written from several threads at once. With a record of
/// the previous build (see [`Staging::begin`]), a file whose content is
/// what that build wrote is linked from the previous output instead of
/// minified and written again.
pub struct Staging {
    output: PathBuf,
    dir: PathBuf,
    old: PathBuf,
    /// Folders made so far, relative to `dir`: each is made once.
    folders: Mutex<HashSet<String>>,
    reuse: Option<Reuse>,
    committed: bool,
}

/// What the previous build wrote, and what this one writes.
struct Reuse {
    record: Record,
    inputs: Inputs,
    /// The profile texts read, for the next build's record.
    texts: Vec<TextState>,
    written: Mutex<Vec<(String, Written)>>,
}

impl Staging {
    /// Starts a new output for `output`, after deleting what a stopped
    /// build left beside it. With a record (and the state of the inputs
    /// and of the profile texts read, to keep in it), what the last build
    /// wrote alike is linked; a record missing or damaged only means every
    /// file is written.
    pub fn begin(
        output: &Path,
        record: Option<(Record, Inputs, Vec<TextState>)>,
    ) -> Result<Staging> {
        let (parent, dir, old) = beside(output);
        std::fs::create_dir_all(&parent).map_err(|e| Error::write(&parent, e))?;
        // A build calls this first too, so that a failed build also
        // recovers; here it keeps the old output from being taken for a
        // leftover.
        recover(output)?;
        for leftover in [&dir, &old] {
            if leftover.exists() {
                std::fs::remove_dir_all(leftover).map_err(|e| leftover_kept(leftover, &e))?;
            }
        }
        std::fs::create_dir_all(&dir).map_err(|e| Error::write(&dir, e))?;
        let reuse = record.map(|(record, inputs, texts)| Reuse {
            record,
            inputs,
            texts,
            written: Mutex::new(Vec::new()),
        });
        Ok(Staging {
            output: output.to_path_buf(),
            dir,
            old,
            folders: Mutex::new(HashSet::new()),
            reuse,
            committed: false,
        })
    }

    /// The folder being written, which becomes the output.
    pub fn path(&self) -> &Path {
        &self.dir
    }

    /// Writes `files`, all of whose paths are checked first.
    pub fn write_all(&self, files: &[OutputFile]) -> Result<()> {
        if let Some(f) = files.iter().find(|f| !is_inside(&f.path)) {
            return Err(outside(&self.dir, &f.path));
        }
        files.par_iter().try_for_each(|f| self.write(f))
    }

    /// Writes one file: HTML minified, a copy copied; or, when the
    /// previous output holds it as this build would make it, a link to it.
    pub fn write(&self, file: &OutputFile) -> Result<()> {
        // Every path was built from checked names; this holds it at the door.
        if !is_inside(&file.path) {
            return Err(outside(&self.dir, &file.path));
        }
        let path = self.dir.join(&file.path);
        self.folder_of(&file.path)?;
        let Some(reuse) = &self.reuse else {
            return write_body(&path, &file.body)
                .map(drop)
                .map_err(|e| Error::write(&path, e));
        };
        let source = source_of(&file.body);
        let kept = reuse.record.file(&file.path).filter(|was| {
            was.source == source && {
                let before = self.output.join(&file.path);
                as_written(&before, was) && std::fs::hard_link(&before, &path).is_ok()
            }
        });
        let now = match kept {
            Some(was) => *was,
            None => {
                let made = write_body(&path, &file.body).map_err(|e| Error::write(&path, e))?;
                let metadata = match made {
                    Some(handle) => handle.metadata(),
                    None => std::fs::metadata(&path),
                };
                match metadata.ok().and_then(|m| written(source, &m)) {
                    Some(now) => now,
                    None => return Ok(()),
                }
            }
        };
        reuse
            .written
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push((file.path.clone(), now));
        Ok(())
    }

    /// Links every file the previous output holds that is not among
    /// `made` into the new one, as it is: what a build that rendered only
    /// some files keeps of the rest. Each must be as the last build wrote
    /// it. Gives how many files the new output holds.
    pub fn keep_rest(&self, made: &[OutputFile]) -> Result<usize> {
        let Some(reuse) = &self.reuse else {
            return Ok(made.len());
        };
        let made: HashSet<&str> = made.iter().map(|f| f.path.as_str()).collect();
        let rest: Vec<(&String, &Written)> = reuse
            .record
            .files()
            .filter(|(path, _)| !made.contains(path.as_str()))
            .collect();
        rest.par_iter().try_for_each(|&(path, was)| {
            if !is_inside(path) {
                return Err(outside(&self.dir, path));
            }
            self.folder_of(path)?;
            let (before, now) = (self.output.join(path), self.dir.join(path));
            if !as_written(&before, was) {
                return Err(Error::Usage {
                    message: format!(
                        "{} changed while the site was being built",
                        before.display()
                    ),
                    help: "build again, and leave the output alone while it is built".into(),
                });
            }
            // A copy where links cannot be made has a time of its own.
            let kept = match std::fs::hard_link(&before, &now) {
                Ok(()) => *was,
                Err(_) => {
                    std::fs::copy(&before, &now).map_err(|e| Error::write(&now, e))?;
                    std::fs::metadata(&now)
                        .ok()
                        .and_then(|m| written(was.source, &m))
                        .unwrap_or(*was)
                }
            };
            reuse
                .written
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push((path.clone(), kept));
            Ok(())
        })?;
        Ok(made.len() + rest.len())
    }

    /// Makes the folder a file is written into, once.
    fn folder_of(&self, path: &str) -> Result<()> {
        let Some((folder, _)) = path.rsplit_once('/') else {
            return Ok(());
        };
        if self
            .folders
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .contains(folder)
        {
            return Ok(());
        }
        let dir = self.dir.join(folder);
        std::fs::create_dir_all(&dir).map_err(|e| Error::write(&dir, e))?;
        let mut folders = self.folders.lock().unwrap_or_else(|e| e.into_inner());
        let mut made = folder;
        loop {
            if !folders.insert(made.to_string()) {
                break;
            }
            match made.rsplit_once('/') {
                Some((up, _)) => made = up,
                None => break,
            }
        }
        Ok(())
    }

    /// Puts the new output in the old one's place, and keeps the record
    /// of what it holds for the next build. Once the new output is in
    /// place the site is published: what cannot be tidied after that (the
    /// record kept, the previous output deleted) is a warning.
    pub fn commit(mut self) -> Result<Vec<crate::error::Warning>> {
        if self.output.exists() {
            std::fs::rename(&self.output, &self.old).map_err(|e| Error::write(&self.output, e))?;
        }
        if let Err(e) = std::fs::rename(&self.dir, &self.output) {
            let _ = std::fs::rename(&self.old, &self.output);
            return Err(Error::write(&self.output, e));
        }
        self.committed = true;
        let mut warnings = Vec::new();
        if let Some(reuse) = self.reuse.take() {
            // Without the record the next build writes every file again,
            // which it can do: the site is published all the same.
            let mut written = reuse
                .written
                .into_inner()
                .unwrap_or_else(|e| e.into_inner());
            written.sort_unstable_by(|a, b| a.0.cmp(&b.0));
            if let Err(e) = reuse.record.write(reuse.inputs, &written, &reuse.texts) {
                warnings.push(crate::error::Warning {
                    message: format!(
                        "the site is published, but the record of what was written could not be kept ({e}), so the next build will write every file again: check that the cache folder can be written, or choose another with --cache"
                    ),
                });
            }
        }
        if self.old.exists()
            && let Err(e) = std::fs::remove_dir_all(&self.old)
        {
            warnings.push(crate::error::Warning {
                message: format!(
                    "the site is published, but its previous version could not be deleted from {} ({e}); the next build tries again, and if it cannot either, delete that hidden folder yourself",
                    self.old.display()
                ),
            });
        }
        Ok(warnings)
    }
}

/// A folder an earlier build left beside the output that cannot be
/// deleted, which stops this build before it writes anything. It is no
/// mistake in the site, so it is not reported as one.
fn leftover_kept(leftover: &Path, e: &std::io::Error) -> Error {
    Error::Usage {
        message: format!(
            "an earlier build left the folder {} beside the output, and it cannot be deleted ({e})",
            leftover.display()
        ),
        help: "its name starts with a dot, so a file manager may hide it: delete it yourself (check that no other program has it open), then build again".into(),
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

fn outside(root: &Path, path: &str) -> Error {
    Error::write(
        &root.join(path),
        std::io::Error::other(
            "twinpress made a file name it should not have (it would lie outside the output folder or cannot be written on every system); nothing was published. This is a mistake in twinpress: please report it with the name",
        ),
    )
}

/// Writes `body` to `path`; the file written, still open to ask about it
/// without finding it by its path again, unless it was copied.
fn write_body(path: &Path, body: &Body) -> std::io::Result<Option<std::fs::File>> {
    let create = |bytes: &[u8]| {
        use std::io::Write as _;
        let mut file = std::fs::File::create(path)?;
        file.write_all(bytes)?;
        Ok(Some(file))
    };
    match body {
        Body::Html(html) => create(&minify(html)),
        Body::Print { page, shop } => {
            let minified = page.minified.get_or_init(|| minify(page.html.as_bytes()));
            if *shop {
                create(&minify::restyled(minified, page))
            } else {
                create(minified)
            }
        }
        Body::Bytes(bytes) => create(bytes),
        Body::Copy(from) => std::fs::copy(from, path).map(|_| None),
        // `assets` turns every photo job into bytes before writing.
        Body::Image(job) => Err(std::io::Error::other(format!(
            "the photo copy of {} was not made",
            job.shown.display()
        ))),
    }
}

/// Puts back the previous output that a build stopped between its two
/// renames left under its temporary name (`.public.twinpress-old`).
pub fn recover(output: &Path) -> Result<()> {
    let (_, _, old) = beside(output);
    if !output.exists() && old.is_dir() {
        std::fs::rename(&old, output).map_err(|e| Error::write(output, e))?;
    }
    Ok(())
}

/// The folder `output` is in, and the folders beside it that a build
/// writes into (`.public.twinpress-new`) and moves the previous output to
/// (`.public.twinpress-old`).
fn beside(output: &Path) -> (PathBuf, PathBuf, PathBuf) {
    (
        parent_of(output).to_path_buf(),
        hidden_beside(output, "new"),
        hidden_beside(output, "old"),
    )
}

/// The folder `output` is in.
fn parent_of(output: &Path) -> &Path {
    output
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// A hidden file or folder beside `output`: `.public.twinpress-<what>`.
fn hidden_beside(output: &Path, what: &str) -> PathBuf {
    let name = output
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".into());
    parent_of(output).join(format!(".{name}.twinpress-{what}"))
}

/// Writes a new file (and its folders); fails rather than overwrite one
/// that exists, even one made a moment ago by someone else.
pub fn create_new(path: &Path, text: &str) -> Result<()> {
    create_all_new(&[(path.to_path_buf(), text.to_string())])
}

/// Writes several new files, or none: when one of them exists already,
/// nothing is written (and what a race let through is taken back).
pub fn create_all_new(files: &[(PathBuf, String)]) -> Result<()> {
    let existing: Vec<String> = files
        .iter()
        .filter(|(p, _)| p.exists())
        .map(|(p, _)| p.display().to_string())
        .collect();
    if !existing.is_empty() {
        return Err(already_there(&existing));
    }
    let mut written: Vec<&Path> = Vec::new();
    for (path, text) in files {
        if let Err(e) = write_new(path, text) {
            for done in written {
                let _ = std::fs::remove_file(done);
            }
            return Err(e);
        }
        written.push(path);
    }
    Ok(())
}

fn already_there(paths: &[String]) -> Error {
    Error::Usage {
        message: format!(
            "{} already {}; nothing was written",
            paths.join(", "),
            if paths.len() == 1 { "exists" } else { "exist" }
        ),
        help:
            "twinpress never overwrites a file: choose another name, or edit the one that is there"
                .into(),
    }
}

fn write_new(path: &Path, text: &str) -> Result<()> {
    use std::io::Write as _;
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| Error::write(parent, e))?;
    }
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => already_there(&[path.display().to_string()]),
            _ => Error::write(path, e),
        })?;
    file.write_all(text.as_bytes())
        .map_err(|e| Error::write(path, e))
}

/// Replaces a file's text at once: a new file beside it is renamed over
/// it, so it is never left half written.
pub fn replace_file(path: &Path, text: impl AsRef<[u8]>) -> Result<()> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temporary = path.with_file_name(format!(".{name}.twinpress-new"));
    std::fs::write(&temporary, text).map_err(|e| Error::write(&temporary, e))?;
    std::fs::rename(&temporary, path).map_err(|e| {
        let _ = std::fs::remove_file(&temporary);
        Error::write(path, e)
    })
}

/// Adds text at the end of an existing file.
pub fn append(path: &Path, text: &str) -> Result<()> {
    use std::io::Write as _;
    let mut file = std::fs::OpenOptions::new()
        .append(true)
        .open(path)
        .map_err(|e| Error::write(path, e))?;
    file.write_all(text.as_bytes())
        .map_err(|e| Error::write(path, e))
}

/// Whether an output path (`en/partners/x/index.html`) names a file inside
/// the output folder, in plain segments that every system can hold: not
/// absolute, no `..` or `.`, no empty segment, no `\\`, `:` or control
/// character, no name Windows keeps for a device.
pub fn is_inside(path: &str) -> bool {
    !path.is_empty()
        && path.split('/').all(|segment| {
            !segment.is_empty()
                && segment != "."
                && segment != ".."
                && crate::source::names::name_problem(segment).is_none()
        })
}

/// The site's own folders, which no output or cache may be put inside.
const SITE_FOLDERS: [&str; 3] = ["content", "themes", "locales"];

/// Refuses an output or cache folder that a build would damage the site
/// by replacing or writing into: the site folder itself or a folder that
/// holds it, a folder that holds a `content/` folder (another site),
/// anything inside `content/`, `themes/` or `locales/`, a folder of
/// someone's own files, and an output and a cache inside one another.
pub fn check_targets(root: &Path, output: &Path, cache: &Path) -> Result<()> {
    let root = absolute(root);
    let output_abs = absolute(output);
    let cache_abs = absolute(cache);
    for (what, path, shown) in [
        ("output", &output_abs, output),
        ("cache", &cache_abs, cache),
    ] {
        let refuse = |why: String| refused(what, shown, why);
        if root.starts_with(path) {
            return Err(refuse(if *path == root {
                "it is the site folder itself".into()
            } else {
                "it holds the site folder".into()
            }));
        }
        if let Some(inside) = SITE_FOLDERS.iter().find(|f| path.starts_with(root.join(f))) {
            return Err(refuse(format!("it is inside the site's {inside}/ folder")));
        }
        if path.join("content").is_dir() {
            return Err(refuse(
                "it holds a content/ folder, so it looks like a site, not an output".into(),
            ));
        }
    }
    if cache_abs.starts_with(&output_abs) || output_abs.starts_with(&cache_abs) {
        return Err(refused(
            "output",
            output,
            format!(
                "it and the cache folder {} lie one inside the other",
                cache.display()
            ),
        ));
    }
    if output.join(".git").exists() {
        return Err(refused(
            "output",
            output,
            "it holds a .git folder, which a build would delete with the rest of the folder".into(),
        ));
    }
    if let Ok(mut entries) = std::fs::read_dir(output) {
        let not_empty = entries.next().is_some();
        if not_empty && !output.join("index.html").is_file() {
            return Err(refused(
                "output",
                output,
                "it has files in it, but no index.html: it does not look like a site twinpress built, and a build replaces the whole folder".into(),
            ));
        }
    }
    Ok(())
}

fn refused(what: &str, shown: &Path, why: String) -> Error {
    Error::Usage {
        message: format!(
            "twinpress will not use {} as the {what} folder: {why}",
            shown.display()
        ),
        help: match what {
            "output" => "give --output a new or empty folder outside content/, themes/ and locales/ (the default is public/ in the site folder)".into(),
            _ => "give --cache a folder of its own outside content/, themes/, locales/ and the output (the default is .twinpress/cache in the site folder)".into(),
        },
    }
}

/// `path` made absolute with its symbolic links resolved as far as it
/// exists, and the rest (`..` and `.` included) applied by name.
fn absolute(path: &Path) -> PathBuf {
    use std::path::Component;
    let path = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut existing = path.as_path();
    let mut rest = Vec::new();
    let mut base = loop {
        if let Ok(real) = existing.canonicalize() {
            break real;
        }
        match (existing.parent(), existing.components().next_back()) {
            (Some(parent), Some(last)) => {
                rest.push(last);
                existing = parent;
            }
            _ => break existing.to_path_buf(),
        }
    };
    for component in rest.into_iter().rev() {
        match component {
            Component::ParentDir => {
                base.pop();
            }
            Component::CurDir => {}
            other => base.push(other),
        }
    }
    base
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> (tempfile::TempDir, PathBuf) {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("site");
        for folder in SITE_FOLDERS {
            std::fs::create_dir_all(root.join(folder)).unwrap();
        }
        (tmp, root)
    }

    fn refusal(root: &Path, output: &Path) -> String {
        match check_targets(root, output, &root.join(".twinpress/cache")) {
            Err(e) => e.to_string(),
            Ok(()) => panic!("{} was accepted", output.display()),
        }
    }

    #[test]
    fn a_leftover_that_cannot_be_deleted_is_named_with_what_to_do() {
        let tmp = tempfile::tempdir().unwrap();
        let output = tmp.path().join("public");
        std::fs::create_dir(&output).unwrap();
        // Not a folder, so it cannot be deleted as one.
        std::fs::write(tmp.path().join(".public.twinpress-old"), "x").unwrap();
        let error = match Staging::begin(&output, None) {
            Err(e) => e.to_string(),
            Ok(_) => panic!("the leftover was taken"),
        };
        assert!(
            error.starts_with("error: an earlier build left the folder ")
                && error
                    .contains(".public.twinpress-old beside the output, and it cannot be deleted")
                && error.contains("help: its name starts with a dot"),
            "{error}"
        );
        // A folder beside the output is no mistake in the site.
        assert!(!error.contains("in the site"), "{error}");
        assert!(output.is_dir());
    }

    #[test]
    fn only_plain_paths_inside_the_output_are_written() {
        assert!(is_inside("en/partners/x/index.html"));
        assert!(is_inside("print/rustavi/ka/folder.css"));
        for bad in [
            "",
            "/etc/passwd",
            "../x",
            "a/../../x",
            "a//b",
            "./a",
            "c:/x",
            "a\\b",
            "a/\0",
            "nul",
            "docs/con.pdf",
            "a/",
        ] {
            assert!(!is_inside(bad), "{bad:?}");
        }
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("out");
        let files = [OutputFile {
            path: "../escaped.html".into(),
            body: Body::Bytes(Vec::new()),
        }];
        let staging = Staging::begin(&out, None).unwrap();
        assert!(staging.write_all(&files).is_err());
        drop(staging);
        assert!(!tmp.path().join("escaped.html").exists() && !out.exists());
    }

    #[test]
    fn a_failure_after_writing_keeps_the_previous_output() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("out");
        let page = |text: &str| OutputFile {
            path: "index.html".into(),
            body: Body::Bytes(text.as_bytes().to_vec()),
        };
        let first = Staging::begin(&out, None).unwrap();
        first.write_all(&[page("first")]).unwrap();
        assert!(first.commit().unwrap().is_empty());
        // The pages are written, then printing them fails: the build
        // returns its error and the staging folder is dropped.
        let second = Staging::begin(&out, None).unwrap();
        second.write_all(&[page("second")]).unwrap();
        assert!(second.path().join("index.html").is_file());
        drop(second);
        assert_eq!(
            std::fs::read_to_string(out.join("index.html")).unwrap(),
            "first"
        );
        let (_, staging, old) = beside(&out);
        assert!(!staging.exists() && !old.exists());
    }

    #[test]
    fn the_default_and_a_new_folder_are_accepted() {
        let (tmp, root) = site();
        let cache = root.join(".twinpress/cache");
        assert!(check_targets(&root, &root.join("public"), &cache).is_ok());
        assert!(check_targets(&root, &tmp.path().join("new/deeper"), &cache).is_ok());
        std::fs::create_dir_all(root.join("public")).unwrap();
        std::fs::write(root.join("public/index.html"), "").unwrap();
        std::fs::write(root.join("public/other.html"), "").unwrap();
        assert!(check_targets(&root, &root.join("public"), &cache).is_ok());
    }

    #[test]
    fn the_site_and_its_folders_are_refused() {
        let (tmp, root) = site();
        assert!(refusal(&root, &root).contains("the site folder itself"));
        assert!(refusal(&root, &root.join("public/..")).contains("the site folder itself"));
        assert!(refusal(&root, tmp.path()).contains("holds the site folder"));
        for inside in ["content", "content/partners/x", "themes/default", "locales"] {
            let message = refusal(&root, &root.join(inside));
            assert!(message.contains("inside the site's"), "{message}");
        }
        let other = tmp.path().join("other-site");
        std::fs::create_dir_all(other.join("content")).unwrap();
        assert!(refusal(&root, &other).contains("looks like a site"));
    }

    #[test]
    fn a_folder_of_other_files_is_refused() {
        let (tmp, root) = site();
        let documents = tmp.path().join("documents");
        std::fs::create_dir_all(&documents).unwrap();
        std::fs::write(documents.join("letter.odt"), "").unwrap();
        assert!(refusal(&root, &documents).contains("no index.html"));
        // A published branch's working copy: a build would delete its
        // history.
        let pages = tmp.path().join("gh-pages");
        std::fs::create_dir_all(pages.join(".git")).unwrap();
        std::fs::write(pages.join("index.html"), "").unwrap();
        assert!(refusal(&root, &pages).contains(".git folder"));
    }

    #[cfg(unix)]
    #[test]
    fn a_symbolic_link_to_the_site_is_seen_through() {
        let (tmp, root) = site();
        let link = tmp.path().join("link");
        std::os::unix::fs::symlink(root.join("content"), &link).unwrap();
        assert!(refusal(&root, &link.join("out")).contains("inside the site's content/"));
    }

    #[test]
    fn the_cache_is_kept_apart() {
        let (_tmp, root) = site();
        let output = root.join("public");
        let refused = |cache: &Path| match check_targets(&root, &output, cache) {
            Err(e) => e.to_string(),
            Ok(()) => panic!("{} was accepted", cache.display()),
        };
        assert!(refused(&root.join("content/cache")).contains("content/"));
        assert!(refused(&output.join("cache")).contains("one inside the other"));
        assert!(refused(&root).contains("the site folder itself"));
    }
}
