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
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use crate::error::{Error, Result};
use crate::render::{Body, OutputFile};

/// The path below which twinpress answers its own requests.
pub const INTERNAL: &str = "/__twinpress/";

/// How long a page's script waits for a rebuild before asking again.
const POLL_WAIT: Duration = Duration::from_secs(25);

/// Threads answering requests: a fixed few, whatever comes in.
const WORKERS: usize = 8;

/// Pages waiting for a rebuild at once; more are answered at once and
/// ask again.
const MAX_WAITING: usize = 256;

/// The files served, by path, each shared with the requests reading it.
type Served = HashMap<String, Arc<Body>>;

/// What is being served: the last good site and the problems of the
/// last rebuild, if it failed.
#[derive(Debug, Default)]
struct State {
    /// None until a build has succeeded.
    files: Option<Arc<Served>>,
    /// Counts rebuilds; a page reloads when it changes.
    generation: u64,
    /// The last rebuild's problems, shown over every page.
    problems: Option<String>,
}

/// A page's request for the next rebuild, held until it comes.
struct Waiting {
    request: tiny_http::Request,
    since: u64,
    until: Instant,
}

#[derive(Default)]
struct Shared {
    state: Mutex<State>,
    waiting: Mutex<Vec<Waiting>>,
    /// Wakes the thread that answers waiting pages.
    changed: Condvar,
    stopped: AtomicBool,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        // A panic while holding the lock leaves the state whole (every
        // update is a few assignments), so serving goes on.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn waiting(&self) -> MutexGuard<'_, Vec<Waiting>> {
        self.waiting.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Holds a page's request until the site changes from `since`, or
    /// answers it now when too many already wait.
    fn wait(&self, request: tiny_http::Request, since: u64) {
        let mut waiting = self.waiting();
        if waiting.len() >= MAX_WAITING || self.lock().generation != since {
            drop(waiting);
            http::answer_poll(request, &self.lock());
            return;
        }
        waiting.push(Waiting {
            request,
            since,
            until: Instant::now() + POLL_WAIT,
        });
    }

    /// Answers the pages whose site has changed or whose wait is over.
    fn answer_waiting(&self) {
        let now = Instant::now();
        let generation = self.lock().generation;
        let stopped = self.stopped.load(Ordering::Relaxed);
        let ready: Vec<Waiting> = {
            let mut waiting = self.waiting();
            let (ready, still) = std::mem::take(&mut *waiting)
                .into_iter()
                .partition(|w| stopped || w.since != generation || w.until <= now);
            *waiting = still;
            ready
        };
        let state = self.lock();
        for w in ready {
            http::answer_poll(w.request, &state);
        }
    }
}

/// A site served on a local address.
pub struct Server {
    http: Arc<tiny_http::Server>,
    shared: Arc<Shared>,
    addr: SocketAddr,
}

impl Server {
    /// Listens on `addr` (port 0 takes a free port) and answers requests
    /// until dropped; nothing but a waiting page is served until
    /// [`Server::publish`] or [`Server::fail`] is called.
    pub fn bind(addr: SocketAddr) -> Result<Server> {
        let http = tiny_http::Server::http(addr).map_err(|e| Error::Usage {
            message: format!("cannot listen on {addr}: {e}"),
            help: "another program may be using this port: choose another one with --port".into(),
        })?;
        // tiny_http listens on the IP address it was given.
        let addr = http.server_addr().to_ip().unwrap_or(addr);
        let server = Server {
            http: Arc::new(http),
            shared: Arc::new(Shared::default()),
            addr,
        };
        server.spawn();
        Ok(server)
    }

    /// The address the site is served on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Serves a freshly built site and reloads every open page. The
    /// files are in memory (`Html` or `Bytes`): serving reads no disk.
    pub fn publish(&self, files: Vec<OutputFile>) {
        let files: Served = files
            .into_iter()
            .map(|f| (f.path, Arc::new(f.body)))
            .collect();
        let mut state = self.shared.lock();
        state.files = Some(Arc::new(files));
        state.problems = None;
        state.generation += 1;
        drop(state);
        self.shared.changed.notify_all();
    }

    /// Serves `files` in place of those at their paths, keeping the rest
    /// of the site, and reloads every open page: a rebuild that made only
    /// some files again. A request still answering from the site as it
    /// was keeps it; only the table of files is copied, not the files.
    pub fn update(&self, files: Vec<OutputFile>) {
        let mut state = self.shared.lock();
        let served = state.files.get_or_insert_with(Default::default);
        let served = Arc::make_mut(served);
        for f in files {
            served.insert(f.path, Arc::new(f.body));
        }
        state.problems = None;
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

    /// A few workers answer requests; one more thread answers the pages
    /// waiting for a rebuild.
    fn spawn(&self) {
        for _ in 0..WORKERS {
            let http = Arc::clone(&self.http);
            let shared = Arc::clone(&self.shared);
            std::thread::spawn(move || {
                while let Ok(request) = http.recv() {
                    if shared.stopped.load(Ordering::Relaxed) {
                        break;
                    }
                    http::answer(request, &shared);
                }
            });
        }
        let shared = Arc::clone(&self.shared);
        std::thread::spawn(move || {
            while !shared.stopped.load(Ordering::Relaxed) {
                let state = shared.lock();
                let _ = shared.changed.wait_timeout(state, Duration::from_secs(1));
                shared.answer_waiting();
            }
            shared.answer_waiting();
        });
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.shared.stopped.store(true, Ordering::Relaxed);
        for _ in 0..WORKERS {
            self.http.unblock();
        }
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
