//! Marks around a message taken from another language than the page's.
//!
//! A label can only say which language it is in where it becomes part of
//! a page, and only there does it know whether it is an element's text
//! (which can be marked with `lang`) or an attribute's value (which
//! cannot). So [`super::Tr`] wraps such a message in the last three
//! characters of Unicode's last private use plane, which no script, icon
//! font or text of a site uses and which pass HTML escaping and Tera's
//! filters unchanged: [`OPEN`], the language's tag,
//! [`SEP`], the message, [`CLOSE`]. Rendering turns them into spans in a
//! page's text and takes them out everywhere else ([`plain`]).

use std::borrow::Cow;

/// Opens a marked message; its language's tag follows, up to [`SEP`].
pub const OPEN: char = '\u{10FFFB}';
/// Ends the language's tag of a marked message.
pub const SEP: char = '\u{10FFFC}';
/// Closes a marked message.
pub const CLOSE: char = '\u{10FFFD}';

/// The first byte of each mark in UTF-8, which only the characters of
/// the last private use plane start with.
pub const LEAD: u8 = 0xF4;

/// `text` marked as being in `lang`.
pub fn marked(lang: &str, text: &str) -> String {
    let mut out = String::with_capacity(text.len() + lang.len() + 9);
    out.push(OPEN);
    out.push_str(lang);
    out.push(SEP);
    out.push_str(text);
    out.push(CLOSE);
    out
}

/// Whether `bytes` may hold a mark: a quick look for their first byte.
pub fn may_have_marks(bytes: &[u8]) -> bool {
    memchr::memchr(LEAD, bytes).is_some()
}

/// `text` without marks: for anything that is not a page's text (a file
/// name, a PDF's title, a stylesheet, a feed).
pub fn plain(text: &str) -> Cow<'_, str> {
    if !may_have_marks(text.as_bytes()) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            OPEN => in_tag = true,
            SEP => in_tag = false,
            CLOSE => {}
            _ if in_tag => {}
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// The bytes of a generated file without marks ([`plain`]); bytes that
/// are not UTF-8 are left as they are.
pub fn plain_bytes(bytes: Vec<u8>) -> Vec<u8> {
    if !may_have_marks(&bytes) {
        return bytes;
    }
    match String::from_utf8(bytes) {
        Ok(text) => match plain(&text) {
            Cow::Borrowed(_) => text.into_bytes(),
            Cow::Owned(text) => text.into_bytes(),
        },
        Err(e) => e.into_bytes(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_marked_text_is_plain_again_without_its_marks() {
        let text = marked("en", "Partner towns");
        assert_ne!(text, "Partner towns");
        assert_eq!(plain(&text), "Partner towns");
        let nested = format!("{}, {}", marked("en", &marked("pl", "Niemcy")), "Ausztria");
        assert_eq!(plain(&nested), "Niemcy, Ausztria");
        assert!(matches!(plain("Städte"), Cow::Borrowed("Städte")));
        assert_eq!(plain_bytes(text.into_bytes()), b"Partner towns");
        let binary = vec![0xF4, 0x8F, 0xFF];
        assert_eq!(plain_bytes(binary.clone()), binary);
    }
}
