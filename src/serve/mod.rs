//! Serving a rendered site from memory over HTTP while it is edited.
//!
//! The site lives in memory as the render made it; nothing is written.
//! Every HTML page served gets a small script that waits for the next
//! rebuild and reloads the page. A rebuild that fails keeps the last good
//! site served and shows its problems over every page until they are
//! mended. Only files of the site are served: a request for anything else
//! — `..`, its encodings, absolute paths, a file that leads out of the
//! site folder — gets 400 or 404.

mod http;
pub mod watch;

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::Duration;

use crate::error::{Error, Result};
use crate::render::{Body, OutputFile};

pub use http::{Resolved, content_type, resolve};

/// The path below which twinpress answers its own requests.
pub const INTERNAL: &str = "/__twinpress/";

/// How long a page's script waits for a rebuild before asking again.
const POLL_WAIT: Duration = Duration::from_secs(25);

/// What is being served: the last good site and the problems of the
/// last rebuild, if it failed.
#[derive(Debug, Default)]
struct State {
    files: Arc<HashMap<String, Body>>,
    /// Counts rebuilds; a page reloads when it changes.
    generation: u64,
    /// The last rebuild's problems, shown over every page.
    problems: Option<String>,
    /// No build has succeeded yet.
    empty: bool,
}

#[derive(Debug, Default)]
struct Shared {
    state: Mutex<State>,
    changed: Condvar,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        // A panic while holding the lock leaves the state whole (every
        // update is a few assignments), so serving goes on.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// A site served on a local address.
pub struct Server {
    http: Arc<tiny_http::Server>,
    shared: Arc<Shared>,
    addr: SocketAddr,
    /// The site folder: files copied from the content are served only
    /// when they really lie inside it.
    root: PathBuf,
}

impl Server {
    /// Listens on `addr` (port 0 takes a free port); nothing is served
    /// until [`Server::publish`] or [`Server::fail`] is called.
    pub fn bind(addr: SocketAddr, root: &Path) -> Result<Server> {
        let http = tiny_http::Server::http(addr).map_err(|e| Error::Usage {
            message: format!("cannot listen on {addr}: {e}"),
            help: "another program may be using this port: choose another one with --port".into(),
        })?;
        let addr = http.server_addr().to_ip().ok_or_else(|| Error::Usage {
            message: format!("cannot listen on {addr}"),
            help: "give an IP address to --bind".into(),
        })?;
        let root = root.canonicalize().map_err(|e| Error::read(root, e))?;
        let shared = Arc::new(Shared::default());
        shared.lock().empty = true;
        Ok(Server {
            http: Arc::new(http),
            shared,
            addr,
            root,
        })
    }

    /// The address the site is served on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Serves a freshly built site and reloads every open page.
    pub fn publish(&self, files: Vec<OutputFile>) {
        let files: HashMap<String, Body> = files.into_iter().map(|f| (f.path, f.body)).collect();
        let mut state = self.shared.lock();
        state.files = Arc::new(files);
        state.problems = None;
        state.empty = false;
        state.generation += 1;
        drop(state);
        self.shared.changed.notify_all();
    }

    /// Keeps the last good site and shows `problems` over every page.
    pub fn fail(&self, problems: String) {
        let mut state = self.shared.lock();
        state.problems = Some(problems);
        state.generation += 1;
        drop(state);
        self.shared.changed.notify_all();
    }

    /// Answers requests on background threads until the server is dropped.
    pub fn spawn(&self) {
        let http = Arc::clone(&self.http);
        let shared = Arc::clone(&self.shared);
        let root = self.root.clone();
        std::thread::spawn(move || {
            for request in http.incoming_requests() {
                let shared = Arc::clone(&shared);
                let root = root.clone();
                // One thread per request: a page's wait for the next
                // rebuild must not hold up the others.
                std::thread::spawn(move || http::answer(request, &shared, &root));
            }
        });
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.http.unblock();
        // Wake the pages waiting for a rebuild so their threads end.
        self.shared.lock().generation += 1;
        self.shared.changed.notify_all();
    }
}

/// The text shown over the page for a failed rebuild: each problem with
/// its file, line and help.
pub fn problems_text(error: &Error) -> String {
    match error {
        Error::Invalid(diagnostics) => {
            let n = diagnostics.len();
            let mut out = format!(
                "{n} {} in the site:\n\n",
                if n == 1 { "problem" } else { "problems" }
            );
            for d in diagnostics {
                out.push_str(&format!("{d}\n\n"));
            }
            out.trim_end().to_string()
        }
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Diagnostic;

    #[test]
    fn problems_name_file_line_and_help() {
        let e = Error::Invalid(vec![
            Diagnostic::new(
                "content/partners/x/partner.yaml",
                3,
                9,
                "unknown status `activ`",
            )
            .with_help("use one of: active, negotiating"),
        ]);
        let text = problems_text(&e);
        assert!(text.starts_with("1 problem in the site"), "{text}");
        assert!(text.contains("content/partners/x/partner.yaml:3:9: unknown status `activ`"));
        assert!(text.contains("help: use one of"));
    }
}
