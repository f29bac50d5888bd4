//! Reading a rendered page's markup a piece at a time: where a tag or a
//! comment ends, an element's name and what it holds, where raw text
//! ends. Print's hyphenation and the language marks of labels both pass
//! over a page's tags to work on its text, and read them alike.

/// What an element's name tells of its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Element {
    /// Raw text (`script`, `style`, `title`, `textarea`): skipped up to
    /// the closing tag.
    Raw,
    /// No content and no closing tag (`br`, `img`).
    Void,
    /// A drawing: no prose.
    Svg,
    /// Text that is not running prose: code, addresses, headings.
    Kept,
    /// Anything else.
    Prose,
}

impl Element {
    /// The element named `name`, without case.
    pub(super) fn named(name: &str) -> Element {
        // Every name below fits.
        let mut lower = [0u8; 8];
        let Some(lower) = lower.get_mut(..name.len()) else {
            return Element::Prose;
        };
        lower.copy_from_slice(name.as_bytes());
        lower.make_ascii_lowercase();
        match &*lower {
            b"script" | b"style" | b"title" | b"textarea" => Element::Raw,
            b"area" | b"base" | b"br" | b"col" | b"embed" | b"hr" | b"img" | b"input" | b"link"
            | b"meta" | b"source" | b"track" | b"wbr" => Element::Void,
            b"svg" => Element::Svg,
            b"pre" | b"code" | b"kbd" | b"samp" | b"address" | b"h1" | b"h2" | b"h3" | b"h4"
            | b"h5" | b"h6" => Element::Kept,
            _ => Element::Prose,
        }
    }
}

/// The length of the tag at the start of `s`, quotes respected.
pub(super) fn tag_end(s: &str) -> usize {
    // Quotes and `>` are ASCII: they never occur inside a longer character.
    let bytes = s.as_bytes();
    let mut at = 1;
    while let Some(found) = bytes
        .get(at..)
        .and_then(|rest| memchr::memchr3(b'>', b'"', b'\'', rest))
    {
        let found = at + found;
        let quote = bytes[found];
        if quote == b'>' {
            return found + 1;
        }
        match memchr::memchr(quote, &bytes[found + 1..]) {
            Some(end) => at = found + 1 + end + 1,
            None => break,
        }
    }
    s.len()
}

/// The length of the comment at the start of `s` (`<!--` … `-->`).
pub(super) fn comment_end(s: &str) -> usize {
    s.get(4..)
        .and_then(|after| memchr::memmem::find(after.as_bytes(), b"-->"))
        .map_or(s.len(), |i| i + 4 + 3)
}

/// The name at the start of a tag, as written.
pub(super) fn tag_name(s: &str) -> &str {
    let end = s
        .bytes()
        .position(|b| !(b.is_ascii_alphanumeric() || b == b'-'))
        .unwrap_or(s.len());
    &s[..end]
}

/// Where `needle` (ASCII) first is in `haystack`, without case.
pub(super) fn find_ascii_ci(haystack: &str, needle: &str) -> Option<usize> {
    haystack
        .as_bytes()
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}
