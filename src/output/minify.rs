//! Minifying pages.
//!
//! A page is minified in one pass (`minify-html-onepass`, three times as
//! fast as `minify-html`'s whole-tree minifier, and as small). That pass
//! writes no space between a quoted attribute value and the attribute
//! after it (`class="a b"id=x`), which browsers read but HTML does not
//! allow, so [`space_attributes`] puts the space back. A page the one pass
//! refuses, as not well-formed, is minified whole by `minify-html`, which
//! reads any HTML as a browser does.

use memchr::{memchr, memmem};

use crate::render::PrintPage;

/// Minifies a page: whitespace between tags, comments, quotes around
/// attribute values and the closing tags HTML lets a page omit go; the
/// doctype, `lang`, ids and the order of attributes stay.
pub fn minify(html: &str) -> Vec<u8> {
    let mut bytes = html.as_bytes().to_vec();
    let cfg = minify_html_onepass::Cfg {
        minify_css: true,
        minify_js: false,
    };
    match minify_html_onepass::in_place(&mut bytes, &cfg) {
        Ok(length) => space_attributes(&bytes[..length]),
        Err(_) => {
            let mut cfg = minify_html::Cfg::new();
            cfg.minify_css = true;
            cfg.minify_js = false;
            cfg.keep_html_and_head_opening_tags = true;
            minify_html::minify(html.as_bytes(), &cfg)
        }
    }
}

/// The print shop's page of a publication, from its office page
/// minified: the office page with the print shop's stylesheet linked
/// instead, minified once for both.
pub fn restyled(minified: &[u8], page: &PrintPage) -> Vec<u8> {
    renamed(minified, page).unwrap_or_else(|| minify(&page.shop_html()))
}

/// The minified page with the office stylesheet's name written as the
/// print shop's, when that is what minifying the print shop's page would
/// make: both names plain file names, which minifying writes as they are
/// and treats alike, and the office one found in the page only as the
/// quoted values that name it, and as often once minified.
fn renamed(minified: &[u8], page: &PrintPage) -> Option<Vec<u8>> {
    let (from, to) = (page.office_css.as_bytes(), page.shop_css.as_bytes());
    let plain = |name: &[u8]| {
        !name.is_empty()
            && name
                .iter()
                .all(|b| b.is_ascii_alphanumeric() || b"._-".contains(b))
    };
    let quoted = page.office_link();
    let names = memmem::find_iter(page.html.as_bytes(), from).count();
    if !plain(from)
        || !plain(to)
        || names != memmem::find_iter(page.html.as_bytes(), quoted.as_bytes()).count()
        || names != memmem::find_iter(minified, from).count()
    {
        return None;
    }
    let mut out = Vec::with_capacity(minified.len() + names * to.len());
    let mut copied = 0;
    for at in memmem::find_iter(minified, from) {
        out.extend_from_slice(&minified[copied..at]);
        out.extend_from_slice(to);
        copied = at + from.len();
    }
    out.extend_from_slice(&minified[copied..]);
    Some(out)
}

/// Elements whose content the one pass copies as it is, up to their
/// closing tag: it reads the content of every other element as markup.
const RAW_TEXT: [&[u8]; 2] = [b"script", b"style"];

fn is_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

/// Puts a space between every quoted attribute value and an attribute
/// right after it, reading tags as the one pass does: text, comments, the
/// content of `<script>` and `<style>`, and quotes inside values are left
/// as they are.
fn space_attributes(html: &[u8]) -> Vec<u8> {
    let end = html.len();
    let mut out = Vec::with_capacity(end + end / 256);
    let mut copied = 0;
    let mut at = 0;
    while let Some(found) = memchr(b'<', &html[at..]) {
        at += found + 1;
        match html.get(at) {
            Some(b'!') if html[at..].starts_with(b"!--") => {
                at = memmem::find(&html[at..], b"-->").map_or(end, |e| at + e + 3);
            }
            Some(b'!' | b'?') => at = memchr(b'>', &html[at..]).map_or(end, |e| at + e + 1),
            Some(first) if first.is_ascii_alphabetic() => {
                let name_start = at;
                at += skip(&html[at..], |b| !is_space(b) && b != b'/' && b != b'>');
                let name = &html[name_start..at];
                let self_closing;
                (at, self_closing) = attributes(html, at, &mut out, &mut copied);
                if !self_closing && RAW_TEXT.iter().any(|raw| raw.eq_ignore_ascii_case(name)) {
                    at = closing_tag(html, at, name);
                }
            }
            _ => {}
        }
    }
    out.extend_from_slice(&html[copied..]);
    out
}

/// How many bytes at the start of `bytes` are `wanted`.
fn skip(bytes: &[u8], wanted: impl Fn(u8) -> bool) -> usize {
    bytes
        .iter()
        .position(|&b| !wanted(b))
        .unwrap_or(bytes.len())
}

/// Reads a start tag's attributes from `at` (just after its name) to past
/// its `>`, copying `html` into `out` up to each place a space is missing
/// and writing the space. Returns where the tag ends, and whether it
/// closes itself (`<style/>` in a drawing, say).
fn attributes(html: &[u8], mut at: usize, out: &mut Vec<u8>, copied: &mut usize) -> (usize, bool) {
    let end = html.len();
    loop {
        let before = at;
        at += skip(&html[at..], |b| is_space(b) || b == b'/');
        match html.get(at) {
            None => return (end, false),
            Some(b'>') => return (at + 1, at > before && html[at - 1] == b'/'),
            Some(_) => {}
        }
        // The name, then an optional value.
        at += 1 + skip(&html[at + 1..], |b| {
            !is_space(b) && b != b'=' && b != b'>' && b != b'/'
        });
        at += skip(&html[at..], is_space);
        if html.get(at) != Some(&b'=') {
            continue;
        }
        at += 1;
        at += skip(&html[at..], is_space);
        match html.get(at) {
            Some(&quote @ (b'"' | b'\'')) => {
                at = memchr(quote, &html[at + 1..]).map_or(end, |e| at + 1 + e + 1);
                if html
                    .get(at)
                    .is_some_and(|&b| !is_space(b) && b != b'>' && b != b'/')
                {
                    out.extend_from_slice(&html[*copied..at]);
                    out.push(b' ');
                    *copied = at;
                }
            }
            Some(_) => at += skip(&html[at..], |b| !is_space(b) && b != b'>'),
            None => return (end, false),
        }
    }
}

/// Where the closing tag of the raw-text element `name` starts, its
/// content beginning at `at`.
fn closing_tag(html: &[u8], mut at: usize, name: &[u8]) -> usize {
    let finder = memmem::Finder::new(b"</");
    while let Some(found) = finder.find(&html[at..]) {
        let tag = at + found + 2;
        let named = html
            .get(tag..tag + name.len())
            .is_some_and(|n| n.eq_ignore_ascii_case(name));
        if named
            && html
                .get(tag + name.len())
                .is_none_or(|&b| is_space(b) || b == b'/' || b == b'>')
        {
            return at + found;
        }
        at = tag;
    }
    html.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spaced(html: &str) -> String {
        String::from_utf8(space_attributes(html.as_bytes())).unwrap()
    }

    fn print_page(html: &str, office: &str, shop: &str) -> PrintPage {
        PrintPage {
            html: html.into(),
            office_css: office.into(),
            shop_css: shop.into(),
            minified: Default::default(),
        }
    }

    #[test]
    fn the_print_shop_page_is_the_office_page_minified_with_its_stylesheet_renamed() {
        let head = "<!doctype html>\n<html lang=\"de\">\n<head>\n  <title>Folder</title>";
        let body = "</head>\n<body>\n  <p class=\"lead\">Text</p>\n</body>\n</html>\n";
        let pages = [
            // As the built-in page links it: renamed in the minified page.
            (
                format!("{head}\n  <link rel=\"stylesheet\" href=\"index.css\">\n{body}"),
                true,
            ),
            (
                format!("{head}<link href=\"index.css\" rel=\"stylesheet\"/>{body}"),
                true,
            ),
            // Named otherwise as well, in a text or inside another name:
            // the print shop's page is minified on its own.
            (
                format!("{head}<link rel=stylesheet href=\"index.css\">{body}<p>index.css</p>"),
                false,
            ),
            (
                format!(
                    "{head}<link rel=stylesheet href=\"index.css\"><link rel=stylesheet href=\"my-index.css\">{body}"
                ),
                false,
            ),
        ];
        for (html, fast) in pages {
            let page = print_page(&html, "index.css", "print-shop.css");
            let minified = minify(&page.html);
            assert_eq!(renamed(&minified, &page).is_some(), fast, "{html}");
            let shop = restyled(&minified, &page);
            assert_eq!(
                String::from_utf8(shop).unwrap(),
                String::from_utf8(minify(&page.shop_html())).unwrap(),
                "{html}"
            );
        }
        // A name minifying might write otherwise is never renamed.
        let html = format!("{head}<link rel=stylesheet href=\"a b.css\">{body}");
        let page = print_page(&html, "a b.css", "print-shop.css");
        assert!(renamed(&minify(&html), &page).is_none());
    }

    #[test]
    fn pages_are_minified_in_one_pass() {
        let page = "<!doctype html>\n<html lang=\"de\">\n<head>\n  <title>Partner</title>\n</head>\n<body>\n  <!-- a note -->\n  <ul>\n    <li><a href=\"/de/\" id=\"home\">Start</a></li>\n  </ul>\n  <pre>  kept\n  as is</pre>\n</body>\n</html>\n";
        let min = String::from_utf8(minify(page)).unwrap();
        assert_eq!(
            min,
            "<!doctype html><html lang=de><head><title>Partner</title><body><ul><li><a href=/de/ id=home>Start</a></ul><pre>  kept\n  as is</pre>"
        );
    }

    #[test]
    fn a_quoted_value_is_followed_by_a_space_before_the_next_attribute() {
        let page =
            "<p>\n<a class=\"partner card\" href=\"/en/\" title='a \"b\"' id=\"x\">A</a>\n</p>";
        let min = String::from_utf8(minify(page)).unwrap();
        assert_eq!(
            min,
            "<p><a class=\"partner card\" href=/en/ title='a \"b\"' id=x>A</a>"
        );
    }

    #[test]
    fn only_tags_get_spaces() {
        for kept in [
            "<p>a \"quote\"in text, a=\"b\"c</p>",
            "<a href=x>\"y\"z</a>",
            "<!-- <a b=\"c\"d> --><p>",
            "<script type=module>let a = '<a b=\"c\"d>'; x(\"<\" + \"/scripts\")</script>",
            "<STYLE>a[b=\"c\"]d{}</STYLE><p>",
            "<title>a \"b\"c</title><textarea>\"d\"e</textarea>",
            "<img src=\"a b\"/><br/>",
            "<a href=\"x\">y</a>",
            "<!doctype html><a b=c d=\"e\">",
            "<a b=\"unclosed",
            "<",
            "",
        ] {
            assert_eq!(spaced(kept), kept);
        }
        assert_eq!(
            spaced("<script>x</script><a b=\"c\"d=e>\"f\"g"),
            "<script>x</script><a b=\"c\" d=e>\"f\"g"
        );
        assert_eq!(
            spaced("<svg><style/></svg><a class=\"a b\"id=y><script/><b c=\"d\"e>"),
            "<svg><style/></svg><a class=\"a b\" id=y><script/><b c=\"d\" e>"
        );
        assert_eq!(
            spaced("<svg><text x=\"1\"y=\"2\"font-size=3>a</text></svg>"),
            "<svg><text x=\"1\" y=\"2\" font-size=3>a</text></svg>"
        );
        assert_eq!(spaced("<a b='c'd e = \"f\"g>"), "<a b='c' d e = \"f\" g>");
    }

    #[test]
    fn any_cut_of_a_page_is_read() {
        let page = "<!doctype html><html lang=de><!-- a --><head><title>T</title><script>x('</scr')</script><style>a{}</style><body><p class=\"a b\"id=x title='c'data-d><a href=\"/\"/>\"e\"</a><! x><? y><svg><text x=\"1\"y=2>z</text></svg>";
        for end in 0..=page.len() {
            let cut = &page.as_bytes()[..end];
            let spaced = space_attributes(cut);
            let without: Vec<u8> = spaced.iter().copied().filter(|&b| b != b' ').collect();
            let original: Vec<u8> = cut.iter().copied().filter(|&b| b != b' ').collect();
            assert_eq!(without, original, "only spaces are added to {end} bytes");
        }
    }

    #[test]
    fn a_page_one_pass_refuses_is_minified_whole() {
        // A text's own HTML with a closing tag that closes nothing.
        let page = "<!doctype html><html lang=en><body>\n<p>One</div> two</p>\n</body></html>";
        let min = String::from_utf8(minify(page)).unwrap();
        assert!(min.starts_with("<!doctype html><html lang=en>"), "{min}");
        assert!(min.contains("<p>One two"), "{min}");
        assert!(!min.contains('\n'), "{min}");
    }
}
