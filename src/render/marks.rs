//! A rendered page's marked messages ([`crate::i18n::marks`]) made into
//! `<span lang="…">` where they are the page's text, and taken out where
//! no element can say their language: in a tag (an attribute's value), in
//! the text of `title`, `script`, `style` and `textarea`, in comments, and
//! inside `svg`, `math` and `select`, where a `span` is not allowed.
//!
//! A label is text, escaped by the template, so a message's marks both
//! lie in one run of text between two tags; marks without their pair in
//! the run (a message cut short by a template) are taken out, so that
//! every span opened is closed where it began.

use super::{Body, OutputFile};
use crate::i18n::marks::{CLOSE, LEAD, OPEN, SEP, may_have_marks, plain, plain_bytes};

/// A generated file with its marks resolved: made into spans in a page,
/// taken out of any other file.
pub fn resolved(file: OutputFile) -> OutputFile {
    let body = match file.body {
        Body::Html(page) => Body::Html(html(page)),
        Body::Bytes(bytes) => Body::Bytes(plain_bytes(bytes)),
        // A publication's page is resolved before it is hyphenated.
        body @ (Body::Print { .. } | Body::Copy(_) | Body::Image(_)) => body,
    };
    OutputFile { body, ..file }
}

/// The page with its marks resolved; the page as it is when it has none.
pub fn html(page: Vec<u8>) -> Vec<u8> {
    if !may_have_marks(&page) {
        return page;
    }
    let mut out = Vec::with_capacity(page.len() + 64);
    let mut at = 0;
    // Inside an element where a span may not be: svg, math, select.
    let mut apart = 0usize;
    while at < page.len() {
        let lt = memchr::memchr(b'<', &page[at..]).map_or(page.len(), |i| at + i);
        text(&page[at..lt], apart == 0, &mut out);
        if lt == page.len() {
            break;
        }
        let rest = &page[lt..];
        let (end, element) = markup(rest);
        strip(&rest[..end], &mut out);
        at = lt + end;
        match element {
            Markup::Start(name) if is_apart(name) => apart += 1,
            Markup::End(name) if is_apart(name) => apart = apart.saturating_sub(1),
            Markup::Start(name) if is_raw(name) => {
                let close = raw_end(&page[at..], name).map_or(page.len(), |i| at + i);
                strip(&page[at..close], &mut out);
                at = close;
            }
            _ => {}
        }
    }
    out
}

/// The page as a string with its marks resolved ([`html`]).
pub fn html_string(page: String) -> String {
    if !may_have_marks(page.as_bytes()) {
        return page;
    }
    // Marks are whole characters and spans ASCII: the bytes stay UTF-8.
    String::from_utf8(html(page.into_bytes()))
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// What a piece of markup starting with `<` is.
enum Markup<'a> {
    Start(&'a [u8]),
    End(&'a [u8]),
    Other,
}

/// The length of the markup at the start of `rest` (which starts with
/// `<`), and what it is: a start tag (not self-closing), an end tag, or
/// anything else (a comment, a doctype, a `<` of the text).
fn markup(rest: &[u8]) -> (usize, Markup<'_>) {
    if rest.starts_with(b"<!--") {
        let end = memchr::memmem::find(&rest[4..], b"-->").map_or(rest.len(), |i| i + 7);
        return (end, Markup::Other);
    }
    let (closing, from) = match rest.get(1) {
        Some(b'/') => (true, 2),
        Some(c) if c.is_ascii_alphabetic() => (false, 1),
        Some(b'!' | b'?') => {
            let end = memchr::memchr(b'>', rest).map_or(rest.len(), |i| i + 1);
            return (end, Markup::Other);
        }
        _ => return (1, Markup::Other),
    };
    let name_len = rest[from..]
        .iter()
        .position(|&c| c.is_ascii_whitespace() || c == b'/' || c == b'>')
        .unwrap_or(rest.len() - from);
    let name = &rest[from..from + name_len];
    let end = tag_end(rest, from + name_len);
    let self_closing = end >= 2 && rest[end - 2] == b'/';
    let kind = match (closing, self_closing) {
        (true, _) => Markup::End(name),
        (false, false) => Markup::Start(name),
        (false, true) => Markup::Other,
    };
    (end, kind)
}

/// Where the tag ends (after its `>`), quoted attribute values passed
/// over whole.
fn tag_end(tag: &[u8], from: usize) -> usize {
    let mut at = from;
    while let Some(i) = memchr::memchr3(b'>', b'"', b'\'', &tag[at..]) {
        let c = tag[at + i];
        if c == b'>' {
            return at + i + 1;
        }
        match memchr::memchr(c, &tag[at + i + 1..]) {
            Some(close) => at = at + i + 1 + close + 1,
            None => return tag.len(),
        }
    }
    tag.len()
}

/// Elements inside which a span is not allowed.
fn is_apart(name: &[u8]) -> bool {
    ["svg", "math", "select"]
        .iter()
        .any(|n| name.eq_ignore_ascii_case(n.as_bytes()))
}

/// Elements whose content is text without elements.
fn is_raw(name: &[u8]) -> bool {
    ["script", "style", "title", "textarea"]
        .iter()
        .any(|n| name.eq_ignore_ascii_case(n.as_bytes()))
}

/// Where the raw text of element `name` ends: at its `</name`.
fn raw_end(rest: &[u8], name: &[u8]) -> Option<usize> {
    let mut at = 0;
    while let Some(i) = memchr::memmem::find(&rest[at..], b"</") {
        let after = &rest[at + i + 2..];
        if after.len() >= name.len() && after[..name.len()].eq_ignore_ascii_case(name) {
            return Some(at + i);
        }
        at += i + 2;
    }
    None
}

/// Copies `bytes` without marks.
fn strip(bytes: &[u8], out: &mut Vec<u8>) {
    if !may_have_marks(bytes) {
        out.extend_from_slice(bytes);
        return;
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => out.extend_from_slice(plain(text).as_bytes()),
        Err(_) => out.extend_from_slice(bytes),
    }
}

/// A mark in a run of text.
#[derive(Clone, Copy)]
enum Mark<'a> {
    /// An opening mark and its language's tag, up to the end of its
    /// separator.
    Open {
        lang: &'a str,
        end: usize,
    },
    Close,
    /// An opening mark without a language's tag after it.
    Stray,
}

/// Copies a run of text, its paired marks made into spans when `spans`,
/// and every other mark taken out.
fn text(run: &[u8], spans: bool, out: &mut Vec<u8>) {
    let Ok(run) = std::str::from_utf8(run) else {
        out.extend_from_slice(run);
        return;
    };
    if !may_have_marks(run.as_bytes()) {
        out.extend_from_slice(run.as_bytes());
        return;
    }
    // Each mark with where it starts; then each paired with its other.
    let mut marks: Vec<(usize, Mark)> = Vec::new();
    let mut from = 0;
    while let Some(i) = memchr::memchr(LEAD, &run.as_bytes()[from..]) {
        let at = from + i;
        let Some(c) = run[at..].chars().next() else {
            break;
        };
        from = at + c.len_utf8();
        match c {
            OPEN => {
                let tag_end = run[from..].find(SEP).map(|i| from + i);
                match tag_end.map(|e| &run[from..e]) {
                    Some(lang) if is_tag(lang) => {
                        let end = from + lang.len() + SEP.len_utf8();
                        marks.push((at, Mark::Open { lang, end }));
                        from = end;
                    }
                    _ => marks.push((at, Mark::Stray)),
                }
            }
            CLOSE => marks.push((at, Mark::Close)),
            _ => {}
        }
    }
    let mut paired = vec![false; marks.len()];
    let mut open = Vec::new();
    for (i, (_, mark)) in marks.iter().enumerate() {
        match mark {
            Mark::Open { .. } => open.push(i),
            Mark::Close => {
                if let Some(o) = open.pop() {
                    paired[o] = true;
                    paired[i] = true;
                }
            }
            Mark::Stray => {}
        }
    }
    let mut copied = 0;
    for ((at, mark), paired) in marks.into_iter().zip(paired) {
        // A stray separator or other character of the plane is a mark
        // taken out too.
        out.extend_from_slice(plain(&run[copied..at]).as_bytes());
        copied = match mark {
            Mark::Open { lang, end } => {
                if paired && spans {
                    out.extend_from_slice(b"<span lang=\"");
                    out.extend_from_slice(lang.as_bytes());
                    out.extend_from_slice(b"\">");
                }
                end
            }
            Mark::Close => {
                if paired && spans {
                    out.extend_from_slice(b"</span>");
                }
                at + CLOSE.len_utf8()
            }
            Mark::Stray => at + OPEN.len_utf8(),
        };
    }
    out.extend_from_slice(plain(&run[copied..]).as_bytes());
}

/// Whether `tag` can be a language's tag in an attribute as it is.
fn is_tag(tag: &str) -> bool {
    (1..=35).contains(&tag.len()) && tag.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::marks::marked;

    fn resolved(page: &str) -> String {
        html_string(page.to_string())
    }

    #[test]
    fn a_marked_label_in_text_is_a_span_of_its_language() {
        let label = marked("en", "Partner towns");
        assert_eq!(
            resolved(&format!("<h2 id=x>{label}</h2>")),
            r#"<h2 id=x><span lang="en">Partner towns</span></h2>"#
        );
        // Nested: a country's name in a message in another language.
        let nested = marked("en", &format!("Partners in {}", marked("pl", "Niemcy")));
        assert_eq!(
            resolved(&format!("<p>{nested}.</p>")),
            r#"<p><span lang="en">Partners in <span lang="pl">Niemcy</span></span>.</p>"#
        );
        // A page without marks is the page.
        assert_eq!(resolved("<p>Városok</p>"), "<p>Városok</p>");
    }

    #[test]
    fn marks_where_no_span_may_be_are_taken_out() {
        let l = marked("en", "Map");
        let page = format!(
            r#"<title>{l} – X</title><nav aria-label="{l}" title='{l}'><a>{l}</a></nav><!-- {l} --><script type="application/ld+json">{{"n":"{l}"}}</script><style>a::after{{content:"{l}"}}</style><svg viewBox="0 0 1 1"><title>{l}</title><text>{l}</text></svg><select><option>{l}</option></select><textarea>{l}</textarea><p>{l}</p>"#
        );
        assert_eq!(
            resolved(&page),
            r#"<title>Map – X</title><nav aria-label="Map" title='Map'><a><span lang="en">Map</span></a></nav><!-- Map --><script type="application/ld+json">{"n":"Map"}</script><style>a::after{content:"Map"}</style><svg viewBox="0 0 1 1"><title>Map</title><text>Map</text></svg><select><option>Map</option></select><textarea>Map</textarea><p><span lang="en">Map</span></p>"#
        );
    }

    #[test]
    fn a_mark_without_its_pair_in_the_run_is_taken_out() {
        let l = marked("en", "Partner towns");
        let (open, close) = l.split_at(l.find('P').unwrap() + 4);
        assert_eq!(
            resolved(&format!("<p>{open}</p><p>{close}</p>")),
            "<p>Part</p><p>ner towns</p>"
        );
        // A tag that is not one is no mark's.
        let odd = format!("<p>{OPEN}e n{SEP}x{CLOSE}</p>");
        assert_eq!(resolved(&odd), "<p>e nx</p>");
        // A self-closing svg opens nothing.
        assert_eq!(
            resolved(&format!("<svg/><p>{l}</p>")),
            r#"<svg/><p><span lang="en">Partner towns</span></p>"#
        );
    }
}
