//! Watching the site's folders: one call per burst of changes.
//!
//! Saving a file often makes several events (an editor writes a temporary
//! file, renames it, touches the folder); they are gathered until the
//! folders have been quiet for a moment, then reported once.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use notify::{EventKind, RecursiveMode, Watcher as _};

use crate::error::{Error, Result};
use crate::source;

/// Keeps the folders watched; dropping it stops the watching.
pub struct Watching {
    _watcher: notify::RecommendedWatcher,
}

/// Watches `folders` (those that exist) and calls `on_change` with the
/// changed files after each burst of changes, once `quiet` has passed
/// without another.
pub fn watch(
    folders: &[PathBuf],
    quiet: Duration,
    mut on_change: impl FnMut(Vec<PathBuf>) + Send + 'static,
) -> Result<Watching> {
    let (tx, rx) = mpsc::channel::<notify::Result<notify::Event>>();
    let mut watcher = notify::recommended_watcher(tx).map_err(|e| watch_error(None, e))?;
    let mut watched = Vec::new();
    for folder in folders.iter().filter(|f| f.is_dir()) {
        watcher
            .watch(folder, RecursiveMode::Recursive)
            .map_err(|e| watch_error(Some(folder), e))?;
        // As given, and as the system names it in its events.
        watched.push(folder.clone());
        watched.extend(folder.canonicalize().ok().filter(|real| real != folder));
    }
    std::thread::spawn(move || {
        while let Ok(first) = rx.recv() {
            let mut changed = Vec::new();
            let mut any = collect(first, &mut changed, &watched);
            loop {
                match rx.recv_timeout(quiet) {
                    Ok(event) => any |= collect(event, &mut changed, &watched),
                    Err(mpsc::RecvTimeoutError::Timeout) => break,
                    Err(mpsc::RecvTimeoutError::Disconnected) => return,
                }
            }
            if any {
                changed.sort();
                changed.dedup();
                on_change(changed);
            }
        }
    });
    Ok(Watching { _watcher: watcher })
}

/// Keeps the files an event changed in the `watched` folders; whether it
/// calls for a rebuild. Reading a file changes nothing, nor does a change
/// to what the site leaves out (an editor's `.pl.md.swp`, a `.git`
/// folder: see [`source::is_left_out`]). An event without files (the
/// system lost track, too many changes at once) or an error might hide
/// any change, so it rebuilds too.
fn collect(
    event: notify::Result<notify::Event>,
    changed: &mut Vec<PathBuf>,
    watched: &[PathBuf],
) -> bool {
    match event {
        Ok(event) if matches!(event.kind, EventKind::Access(_)) => false,
        Ok(event) if event.paths.is_empty() => true,
        Ok(event) => {
            let before = changed.len();
            changed.extend(
                event
                    .paths
                    .into_iter()
                    .filter(|path| !left_out(path, watched)),
            );
            changed.len() > before
        }
        Err(_) => true,
    }
}

/// Whether the site leaves `path` out: below the watched folder it is in,
/// a name on its way is one the site leaves out.
fn left_out(path: &Path, watched: &[PathBuf]) -> bool {
    watched
        .iter()
        .find_map(|folder| path.strip_prefix(folder).ok())
        .is_some_and(|below| {
            below
                .components()
                .any(|part| source::is_left_out(part.as_os_str()))
        })
}

fn watch_error(folder: Option<&Path>, e: notify::Error) -> Error {
    let help = if matches!(e.kind, notify::ErrorKind::MaxFilesWatch) {
        "the system watches too many files already: on Linux, run `sudo sysctl fs.inotify.max_user_watches=524288`, then start twinpress serve again"
    } else {
        "start twinpress serve again; if it keeps failing, use `twinpress build` and open the output folder instead"
    };
    Error::Usage {
        message: match folder {
            Some(f) => format!("cannot watch {} for changes: {e}", f.display()),
            None => format!("cannot watch the site for changes: {e}"),
        },
        help: help.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(kind: EventKind, paths: &[&str]) -> notify::Result<notify::Event> {
        let mut event = notify::Event::new(kind);
        event.paths = paths.iter().map(PathBuf::from).collect();
        Ok(event)
    }

    #[test]
    fn changes_to_what_the_site_leaves_out_call_for_no_rebuild() {
        let watched = [
            PathBuf::from("/site/content"),
            PathBuf::from("/real/site/content"),
        ];
        let modify = EventKind::Modify(notify::event::ModifyKind::Any);
        let mut changed = Vec::new();
        // An editor's swap file, a version control's folder.
        for paths in [
            &["/site/content/partners/x/.pl.md.swp"][..],
            &["/real/site/content/.git/index"],
            &[
                "/site/content/.obsidian/workspace.json",
                "/site/content/.DS_Store",
            ],
        ] {
            assert!(!collect(event(modify, paths), &mut changed, &watched));
        }
        assert!(changed.is_empty(), "{changed:?}");
        // Saved through a hidden temporary file: the text itself changed.
        let saved = [
            "/site/content/partners/x/.pl.md.tmp",
            "/site/content/partners/x/pl.md",
        ];
        assert!(collect(event(modify, &saved), &mut changed, &watched));
        assert_eq!(changed, [PathBuf::from("/site/content/partners/x/pl.md")]);
        // A dot above the watched folder is the site's own place.
        let mut changed = Vec::new();
        let watched = [PathBuf::from("/home/u/.sites/twin/content")];
        let path = "/home/u/.sites/twin/content/site.yaml";
        assert!(collect(event(modify, &[path]), &mut changed, &watched));
        // Reading changes nothing; an event without files may hide anything.
        let read = EventKind::Access(notify::event::AccessKind::Any);
        assert!(!collect(event(read, &[path]), &mut changed, &watched));
        assert!(collect(event(modify, &[]), &mut changed, &watched));
    }
}
