//! Answering one request: which file of the site it asks for, with what
//! type, and the live-reload script and problems overlay on HTML pages.

use std::io::Cursor;

use tiny_http::{Header, Method, Request, Response, StatusCode};

use super::{INTERNAL, Shared, State};
use crate::render::{Body, escape};

/// What a request target asks for.
#[derive(Debug, PartialEq, Eq)]
pub enum Resolved {
    /// A path inside the site, decoded, without the leading `/`
    /// (`en/partners/poissy/`).
    Site(String),
    /// Not a path twinpress serves: traversal, an absolute or malformed
    /// path. Answered with 400.
    Bad(&'static str),
}

/// Decodes a request target and refuses anything that could point out of
/// the site: `..` and `.` segments (also percent-encoded), backslashes,
/// NUL, empty segments (`//etc`), drive letters and absolute URLs.
pub fn resolve(target: &str) -> Resolved {
    let path = target.split(['?', '#']).next().unwrap_or_default();
    let Some(rest) = path.strip_prefix('/') else {
        return Resolved::Bad("the path must start with /");
    };
    let decoded = match percent_encoding::percent_decode_str(rest).decode_utf8() {
        Ok(d) => d.into_owned(),
        Err(_) => return Resolved::Bad("the path is not UTF-8"),
    };
    if decoded.contains(['\0', '\\']) {
        return Resolved::Bad("the path has a NUL or a backslash");
    }
    let segments: Vec<&str> = decoded.split('/').collect();
    let last = segments.len() - 1;
    for (i, segment) in segments.iter().enumerate() {
        if *segment == ".." || *segment == "." {
            return Resolved::Bad("the path leads out of the site");
        }
        if segment.is_empty() && i != last {
            return Resolved::Bad("the path has an empty segment");
        }
        if segment.contains(':') {
            return Resolved::Bad("the path names a drive or a scheme");
        }
    }
    Resolved::Site(decoded)
}

/// The media type of a file, from its extension.
pub fn content_type(path: &str) -> &'static str {
    let ext = path
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml",
        "atom" => "application/atom+xml",
        "txt" => "text/plain; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        "ics" => "text/calendar; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "gif" => "image/gif",
        "ico" => "image/x-icon",
        "pdf" => "application/pdf",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        "ttf" => "font/ttf",
        "otf" => "font/otf",
        "webmanifest" => "application/manifest+json",
        "doc" => "application/msword",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "odt" => "application/vnd.oasis.opendocument.text",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "ods" => "application/vnd.oasis.opendocument.spreadsheet",
        "zip" => "application/zip",
        _ => "application/octet-stream",
    }
}

type Reply = Response<Cursor<Vec<u8>>>;

/// What is percent-encoded in a `Location`: controls, space, non-ASCII
/// and the characters with a meaning in a URL.
const URL_PATH: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'`')
    .add(b'{')
    .add(b'}');

/// Answers one request; a client that went away is no concern.
pub(super) fn answer(request: Request, shared: &Shared) {
    if matches!(request.method(), Method::Get)
        && let Some(query) = request
            .url()
            .strip_prefix(INTERNAL)
            .and_then(|r| r.strip_prefix("poll"))
    {
        // `/__twinpress/poll?since=N`: held until the site changes.
        let since = query
            .strip_prefix("?since=")
            .and_then(|n| n.parse().ok())
            .unwrap_or(0);
        shared.wait(request, since);
        return;
    }
    let reply = reply(&request, shared);
    let _ = request.respond(reply);
}

/// Tells a waiting page what to do: reload, or show the problems.
pub(super) fn answer_poll(request: Request, state: &State) {
    let body = serde_json::json!({
        "generation": state.generation,
        "problems": state.problems,
    });
    let reply = Response::from_data(body.to_string().into_bytes());
    let reply = with(reply, "Content-Type", "application/json");
    let _ = request.respond(with(reply, "Cache-Control", "no-store"));
}

fn reply(request: &Request, shared: &Shared) -> Reply {
    if !matches!(request.method(), Method::Get | Method::Head) {
        let reply = plain(405, "twinpress serve answers GET and HEAD only\n");
        return with(reply, "Allow", "GET, HEAD");
    }
    let target = request.url();
    if target.starts_with(INTERNAL) {
        return plain(404, "not found\n");
    }
    let path = match resolve(target) {
        Resolved::Site(p) => p,
        Resolved::Bad(why) => return plain(400, &format!("bad request: {why}\n")),
    };
    let (files, generation, problems) = {
        let state = shared.lock();
        (
            state.files.clone(),
            state.generation,
            state.problems.clone(),
        )
    };
    let Some(files) = files else {
        // Nothing has built yet: a page that shows why.
        return html_reply(500, page(OVERLAY_PAGE, generation, problems.as_deref()));
    };
    let key = if path.is_empty() || path.ends_with('/') {
        format!("{path}index.html")
    } else {
        path.clone()
    };
    let (status, key) = match files.get(&key) {
        Some(_) => (200, key),
        None if files.contains_key(&format!("{path}/index.html")) => {
            let location = percent_encoding::utf8_percent_encode(&path, URL_PATH);
            return with(plain(301, ""), "Location", &format!("/{location}/"));
        }
        None => (404, not_found_page(&files, &path)),
    };
    match files.get(&key).map(|body| &**body) {
        Some(Body::Bytes(bytes)) => bytes_reply(status, &key, bytes.clone()),
        Some(body) => match body.html() {
            Some(html) => html_reply(status, page(&html, generation, problems.as_deref())),
            // Copies and photos are read and made before a site is published.
            None => plain(404, "not found\n"),
        },
        None => plain(404, "not found\n"),
    }
}

/// The 404 page of the language the path is in, else the default one.
fn not_found_page(files: &super::Served, path: &str) -> String {
    let first = path.split('/').next().unwrap_or_default();
    let localized = format!("{first}/404.html");
    if !first.is_empty() && files.contains_key(&localized) {
        localized
    } else {
        "404.html".to_string()
    }
}

/// An HTML page with the live-reload script, and the problems over it
/// when the last rebuild failed.
fn page(html: &str, generation: u64, problems: Option<&str>) -> String {
    let mut injected = format!("<style>{OVERLAY_CSS}</style>");
    if let Some(text) = problems {
        injected.push_str(&overlay_html(text));
    }
    injected.push_str(&RELOAD_SCRIPT.replace("GENERATION", &generation.to_string()));
    match html.rfind("</body>") {
        Some(i) => format!("{}{injected}{}", &html[..i], &html[i..]),
        None => format!("{html}{injected}"),
    }
}

/// What is shown while no build has succeeded yet.
const OVERLAY_PAGE: &str = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
     <title>twinpress serve</title></head><body></body></html>";

fn overlay_html(text: &str) -> String {
    format!(
        "<div id=\"twinpress-problems\" role=\"alert\"><h2>twinpress: the site has problems</h2>\
         <pre>{}</pre><p>Mend the file and save it: this page reloads by itself.</p></div>",
        escape(text)
    )
}

const OVERLAY_CSS: &str = "#twinpress-problems{position:fixed;inset:0;z-index:2147483647;\
overflow:auto;background:rgba(24,24,27,.96);color:#fafafa;padding:2rem;\
font:16px/1.5 system-ui,sans-serif}#twinpress-problems h2{color:#fca5a5;margin:0 0 1rem}\
#twinpress-problems pre{white-space:pre-wrap;font:14px/1.6 ui-monospace,monospace}";

/// Waits for the next rebuild: reloads on a good one, shows the problems
/// of a failed one.
const RELOAD_SCRIPT: &str = r#"<script>(function(){var since=GENERATION;
function show(text){var old=document.getElementById("twinpress-problems");if(old)old.remove();
var d=document.createElement("div");d.id="twinpress-problems";d.setAttribute("role","alert");
var h=document.createElement("h2");h.textContent="twinpress: the site has problems";
var pre=document.createElement("pre");pre.textContent=text;
var p=document.createElement("p");p.textContent="Mend the file and save it: this page reloads by itself.";
d.append(h,pre,p);document.body.appendChild(d);}
function poll(){fetch("/__twinpress/poll?since="+since,{cache:"no-store"}).then(function(r){return r.json();})
.then(function(s){if(s.generation!==since){since=s.generation;if(s.problems){show(s.problems);}else{location.reload();return;}}poll();})
.catch(function(){setTimeout(poll,1000);});}
poll();})();</script>"#;

/// Adds a header; values are ASCII made by this module (paths are
/// percent-encoded), so none is ever dropped.
fn with(reply: Reply, name: &str, value: &str) -> Reply {
    match Header::from_bytes(name.as_bytes(), value.as_bytes()) {
        Ok(h) => reply.with_header(h),
        Err(()) => reply,
    }
}

fn plain(status: u16, text: &str) -> Reply {
    let reply = Response::from_data(text.as_bytes().to_vec()).with_status_code(StatusCode(status));
    with(reply, "Content-Type", "text/plain; charset=utf-8")
}

fn html_reply(status: u16, html: String) -> Reply {
    bytes_reply(status, "index.html", html.into_bytes())
}

fn bytes_reply(status: u16, path: &str, bytes: Vec<u8>) -> Reply {
    let reply = Response::from_data(bytes).with_status_code(StatusCode(status));
    let reply = with(reply, "Content-Type", content_type(path));
    let reply = with(reply, "Cache-Control", "no-store");
    with(reply, "X-Content-Type-Options", "nosniff")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_paths_are_decoded() {
        assert_eq!(resolve("/"), Resolved::Site(String::new()));
        assert_eq!(
            resolve("/en/partners/%C4%8Desk%C3%A9/?x=1#top"),
            Resolved::Site("en/partners/české/".into())
        );
    }

    #[test]
    fn traversal_and_absolute_paths_are_refused() {
        for bad in [
            "/../etc/passwd",
            "/en/../../etc/passwd",
            "/%2e%2e/etc/passwd",
            "/%2E%2E%2Fetc%2Fpasswd",
            "/..%5c..%5cwindows",
            "//etc/passwd",
            "/C:/Windows/win.ini",
            "/a/%00/b",
            "/./index.html",
            "http://example.com/",
            "etc/passwd",
            "/%ff%fe",
        ] {
            assert!(
                matches!(resolve(bad), Resolved::Bad(_)),
                "{bad} was accepted"
            );
        }
    }

    #[test]
    fn types_follow_extensions() {
        assert_eq!(content_type("a/index.html"), "text/html; charset=utf-8");
        assert_eq!(content_type("style.CSS"), "text/css; charset=utf-8");
        assert_eq!(content_type("umowa.pdf"), "application/pdf");
        assert_eq!(content_type("fonts/noto.woff2"), "font/woff2");
        assert_eq!(content_type("README"), "application/octet-stream");
    }

    #[test]
    fn the_script_goes_before_the_end_of_body() {
        let html = page("<html><body><p>x</p></body></html>", 7, None);
        assert!(html.contains("since=7"));
        assert!(html.ends_with("</script></body></html>"), "{html}");
        assert!(!html.contains("<div id=\"twinpress-problems\""));
    }

    #[test]
    fn problems_are_escaped_in_the_overlay() {
        let html = page("<body></body>", 1, Some("bad <b> & co"));
        assert!(html.contains("<pre>bad &lt;b&gt; &amp; co</pre>"), "{html}");
    }
}
