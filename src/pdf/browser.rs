//! A headless Chromium, driven over the DevTools protocol (JSON messages on
//! a WebSocket): start it, open tabs, load a page, measure it, print it.

use std::collections::VecDeque;
use std::io::{BufRead, BufReader};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use base64::Engine as _;
use serde_json::{Value, json};
use tungstenite::{Message, WebSocket};

use crate::error::{Error, Result};

/// How long one step (loading, measuring or printing a page) may take.
const STEP: Duration = Duration::from_secs(60);

const INSTALL_HELP: &str = "install Chromium (Debian and Ubuntu: `apt-get install --no-install-recommends chromium`; Fedora: `dnf install chromium`; macOS: `brew install --cask chromium`) or name it with `--chromium PATH`";

/// The browser started but failed while printing: installing it again
/// is not the remedy.
fn printing_error(message: impl Into<String>) -> Error {
    Error::Pdf {
        message: message.into(),
        help: "run the build again; if it keeps failing, update Chromium, or build without --pdf and print the pages in print/ from a browser".into(),
    }
}

fn pdf_error(message: impl Into<String>) -> Error {
    Error::Pdf {
        message: message.into(),
        help: INSTALL_HELP.into(),
    }
}

/// The browser named on the command line, or the first Chromium or Chrome
/// on the PATH.
pub fn find_chromium(named: Option<&Path>) -> Result<PathBuf> {
    if let Some(path) = named {
        return if path.is_file() {
            Ok(path.to_path_buf())
        } else {
            Err(pdf_error(format!(
                "`--chromium {}` names no file",
                path.display()
            )))
        };
    }
    let names = [
        "chromium",
        "chromium-browser",
        "google-chrome",
        "google-chrome-stable",
        "chrome",
        "chrome.exe",
        "msedge",
    ];
    let path = std::env::var_os("PATH").unwrap_or_default();
    for dir in std::env::split_paths(&path) {
        for name in names {
            let candidate = dir.join(name);
            if candidate.is_file() {
                return Ok(candidate);
            }
        }
    }
    Err(pdf_error(
        "`--pdf` needs Chromium or Google Chrome to print the publications, and none was found on the PATH",
    ))
}

/// A running headless browser; stopped when dropped.
pub struct Browser {
    child: Child,
    /// `ws://127.0.0.1:PORT/devtools/browser/ID`
    endpoint: String,
    _profile: tempfile::TempDir,
}

impl Browser {
    /// A browser that reaches no host at all: printing needs only files.
    pub fn launch(path: &Path) -> Result<Browser> {
        Browser::launch_reaching(path, None)
    }

    /// A browser that reaches this computer's `127.0.0.1` and no other
    /// host: for looking at a site served locally.
    pub fn launch_local(path: &Path) -> Result<Browser> {
        Browser::launch_reaching(path, Some("127.0.0.1"))
    }

    fn launch_reaching(path: &Path, only: Option<&str>) -> Result<Browser> {
        let profile = tempfile::tempdir()
            .map_err(|e| pdf_error(format!("cannot make a browser profile folder: {e}")))?;
        let mut command = Command::new(path);
        command
            .arg("--headless")
            .arg("--disable-gpu")
            .arg("--no-first-run")
            .arg("--no-default-browser-check")
            .arg("--disable-background-networking")
            .arg("--disable-component-update")
            .arg("--disable-sync")
            .arg("--disable-extensions")
            .arg("--disable-dev-shm-usage")
            .arg("--mute-audio")
            .arg("--hide-scrollbars")
            // No page may fetch anything from another host.
            .arg(match only {
                Some(host) => format!("--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE {host}"),
                None => "--host-resolver-rules=MAP * ~NOTFOUND".to_string(),
            })
            .arg("--remote-debugging-port=0")
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        if running_as_root() {
            // Chromium's sandbox refuses to start as root (containers, CI).
            command.arg("--no-sandbox");
        }
        command.arg("about:blank");
        let mut child = command
            .spawn()
            .map_err(|e| pdf_error(format!("cannot start the browser {}: {e}", path.display())))?;
        let Some(stderr) = child.stderr.take() else {
            let _ = child.kill();
            return Err(pdf_error("cannot read the browser's output"));
        };
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut sent = false;
            let mut seen = Vec::new();
            for line in BufReader::new(stderr).lines().map_while(|l| l.ok()) {
                if sent {
                    continue;
                }
                if let Some(url) = line.split("DevTools listening on ").nth(1) {
                    let _ = tx.send(Ok(url.trim().to_string()));
                    sent = true;
                } else if seen.len() < 20 {
                    seen.push(line);
                }
            }
            if !sent {
                let _ = tx.send(Err(seen.join("\n")));
            }
        });
        let endpoint = match rx.recv_timeout(STEP) {
            Ok(Ok(url)) => url,
            Ok(Err(output)) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(pdf_error(format!(
                    "the browser {} stopped before it was ready{}",
                    path.display(),
                    if output.is_empty() {
                        String::new()
                    } else {
                        format!(":\n{output}")
                    }
                )));
            }
            Err(_) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(pdf_error(format!(
                    "the browser {} did not start within a minute",
                    path.display()
                )));
            }
        };
        Ok(Browser {
            child,
            endpoint,
            _profile: profile,
        })
    }

    /// A new tab on its own connection.
    pub fn tab(&self) -> Result<Tab> {
        let mut connection = Connection::open(&self.endpoint)?;
        let target = connection.call(None, "Target.createTarget", json!({"url": "about:blank"}))?;
        let target_id = target["targetId"].as_str().unwrap_or_default().to_string();
        let attached = connection.call(
            None,
            "Target.attachToTarget",
            json!({"targetId": target_id, "flatten": true}),
        )?;
        let session = attached["sessionId"]
            .as_str()
            .ok_or_else(|| pdf_error("the browser opened no tab"))?
            .to_string();
        let mut tab = Tab {
            connection,
            session,
        };
        tab.call("Page.enable", json!({}))?;
        tab.call("Emulation.setEmulatedMedia", json!({"media": "print"}))?;
        Ok(tab)
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn running_as_root() -> bool {
    std::fs::read_to_string("/proc/self/status").is_ok_and(|status| {
        status
            .lines()
            .find_map(|l| l.strip_prefix("Uid:"))
            .and_then(|ids| ids.split_whitespace().nth(1))
            == Some("0")
    })
}

/// One WebSocket connection to the browser.
struct Connection {
    socket: WebSocket<TcpStream>,
    next_id: u64,
    /// Events that arrived while waiting for a reply.
    events: VecDeque<Value>,
}

impl Connection {
    fn open(endpoint: &str) -> Result<Connection> {
        let address = endpoint
            .strip_prefix("ws://")
            .and_then(|rest| rest.split('/').next())
            .ok_or_else(|| printing_error(format!("unexpected DevTools address {endpoint}")))?;
        let stream = TcpStream::connect(address)
            .map_err(|e| printing_error(format!("cannot connect to the browser: {e}")))?;
        stream
            .set_read_timeout(Some(STEP))
            .map_err(|e| printing_error(format!("cannot connect to the browser: {e}")))?;
        let config = tungstenite::protocol::WebSocketConfig::default()
            .max_message_size(Some(1 << 30))
            .max_frame_size(Some(1 << 30));
        let (socket, _) =
            tungstenite::client::client_with_config(endpoint, stream, Some(config))
                .map_err(|e| printing_error(format!("cannot talk to the browser: {e}")))?;
        Ok(Connection {
            socket,
            next_id: 0,
            events: VecDeque::new(),
        })
    }

    fn receive(&mut self) -> Result<Value> {
        loop {
            let message = self
                .socket
                .read()
                .map_err(|e| printing_error(format!("the browser stopped answering: {e}")))?;
            if let Message::Text(text) = message {
                return serde_json::from_str(text.as_str()).map_err(|e| {
                    printing_error(format!("the browser sent something unreadable: {e}"))
                });
            }
        }
    }

    fn call(&mut self, session: Option<&str>, method: &str, params: Value) -> Result<Value> {
        self.next_id += 1;
        let id = self.next_id;
        let mut message = json!({"id": id, "method": method, "params": params});
        if let Some(s) = session {
            message["sessionId"] = json!(s);
        }
        self.socket
            .send(Message::Text(message.to_string().into()))
            .map_err(|e| printing_error(format!("the browser stopped answering: {e}")))?;
        loop {
            let reply = self.receive()?;
            if reply["id"].as_u64() == Some(id) {
                if let Some(error) = reply.get("error") {
                    return Err(printing_error(format!(
                        "the browser could not do it ({})",
                        error["message"].as_str().unwrap_or("no reason given")
                    )));
                }
                return Ok(reply["result"].clone());
            }
            if reply.get("method").is_some() {
                self.events.push_back(reply);
            }
        }
    }

    fn wait_for(&mut self, session: &str, method: &str) -> Result<Value> {
        if let Some(i) = self
            .events
            .iter()
            .position(|e| e["method"] == method && e["sessionId"] == session)
        {
            return Ok(self.events.remove(i).unwrap_or_default());
        }
        loop {
            let event = self.receive()?;
            if event["method"] == method && event["sessionId"] == session {
                return Ok(event);
            }
        }
    }
}

/// A browser tab, reused from page to page.
pub struct Tab {
    connection: Connection,
    session: String,
}

impl Tab {
    fn call(&mut self, method: &str, params: Value) -> Result<Value> {
        let session = self.session.clone();
        self.connection.call(Some(&session), method, params)
    }

    /// Loads a page and waits until it and its fonts are ready.
    pub fn open(&mut self, url: &str) -> Result<()> {
        self.connection.events.clear();
        let navigated = self.call("Page.navigate", json!({"url": url}))?;
        if let Some(error) = navigated["errorText"].as_str() {
            return Err(printing_error(format!(
                "the browser could not open {url}: {error}"
            )));
        }
        let session = self.session.clone();
        self.connection.wait_for(&session, "Page.loadEventFired")?;
        self.call(
            "Runtime.evaluate",
            json!({"expression": "document.fonts.ready.then(() => true)", "awaitPromise": true}),
        )?;
        Ok(())
    }

    /// The value of a JavaScript expression in the page (awaited when it
    /// is a promise).
    pub fn evaluate(&mut self, expression: &str) -> Result<Value> {
        let result = self.call(
            "Runtime.evaluate",
            json!({"expression": expression, "returnByValue": true, "awaitPromise": true}),
        )?;
        Ok(result["result"]["value"].clone())
    }

    /// Panels (`data-panel`) whose text runs past their bottom, with how
    /// far, in millimetres.
    pub fn overflowing_panels(&mut self) -> Result<Vec<(String, f64)>> {
        const MEASURE: &str = r#"JSON.stringify(Array.from(document.querySelectorAll('[data-panel]')).map(p => {
            const body = p.querySelector('.panel-body') || p;
            return [p.dataset.panel, body.scrollHeight - body.clientHeight];
        }).filter(([, over]) => over > 1))"#;
        let result = self.call(
            "Runtime.evaluate",
            json!({"expression": MEASURE, "returnByValue": true}),
        )?;
        let list: Vec<(String, f64)> =
            serde_json::from_str(result["result"]["value"].as_str().unwrap_or("[]"))
                .unwrap_or_default();
        // CSS pixels are 1/96 inch.
        Ok(list
            .into_iter()
            .map(|(panel, px)| (panel, px * 25.4 / 96.0))
            .collect())
    }

    /// Prints the loaded page at the page size its CSS asks for.
    pub fn print_pdf(&mut self) -> Result<Vec<u8>> {
        let printed = self.call(
            "Page.printToPDF",
            json!({
                "printBackground": true,
                "preferCSSPageSize": true,
                "displayHeaderFooter": false,
                "marginTop": 0, "marginBottom": 0, "marginLeft": 0, "marginRight": 0,
                "generateTaggedPDF": true,
                "generateDocumentOutline": true,
            }),
        )?;
        let data = printed["data"]
            .as_str()
            .ok_or_else(|| printing_error("the browser printed nothing"))?;
        base64::engine::general_purpose::STANDARD
            .decode(data)
            .map_err(|e| printing_error(format!("the browser printed something unreadable: {e}")))
    }
}
