//! Links inside the site: every `href`, `src` and `srcset` of every
//! generated page leads to a file of the site, and every `#anchor` to an
//! id on its page. A broken link written in a text is reported at its
//! place in that text; one made by the theme, with the page it is on.
//! Images written in a text must say what they show.

use std::collections::{BTreeMap, HashMap, HashSet};

use rayon::prelude::*;

use crate::error::Diagnostic;
use crate::model::Text;
use crate::render::markdown::{self, has_scheme, normalize};
use crate::render::urls::Urls;
use crate::render::{OutputFile, WrittenLink};

/// What is wrong with the site's links and images.
#[derive(Debug, Default)]
pub struct Findings {
    pub errors: Vec<Diagnostic>,
    /// Links to other sites: address → where it is linked.
    pub external: BTreeMap<String, Vec<String>>,
}

/// Checks the links of the rendered `files` of a site published at
/// `base_url`: those `written` in its texts at their place in the text,
/// the others as made by the theme; and that the `texts`' images say
/// what they show.
pub fn check(
    files: &[OutputFile],
    urls: &Urls,
    written: &[WrittenLink],
    texts: &[&Text],
) -> Findings {
    check_at(files, urls.base_url(), urls.base_path(), written, texts)
}

fn check_at(
    files: &[OutputFile],
    base_url: &str,
    base_path: &str,
    written: &[WrittenLink],
    texts: &[&Text],
) -> Findings {
    let pages: HashMap<&str, Scan> = files
        .par_iter()
        .filter_map(|f| Some((f.path.as_str(), scan(&f.body.html()?))))
        .collect();
    let paths: HashSet<&str> = files.iter().map(|f| f.path.as_str()).collect();
    let site = SiteFiles {
        paths: &paths,
        pages: &pages,
        base_url,
        base_path,
    };
    let mut findings = Findings::default();

    // Links written in texts, once per place with the pages they break on.
    let mut broken: BTreeMap<(&std::path::Path, usize), Broken> = BTreeMap::new();
    for w in written {
        if let Err(why) = site.follow(&w.page, &w.href) {
            broken
                .entry((&w.text.file, w.link.offset))
                .or_insert_with(|| (w.text, why, &w.link.dest, Vec::new()))
                .3
                .push(&w.page);
        }
    }
    for w in written.iter().filter(|w| is_web(&site.local(&w.href))) {
        let (line, column) = position(w.text, w.link.offset);
        let file = w.text.file.display().to_string().replace('\\', "/");
        add_place(&mut findings, &w.href, format!("{file}:{line}:{column}"));
    }
    for ((_, offset), (text, why, dest, on)) in broken {
        let (line, column) = position(text, offset);
        findings.errors.push(
            Diagnostic::new(
                text.file.clone(),
                line,
                column,
                format!("the link `{dest}` {why}"),
            )
            .with_help(format!("{}; {}", on_pages(&on), fix_for(dest, base_path))),
        );
    }

    // Links the theme made: the others of each page.
    let from_texts: HashSet<(&str, String)> = written
        .iter()
        .map(|w| (w.page.as_str(), site.local(&w.href)))
        .collect();
    let mut without_alt: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    let mut sorted: Vec<(&&str, &Scan)> = pages.iter().collect();
    sorted.sort_by_key(|(p, _)| **p);
    let mut by_theme: BTreeMap<&str, (String, Vec<&str>)> = BTreeMap::new();
    for (page, scan) in &sorted {
        for dest in &scan.links {
            if from_texts.contains(&(**page, site.local(dest))) {
                continue;
            }
            if is_web(&site.local(dest)) {
                add_place(&mut findings, dest, shown_page(page));
                continue;
            }
            if let Err(why) = site.follow(page, dest) {
                by_theme
                    .entry(dest)
                    .or_insert_with(|| (why, Vec::new()))
                    .1
                    .push(page);
            }
        }
        for src in &scan.images_without_alt {
            without_alt.entry(src).or_default().push(page);
        }
    }
    for (src, on) in without_alt {
        findings.errors.push(
            Diagnostic::file(
                format!("{} (made by the theme)", shown_page(on[0])),
                format!("the image `{src}` has no alt attribute"),
            )
            .with_help(format!(
                "{}; give the <img> in the theme's template an alt attribute",
                on_pages(&on)
            )),
        );
    }
    for (dest, (why, on)) in by_theme {
        findings.errors.push(
            Diagnostic::file(
                format!("{} (made by the theme)", shown_page(on[0])),
                format!("the link `{dest}` {why}"),
            )
            .with_help(format!("{}; look at the theme's templates", on_pages(&on))),
        );
    }

    for text in texts {
        for link in markdown::links(&text.body) {
            if link.image && link.text.trim().is_empty() {
                let (line, column) = position(text, link.offset);
                findings.errors.push(
                    Diagnostic::new(
                        text.file.clone(),
                        line,
                        column,
                        format!("the image `{}` has no alt text", link.dest),
                    )
                    .with_help(
                        "say what it shows between the brackets, in this text's language: \
                         ![The mayors sign the agreement](photo.jpg)",
                    ),
                );
            }
        }
    }
    findings.errors.sort();
    findings.errors.dedup();
    findings
}

/// A link written in a text that leads nowhere: the text, why, the link
/// as written, and the pages it is on.
type Broken<'a> = (&'a Text, String, &'a str, Vec<&'a str>);

/// An address on another web site.
fn is_web(dest: &str) -> bool {
    dest.starts_with("https://") || dest.starts_with("http://")
}

fn add_place(findings: &mut Findings, url: &str, place: String) {
    let url = url.split('#').next().unwrap_or(url).to_string();
    let places = findings.external.entry(url).or_default();
    if !places.contains(&place) {
        places.push(place);
    }
}

fn on_pages(on: &[&str]) -> String {
    match on {
        [one] => format!("on {}", shown_page(one)),
        [first, rest @ ..] => format!("on {} and {} more pages", shown_page(first), rest.len()),
        [] => String::new(),
    }
}

/// An output file as a reader would type it: `en/partners/poissy/`.
fn shown_page(path: &str) -> String {
    let page = path.strip_suffix("index.html").unwrap_or(path);
    if page.is_empty() {
        "the home page".into()
    } else {
        format!("page `{page}`")
    }
}

fn fix_for(dest: &str, base_path: &str) -> String {
    if dest.starts_with('/') && !dest.starts_with(base_path) {
        format!(
            "the site lives under `{base_path}`: start links inside it with `{base_path}`, or make them relative (`../other-page/`)"
        )
    } else {
        "correct the address, or write the page or file it should lead to".into()
    }
}

/// The line and column in the file of a byte offset in a text's body.
fn position(text: &Text, offset: usize) -> (usize, usize) {
    let (line, column) = crate::source::position_of_byte(text.body.as_bytes(), offset);
    (text.body_line + line - 1, column)
}

struct SiteFiles<'a> {
    paths: &'a HashSet<&'a str>,
    pages: &'a HashMap<&'a str, Scan>,
    base_url: &'a str,
    base_path: &'a str,
}

impl SiteFiles<'_> {
    /// A link to the site's own address made root-relative.
    fn local(&self, dest: &str) -> String {
        match dest.trim().strip_prefix(self.base_url) {
            Some(own) => format!("{}{own}", self.base_path),
            None => dest.trim().to_string(),
        }
    }

    /// Follows a link from `page`: Ok when it leaves the site or leads to
    /// a file (and anchor) of it; Err says what is wrong.
    fn follow(&self, page: &str, dest: &str) -> Result<(), String> {
        let dest = dest.trim();
        let local = self.local(dest);
        if local.starts_with("//") || has_scheme(&local) {
            return Ok(());
        }
        let (before_fragment, fragment) = local.split_once('#').unwrap_or((&local, ""));
        let path = before_fragment.split('?').next().unwrap_or_default();
        let target = if path.is_empty() {
            page.to_string()
        } else if let Some(rooted) = path.strip_prefix('/') {
            let inside = self.base_path.trim_start_matches('/');
            match rooted.strip_prefix(inside) {
                Some(rest) => rest.to_string(),
                None => return Err(format!("leaves the site's path `{}`", self.base_path)),
            }
        } else {
            let folder = page.rfind('/').map_or("", |i| &page[..=i]);
            normalize(&format!("{folder}{path}"))
                .ok_or_else(|| "leads above the top of the site".to_string())?
        };
        let target = percent_encoding::percent_decode_str(&target)
            .decode_utf8_lossy()
            .into_owned();
        let file = [
            target.clone(),
            format!("{target}index.html"),
            format!("{target}/index.html"),
        ]
        .into_iter()
        .find(|candidate| self.paths.contains(candidate.as_str()))
        .ok_or_else(|| format!("leads to no page or file of the site (`{path}`)"))?;
        if fragment.is_empty() {
            return Ok(());
        }
        let fragment = percent_encoding::percent_decode_str(fragment).decode_utf8_lossy();
        match self.pages.get(file.as_str()) {
            Some(scan) if !scan.ids.contains(fragment.as_ref()) => Err(format!(
                "leads to `#{fragment}`, which is not on {}",
                shown_page(&file)
            )),
            _ => Ok(()),
        }
    }
}

/// What a page links to and which ids it has.
#[derive(Debug, Default)]
struct Scan {
    links: Vec<String>,
    ids: HashSet<String>,
    images_without_alt: Vec<String>,
}

/// Reads the tags of an HTML page: good enough for the HTML twinpress
/// writes (quoted or bare attributes, comments, scripts and styles).
fn scan(html: &str) -> Scan {
    let mut scan = Scan::default();
    let bytes = html.as_bytes();
    let mut i = 0;
    while let Some(lt) = html[i..].find('<') {
        i += lt + 1;
        let rest = &html[i..];
        if rest.starts_with("!--") {
            i += rest.find("-->").map_or(rest.len(), |e| e + 3);
            continue;
        }
        if rest.starts_with(['!', '?', '/']) {
            i += rest.find('>').map_or(rest.len(), |e| e + 1);
            continue;
        }
        let name_len = rest
            .find(|c: char| !c.is_ascii_alphanumeric() && c != '-')
            .unwrap_or(rest.len());
        if name_len == 0 {
            continue;
        }
        let name = rest[..name_len].to_ascii_lowercase();
        i += name_len;
        let mut attrs: Vec<(String, String)> = Vec::new();
        loop {
            while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            if i >= bytes.len() || bytes[i] == b'>' {
                i += 1;
                break;
            }
            if bytes[i] == b'/' {
                i += 1;
                continue;
            }
            let rest = &html[i..];
            let end = rest
                .find(|c: char| c.is_ascii_whitespace() || c == '=' || c == '>' || c == '/')
                .unwrap_or(rest.len())
                .max(1);
            let attr = rest[..end].to_ascii_lowercase();
            i += end;
            let mut value = String::new();
            if html[i..].starts_with('=') {
                i += 1;
                let rest = &html[i..];
                if let Some(q) = rest.chars().next().filter(|c| *c == '"' || *c == '\'') {
                    let close = rest[1..].find(q).map_or(rest.len(), |e| e + 1);
                    value = unescape(&rest[1..close]);
                    i += (close + 1).min(rest.len());
                } else {
                    let end = rest
                        .find(|c: char| c.is_ascii_whitespace() || c == '>')
                        .unwrap_or(rest.len());
                    value = unescape(&rest[..end]);
                    i += end;
                }
            }
            attrs.push((attr, value));
        }
        take(&name, &attrs, &mut scan);
        if name == "script" || name == "style" {
            let close = format!("</{name}");
            i += html[i..]
                .to_ascii_lowercase()
                .find(&close)
                .unwrap_or(html.len() - i);
        }
    }
    scan
}

fn take(tag: &str, attrs: &[(String, String)], scan: &mut Scan) {
    let get = |name: &str| attrs.iter().find(|(a, _)| a == name).map(|(_, v)| v);
    if let Some(id) = get("id") {
        scan.ids.insert(id.clone());
    }
    if tag == "a"
        && let Some(name) = get("name")
    {
        scan.ids.insert(name.clone());
    }
    for (attr, value) in attrs {
        match (tag, attr.as_str()) {
            ("a" | "link" | "area", "href")
            | ("img" | "script" | "source" | "iframe" | "audio" | "video" | "track", "src")
            | ("video", "poster") => scan.links.push(value.clone()),
            ("img" | "source", "srcset") => scan.links.extend(
                value
                    .split(',')
                    .filter_map(|c| c.split_whitespace().next())
                    .map(str::to_string),
            ),
            _ => {}
        }
    }
    if tag == "img" && get("alt").is_none() {
        scan.images_without_alt
            .push(get("src").cloned().unwrap_or_default());
    }
}

fn unescape(value: &str) -> String {
    if !value.contains('&') {
        return value.to_string();
    }
    value
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_ids_and_links_are_read() {
        let s = scan(
            "<!-- <a href=\"/x\"> --><h2 id=\"history\">H</h2><a href='/a/?q=1&amp;b=2#t'>a</a>\
             <img src=p.jpg alt=\"\"><img src=\"/no-alt.png\"><script>if (a<b) {}</script>\
             <img srcset=\"a-480.jpg 480w, a-960.jpg 960w\" alt=x>",
        );
        assert!(s.ids.contains("history"));
        assert_eq!(
            s.links,
            vec![
                "/a/?q=1&b=2#t",
                "p.jpg",
                "/no-alt.png",
                "a-480.jpg",
                "a-960.jpg"
            ]
        );
        assert_eq!(s.images_without_alt, vec!["/no-alt.png"]);
    }

    #[test]
    fn a_link_in_a_text_does_not_hide_the_same_link_of_the_theme_on_other_pages() {
        let text = Text {
            file: "content/pages/a/pl.md".into(),
            title: None,
            summary: None,
            common_ground: Vec::new(),
            menu: None,
            slug: None,
            body: "[top](#main)".into(),
            body_line: 1,
            translated_from: None,
        };
        let link = markdown::links(&text.body).remove(0);
        let written = [WrittenLink {
            text: &text,
            link,
            page: "a/index.html".into(),
            href: "#main".into(),
        }];
        let page = |html: &str, path: &str| OutputFile {
            path: path.into(),
            body: crate::render::Body::Html(html.into()),
        };
        let files = [
            page(
                r##"<main id="main"><a href="#main">top</a></main>"##,
                "a/index.html",
            ),
            page(
                r##"<a href="#main">skip</a><main>no id</main>"##,
                "b/index.html",
            ),
        ];
        let found = check_at(&files, "https://x.pl/", "/", &written, &[&text]);
        assert_eq!(found.errors.len(), 1, "{:?}", found.errors);
        assert!(
            found.errors[0]
                .to_string()
                .contains("page `b/` (made by the theme)")
        );
    }

    #[test]
    fn dot_segments_resolve_inside_the_site_only() {
        assert_eq!(
            normalize("en/partners/x/../y/").as_deref(),
            Some("en/partners/y/")
        );
        assert_eq!(normalize("/kraj/../..").as_deref(), None);
        assert_eq!(
            normalize("partners/x/./a.pdf").as_deref(),
            Some("partners/x/a.pdf")
        );
        assert_eq!(normalize("partners/x/../..").as_deref(), Some(""));
        assert_eq!(normalize("a/../../etc"), None);
    }

    fn follow(dest: &str) -> Result<(), String> {
        let paths: HashSet<&str> = [
            "index.html",
            "en/index.html",
            "en/partners/poissy/index.html",
            "partners/poissy/umowa.pdf",
            "style.css",
        ]
        .into_iter()
        .collect();
        let mut pages = HashMap::new();
        pages.insert("en/partners/poissy/index.html", scan("<h2 id=\"history\">"));
        pages.insert("en/index.html", scan("<main id=\"main\">"));
        let site = SiteFiles {
            paths: &paths,
            pages: &pages,
            base_url: "https://example.pl/kraj/",
            base_path: "/kraj/",
        };
        site.follow("en/index.html", dest)
    }

    #[test]
    fn links_are_followed_to_files_and_anchors() {
        for ok in [
            "partners/poissy/",
            "partners/poissy/#history",
            "/kraj/en/partners/poissy/",
            "https://example.pl/kraj/style.css",
            "../partners/poissy/umowa.pdf",
            "#main",
            "/kraj/en/partners/poissy",
            "https://other.example/",
            "mailto:a@b.pl",
            "//cdn.example/x.js",
        ] {
            assert_eq!(follow(ok), Ok(()), "{ok}");
        }
        for broken in [
            "partners/rome/",
            "partners/poissy/#nothing",
            "#top",
            "/en/partners/poissy/",
            "../../../etc/passwd",
            "/kraj/umowa.pdf",
        ] {
            assert!(follow(broken).is_err(), "{broken} passed");
        }
    }
}
