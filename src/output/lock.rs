//! One build at a time on an output folder.

use std::path::{Path, PathBuf};

use super::{hidden_beside, parent_of};
use crate::error::{Error, Result};

/// Held while a build works on an output folder, so that a second build
/// of the same output stops at once instead of writing into the first
/// one's folders. The lock is a file beside the output
/// (`.public.twinpress-lock`), there only while a build holds it.
#[derive(Debug)]
pub struct OutputLock {
    path: PathBuf,
    _file: std::fs::File,
}

/// Takes the lock of `output` for this build; fails when another build
/// holds it.
pub fn lock(output: &Path) -> Result<OutputLock> {
    let parent = parent_of(output);
    std::fs::create_dir_all(parent).map_err(|e| Error::write(parent, e))?;
    let path = hidden_beside(output, "lock");
    loop {
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| Error::write(&path, e))?;
        match file.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => return Err(locked(output)),
            // A file system without locks: built as before.
            Err(std::fs::TryLockError::Error(e)) if e.kind() == std::io::ErrorKind::Unsupported => {
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(Error::write(&path, e)),
        }
        // A build that ended between this one's opening and locking the
        // file has deleted it: that lock guards nothing, so again.
        if same_file(&file, &path) {
            return Ok(OutputLock { path, _file: file });
        }
    }
}

impl Drop for OutputLock {
    fn drop(&mut self) {
        // Deleted while still held, then let go as the file closes.
        let _ = std::fs::remove_file(&self.path);
    }
}

/// Whether `path` still names the open `file`.
fn same_file(file: &std::fs::File, path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (file.metadata(), std::fs::metadata(path)) {
            (Ok(open), Ok(named)) => (open.dev(), open.ino()) == (named.dev(), named.ino()),
            _ => false,
        }
    }
    // Elsewhere an open file cannot be deleted.
    #[cfg(not(unix))]
    {
        let _ = file;
        path.exists()
    }
}

fn locked(output: &Path) -> Error {
    Error::Usage {
        message: format!(
            "another twinpress build is writing the output folder {} right now",
            output.display()
        ),
        help: "wait for it to finish, then build again, or build into another folder with --output"
            .into(),
    }
}
