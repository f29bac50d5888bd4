//! Writing the output folder: minified HTML, all files at once, atomically.
//!
//! Files are written into a fresh folder beside the output, which then
//! replaces the output in one rename; a build that fails or is stopped
//! leaves the previous output exactly as it was. `output` knows paths and
//! bytes, not the model.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::error::{Error, Result};
use crate::render::{Body, OutputFile};

/// Writes `files` as the new content of `output`.
pub fn write_site(output: &Path, files: &[OutputFile]) -> Result<()> {
    write_site_then(output, files, |_| Ok(Vec::new()))
}

/// Writes `files`, then lets `then` make more files from the written site
/// (PDFs printed from its pages) before the output is replaced; when
/// `then` fails, the previous output stays as it was.
pub fn write_site_then(
    output: &Path,
    files: &[OutputFile],
    then: impl FnOnce(&Path) -> Result<Vec<OutputFile>>,
) -> Result<()> {
    let parent = output
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent).map_err(|e| Error::write(parent, e))?;
    let name = output
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".into());
    let staging = parent.join(format!(".{name}.twinpress-new"));
    let old = parent.join(format!(".{name}.twinpress-old"));
    for leftover in [&staging, &old] {
        if leftover.exists() {
            std::fs::remove_dir_all(leftover).map_err(|e| Error::write(leftover, e))?;
        }
    }
    std::fs::create_dir_all(&staging).map_err(|e| Error::write(&staging, e))?;
    let result = write_all(&staging, files)
        .and_then(|()| then(&staging))
        .and_then(|more| write_all(&staging, &more));
    if let Err(e) = result {
        let _ = std::fs::remove_dir_all(&staging);
        return Err(e);
    }
    if output.exists() {
        std::fs::rename(output, &old).map_err(|e| Error::write(output, e))?;
    }
    if let Err(e) = std::fs::rename(&staging, output) {
        let _ = std::fs::rename(&old, output);
        return Err(Error::write(output, e));
    }
    if old.exists() {
        std::fs::remove_dir_all(&old).map_err(|e| Error::write(&old, e))?;
    }
    Ok(())
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
pub fn replace_file(path: &Path, text: &str) -> Result<()> {
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

fn write_all(root: &Path, files: &[OutputFile]) -> Result<()> {
    let mut dirs: Vec<PathBuf> = files
        .iter()
        .filter_map(|f| Path::new(&f.path).parent().map(|p| root.join(p)))
        .collect();
    dirs.sort();
    dirs.dedup();
    for d in &dirs {
        std::fs::create_dir_all(d).map_err(|e| Error::write(d, e))?;
    }
    files.par_iter().try_for_each(|f| {
        let path = root.join(&f.path);
        match &f.body {
            Body::Html(html) => std::fs::write(&path, minify(html)),
            Body::Bytes(bytes) => std::fs::write(&path, bytes),
            Body::Copy(from) => std::fs::copy(from, &path).map(|_| ()),
            // `assets` turns every photo job into bytes before writing.
            Body::Image(job) => Err(std::io::Error::other(format!(
                "the photo copy of {} was not made",
                job.shown.display()
            ))),
        }
        .map_err(|e| Error::write(&path, e))
    })
}

/// Minifies a page, keeping what matters to browsers and validators:
/// the doctype, `lang` and ids stay; comments go.
pub fn minify(html: &str) -> Vec<u8> {
    let mut cfg = minify_html::Cfg::new();
    cfg.minify_css = true;
    cfg.minify_js = false;
    cfg.keep_html_and_head_opening_tags = true;
    cfg.keep_closing_tags = true;
    minify_html::minify(html.as_bytes(), &cfg)
}
