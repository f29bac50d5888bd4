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

use super::tags::{Element, comment_end, find_ascii_ci, tag_end, tag_name};
use super::{Body, OutputFile};
use crate::i18n::marks::{CLOSE, LEAD, OPEN, SEP, may_have_marks, plain, plain_bytes};
use crate::i18n::{LEFT_TO_RIGHT_ISOLATE, POP_DIRECTIONAL_ISOLATE, RIGHT_TO_LEFT_ISOLATE};

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
    match String::from_utf8(page) {
        Ok(page) => resolve(&page).into_bytes(),
        Err(e) => e.into_bytes(),
    }
}

/// The page as a string with its marks resolved ([`html`]).
pub fn html_string(page: String) -> String {
    if !may_have_marks(page.as_bytes()) {
        return page;
    }
    resolve(&page)
}

/// Reads the page's tags as print's hyphenation does ([`super::tags`]),
/// resolving the marks of each run of text between them and taking them
/// out of everything else.
fn resolve(page: &str) -> String {
    let mut out = String::with_capacity(page.len() + 64);
    // Inside an element where a span may not be: svg, math, select.
    let mut apart = 0usize;
    let mut rest = page;
    while !rest.is_empty() {
        let Some(lt) = memchr::memchr(b'<', rest.as_bytes()) else {
            text(rest, apart == 0, &mut out);
            break;
        };
        text(&rest[..lt], apart == 0, &mut out);
        rest = &rest[lt..];
        let end = if rest.starts_with("<!--") {
            comment_end(rest)
        } else {
            tag_end(rest)
        };
        let tag = &rest[..end];
        out.push_str(&plain(tag));
        rest = &rest[end..];
        if tag.starts_with("<!") || tag.starts_with("<?") {
            continue;
        }
        if let Some(name) = tag.strip_prefix("</") {
            if is_apart(tag_name(name)) {
                apart = apart.saturating_sub(1);
            }
            continue;
        }
        let name = tag_name(&tag[1..]);
        if name.is_empty() || tag.ends_with("/>") {
            continue;
        }
        if Element::named(name) == Element::Raw {
            let end = find_ascii_ci(rest, &format!("</{name}")).unwrap_or(rest.len());
            out.push_str(&plain(&rest[..end]));
            rest = &rest[end..];
        } else if is_apart(name) {
            apart += 1;
        }
    }
    out
}

/// Elements inside which a span is not allowed.
fn is_apart(name: &str) -> bool {
    Element::named(name) == Element::Svg
        || ["math", "select"]
            .iter()
            .any(|n| name.eq_ignore_ascii_case(n))
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
fn text(run: &str, spans: bool, out: &mut String) {
    if !may_have_marks(run.as_bytes()) {
        out.push_str(run);
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
    // Each mark's span, when it has its pair in the run: `Some(dir)`,
    // where `dir` is the direction a label of the other direction than
    // the page's says instead of the isolates around it, which are left
    // out of the page's text.
    let mut spans_of: Vec<Option<Option<&str>>> = vec![None; marks.len()];
    let mut open = Vec::new();
    for (i, &(at, mark)) in marks.iter().enumerate() {
        match mark {
            Mark::Open { .. } => open.push(i),
            Mark::Close => {
                let Some(o) = open.pop() else { continue };
                let Mark::Open { end, .. } = marks[o].1 else {
                    continue;
                };
                let inside = &run[end..at];
                let dir = match inside.chars().next() {
                    Some(LEFT_TO_RIGHT_ISOLATE) => Some("ltr"),
                    Some(RIGHT_TO_LEFT_ISOLATE) => Some("rtl"),
                    _ => None,
                }
                .filter(|_| inside.ends_with(POP_DIRECTIONAL_ISOLATE));
                spans_of[o] = Some(dir);
                spans_of[i] = Some(dir);
            }
            Mark::Stray => {}
        }
    }
    let mut copied = 0;
    for ((at, mark), span) in marks.into_iter().zip(spans_of) {
        let span = span.filter(|_| spans);
        let dir = span.flatten();
        // A stray separator or other character of the plane is a mark
        // taken out too.
        let before = match (&mark, dir) {
            (Mark::Close, Some(_)) => at - POP_DIRECTIONAL_ISOLATE.len_utf8(),
            _ => at,
        };
        out.push_str(&plain(&run[copied..before]));
        copied = match mark {
            Mark::Open { lang, end } => {
                if span.is_some() {
                    out.push_str("<span lang=\"");
                    out.push_str(lang);
                    if let Some(dir) = dir {
                        out.push_str("\" dir=\"");
                        out.push_str(dir);
                    }
                    out.push_str("\">");
                }
                match dir {
                    // The isolates are of one width in UTF-8.
                    Some(_) => end + LEFT_TO_RIGHT_ISOLATE.len_utf8(),
                    None => end,
                }
            }
            Mark::Close => {
                if span.is_some() {
                    out.push_str("</span>");
                }
                at + CLOSE.len_utf8()
            }
            Mark::Stray => at + OPEN.len_utf8(),
        };
    }
    out.push_str(&plain(&run[copied..]));
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
    fn a_label_in_the_other_direction_is_isolated_by_its_span() {
        // An English label on an Arabic page, and an Arabic one on an
        // English page: the span's `dir` does what the isolates did in
        // the text, which keeps no invisible characters.
        let en = marked("en", "\u{2066}Partners\u{2069}");
        let ar = marked("ar", "\u{2067}الشركاء\u{2069}");
        assert_eq!(
            resolved(&format!("<p>{en}: {ar}</p><a title=\"{en}\">x</a>")),
            "<p><span lang=\"en\" dir=\"ltr\">Partners</span>: <span lang=\"ar\" dir=\"rtl\">الشركاء</span></p><a title=\"\u{2066}Partners\u{2069}\">x</a>"
        );
        // Isolates of a writer's own, inside a label, are kept.
        let inner = marked("en", "A \u{2067}ب\u{2069} B");
        assert_eq!(
            resolved(&format!("<p>{inner}</p>")),
            "<p><span lang=\"en\">A \u{2067}ب\u{2069} B</span></p>"
        );
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
