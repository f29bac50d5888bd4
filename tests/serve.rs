//! `twinpress serve` over real HTTP on a free loopback port: pages are
//! served and reloaded on edits, broken edits keep the last good page and
//! show the problems, and nothing outside the site is served.

mod common;

use std::io::{Read, Write};
use std::net::{IpAddr, Ipv4Addr, TcpStream};
use std::path::Path;
use std::time::{Duration, Instant};

use common::copy_fixture;
use twinpress::commands::serve::{Running, ServeArgs, start};

struct Reply {
    status: u16,
    headers: String,
    body: String,
}

/// `127.0.0.1:PORT` of the server.
fn host_of(running: &Running) -> String {
    running
        .url()
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .to_string()
}

/// The rebuild a served page waits for (`since=N` in its script).
fn generation_of(html: &str) -> String {
    html.split("since=")
        .nth(1)
        .and_then(|s| s.split(';').next())
        .unwrap()
        .to_string()
}

/// Sends a raw request target, as a browser or an attacker would.
fn get(running: &Running, target: &str) -> Reply {
    let host = host_of(running);
    let mut stream = TcpStream::connect(&host).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    write!(
        stream,
        "GET {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).unwrap();
    let raw = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = raw.split_once("\r\n\r\n").unwrap_or((&raw, ""));
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    Reply {
        status,
        headers: head.to_ascii_lowercase(),
        body: body.to_string(),
    }
}

fn serve(root: &Path) -> Running {
    start(&ServeArgs {
        root: root.to_path_buf(),
        port: 0,
        bind: IpAddr::V4(Ipv4Addr::LOCALHOST),
        open: false,
    })
    .unwrap()
}

/// How long a test waits for a rebuild to show before it fails: a bound
/// against hanging, not a measure of speed (the benchmark measures how
/// soon a save shows), so generous enough for a debug build on a busy
/// machine.
const PATIENCE: Duration = Duration::from_secs(60);

/// Asks for `target` until `done` holds or [`PATIENCE`] runs out.
fn wait_for(running: &Running, target: &str, done: impl Fn(&Reply) -> bool) -> Reply {
    let started = Instant::now();
    loop {
        let reply = get(running, target);
        if done(&reply) || started.elapsed() > PATIENCE {
            return reply;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

const PAGE: &str = "/partners/krakow/";

#[test]
fn a_page_is_served_with_the_reload_script() {
    let (_tmp, site) = copy_fixture("czech-region");
    let running = serve(&site);
    let reply = get(&running, PAGE);
    assert_eq!(reply.status, 200);
    assert!(
        reply
            .headers
            .contains("content-type: text/html; charset=utf-8")
    );
    assert!(reply.body.contains("partnerem"), "{}", reply.body);
    assert!(reply.body.contains("/__twinpress/poll"));
    // Links point at the local server, not the real site.
    assert!(reply.body.contains(&running.url()));
    assert!(!reply.body.contains("partnerstvi.example.cz"));

    let stylesheet = reply
        .body
        .split("<link rel=\"stylesheet\" href=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap_or_else(|| panic!("no stylesheet in {}", reply.body))
        .to_string();
    assert!(stylesheet.starts_with("/assets/style."), "{stylesheet}");
    let css = get(&running, &stylesheet);
    assert_eq!(css.status, 200);
    assert!(
        css.headers.contains("content-type: text/css"),
        "{}",
        css.headers
    );
    assert!(!css.body.contains("__twinpress"));
}

#[test]
fn the_build_output_has_no_reload_script() {
    let (tmp, site) = copy_fixture("czech-region");
    let out = tmp.path().join("out");
    twinpress::commands::build::build(&common::config(&site, &out), None).unwrap();
    for (path, bytes) in common::tree(&out) {
        assert!(
            !String::from_utf8_lossy(&bytes).contains("__twinpress"),
            "{path} has the live-reload script"
        );
    }
}

#[test]
fn an_edit_is_served_within_two_seconds_and_a_broken_one_keeps_the_page() {
    let (_tmp, site) = copy_fixture("czech-region");
    let running = serve(&site);
    let text = site.join("content/partners/krakow/cs.md");
    let before = get(&running, PAGE);
    assert!(before.body.contains("partnerem"));

    // The page's script waits for the next rebuild.
    let generation = generation_of(&before.body);

    std::fs::write(
        &text,
        "---\nsummary: Historické město na Visle.\n---\nKrakov je **spřátelený** region.\n",
    )
    .unwrap();
    let after = wait_for(&running, PAGE, |r| r.body.contains("spřátelený"));
    assert!(
        after.body.contains("spřátelený"),
        "the edit was not served after the save"
    );
    let poll = get(&running, &format!("/__twinpress/poll?since={generation}"));
    assert!(poll.headers.contains("application/json"));
    assert!(poll.body.contains("\"problems\":null"), "{}", poll.body);
    assert!(!poll.body.contains(&format!("\"generation\":{generation},")));

    // A broken file: the last good page stays, with the problems over it.
    std::fs::write(&text, "---\nsummary: [unclosed\n---\nKrakov.\n").unwrap();
    let broken = wait_for(&running, PAGE, |r| {
        r.body.contains("<div id=\"twinpress-problems\"")
    });
    assert_eq!(broken.status, 200);
    assert!(
        broken.body.contains("spřátelený"),
        "the last good page was lost"
    );
    assert!(broken.body.contains("<div id=\"twinpress-problems\""));
    assert!(
        broken.body.contains("content/partners/krakow/cs.md:2"),
        "the overlay does not name the file and line: {}",
        broken.body
    );

    // Mended: the overlay goes away.
    std::fs::write(&text, "---\nsummary: Opraveno.\n---\nKrakov je opraven.\n").unwrap();
    let mended = wait_for(&running, PAGE, |r| r.body.contains("opraven."));
    assert!(mended.body.contains("opraven."));
    assert!(!mended.body.contains("<div id=\"twinpress-problems\""));
}

/// Request targets that try to leave the site (`secret.txt` lies beside
/// the site folder).
const TRAVERSAL: [&str; 9] = [
    "/../secret.txt",
    "/../../../../etc/passwd",
    "/%2e%2e/secret.txt",
    "/%2E%2E%2Fsecret.txt",
    "/en/..%2F..%2Fsecret.txt",
    "/..%5csecret.txt",
    "//etc/passwd",
    "/C:/Windows/win.ini",
    "/%00",
];

#[test]
fn only_files_of_the_site_are_served() {
    let (tmp, site) = copy_fixture("czech-region");
    std::fs::write(tmp.path().join("secret.txt"), "secret").unwrap();
    let running = serve(&site);
    for target in TRAVERSAL.iter().chain(&["http://example.com/"]) {
        let reply = get(&running, target);
        assert!(
            reply.status == 400 || reply.status == 404,
            "{target} answered {}",
            reply.status
        );
        assert!(!reply.body.contains("secret"), "{target} leaked a file");
        assert!(!reply.body.contains("root:"), "{target} leaked a file");
    }
    let missing = get(&running, "/en/no-such-page/");
    assert_eq!(missing.status, 404);
    assert!(missing.body.contains("<html"), "the 404 page is served");
    assert!(missing.body.contains("lang=\"en\""), "{}", missing.body);

    let folder = get(&running, "/partners/krakow");
    assert_eq!(folder.status, 301);
    assert!(folder.headers.contains("location: /partners/krakow/"));
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_out_of_the_site_is_not_served() {
    let (tmp, site) = copy_fixture("czech-region");
    std::fs::write(tmp.path().join("secret.pdf"), "%PDF secret").unwrap();
    std::os::unix::fs::symlink(
        tmp.path().join("secret.pdf"),
        site.join("content/partners/krakow/secret.pdf"),
    )
    .unwrap();
    let running = serve(&site);
    for target in [
        "/partners/krakow/secret.pdf",
        "/en/partners/krakow/secret.pdf",
    ] {
        let reply = get(&running, target);
        assert_ne!(reply.status, 200, "{target}");
        assert!(
            !reply.body.contains("%PDF secret"),
            "{target} followed the link out"
        );
        assert!(reply.body.contains("symbolic links are not followed"));
    }
}

/// Asks the page in `tab` until `expression` is true or [`PATIENCE`]
/// runs out.
fn page_becomes(tab: &mut twinpress::pdf::Tab, expression: &str) -> bool {
    let started = Instant::now();
    while started.elapsed() < PATIENCE {
        if tab.evaluate(expression).ok() == Some(serde_json::Value::Bool(true)) {
            return true;
        }
        std::thread::sleep(Duration::from_millis(25));
    }
    false
}

/// In a real browser: an open page reloads by itself on a save, and shows
/// the problems of a broken save over itself without reloading.
#[test]
fn an_open_page_reloads_itself_and_shows_the_problems() {
    let required = std::env::var_os("TWINPRESS_REQUIRE_BROWSER").is_some();
    let Ok(chromium) = twinpress::pdf::find_chromium(None) else {
        assert!(!required, "no Chromium to test live reload in");
        eprintln!("skipped: live reload is tested in Chromium, which is not installed");
        return;
    };
    let (_tmp, site) = copy_fixture("czech-region");
    let running = serve(&site);
    let browser = twinpress::pdf::Browser::launch_local(&chromium).unwrap();
    let mut tab = browser.tab().unwrap();
    tab.open(&format!("{}partners/krakow/", running.url()))
        .unwrap();
    // A mark that a reload wipes out.
    tab.evaluate("window.notReloaded = true").unwrap();

    let text = site.join("content/partners/krakow/cs.md");
    std::fs::write(
        &text,
        "---\nsummary: S.\n---\nKrakov je **spřátelený** region.\n",
    )
    .unwrap();
    assert!(
        page_becomes(
            &mut tab,
            "!window.notReloaded && document.body.innerText.includes('spřátelený')"
        ),
        "the page did not reload with the edit within 2 s"
    );

    tab.evaluate("window.notReloaded = true").unwrap();
    std::fs::write(&text, "---\nsummary: [unclosed\n---\nKrakov.\n").unwrap();
    assert!(
        page_becomes(
            &mut tab,
            "window.notReloaded === true && document.getElementById('twinpress-problems') !== null \
             && document.getElementById('twinpress-problems').innerText.includes('content/partners/krakow/cs.md:2')"
        ),
        "the problems were not shown over the page"
    );
    assert_eq!(
        tab.evaluate("document.body.innerText.includes('spřátelený')")
            .unwrap(),
        serde_json::Value::Bool(true),
        "the last good page went away"
    );

    std::fs::write(&text, "---\nsummary: S.\n---\nKrakov je opraven.\n").unwrap();
    assert!(
        page_becomes(
            &mut tab,
            "!window.notReloaded && document.getElementById('twinpress-problems') === null \
             && document.body.innerText.includes('opraven')"
        ),
        "the mended page did not reload"
    );
}

#[test]
fn many_waiting_pages_do_not_hold_up_the_others() {
    let (_tmp, site) = copy_fixture("czech-region");
    let running = serve(&site);
    let page = get(&running, PAGE);
    let generation = generation_of(&page.body);
    let host = host_of(&running);
    // 300 open pages asking for the next rebuild, more than the server
    // holds waiting.
    let waiting: Vec<TcpStream> = (0..300)
        .map(|_| {
            let mut s = TcpStream::connect(&host).unwrap();
            write!(
                s,
                "GET /__twinpress/poll?since={generation} HTTP/1.1\r\nHost: {host}\r\n\r\n"
            )
            .unwrap();
            s
        })
        .collect();
    // Served, and so not behind the polls: they wait 25 s for a rebuild
    // (those beyond the most the server holds are answered at once), and
    // `get` gives up after 10 s.
    let reply = get(&running, PAGE);
    assert_eq!(reply.status, 200);
    drop(waiting);
}

#[test]
fn other_methods_are_refused_and_head_is_answered() {
    let (_tmp, site) = copy_fixture("czech-region");
    let running = serve(&site);
    let host = host_of(&running);
    for (method, status) in [("POST", "405"), ("HEAD", "200")] {
        let mut s = TcpStream::connect(&host).unwrap();
        write!(s, "{method} {PAGE} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n").unwrap();
        let mut raw = String::new();
        s.read_to_string(&mut raw).unwrap();
        assert!(
            raw.starts_with(&format!("HTTP/1.1 {status}")),
            "{method}: {raw}"
        );
        if method == "HEAD" {
            assert!(!raw.contains("<html"), "HEAD sent a body");
        }
    }
}

#[test]
fn a_site_that_never_built_shows_why() {
    let (_tmp, site) = copy_fixture("czech-region");
    std::fs::write(site.join("content/site.yaml"), "base_url: [\n").unwrap();
    let running = serve(&site);
    let reply = get(&running, "/");
    assert_eq!(reply.status, 500);
    assert!(
        reply.body.contains("<div id=\"twinpress-problems\""),
        "{}",
        reply.body
    );
    assert!(reply.body.contains("content/site.yaml"), "{}", reply.body);
}

/// One request of the load test: the raw bytes sent, the status expected.
struct Case {
    raw: String,
    status: u16,
    /// Text the answer must hold (a served page), if any.
    holds: Option<&'static str>,
}

fn load_cases() -> Vec<Case> {
    let get = |target: &str| {
        format!("GET {target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
    };
    let mut cases = Vec::new();
    for (target, status, holds) in [
        ("/", 200, Some("<html")),
        ("/en/", 200, Some("lang=\"en\"")),
        ("/partners/krakow/", 200, Some("<html")),
        ("/en/partners/gyor/", 200, Some("<html")),
        ("/de/partners/krakow/?utm=1#x", 200, Some("lang=\"de\"")),
        ("/sitemap.xml", 200, Some("<urlset")),
        ("/partners.json", 200, Some("krakow")),
        ("/partners/krakow", 301, None),
        ("/en/no-such-page/", 404, Some("lang=\"en\"")),
        ("/%zz", 404, None),
    ] {
        cases.push(Case {
            raw: get(target),
            status,
            holds,
        });
    }
    for target in TRAVERSAL.iter().chain(&["/%ff%fe", "/en/./index.html"]) {
        cases.push(Case {
            raw: get(target),
            status: 400,
            holds: None,
        });
    }
    for (raw, status) in [
        ("GARBAGE\r\n\r\n".to_string(), 400),
        ("\r\n\r\n".to_string(), 400),
        (
            "GET  HTTP/1.1\r\nConnection: close\r\n\r\n".to_string(),
            400,
        ),
        (
            "GET / HTTP/9.9\r\nConnection: close\r\n\r\n".to_string(),
            400,
        ),
        (
            "GET / HTTP/1.1\r\nBad header\r\nConnection: close\r\n\r\n".to_string(),
            400,
        ),
        (
            "GET /\0x HTTP/1.1\r\nConnection: close\r\n\r\n".to_string(),
            400,
        ),
        (
            "BREW /pot HTTP/1.1\r\nConnection: close\r\n\r\n".to_string(),
            405,
        ),
        (
            "DELETE / HTTP/1.1\r\nConnection: close\r\n\r\n".to_string(),
            405,
        ),
        (get(&format!("/{}", "a".repeat(10_000))), 404),
        ("GET / HTTP/1.0\r\n\r\n".to_string(), 200),
    ] {
        cases.push(Case {
            raw,
            status,
            holds: None,
        });
    }
    cases
}

/// 10,000 requests from four clients at once, page requests, attempts to
/// leave the site and malformed ones mixed; each is answered with the
/// status it should have, and no answer holds a file from outside.
#[test]
fn ten_thousand_requests_are_each_answered_correctly() {
    let (tmp, site) = copy_fixture("czech-region");
    std::fs::write(tmp.path().join("secret.txt"), "secret").unwrap();
    let running = serve(&site);
    let host = host_of(&running);
    let cases = load_cases();
    let answered = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for client in 0..4 {
            let (cases, host, answered) = (&cases, &host, &answered);
            scope.spawn(move || {
                for i in 0..2_500 {
                    let case = &cases[(client * 2_500 + i) % cases.len()];
                    let mut stream = TcpStream::connect(host).unwrap();
                    stream
                        .set_read_timeout(Some(Duration::from_secs(10)))
                        .unwrap();
                    stream.write_all(case.raw.as_bytes()).unwrap();
                    let mut raw = Vec::new();
                    stream.read_to_end(&mut raw).unwrap();
                    let raw = String::from_utf8_lossy(&raw);
                    let status: u16 = raw
                        .split(' ')
                        .nth(1)
                        .and_then(|s| s.parse().ok())
                        .unwrap_or(0);
                    assert_eq!(status, case.status, "{:?}:\n{raw}", case.raw);
                    if let Some(text) = case.holds {
                        assert!(raw.contains(text), "{:?}:\n{raw}", case.raw);
                    }
                    assert!(
                        !raw.contains("secret") && !raw.contains("root:"),
                        "{:?}",
                        case.raw
                    );
                    answered.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                }
            });
        }
    });
    assert_eq!(answered.into_inner(), 10_000);
}

/// Every file of a render, by path.
fn files_of(rendered: twinpress::render::Rendered) -> std::collections::BTreeMap<String, Body> {
    rendered
        .files
        .into_iter()
        .map(|f| (f.path, f.body))
        .collect()
}

use twinpress::commands::build::render_site_again;
use twinpress::render::{Body, Options};

/// A rebuild after the bodies of profile texts changed renders only what
/// shows them, and the site it serves is then exactly the one a whole
/// render makes; any other change renders everything.
#[test]
fn a_changed_profile_text_renders_only_what_shows_it() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    common::copy_example(&site);
    let config = common::config(&site, &site.join("public"));
    let first = render_site_again(&config, Options::default(), None).unwrap();
    assert!(first.partners.is_none());
    let mut served = files_of(first.rendered);
    let mut earlier = first.site;

    let edits: [(&[&str], &str); 2] = [
        // One text, in the default language, whose text other languages
        // fall back to.
        (
            &["content/partners/poissy/pl.md"],
            "\n## Nowy rozdział\n\nDopisany akapit z [linkiem](../xanten/) i listą:\n\n- jeden\n- dwa\n",
        ),
        // Two partners at once.
        (
            &[
                "content/partners/poissy/fr.md",
                "content/partners/xanten/de.md",
            ],
            "\nEin neuer Absatz, **fett**.\n",
        ),
    ];
    for (files, added) in edits {
        let changed: Vec<std::path::PathBuf> = files.iter().map(Into::into).collect();
        for file in files {
            let path = site.join(file);
            let text = std::fs::read_to_string(&path).unwrap();
            std::fs::write(&path, format!("{text}{added}")).unwrap();
        }
        let again =
            render_site_again(&config, Options::default(), Some((&earlier, &changed))).unwrap();
        let partners = again
            .partners
            .clone()
            .expect("rendered only what shows the texts");
        assert_eq!(partners.len(), files.len());
        let made = files_of(again.rendered);
        assert!(made.keys().any(|p| p.starts_with("partners/poissy/")));
        assert!(made.keys().any(|p| p.starts_with("print/poissy/")));
        assert!(made.keys().any(|p| p.ends_with("search/data.js")));
        assert!(!made.keys().any(|p| p.ends_with("feed.xml")));
        assert!(
            !made.contains_key("index.html") && !made.contains_key("partners/index.html"),
            "{:?}",
            made.keys().collect::<Vec<_>>()
        );
        served.extend(made);
        earlier = again.site;

        let whole = render_site_again(&config, Options::default(), None).unwrap();
        let whole = files_of(whole.rendered);
        assert_eq!(
            served.keys().collect::<Vec<_>>(),
            whole.keys().collect::<Vec<_>>()
        );
        for (path, body) in &whole {
            assert!(served[path] == *body, "{path} differs from a whole render");
        }
    }

    // Anything but a body: the front matter, another kind of text, a
    // file not named, nothing named.
    let summary = "content/partners/poissy/en.md";
    let text = std::fs::read_to_string(site.join(summary)).unwrap();
    std::fs::write(
        site.join(summary),
        text.replacen("summary: ", "summary: Changed. ", 1),
    )
    .unwrap();
    for changed in [
        vec![summary.into()],
        vec!["content/site.yaml".into()],
        vec![
            summary.into(),
            "content/partners/poissy/partner.yaml".into(),
        ],
        vec![],
    ] {
        let again =
            render_site_again(&config, Options::default(), Some((&earlier, &changed))).unwrap();
        assert!(again.partners.is_none(), "{changed:?}");
        assert!(files_of(again.rendered).contains_key("index.html"));
    }
}

/// Over HTTP: the edited page and the search change, the rest is still
/// served.
#[test]
fn an_edited_profile_body_is_served_with_the_rest_of_the_site() {
    let (_tmp, site) = copy_fixture("czech-region");
    let running = serve(&site);
    let text = site.join("content/partners/krakow/cs.md");
    let before = std::fs::read_to_string(&text).unwrap();
    std::fs::write(&text, format!("{before}\nSlovo navíc: **kukačka**.\n")).unwrap();
    let after = wait_for(&running, PAGE, |r| r.body.contains("kukačka"));
    assert!(after.body.contains("<strong>kukačka</strong>"));
    assert!(get(&running, "/search/data.js").body.contains("kukačka"));
    let home = get(&running, "/");
    assert_eq!(home.status, 200);
    assert!(home.body.contains("krakow"));
}
