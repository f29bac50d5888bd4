//! The web site as the law, search engines and other programs see it:
//! nothing loaded from elsewhere, a privacy page, structured data, feeds,
//! open data, a calendar, a search index, and links that work under a
//! sub-path.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

mod common;

use common::*;
use twinpress::commands::build::build;

/// The example site, built once for every test here.
fn example() -> &'static Path {
    static OUT: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, out) = OUT.get_or_init(|| {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("public");
        build(&config(Path::new(env!("CARGO_MANIFEST_DIR")), &out), None).unwrap();
        (tmp, out)
    });
    out
}

fn files(out: &Path, ext: &str) -> Vec<(String, String)> {
    tree(out)
        .into_iter()
        .filter(|(p, _)| p.ends_with(ext))
        .map(|(p, b)| (p, String::from_utf8(b).unwrap()))
        .collect()
}

/// The tags of an HTML text with their attributes (names lowercased,
/// values unquoted; closing tags as `/name`), good enough for minified,
/// valid output.
fn tags(html: &str) -> Vec<(String, Vec<(String, String)>)> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        // A closing tag, as `/name`.
        if let Some(after) = rest.strip_prefix('/') {
            let name: String = after
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            if !name.is_empty() {
                out.push((format!("/{}", name.to_ascii_lowercase()), Vec::new()));
            }
            continue;
        }
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == ':')
            .collect();
        if name.is_empty() {
            continue;
        }
        rest = &rest[name.len()..];
        let mut attrs = Vec::new();
        loop {
            rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
            if rest.starts_with('>') || rest.is_empty() {
                break;
            }
            let key: String = rest
                .chars()
                .take_while(|c| !c.is_whitespace() && !"=>/".contains(*c))
                .collect();
            rest = &rest[key.len()..];
            let mut value = String::new();
            if let Some(r) = rest.strip_prefix('=') {
                let (v, after) = match r.chars().next() {
                    Some(q @ ('"' | '\'')) => {
                        let end = r[1..].find(q).map_or(r.len(), |e| e + 1);
                        (&r[1..end], &r[(end + 1).min(r.len())..])
                    }
                    _ => {
                        let end = r
                            .find(|c: char| c.is_whitespace() || c == '>')
                            .unwrap_or(r.len());
                        (&r[..end], &r[end..])
                    }
                };
                value = v.replace("&amp;", "&");
                rest = after;
            }
            if key.is_empty() {
                rest = &rest[1.min(rest.len())..];
                continue;
            }
            attrs.push((key.to_ascii_lowercase(), value));
        }
        out.push((name.to_ascii_lowercase(), attrs));
    }
    out
}

fn attr<'a>(attrs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    attrs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// Every address a page loads (not links a visitor follows): images,
/// scripts, stylesheets, icons, media, frames.
fn loaded(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (tag, attrs) in tags(html) {
        let mut add = |v: Option<&str>| out.extend(v.map(str::to_string));
        match tag.as_str() {
            "img" | "source" | "script" | "iframe" | "video" | "audio" | "embed" | "track"
            | "input" => {
                add(attr(&attrs, "src"));
                for part in attr(&attrs, "srcset").unwrap_or("").split(',') {
                    add(part.split_whitespace().next());
                }
                add(attr(&attrs, "poster"));
            }
            "object" => add(attr(&attrs, "data")),
            "link" => {
                let rel = attr(&attrs, "rel").unwrap_or("");
                if !["canonical", "alternate"].contains(&rel) {
                    add(attr(&attrs, "href"));
                }
            }
            _ => {}
        }
    }
    out
}

fn elsewhere(url: &str) -> bool {
    url.starts_with("//") || url.contains("://") && !url.starts_with("data:")
}

#[test]
fn no_page_or_stylesheet_loads_anything_from_another_host_or_runs_inline_code() {
    for out in [example().to_path_buf(), czech_region()] {
        for (path, html) in files(&out, ".html") {
            for url in loaded(&html) {
                assert!(!elsewhere(&url), "{path} loads {url}");
            }
            for (tag, attrs) in tags(&html) {
                assert!(attr(&attrs, "style").is_none(), "{path}: style= on <{tag}>");
                assert_ne!(tag, "style", "{path}: a <style> element");
                assert!(
                    !attrs.iter().any(|(k, _)| k.starts_with("on")),
                    "{path}: an event handler on <{tag}>"
                );
                if tag == "script" {
                    assert!(
                        attr(&attrs, "src").is_some()
                            || attr(&attrs, "type") == Some("application/ld+json"),
                        "{path}: an inline script"
                    );
                }
            }
        }
        for (path, css) in files(&out, ".css") {
            assert!(!css.contains("@import"), "{path} imports");
            for part in css.split("url(").skip(1) {
                let url = part.trim_start_matches(['"', '\'']);
                assert!(!elsewhere(url), "{path} loads {url}");
            }
        }
    }
}

fn czech_region() -> PathBuf {
    static OUT: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, out) = OUT.get_or_init(|| {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("public");
        build(&config(&fixture("czech-region"), &out), None).unwrap();
        (tmp, out)
    });
    out.clone()
}

#[test]
fn the_test_would_see_a_font_from_another_host() {
    let html = r#"<link rel=stylesheet href="https://fonts.googleapis.com/css?family=Roboto"><img src=/a.jpg srcset="/a.jpg 1x, //cdn.example/b.jpg 2x">"#;
    let urls = loaded(html);
    assert_eq!(
        urls,
        [
            "https://fonts.googleapis.com/css?family=Roboto",
            "/a.jpg",
            "/a.jpg",
            "//cdn.example/b.jpg"
        ]
    );
    assert_eq!(urls.iter().filter(|u| elsewhere(u)).count(), 2);
}

#[test]
fn a_privacy_page_in_every_site_language_names_the_officer_and_the_host() {
    let out = example();
    for (path, officer, host) in [
        (
            "privacy/index.html",
            "Inspektor ochrony danych",
            "Netlify, Inc.",
        ),
        (
            "en/privacy/index.html",
            "Data protection officer",
            "Netlify, Inc.",
        ),
    ] {
        let html = read(out, path);
        assert!(html.contains(officer), "{path}");
        assert!(html.contains("Katarzyna Wiśniewska"), "{path}");
        assert!(has(&html, r#"href="mailto:iod@pruszkow.pl""#), "{path}");
        assert!(html.contains(host), "{path}");
        assert!(html.contains("30"), "{path}: how long logs are kept");
    }
    // Linked from every page's footer.
    assert!(has(&read(out, "index.html"), r#"href="/privacy/""#));
    assert!(has(
        &read(out, "en/partners/poissy/index.html"),
        r#"href="/en/privacy/""#
    ));
    // A site that says nothing of its officer still has the page, saying so.
    let cz = czech_region();
    for lang in ["", "en/", "de/"] {
        let html = read(&cz, &format!("{lang}privacy/index.html"));
        assert!(html.contains("content/site.yaml"), "{lang}");
    }
}

/// The JSON-LD graph of a page.
fn json_ld(html: &str) -> Vec<serde_json::Value> {
    let start = html.find("application/ld+json>").expect("JSON-LD") + "application/ld+json>".len();
    let end = start + html[start..].find("</script>").unwrap();
    let data: serde_json::Value = serde_json::from_str(&html[start..end]).unwrap();
    assert_eq!(data["@context"], "https://schema.org");
    data["@graph"].as_array().unwrap().clone()
}

fn of_type<'a>(graph: &'a [serde_json::Value], ty: &str) -> Vec<&'a serde_json::Value> {
    graph.iter().filter(|v| v["@type"] == ty).collect()
}

#[test]
fn pages_carry_schema_org_data_and_opengraph() {
    let out = example();
    let home = json_ld(&read(out, "en/index.html"));
    let publisher = of_type(&home, "GovernmentOrganization");
    assert_eq!(publisher[0]["name"], "Pruszków Town Hall");
    let cities = of_type(&home, "City");
    assert_eq!(cities[0]["name"], "Pruszków");
    assert_eq!(cities[0]["sameAs"], "https://pruszkow.pl");
    assert_eq!(publisher[0]["areaServed"]["@id"], cities[0]["@id"]);

    let budweis = json_ld(&read(out, "partners/ceske-budejovice/index.html"));
    let city = of_type(&budweis, "City")[0];
    assert_eq!(city["name"], "Czeskie Budziejowice");
    let alternate: Vec<&str> = city["alternateName"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert!(alternate.contains(&"České Budějovice") && alternate.contains(&"Budweis"));
    assert_eq!(city["sameAs"], "https://www.c-budejovice.cz");
    assert_eq!(city["address"]["addressCountry"], "CZ");
    assert!(city["geo"]["latitude"].is_number());

    let done = json_ld(&read(out, "en/activities/index.html"));
    let events = of_type(&done, "Event");
    assert!(!events.is_empty());
    for e in &events {
        assert!(e["name"].is_string() && e["startDate"].is_string(), "{e}");
        assert!(e["url"].as_str().unwrap().contains("/en/activities/#"));
    }
    let planned = json_ld(&read(out, "schedule/index.html"));
    assert!(
        of_type(&planned, "Event")
            .iter()
            .all(|e| e["eventStatus"] == "https://schema.org/EventScheduled")
    );

    let page = read(out, "en/partners/poissy/index.html");
    for (property, value) in [
        ("og:title", "Poissy"),
        (
            "og:url",
            "https://partnerstwo.pruszkow.pl/en/partners/poissy/",
        ),
        ("og:locale", "en"),
        ("og:site_name", "Pruszków – Twin Towns"),
    ] {
        assert!(
            has(
                &page,
                &format!(r#"<meta property="{property}" content="{value}">"#)
            ),
            "{property}"
        );
    }
    assert!(
        page.contains("<meta property=og:image content=") && page.contains("kolegiata-1600w.jpg>")
    );
}

/// Whether every object in `json` (as written) has its keys in order:
/// read into `serde_json::Value`, whose maps sort their keys, it is
/// written out the same.
fn keys_in_order(json: &str) -> bool {
    let value: serde_json::Value = serde_json::from_str(json).unwrap();
    serde_json::to_string(&value).unwrap() == json
}

#[test]
fn an_organisation_lies_at_its_location_and_every_object_is_written_in_order() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    copy_example(&site);
    let yaml = site.join("content/partners/xanten/partner.yaml");
    let text = std::fs::read_to_string(&yaml).unwrap();
    std::fs::write(&yaml, text.replace("kind: city", "kind: school")).unwrap();
    let out = tmp.path().join("public");
    build(&config(&site, &out), None).unwrap();

    let page = read(&out, "en/partners/xanten/index.html");
    let graph = json_ld(&page);
    let school = of_type(&graph, "School")[0];
    assert!(school.get("geo").is_none() && school.get("address").is_none());
    let location = &school["location"];
    assert_eq!(location["@type"], "Place");
    assert_eq!(location["address"]["addressCountry"], "DE");
    assert!(location["geo"]["longitude"].is_number());
    assert!(
        school["url"]
            .as_str()
            .unwrap()
            .ends_with("/en/partners/xanten/")
    );

    for path in [
        "en/partners/xanten/index.html",
        "index.html",
        "en/activities/index.html",
        "partners/index.html",
    ] {
        let html = read(&out, path);
        let start = html.find("application/ld+json>").unwrap() + "application/ld+json>".len();
        let end = start + html[start..].find("</script>").unwrap();
        assert!(keys_in_order(&html[start..end]), "{path}");
    }
}

fn xml(text: &str) -> roxmltree::Document<'_> {
    roxmltree::Document::parse(text).unwrap_or_else(|e| panic!("not well-formed: {e}"))
}

const ATOM: &str = "http://www.w3.org/2005/Atom";

/// The Atom children of `n` named `name`.
fn child<'a, 'input>(
    n: roxmltree::Node<'a, 'input>,
    name: &str,
) -> Vec<roxmltree::Node<'a, 'input>> {
    n.children()
        .filter(|c| c.has_tag_name((ATOM, name)))
        .collect()
}

/// RFC 3339, as Atom's dates must be.
fn is_rfc3339(s: &str) -> bool {
    let b = s.as_bytes();
    s.len() == 20
        && b[4] == b'-'
        && b[7] == b'-'
        && b[10] == b'T'
        && b[13] == b':'
        && b[16] == b':'
        && b[19] == b'Z'
        && s.chars().filter(char::is_ascii_digit).count() == 14
}

#[test]
fn an_atom_feed_per_site_language_follows_rfc_4287() {
    let out = example();
    for (path, lang) in [("feed.xml", "pl"), ("en/feed.xml", "en")] {
        let text = read(out, path);
        let doc = xml(&text);
        let feed = doc.root_element();
        assert!(feed.has_tag_name((ATOM, "feed")), "{path}");
        assert_eq!(
            feed.attribute(("http://www.w3.org/XML/1998/namespace", "lang")),
            Some(lang)
        );
        // atom:feed: exactly one id, title and updated; an author.
        for name in ["id", "title", "updated"] {
            assert_eq!(child(feed, name).len(), 1, "{path}: feed/{name}");
        }
        assert!(is_rfc3339(child(feed, "updated")[0].text().unwrap()));
        assert_eq!(child(feed, "author").len(), 1);
        let links = child(feed, "link");
        let own = format!("https://partnerstwo.pruszkow.pl/{path}");
        assert!(links.iter().any(
            |l| l.attribute("rel") == Some("self") && l.attribute("href") == Some(own.as_str())
        ));
        let entries = child(feed, "entry");
        assert!(entries.len() >= 5, "{path}: {} entries", entries.len());
        let mut ids = BTreeSet::new();
        for e in &entries {
            for name in ["id", "title", "updated"] {
                assert_eq!(child(*e, name).len(), 1, "{path}: entry/{name}");
            }
            let id = child(*e, "id")[0].text().unwrap();
            assert!(id.starts_with("https://"), "{id}");
            assert!(ids.insert(id.to_string()), "{path}: {id} twice");
            assert!(is_rfc3339(child(*e, "updated")[0].text().unwrap()));
            assert!(
                child(*e, "link")
                    .iter()
                    .any(|l| l.attribute("rel") == Some("alternate"))
            );
        }
        // The feed is announced on every page of its language.
        let home = read(
            out,
            if lang == "pl" {
                "index.html"
            } else {
                "en/index.html"
            },
        );
        assert!(has(&home, r#"type="application/atom+xml""#));
    }
}

#[test]
fn the_sitemap_follows_the_sitemaps_schema() {
    let out = example();
    let text = read(out, "sitemap.xml");
    let doc = xml(&text);
    let ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    let root = doc.root_element();
    assert!(root.has_tag_name((ns, "urlset")));
    let urls: Vec<_> = root.children().filter(|n| n.is_element()).collect();
    assert!(!urls.is_empty() && urls.len() <= 50_000);
    let mut locs = BTreeSet::new();
    for url in urls {
        assert!(url.has_tag_name((ns, "url")));
        let loc = url
            .children()
            .find(|n| n.has_tag_name((ns, "loc")))
            .and_then(|n| n.text())
            .unwrap();
        assert!(loc.starts_with("https://partnerstwo.pruszkow.pl/") && loc.len() < 2048);
        assert!(locs.insert(loc.to_string()), "{loc} twice");
        for alt in url
            .children()
            .filter(|n| n.is_element() && !n.has_tag_name((ns, "loc")))
        {
            assert!(alt.has_tag_name(("http://www.w3.org/1999/xhtml", "link")));
            assert_eq!(alt.attribute("rel"), Some("alternate"));
            assert!(alt.attribute("hreflang").is_some() && alt.attribute("href").is_some());
        }
    }
    assert!(locs.contains("https://partnerstwo.pruszkow.pl/en/privacy/"));
    // Not a page to land on from a search engine.
    assert!(!locs.contains("https://partnerstwo.pruszkow.pl/en/search/"));
    assert!(has(
        &read(out, "en/search/index.html"),
        r#"<meta name="robots" content="noindex">"#
    ));
}

#[test]
fn the_schedule_is_a_calendar_that_a_calendar_library_reads() {
    use icalendar::{Calendar, Component, EventLike};
    let out = example();
    for (path, title) in [
        (
            "schedule.ics",
            "Wizyta przedstawicieli Rustawi w Pruszkowie",
        ),
        ("en/schedule.ics", "Rustavi representatives visit Pruszków"),
    ] {
        let text = read(out, path);
        assert!(
            text.lines().all(|l| l.len() <= 75),
            "{path}: a line over 75 octets"
        );
        let calendar: Calendar = text.parse().unwrap_or_else(|e| panic!("{path}: {e}"));
        let events: Vec<_> = calendar
            .components
            .iter()
            .filter_map(|c| c.as_event())
            .collect();
        // Every planned activity of the schedule page, once.
        let page = read(out, &path.replace("schedule.ics", "schedule/index.html"));
        assert_eq!(events.len(), page.matches("<article").count(), "{path}");
        let uids: BTreeSet<_> = events.iter().map(|e| e.get_uid().unwrap()).collect();
        assert_eq!(uids.len(), events.len());
        let visit = events
            .iter()
            .find(|e| e.get_summary() == Some(title))
            .unwrap_or_else(|| panic!("{path}: no {title}"));
        // November, all days: the end is the day after.
        assert_eq!(
            visit.get_start(),
            Some(chrono::NaiveDate::from_ymd_opt(2025, 11, 1).unwrap().into())
        );
        assert_eq!(
            visit.get_end(),
            Some(chrono::NaiveDate::from_ymd_opt(2025, 12, 1).unwrap().into())
        );
        assert!(visit.get_location().unwrap().contains("Pruszk"));
        assert!(visit.get_url().unwrap().contains("schedule/#"));
        // A plan whose date has passed is not on it.
        assert!(
            !events
                .iter()
                .any(|e| e.get_summary() == Some("Study visit to Poissy")),
            "{path}"
        );
    }
}

#[test]
fn open_data_lists_every_partner_with_its_names_status_and_agreements() {
    let out = example();
    let json: serde_json::Value = serde_json::from_str(&read(out, "partners.json")).unwrap();
    let partners = json["partners"].as_array().unwrap();
    assert_eq!(partners.len(), 6);
    let budweis = partners
        .iter()
        .find(|p| p["id"] == "ceske-budejovice")
        .unwrap();
    assert_eq!(budweis["name"], "České Budějovice");
    assert_eq!(budweis["names"]["de"], "Budweis");
    assert_eq!(budweis["country"], "CZ");
    assert_eq!(budweis["status"], "negotiating");
    assert!(budweis["location"]["lat"].is_number());
    assert!(
        budweis["areas"]
            .as_array()
            .unwrap()
            .contains(&"culture".into())
    );
    for field in [
        "kind",
        "region",
        "languages",
        "population",
        "website",
        "agreements",
        "timeline",
        "url",
    ] {
        assert!(budweis.get(field).is_some(), "{field}");
    }
    let with_agreement = partners
        .iter()
        .filter(|p| !p["agreements"].as_array().unwrap().is_empty())
        .count();
    assert!(with_agreement >= 1);

    let text = read(out, "partners.csv");
    // RFC 4180: records end with CRLF.
    assert_eq!(text.matches("\r\n").count(), 7);
    let mut csv = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = csv.headers().unwrap().iter().map(str::to_string).collect();
    assert_eq!(header[..5], ["id", "name", "names", "kind", "country"]);
    let rows: Vec<csv::StringRecord> = csv.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 6);
    let row = rows.iter().find(|r| &r[0] == "ceske-budejovice").unwrap();
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    assert!(row[column("names")].contains("de: Budweis"));
    assert_eq!(&row[column("status")], "negotiating");
    // Linked from every page's footer.
    assert!(has(&read(out, "en/index.html"), r#"href="/partners.json""#));
}

#[test]
fn the_search_index_of_every_language_knows_every_name_of_a_town() {
    let out = example();
    for path in ["search/data.js", "en/search/data.js"] {
        let text = read(out, path);
        let json = text
            .strip_prefix("self.TWINPRESS_SEARCH=")
            .and_then(|t| t.trim_end().strip_suffix(';'))
            .unwrap();
        let data: serde_json::Value = serde_json::from_str(json).unwrap();
        let entries = data["entries"].as_array().unwrap();
        let budweis = entries
            .iter()
            .find(|e| {
                e["u"]
                    .as_str()
                    .unwrap()
                    .ends_with("/partners/ceske-budejovice/")
            })
            .unwrap();
        let names: Vec<&str> = budweis["n"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n.as_str().unwrap())
            .collect();
        for name in [
            "Czeskie Budziejowice",
            "České Budějovice",
            "Budweis",
            "Ceske Budejovice",
        ] {
            assert!(names.contains(&name), "{path}: {name}");
        }
        // The Georgian town by its Georgian name and in Latin letters.
        let rustavi = entries
            .iter()
            .find(|e| e["u"].as_str().unwrap().contains("/partners/rustavi/"))
            .unwrap();
        let names = rustavi["n"].to_string();
        assert!(names.contains("რუსთავი") && names.to_lowercase().contains("rustavi"));
        // Activities, reports and pages too.
        for kind in ["activity", "report", "page"] {
            assert!(entries.iter().any(|e| e["k"] == kind), "{path}: {kind}");
        }
    }
    let page = read(out, "en/search/index.html");
    assert!(has(&page, r#"role="search""#));
    assert!(has(&page, r#"src="/en/search/data.js""#));
}

/// Where a root-relative address leads in the output, when the site
/// lives at `base` (`/partnerstwo/`).
fn target(out: &Path, base: &str, url: &str) -> Option<PathBuf> {
    let path = url.split(['#', '?']).next().unwrap();
    let rest = path.strip_prefix(base)?;
    let file = out.join(rest);
    Some(if path.ends_with('/') {
        file.join("index.html")
    } else {
        file
    })
}

#[test]
fn under_a_sub_path_every_internal_link_resolves() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    let mut c = config(Path::new(env!("CARGO_MANIFEST_DIR")), &out);
    c.base_url = Some("https://town.pl/partnerstwo/".into());
    build(&c, None).unwrap();
    let mut checked = 0;
    for (path, html) in files(&out, ".html") {
        let dir = Path::new(&path).parent().unwrap_or(Path::new(""));
        for (tag, attrs) in tags(&html) {
            let mut urls: Vec<&str> = ["href", "src", "action", "data"]
                .iter()
                .filter_map(|a| attr(&attrs, a))
                .collect();
            if let Some(set) = attr(&attrs, "srcset") {
                urls.extend(set.split(',').filter_map(|p| p.split_whitespace().next()));
            }
            for url in urls {
                if url.is_empty()
                    || url.starts_with('#')
                    || url.starts_with("mailto:")
                    || url.starts_with("tel:")
                {
                    continue;
                }
                let file = if let Some(own) = url.strip_prefix("https://town.pl") {
                    target(&out, "/partnerstwo/", own)
                } else if elsewhere(url) {
                    continue;
                } else if url.starts_with('/') {
                    target(&out, "/partnerstwo/", url)
                } else {
                    // Relative (print pages): from the page's folder.
                    let joined = out.join(dir).join(url.split(['#', '?']).next().unwrap());
                    Some(if url.ends_with('/') {
                        joined.join("index.html")
                    } else {
                        joined
                    })
                };
                let file = file
                    .unwrap_or_else(|| panic!("{path}: <{tag}> {url} is outside /partnerstwo/"));
                assert!(file.exists(), "{path}: <{tag}> {url} leads nowhere");
                checked += 1;
            }
        }
    }
    assert!(checked > 1000, "only {checked} links");
    // Machines' files point into the sub-path too.
    assert!(
        read(&out, "sitemap.xml")
            .contains("<loc>https://town.pl/partnerstwo/en/partners/poissy/</loc>")
    );
    assert!(read(&out, "robots.txt").contains("Sitemap: https://town.pl/partnerstwo/sitemap.xml"));
    assert!(read(&out, "feed.xml").contains("https://town.pl/partnerstwo/feed.xml"));
    assert!(read(&out, "partners.json").contains("https://town.pl/partnerstwo/partners/poissy/"));
    // And the stylesheets' fonts.
    for (path, css) in files(&out, ".css") {
        for part in css.split("url(").skip(1) {
            let url = part.trim_start_matches(['"', '\'']);
            let url = &url[..url.find(['"', '\'', ')']).unwrap()];
            let file = out.join(Path::new(&path).parent().unwrap()).join(url);
            assert!(file.exists(), "{path}: {url}");
        }
    }
}

#[test]
fn maps_charts_and_tables_say_what_they_show_in_text() {
    for out in [example().to_path_buf(), czech_region()] {
        let mut maps = 0;
        for (path, html) in files(&out, ".html") {
            let tags = tags(&html);
            for (i, (tag, attrs)) in tags.iter().enumerate() {
                if tag == "svg" && attr(attrs, "aria-hidden") != Some("true") {
                    // A picture with a name: role="img", a <title> and a
                    // <desc> as its first children, or an aria-label.
                    assert_eq!(
                        attr(attrs, "role"),
                        Some("img"),
                        "{path}: <svg> without role"
                    );
                    let named = attr(attrs, "aria-label").is_some()
                        || tags[i + 1..].iter().take(3).any(|(t, _)| t == "title");
                    assert!(named, "{path}: <svg> without a title");
                    maps += 1;
                }
                if tag == "table" {
                    let rest = &tags[i + 1..];
                    let end = rest
                        .iter()
                        .position(|(t, _)| t == "/table")
                        .unwrap_or(rest.len());
                    assert!(
                        rest[..end].iter().any(|(t, _)| t == "th"),
                        "{path}: a table without headers"
                    );
                }
            }
        }
        // The example has maps and charts (a fixture may have neither).
        assert!(maps > 0 || out != example());
    }
}

#[test]
fn a_site_with_nothing_planned_publishes_no_empty_calendar() {
    let (_tmp, site) = copy_fixture("czech-region");
    let out = site.join("public");
    // Its one activity is long past: nothing is planned.
    build(&config(&site, &out), None).unwrap();
    assert!(!out.join("schedule.ics").exists());
    let home = read(&out, "index.html");
    assert!(!home.contains("schedule.ics"));
    assert!(home.contains("partners.json"));
    assert!(read(&out, "feed.xml").contains("<entry>"));
}

#[test]
fn every_web_page_has_a_title_and_a_description_of_its_own_in_its_language() {
    let mut titles: std::collections::BTreeMap<String, String> = Default::default();
    for (path, html) in files(example(), ".html") {
        if path.starts_with("print/") || path.contains("/print/") {
            continue;
        }
        let tags = tags(&html);
        let lang = tags
            .iter()
            .find(|(t, _)| t == "html")
            .and_then(|(_, a)| attr(a, "lang"))
            .unwrap_or_else(|| panic!("{path}: no lang"))
            .to_string();
        let start = html
            .find("<title>")
            .unwrap_or_else(|| panic!("{path}: no title"))
            + 7;
        let title = html[start..start + html[start..].find("</title>").unwrap()].trim();
        assert!(!title.is_empty(), "{path}: an empty title");
        let description = tags
            .iter()
            .find(|(t, a)| t == "meta" && attr(a, "name") == Some("description"))
            .and_then(|(_, a)| attr(a, "content"))
            .unwrap_or_else(|| panic!("{path}: no description"));
        assert!(
            !description.trim().is_empty(),
            "{path}: an empty description"
        );
        if !path.ends_with("404.html") {
            let key = format!("{lang}: {title}");
            if let Some(other) = titles.insert(key.clone(), path.clone()) {
                panic!("{path} and {other} have the same title: {key}");
            }
        }
    }
    assert!(titles.len() > 30);
}

#[test]
fn netlify_sends_every_security_header_for_every_file() {
    let toml =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/netlify.toml")).unwrap();
    let all = &toml[toml.find("for = \"/*\"").expect("a rule for every file")..];
    let all = &all[..all.find("[[headers]]").unwrap_or(all.len())];
    for header in [
        "Content-Security-Policy = \"default-src 'self';",
        "Referrer-Policy",
        "X-Content-Type-Options = \"nosniff\"",
        "Permissions-Policy",
        "Strict-Transport-Security = \"max-age=",
    ] {
        assert!(all.contains(header), "{header}");
    }
    // The README's command builds it, and the photo cache is kept.
    assert!(toml.contains("command = \"cargo run --release -- build\""));
    assert!(toml.contains("publish = \"public\""));
    assert!(toml.contains("paths = [\".twinpress/cache\"]"));
}

/// The declarations of a stylesheet, as (property, value), comments left
/// out and `@` rules' own lines passed over.
fn declarations(css: &str) -> Vec<(String, String)> {
    let mut text = String::new();
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        text.push_str(&rest[..start]);
        rest = rest[start..]
            .find("*/")
            .map_or("", |end| &rest[start + end + 2..]);
    }
    text.push_str(rest);
    text.split(['{', '}', ';'])
        .filter_map(|d| d.split_once(':'))
        .map(|(p, v)| (p.trim().to_ascii_lowercase(), v.trim().to_ascii_lowercase()))
        .filter(|(p, _)| !p.is_empty() && !p.contains([' ', '(', ',', '.', '@']))
        .collect()
}

/// What in a declaration holds only for text written from left to
/// right: a side named `left` or `right`, or a shorthand whose left and
/// right sides differ.
fn sided(property: &str, value: &str) -> bool {
    let sides = ["left", "right"];
    let named = sides.iter().any(|s| {
        property == *s
            || property.ends_with(&format!("-{s}"))
            || property.contains(&format!("-{s}-"))
    });
    let keyword = matches!(property, "text-align" | "float" | "clear" | "caption-side")
        && sides.contains(&value.trim_end_matches("!important").trim());
    let parts: Vec<&str> = value
        .trim_end_matches("!important")
        .split_whitespace()
        .collect();
    let uneven = match property {
        "margin" | "padding" | "inset" | "border-width" | "border-style" | "border-color" => {
            parts.len() == 4 && parts[1] != parts[3]
        }
        "border-radius" => {
            (parts.len() == 4 && (parts[0] != parts[1] || parts[2] != parts[3]))
                || (parts.len() == 3 && parts[0] != parts[1])
        }
        _ => false,
    };
    named || keyword || uneven
}

#[test]
fn the_theme_lays_out_by_where_lines_begin_not_by_left_and_right() {
    let theme = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default");
    let mut found = Vec::new();
    let mut sheets = 0;
    for entry in walkdir::WalkDir::new(&theme) {
        let entry = entry.unwrap();
        if entry.path().extension().is_none_or(|e| e != "css") {
            continue;
        }
        sheets += 1;
        let css = std::fs::read_to_string(entry.path()).unwrap();
        for (property, value) in declarations(&css) {
            if sided(&property, &value) {
                found.push(format!("{}: {property}: {value}", entry.path().display()));
            }
        }
    }
    assert!(sheets >= 4, "{sheets}");
    assert!(found.is_empty(), "{found:#?}");
    // The check itself sees what it is for.
    for (css, sided_count) in [
        (".a { padding-left: 1rem; }", 1),
        (".a { text-align: right !important; }", 1),
        (".a { margin: 0 0 1rem 2rem; } /* left: 0 */", 1),
        (".a { left: 0; border-inline-start: 1px solid; }", 1),
        (
            ".a { margin: 0 1rem; text-align: start; } @page { @top-left { content: 'x'; } }",
            0,
        ),
    ] {
        let n = declarations(css)
            .iter()
            .filter(|(p, v)| sided(p, v))
            .count();
        assert_eq!(n, sided_count, "{css}");
    }
}
