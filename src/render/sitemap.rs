//! sitemap.xml with hreflang alternates, and robots.txt.
//!
//! The sitemaps protocol allows one file 50,000 addresses and 50 MB. A
//! site within both has one `sitemap.xml`; a larger one (a region's or an
//! association's thousands of partners in many languages) has its pages
//! in `sitemap-1.xml`, `sitemap-2.xml`, … and `sitemap.xml` is the index
//! of them, so that robots.txt names the same file either way.

use std::collections::HashMap;
use std::ops::Range;

use super::pages::{PageKind, PageSpec};
use super::urls::Urls;
use super::{Body, OutputFile};

pub const SITEMAP: &str = "sitemap.xml";
pub const ROBOTS: &str = "robots.txt";

/// What the protocol allows one file: addresses, and bytes (50 MiB).
#[derive(Debug, Clone, Copy)]
struct Limits {
    urls: usize,
    bytes: usize,
}

const PROTOCOL: Limits = Limits {
    urls: 50_000,
    bytes: 52_428_800,
};

const URLSET_OPEN: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";
const URLSET_CLOSE: &str = "</urlset>\n";
const LOC_OPEN: &str = "  <url>\n    <loc>";
const LOC_CLOSE: &str = "</loc>\n";
const URL_CLOSE: &str = "  </url>\n";

/// Pages search engines should not list: the 404 page, and the search
/// page (a page of results is no page to land on). The others are in the
/// sitemap; these are marked `noindex`.
pub fn listed(s: &PageSpec) -> bool {
    !matches!(s.kind, PageKind::NotFound | PageKind::Search)
}

/// The sitemap's files, planned before any is written: which pages each
/// holds.
pub struct Sitemap<'a> {
    /// The pages listed, in the order of the work: each one's address,
    /// escaped, and its key (`by_key`'s).
    listed: Vec<(String, &'a str)>,
    /// A page's hreflang alternates, the same lines for each of its
    /// language versions: written once for all of them.
    alternates: HashMap<&'a str, String>,
    /// The pages of each file, as ranges of `listed`.
    parts: Vec<Range<usize>>,
}

impl<'a> Sitemap<'a> {
    /// `by_key` holds each page's language versions.
    pub fn new(
        urls: &Urls,
        specs: &'a [PageSpec],
        by_key: &HashMap<&'a str, Vec<&'a PageSpec>>,
    ) -> Sitemap<'a> {
        Sitemap::within(urls, specs, by_key, PROTOCOL)
    }

    fn within(
        urls: &Urls,
        specs: &'a [PageSpec],
        by_key: &HashMap<&'a str, Vec<&'a PageSpec>>,
        limits: Limits,
    ) -> Sitemap<'a> {
        let listed: Vec<(String, &str)> = specs
            .iter()
            .filter(|s| listed(s))
            .map(|s| (loc(urls, s), s.key.as_str()))
            .collect();
        let mut alternates: HashMap<&str, String> = HashMap::with_capacity(by_key.len());
        for &(_, key) in &listed {
            alternates
                .entry(key)
                .or_insert_with(|| alternate_lines(urls, &by_key[key]));
        }
        let room = limits.bytes - URLSET_OPEN.len() - URLSET_CLOSE.len();
        let mut parts = Vec::new();
        let (mut start, mut bytes) = (0, 0);
        for (i, (loc, key)) in listed.iter().enumerate() {
            let entry = LOC_OPEN.len()
                + loc.len()
                + LOC_CLOSE.len()
                + alternates[key].len()
                + URL_CLOSE.len();
            if i > start && (i - start == limits.urls || bytes + entry > room) {
                parts.push(start..i);
                (start, bytes) = (i, 0);
            }
            bytes += entry;
        }
        parts.push(start..listed.len());
        Sitemap {
            listed,
            alternates,
            parts,
        }
    }

    /// The paths of its files.
    pub fn paths(&self) -> Vec<String> {
        let mut paths = vec![SITEMAP.to_string()];
        if self.parts.len() > 1 {
            paths.extend((1..=self.parts.len()).map(part_path));
        }
        paths
    }

    /// Its files, in the order of [`Sitemap::paths`].
    pub fn files(&self, urls: &Urls) -> Vec<OutputFile> {
        let urlsets = self.parts.iter().map(|part| {
            let mut xml = String::from(URLSET_OPEN);
            for (loc, key) in &self.listed[part.clone()] {
                xml.push_str(LOC_OPEN);
                xml.push_str(loc);
                xml.push_str(LOC_CLOSE);
                xml.push_str(&self.alternates[key]);
                xml.push_str(URL_CLOSE);
            }
            xml.push_str(URLSET_CLOSE);
            xml
        });
        if self.parts.len() == 1 {
            return urlsets.map(|xml| file(SITEMAP.to_string(), xml)).collect();
        }
        let mut index = String::from(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
        );
        let mut files = vec![];
        for (n, xml) in (1..).zip(urlsets) {
            let path = part_path(n);
            index.push_str("  <sitemap>\n    <loc>");
            index.push_str(&super::escape(&[urls.base_url(), &path].concat()));
            index.push_str("</loc>\n  </sitemap>\n");
            files.push(file(path, xml));
        }
        index.push_str("</sitemapindex>\n");
        files.insert(0, file(SITEMAP.to_string(), index));
        files
    }
}

/// `sitemap-1.xml`: the `n`th file of a sitemap in parts.
fn part_path(n: usize) -> String {
    format!("sitemap-{n}.xml")
}

fn file(path: String, xml: String) -> OutputFile {
    OutputFile {
        path,
        body: Body::Bytes(xml.into_bytes()),
    }
}

/// A page's address, escaped for XML.
fn loc(urls: &Urls, s: &PageSpec) -> String {
    super::escape(&urls.absolute(&s.lang, &s.route))
}

/// The hreflang lines of a page's language versions; none for a page in
/// one language.
fn alternate_lines(urls: &Urls, group: &[&PageSpec]) -> String {
    let mut lines = String::new();
    if group.len() > 1 {
        for alt in group {
            lines.push_str("    <xhtml:link rel=\"alternate\" hreflang=\"");
            lines.push_str(alt.lang.as_str());
            lines.push_str("\" href=\"");
            lines.push_str(&loc(urls, alt));
            lines.push_str("\"/>\n");
        }
    }
    lines
}

pub fn robots(urls: &Urls) -> OutputFile {
    let text = format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}{SITEMAP}\n",
        urls.base_url()
    );
    OutputFile {
        path: ROBOTS.into(),
        body: Body::Bytes(text.into_bytes()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Lang;

    fn lang(tag: &str) -> Lang {
        Lang::parse(tag).unwrap()
    }

    /// Pages in Polish and German, some in one language only, and the
    /// pages no sitemap lists.
    fn specs(pages: usize) -> Vec<PageSpec> {
        let mut specs = vec![PageSpec {
            lang: lang("pl"),
            route: "search/".into(),
            kind: PageKind::Search,
            key: "search".into(),
        }];
        for i in 0..pages {
            let langs: &[&str] = if i % 3 == 0 { &["pl"] } else { &["pl", "de"] };
            for l in langs {
                specs.push(PageSpec {
                    lang: lang(l),
                    route: format!("partners/town-{i}/?a&b"),
                    kind: PageKind::Partner(i),
                    key: format!("partner:{i}"),
                });
            }
        }
        specs
    }

    fn documents(files: &[OutputFile]) -> Vec<(String, roxmltree::Document<'_>)> {
        files
            .iter()
            .map(|f| {
                let Body::Bytes(bytes) = &f.body else {
                    panic!("{} is not text", f.path)
                };
                let text = std::str::from_utf8(bytes).unwrap();
                (f.path.clone(), roxmltree::Document::parse(text).unwrap())
            })
            .collect()
    }

    fn locs<'d>(doc: &'d roxmltree::Document<'_>) -> Vec<&'d str> {
        doc.descendants()
            .filter(|n| n.has_tag_name("loc"))
            .filter_map(|n| n.text())
            .collect()
    }

    #[test]
    fn a_sitemap_within_the_limits_is_one_file() {
        let urls = Urls::at("https://town.pl/".into(), lang("pl"));
        let specs = specs(10);
        let by_key = crate::render::pages::translations(&specs);
        let sitemap = Sitemap::new(&urls, &specs, &by_key);
        assert_eq!(sitemap.paths(), ["sitemap.xml"]);
        let files = sitemap.files(&urls);
        let docs = documents(&files);
        let [(path, doc)] = &docs[..] else {
            panic!("{} files", docs.len())
        };
        assert_eq!(path, "sitemap.xml");
        assert!(doc.root_element().has_tag_name("urlset"));
        let locs = locs(doc);
        assert_eq!(locs.len(), 16);
        assert_eq!(locs[2], "https://town.pl/de/partners/town-1/?a&b");
        // A page in two languages names both; one in one language, none.
        let alternates = |i: usize| {
            doc.root_element()
                .children()
                .filter(|n| n.is_element())
                .nth(i)
                .unwrap()
                .children()
                .filter(|n| n.has_tag_name("link"))
                .map(|n| n.attribute("hreflang").unwrap().to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(alternates(0), Vec::<String>::new());
        assert_eq!(alternates(1), ["pl", "de"]);
        assert_eq!(alternates(2), ["pl", "de"]);
    }

    #[test]
    fn a_larger_sitemap_is_an_index_of_files_within_the_limits() {
        let urls = Urls::at("https://town.pl/twins/".into(), lang("pl"));
        let specs = specs(40);
        let by_key = crate::render::pages::translations(&specs);
        let one = Sitemap::new(&urls, &specs, &by_key).files(&urls);
        let whole = documents(&one);
        let all: Vec<&str> = locs(&whole[0].1);
        for limits in [
            Limits {
                urls: 7,
                bytes: 1_000_000,
            },
            Limits {
                urls: 50_000,
                bytes: 2_000,
            },
        ] {
            let sitemap = Sitemap::within(&urls, &specs, &by_key, limits);
            let files = sitemap.files(&urls);
            let paths: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
            assert_eq!(paths, sitemap.paths());
            assert!(paths.len() > 2, "{paths:?}");
            let docs = documents(&files);
            let (index_path, index) = &docs[0];
            assert_eq!(index_path, "sitemap.xml");
            assert!(index.root_element().has_tag_name("sitemapindex"));
            let parts: Vec<String> = (1..docs.len())
                .map(|n| format!("https://town.pl/twins/sitemap-{n}.xml"))
                .collect();
            assert_eq!(locs(index), parts);
            let mut listed = Vec::new();
            for (file, (path, doc)) in files.iter().zip(&docs).skip(1) {
                let Body::Bytes(bytes) = &file.body else {
                    unreachable!()
                };
                assert!(bytes.len() <= limits.bytes, "{path}: {} bytes", bytes.len());
                assert!(doc.root_element().has_tag_name("urlset"));
                let urls = doc.root_element().children().filter(|n| n.is_element());
                assert!(urls.count() <= limits.urls, "{path}");
                listed.extend(locs(doc));
            }
            // Every page once, in the same order, its alternates with it.
            assert_eq!(listed, all);
        }
    }
}
