//! sitemap.xml with hreflang alternates, and robots.txt.

use std::fmt::Write;

use super::pages::{PageKind, PageSpec};
use super::urls::Urls;
use super::{Body, OutputFile};

pub const SITEMAP: &str = "sitemap.xml";
pub const ROBOTS: &str = "robots.txt";

/// Pages search engines should not list: the 404 page, and the search
/// page (a page of results is no page to land on). The others are in the
/// sitemap; these are marked `noindex`.
pub fn listed(s: &PageSpec) -> bool {
    !matches!(s.kind, PageKind::NotFound | PageKind::Search)
}

/// The sitemap; `by_key` holds each page's language versions.
pub fn sitemap(
    urls: &Urls,
    specs: &[PageSpec],
    by_key: &std::collections::HashMap<&str, Vec<&PageSpec>>,
) -> OutputFile {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for s in specs.iter().filter(|s| listed(s)) {
        let _ = writeln!(
            xml,
            "  <url>\n    <loc>{}</loc>",
            super::escape(&urls.absolute(&s.lang, &s.route))
        );
        let group = &by_key[s.key.as_str()];
        if group.len() > 1 {
            for alt in group {
                let _ = writeln!(
                    xml,
                    "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                    alt.lang,
                    super::escape(&urls.absolute(&alt.lang, &alt.route))
                );
            }
        }
        xml.push_str("  </url>\n");
    }
    xml.push_str("</urlset>\n");
    OutputFile {
        path: SITEMAP.into(),
        body: Body::Bytes(xml.into_bytes()),
    }
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
