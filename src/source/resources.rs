//! The theme and the locale files: built into the binary, overridable by the
//! site.
//!
//! The binary carries this repository's `themes/default` and `locales/`, so
//! a town can build its content with nothing else installed. A site's own
//! `themes/default/` replaces built-in theme files of the same name, one
//! file at a time; a site's own `locales/<lang>/*.ftl` are read after the
//! built-in ones, and their messages win.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};

use super::{link_refused, read_text, relative};
use crate::error::{Diagnostic, Error, Problems, Result};

static BUILTIN_THEME: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes/default");
static BUILTIN_LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");

/// The theme's files by path inside the theme (`templates/base.html`).
#[derive(Debug, Default, Clone)]
pub struct Theme {
    pub files: BTreeMap<String, Vec<u8>>,
}

impl Theme {
    /// Templates by name (`base.html`), as text.
    pub fn templates(&self) -> impl Iterator<Item = (&str, &str)> {
        self.files.iter().filter_map(|(path, bytes)| {
            let name = path.strip_prefix("templates/")?;
            Some((name, std::str::from_utf8(bytes).ok()?))
        })
    }

    /// What a site's own theme has that twinpress no longer reads, each
    /// with what to do instead.
    pub fn warnings(&self) -> Vec<crate::error::Warning> {
        RETIRED
            .iter()
            .filter(|(path, _)| self.files.contains_key(*path))
            .map(|(path, instead)| crate::error::Warning {
                message: format!("themes/default/{path} is no longer read: {instead}"),
            })
            .collect()
    }

    /// Files published as they are (`static/style.css` → `style.css`).
    pub fn statics(&self) -> impl Iterator<Item = (&str, &[u8])> {
        self.files
            .iter()
            .filter_map(|(path, bytes)| Some((path.strip_prefix("static/")?, bytes.as_slice())))
    }
}

/// Theme files twinpress once read and reads no more (none of them is
/// among its own), and what a site that has one should do.
const RETIRED: [(&str, &str); 1] = [(
    "map/europe.txt",
    "the maps' outline is now themes/default/map/world.txt, of the whole world; if yours is an outline of your own, rename it to world.txt (the format is the same), otherwise delete it",
)];

/// One Fluent file.
#[derive(Debug, Clone)]
pub struct LocaleFile {
    /// Where it came from, for messages (`locales/pl/main.ftl`).
    pub path: PathBuf,
    pub text: String,
}

/// Locale files by language code, built-in first then the site's.
pub type LocaleFiles = BTreeMap<String, Vec<LocaleFile>>;

pub fn load_theme(root: &Path) -> Result<Theme> {
    let mut theme = Theme::default();
    collect_builtin(&BUILTIN_THEME, &mut |path, bytes| {
        theme.files.insert(path.to_string(), bytes.to_vec());
    });
    let own = root.join("themes/default");
    let mut problems = Problems::default();
    if own.is_dir() {
        for entry in super::walk(walkdir::WalkDir::new(&own)) {
            let entry = entry.map_err(|e| Error::read(&own, e.into()))?;
            if entry.path_is_symlink() {
                problems.error(link_refused(relative(root, entry.path())));
                continue;
            }
            if entry.file_type().is_file() {
                let rel = relative(&own, entry.path());
                // The theme's static files are published under their names.
                if rel.starts_with("static")
                    && let Some(problem) = rel
                        .iter()
                        .find_map(|segment| super::names::name_problem(&segment.to_string_lossy()))
                {
                    problems.error(
                        Diagnostic::file(relative(root, entry.path()), problem).with_help(
                            "rename it (and what links to it in the theme): the theme's static files are published with their names",
                        ),
                    );
                    continue;
                }
                let bytes =
                    std::fs::read(entry.path()).map_err(|e| Error::read(entry.path(), e))?;
                theme
                    .files
                    .insert(rel.to_string_lossy().into_owned(), bytes);
            }
        }
    }
    problems.into_result()?;
    Ok(theme)
}

pub fn load_locales(root: &Path) -> Result<LocaleFiles> {
    let mut locales = LocaleFiles::new();
    collect_builtin(&BUILTIN_LOCALES, &mut |path, bytes| {
        if let Some((lang, file)) = path.split_once('/')
            && file.ends_with(".ftl")
        {
            locales
                .entry(lang.to_string())
                .or_default()
                .push(LocaleFile {
                    path: PathBuf::from("locales").join(path),
                    text: String::from_utf8_lossy(bytes).into_owned(),
                });
        }
    });
    let own = root.join("locales");
    let mut problems = Problems::default();
    if own.is_dir() {
        // A language's folder, then its files; the depth is told here, as
        // the walk's own least depth would pass over hidden folders.
        for entry in super::walk(walkdir::WalkDir::new(&own).max_depth(2)) {
            let entry = entry.map_err(|e| Error::read(&own, e.into()))?;
            if entry.depth() < 2 {
                continue;
            }
            if entry.path_is_symlink() {
                problems.error(link_refused(relative(root, entry.path())));
                continue;
            }
            let path = entry.path();
            if !entry.file_type().is_file() || path.extension().is_none_or(|e| e != "ftl") {
                continue;
            }
            let Some(lang) = path
                .parent()
                .and_then(|p| p.file_name())
                .map(|n| n.to_string_lossy().into_owned())
            else {
                continue;
            };
            let shown = relative(root, path);
            let text = match read_text(path, &shown) {
                Ok(text) => text,
                Err(d) => {
                    problems.error(d);
                    continue;
                }
            };
            locales
                .entry(lang)
                .or_default()
                .push(LocaleFile { path: shown, text });
        }
    }
    problems.into_result()?;
    Ok(locales)
}

fn collect_builtin(dir: &Dir<'static>, f: &mut dyn FnMut(&str, &[u8])) {
    for file in dir.files() {
        if let Some(path) = file.path().to_str() {
            f(&path.replace('\\', "/"), file.contents());
        }
    }
    for sub in dir.dirs() {
        collect_builtin(sub, f);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn twinpress_own_theme_has_no_file_it_no_longer_reads() {
        let dir = tempfile::tempdir().unwrap();
        let theme = load_theme(dir.path()).unwrap();
        for (path, _) in RETIRED {
            assert!(!theme.files.contains_key(path), "{path}");
        }
        assert!(theme.warnings().is_empty());
    }
}
