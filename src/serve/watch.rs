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
    for folder in folders.iter().filter(|f| f.is_dir()) {
        watcher
            .watch(folder, RecursiveMode::Recursive)
            .map_err(|e| watch_error(Some(folder), e))?;
    }
    std::thread::spawn(move || {
        while let Ok(first) = rx.recv() {
            let mut changed = Vec::new();
            let mut any = collect(first, &mut changed);
            loop {
                match rx.recv_timeout(quiet) {
                    Ok(event) => any |= collect(event, &mut changed),
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

/// Keeps the files an event changed; whether it calls for a rebuild.
/// Reading a file changes nothing; an event without files (the system
/// lost track, too many changes at once) or an error might hide any
/// change, so it rebuilds too.
fn collect(event: notify::Result<notify::Event>, changed: &mut Vec<PathBuf>) -> bool {
    match event {
        Ok(event) if matches!(event.kind, EventKind::Access(_)) => false,
        Ok(event) => {
            changed.extend(event.paths);
            true
        }
        Err(_) => true,
    }
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
