//! Soft hyphens for print.
//!
//! A narrow folder panel needs long words (`współpracy`, `Partnerschaftsvertrag`,
//! `spolupráce`) broken at syllables, and Chromium here has no hyphenation
//! dictionaries of its own. At build time every word of the page's text gets
//! U+00AD SOFT HYPHEN at the syllable boundaries of its language's TeX
//! patterns (Knuth–Liang, through `hypher`); the browser breaks there only
//! where a line needs it. Text is hyphenated in the language of its nearest
//! `lang` attribute. Scripts, styles, SVG, code, addresses, headings and
//! elements marked `data-no-hyphens` (names on a cover) are left alone:
//! a reader searching the PDF for a town's name should find it whole.

use super::letters;
use super::tags::{Element, comment_end, find_ascii_ci, tag_end, tag_name};

const SOFT_HYPHEN: char = '\u{ad}';

/// Words shorter than this are never broken.
const MIN_WORD: usize = 6;

/// The hyphenation patterns for a language code, if there are any.
pub fn language(code: &str) -> Option<hypher::Lang> {
    let primary = code.split(['-', '_']).next()?.to_ascii_lowercase();
    let bytes: [u8; 2] = primary.as_bytes().try_into().ok()?;
    hypher::Lang::from_iso(bytes)
}

struct Open<'h> {
    /// The element's name as written (compared without case).
    name: &'h str,
    lang: Option<hypher::Lang>,
    skip: bool,
}

/// Hyphenates pages, each word once: a thread's publications share one
/// (see [`html`]), and their words are broken once for all of them.
#[derive(Debug, Default)]
pub struct Hyphenator {
    /// Each language's words, as broken.
    words: rustc_hash::FxHashMap<hypher::Lang, Broken>,
    /// How many words are kept, over all languages.
    kept: usize,
}

/// A language's words of [`MIN_WORD`] letters or more, each with its
/// soft hyphens, or none when it has no break.
type Broken = hashbrown::HashMap<Box<str>, Option<Box<str>>, rustc_hash::FxBuildHasher>;

/// How many broken words a thread keeps before it starts again: a site's
/// vocabulary in every language fits many times over.
const KEPT_WORDS: usize = 400_000;

thread_local! {
    static HYPHENATOR: std::cell::RefCell<Hyphenator> = std::cell::RefCell::default();
}

/// `html` with soft hyphens in its text (`lang` is the page's language),
/// through the thread's own [`Hyphenator`].
pub fn html(html: &str, lang: &str) -> String {
    HYPHENATOR.with_borrow_mut(|h| h.html(html, lang))
}

impl Hyphenator {
    /// `html` with soft hyphens in its text; `lang` is the page's language.
    pub fn html(&mut self, html: &str, lang: &str) -> String {
        let mut out = String::with_capacity(html.len() + html.len() / 8);
        let mut stack: Vec<Open> = vec![Open {
            name: "",
            lang: language(lang),
            skip: false,
        }];
        let mut rest = html;
        while !rest.is_empty() {
            let Some(lt) = memchr::memchr(b'<', rest.as_bytes()) else {
                self.text(&mut out, rest, &stack);
                break;
            };
            self.text(&mut out, &rest[..lt], &stack);
            rest = &rest[lt..];
            if rest.starts_with("<!--") {
                let end = comment_end(rest);
                out.push_str(&rest[..end]);
                rest = &rest[end..];
                continue;
            }
            let end = tag_end(rest);
            let tag = &rest[..end];
            out.push_str(tag);
            rest = &rest[end..];
            if let Some(name) = tag.strip_prefix("</") {
                let name = tag_name(name);
                if let Some(i) = stack
                    .iter()
                    .rposition(|o| o.name.eq_ignore_ascii_case(name))
                    && i > 0
                {
                    stack.truncate(i);
                }
                continue;
            }
            let name = tag_name(&tag[1..]);
            if name.is_empty() || tag.starts_with("<!") || tag.starts_with("<?") {
                continue;
            }
            let element = Element::named(name);
            if element == Element::Raw {
                let close = format!("</{name}");
                let end = find_ascii_ci(rest, &close).unwrap_or(rest.len());
                out.push_str(&rest[..end]);
                rest = &rest[end..];
                continue;
            }
            if element == Element::Void || tag.ends_with("/>") {
                continue;
            }
            // A drawing (a map, a chart) holds no prose: its tags are
            // passed over whole, up to the end of the drawing.
            if element == Element::Svg
                && let Some(end) = svg_end(rest)
            {
                out.push_str(&rest[..end]);
                rest = &rest[end..];
                continue;
            }
            let parent = stack.last().map_or((None, false), |o| (o.lang, o.skip));
            let (lang, no_hyphens) = marks(tag);
            let lang = match lang {
                Some(code) => language(code),
                None => parent.0,
            };
            stack.push(Open {
                skip: parent.1 || no_hyphens || matches!(element, Element::Svg | Element::Kept),
                name,
                lang,
            });
        }
        out
    }
}

/// Where the `<svg>` element whose start tag was just read ends in `s`
/// (after its end tag), drawings inside it counted; None when it is
/// never closed.
fn svg_end(s: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    let mut depth = 1;
    let mut from = 0;
    while let Some(i) = memchr::memchr(b'<', &bytes[from..]) {
        let at = from + i;
        let (close, name_at) = match bytes.get(at + 1) {
            Some(b'/') => (true, at + 2),
            _ => (false, at + 1),
        };
        let is_svg = bytes
            .get(name_at..name_at + 3)
            .is_some_and(|n| n.eq_ignore_ascii_case(b"svg"))
            && bytes
                .get(name_at + 3)
                .is_some_and(|c| !c.is_ascii_alphanumeric() && *c != b'-');
        from = at + 1;
        if !is_svg {
            continue;
        }
        let end = at + tag_end(&s[at..]);
        if close {
            depth -= 1;
            if depth == 0 {
                return Some(end);
            }
        } else if !s[at..end].ends_with("/>") {
            depth += 1;
        }
        from = end;
    }
    None
}

/// What a start tag says of its text: its `lang` attribute's value, and
/// whether it is marked `data-no-hyphens`. The attributes are read as a
/// browser reads them, once, names without case; a value is never
/// mistaken for an attribute.
fn marks(tag: &str) -> (Option<&str>, bool) {
    let bytes = tag.as_bytes();
    // Neither name can be there without its `g` or `y`: most tags are
    // passed over so.
    if memchr::memchr2(b'g', b'G', bytes).is_none() && memchr::memchr2(b'y', b'Y', bytes).is_none()
    {
        return (None, false);
    }
    let space = |b: u8| b.is_ascii_whitespace();
    let skip = |mut i: usize, wanted: &dyn Fn(u8) -> bool| {
        while i < bytes.len() && wanted(bytes[i]) {
            i += 1;
        }
        i
    };
    let (mut lang, mut no_hyphens) = (None, false);
    let mut i = 1 + tag_name(tag.get(1..).unwrap_or("")).len();
    loop {
        i = skip(i, &|b| space(b) || b == b'/');
        if i >= bytes.len() || bytes[i] == b'>' {
            break;
        }
        // A name is at least its first character, even `=`.
        let name_start = i;
        i = skip(i + 1, &|b| !space(b) && !matches!(b, b'/' | b'>' | b'='));
        let name = &tag[name_start..i];
        let mut value = None;
        let after = skip(i, &space);
        if bytes.get(after) == Some(&b'=') {
            let start = skip(after + 1, &space);
            match bytes.get(start) {
                Some(&quote @ (b'"' | b'\'')) => {
                    let end = skip(start + 1, &|b| b != quote);
                    value = Some(&tag[start + 1..end]);
                    i = (end + 1).min(bytes.len());
                }
                _ => {
                    let end = skip(start, &|b| !space(b) && b != b'>');
                    value = Some(&tag[start..end]);
                    i = end;
                }
            }
        }
        if name.eq_ignore_ascii_case("lang") && lang.is_none() {
            lang = Some(value.unwrap_or(""));
        } else if name.eq_ignore_ascii_case("data-no-hyphens") {
            no_hyphens = true;
        }
    }
    (lang, no_hyphens)
}

/// The first token of `text`: up to and with its first whitespace
/// character, as `str::split_inclusive(char::is_whitespace)` splits
/// (its length); and whether it is left as written: an address (`@`,
/// `/`, `\\`, `www.`), a word with digits, or one already hyphenated by
/// its writer. Read once, ASCII told from the byte.
fn token(text: &str) -> (usize, bool) {
    let bytes = text.as_bytes();
    let mut kept = false;
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        if byte.is_ascii() {
            match byte {
                b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r' => return (at + 1, kept),
                b'@' | b'/' | b'\\' | b'0'..=b'9' => kept = true,
                b'w' => kept |= bytes[at..].starts_with(b"www."),
                _ => {}
            }
            at += 1;
            continue;
        }
        let Some(c) = text[at..].chars().next() else {
            break;
        };
        at += c.len_utf8();
        if c.is_whitespace() {
            return (at, kept);
        }
        kept |= c == SOFT_HYPHEN;
    }
    (bytes.len(), kept)
}

/// Whether the character at `at` in `text`, whose first byte is `byte`,
/// is a letter, and its length.
#[inline(always)]
fn letter_at(text: &str, byte: u8, at: usize) -> (bool, usize) {
    let (class, len) = letters::class_at(text, byte, at);
    (class & letters::LETTER != 0, len)
}

impl Hyphenator {
    fn text(&mut self, out: &mut String, text: &str, stack: &[Open]) {
        let Some(top) = stack.last() else {
            out.push_str(text);
            return;
        };
        match top.lang {
            Some(lang) if !top.skip => self.hyphenate_text(out, text, lang),
            _ => out.push_str(text),
        }
    }

    /// Hyphenates the words of a text node; entities, addresses and words
    /// with digits stay as they are. The text is copied in runs, each up
    /// to a word that breaks.
    fn hyphenate_text(&mut self, out: &mut String, text: &str, lang: hypher::Lang) {
        if self.kept >= KEPT_WORDS {
            self.words.clear();
            self.kept = 0;
        }
        let words = self.words.entry(lang).or_default();
        let bytes = text.as_bytes();
        let (mut at, mut copied) = (0, 0);
        while at < bytes.len() {
            let (len, kept) = token(&text[at..]);
            let end = at + len;
            if kept {
                at = end;
                continue;
            }
            // The token's words; an entity (`&hellip;`) is passed over whole.
            while at < end {
                let byte = bytes[at];
                if byte == b'&' {
                    at = text[at..end].find(';').map_or(end, |i| at + i + 1);
                    continue;
                }
                let (letter, len) = letter_at(text, byte, at);
                if !letter {
                    at += len;
                    continue;
                }
                let start = at;
                at += len;
                while at < end {
                    let (letter, len) = letter_at(text, bytes[at], at);
                    if !letter {
                        break;
                    }
                    at += len;
                }
                if let Some(broken) = broken(words, &mut self.kept, &text[start..at], lang) {
                    out.push_str(&text[copied..start]);
                    out.push_str(broken);
                    copied = at;
                }
            }
        }
        out.push_str(&text[copied..]);
    }
}

/// `word` with soft hyphens at its breaks, from `words` or broken and
/// kept there (`kept` counts them); none when it has none to take, as a
/// word of fewer than [`MIN_WORD`] letters.
fn broken<'w>(
    words: &'w mut Broken,
    kept: &mut usize,
    word: &str,
    lang: hypher::Lang,
) -> Option<&'w str> {
    if word.len() < MIN_WORD || word.chars().count() < MIN_WORD {
        return None;
    }
    words
        .entry_ref(word)
        .or_insert_with(|| {
            *kept += 1;
            // Never leave fewer than two letters on either side of a break.
            let (left, right) = lang.bounds();
            let mut syllables = hypher::hyphenate_bounded(word, lang, left.max(2), right.max(2));
            let first = syllables.next()?;
            let mut broken = String::with_capacity(word.len() + 8);
            broken.push_str(first);
            for syllable in syllables {
                broken.push(SOFT_HYPHEN);
                broken.push_str(syllable);
            }
            (broken.len() > word.len()).then(|| broken.into())
        })
        .as_deref()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hyphenate_html(html: &str, lang: &str) -> String {
        Hyphenator::default().html(html, lang)
    }

    fn is_letter(c: char) -> bool {
        letters::class_of(c) & letters::LETTER != 0
    }

    fn shown(s: &str) -> String {
        s.replace(SOFT_HYPHEN, "|")
    }

    #[test]
    fn words_get_soft_hyphens_in_the_pages_language() {
        let html = hyphenate_html("<p>Współpraca międzynarodowa</p>", "pl");
        assert_eq!(shown(&html), "<p>Współ|pra|ca mię|dzy|na|ro|do|wa</p>");
    }

    #[test]
    fn a_full_hyphenator_starts_again_and_breaks_alike() {
        let mut hyphenator = Hyphenator::default();
        let first = hyphenator.html("<p>Partnerschaftsvertrag</p>", "de");
        assert_eq!(hyphenator.kept, 1);
        hyphenator.kept = KEPT_WORDS;
        let again = hyphenator.html("<P>Partnerschaftsvertrag</P>", "de");
        assert_eq!(hyphenator.kept, 1);
        assert_eq!(first.to_lowercase(), again.to_lowercase());
        assert_eq!(html("<p>Partnerschaftsvertrag</p>", "de"), first);
    }

    #[test]
    fn drawings_are_passed_over_whole() {
        let html = r#"<p>Partnerschaft</p><svg viewBox="0 0 1 1"><svg><text>Partnerschaft</text></svg><text>Partnerschaft</text></SVG><p>Partnerschaft</p>"#;
        let shown = shown(&hyphenate_html(html, "de"));
        assert_eq!(shown.matches("Part|ner|schaft").count(), 2, "{shown}");
        assert!(
            shown.contains("</svg><text>Partnerschaft</text></SVG>"),
            "{shown}"
        );
        // An unclosed drawing is read tag by tag, and still not broken.
        let shown = self::shown(&hyphenate_html("<svg><text>Partnerschaft</text>", "de"));
        assert_eq!(shown, "<svg><text>Partnerschaft</text>");
    }

    #[test]
    fn the_nearest_lang_attribute_wins() {
        let html = hyphenate_html(
            r#"<p>Partnerschaft <span lang="cs">spolupráce</span> Partnerschaft</p>"#,
            "de",
        );
        let shown = shown(&html);
        assert!(shown.contains("Part|ner|schaft <span"), "{shown}");
        assert!(shown.contains(">spo|lu|prá|ce<"), "{shown}");
        assert!(shown.ends_with("</span> Part|ner|schaft</p>"), "{shown}");
    }

    #[test]
    fn markup_entities_and_addresses_are_untouched() {
        let html = r#"<style>.international{}</style><a href="mailto:partnerstwo@example.pl" title="international">partnerstwo@example.pl</a> &hellip;international<svg><text>international</text></svg><code>international</code>"#;
        let out = hyphenate_html(html, "en");
        assert!(out.contains("<style>.international{}</style>"));
        assert!(out.contains(r#"title="international">partnerstwo@example.pl</a>"#));
        assert!(
            shown(&out).contains("&hellip;in|ter|na|tional"),
            "{}",
            shown(&out)
        );
        assert!(out.contains("<text>international</text>"));
        assert!(out.contains("<code>international</code>"));
        // Web addresses, words with digits and words their writer
        // hyphenated already are left as written.
        let kept = "<p>www.partnerschaftsvertrag.de Partnerschaftsvertrag2024 Partner\u{ad}schaftsvertrag</p>";
        assert_eq!(hyphenate_html(kept, "de"), kept);
        // A postal address keeps its town names whole.
        let address = "<address>ul. Kraszewskiego 14/16<br>05-800 Pruszków</address>";
        assert_eq!(hyphenate_html(address, "pl"), address);
    }

    #[test]
    fn headings_and_marked_elements_keep_their_words_whole() {
        let html = r#"<h2>International</h2><div data-no-hyphens><p>International</p></div><p>International</p>"#;
        assert_eq!(
            shown(&hyphenate_html(html, "en")),
            "<h2>International</h2><div data-no-hyphens><p>International</p></div><p>In|ter|na|tional</p>"
        );
    }

    #[test]
    fn languages_without_patterns_are_left_alone() {
        let html = "<p>something international</p>";
        assert_eq!(hyphenate_html(html, "xx"), html);
        assert!(language("ka").is_some());
        assert!(language("sr-Latn").is_some());
    }

    /// A text hyphenated as it was first, one character at a time: the
    /// same as the text copied run by run.
    #[test]
    fn texts_come_out_as_read_one_character_at_a_time() {
        fn kept_whole(token: &str) -> bool {
            let bytes = token.as_bytes();
            bytes.iter().enumerate().any(|(i, b)| match b {
                b'@' | b'/' | b'\\' | b'0'..=b'9' => true,
                b'w' => bytes[i..].starts_with(b"www."),
                0xc2 => bytes[i..].starts_with("\u{ad}".as_bytes()),
                _ => false,
            })
        }
        fn one_at_a_time(h: &mut Hyphenator, text: &str, lang: hypher::Lang) -> String {
            let mut out = String::new();
            for token in text.split_inclusive(char::is_whitespace) {
                if kept_whole(token) {
                    out.push_str(token);
                    continue;
                }
                let mut rest = token;
                while let Some(c) = rest.chars().next() {
                    if c == '&' {
                        let end = rest.find(';').map_or(rest.len(), |i| i + 1);
                        out.push_str(&rest[..end]);
                        rest = &rest[end..];
                    } else if is_letter(c) {
                        let end = rest.find(|c: char| !is_letter(c)).unwrap_or(rest.len());
                        let word = &rest[..end];
                        let words = h.words.entry(lang).or_default();
                        out.push_str(broken(words, &mut h.kept, word, lang).unwrap_or(word));
                        rest = &rest[end..];
                    } else {
                        out.push(c);
                        rest = &rest[c.len_utf8()..];
                    }
                }
            }
            out
        }
        let pieces = [
            "Partnerschaft",
            "współpraca",
            "ŻÓŁW",
            "ß",
            "ქართული",
            "σοφος",
            "a",
            "x1",
            " ",
            "\u{a0}",
            "\u{3000}",
            "\n",
            "&",
            ";",
            "&amp;",
            "&hellip;",
            "@",
            "/",
            "www.",
            "-",
            "\u{ad}",
            ".",
            "2024",
            "é",
            "e\u{301}",
            "😀",
            "Straße",
            "\t",
            "\x0b",
            "\u{85}",
            "\u{2028}",
            "\u{1680}",
            "\u{feff}",
            "W",
            "ww",
            "w",
        ];
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let (mut h, mut reference) = (Hyphenator::default(), Hyphenator::default());
        for _ in 0..20_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let mut text = String::new();
            for n in 0..seed % 12 {
                text.push_str(pieces[((seed >> (4 * n)) % pieces.len() as u64) as usize]);
            }
            for lang in [hypher::Lang::German, hypher::Lang::Polish] {
                let mut out = String::new();
                h.hyphenate_text(&mut out, &text, lang);
                assert_eq!(out, one_at_a_time(&mut reference, &text, lang), "{text:?}");
            }
        }
        assert!(h.kept > 20, "{}", h.kept);
    }

    /// Elements are told by their names as the lists of them tell them.
    #[test]
    fn elements_are_named_as_listed() {
        let listed = [
            (Element::Raw, &["script", "style", "title", "textarea"][..]),
            (
                Element::Void,
                &[
                    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                    "source", "track", "wbr",
                ],
            ),
            (Element::Svg, &["svg"]),
            (
                Element::Kept,
                &[
                    "pre", "code", "kbd", "samp", "address", "h1", "h2", "h3", "h4", "h5", "h6",
                ],
            ),
        ];
        for (element, names) in listed {
            for name in names {
                assert_eq!(Element::named(name), element, "{name}");
                assert_eq!(Element::named(&name.to_uppercase()), element, "{name}");
            }
        }
        for name in [
            "p",
            "div",
            "scripts",
            "textareas",
            "h7",
            "",
            "span",
            "h",
            "svg2",
        ] {
            assert_eq!(Element::named(name), Element::Prose, "{name}");
        }
    }

    /// A tag ends where reading it a byte at a time ends it: at the first
    /// `>` outside quotes.
    #[test]
    fn tags_end_where_a_byte_by_byte_reading_ends_them() {
        fn byte_by_byte(s: &str) -> usize {
            let mut quote = None;
            for (i, &b) in s.as_bytes().iter().enumerate().skip(1) {
                match (quote, b) {
                    (None, b'"' | b'\'') => quote = Some(b),
                    (Some(q), b) if b == q => quote = None,
                    (None, b'>') => return i + 1,
                    _ => {}
                }
            }
            s.len()
        }
        let pieces = ["<", ">", "\"", "'", "a", " ", "=", "é"];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..20_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let mut tag = String::from("<");
            for n in 0..seed % 14 {
                tag.push_str(pieces[((seed >> (3 * n)) % pieces.len() as u64) as usize]);
            }
            assert_eq!(tag_end(&tag), byte_by_byte(&tag), "{tag:?}");
        }
        // A tag's own marks are read as before.
        assert_eq!(marks("<p class=lead>"), (None, false));
        assert_eq!(marks("<P LANG=cs>"), (Some("cs"), false));
        assert_eq!(marks("<div data-no-hyphens>"), (None, true));
    }

    #[test]
    fn attributes_are_read_as_a_browser_reads_them() {
        assert_eq!(marks("<p>"), (None, false));
        assert_eq!(marks("<div LANG=cs Data-No-Hyphens>"), (Some("cs"), true));
        assert_eq!(marks("<p lang = 'de' lang=fr>"), (Some("de"), false));
        assert_eq!(
            marks(r#"<p title="x lang=fr data-no-hyphens">"#),
            (None, false)
        );
        assert_eq!(marks("<span lang=\"\">"), (Some(""), false));
        assert_eq!(marks("<img src=a.png/>"), (None, false));
        assert_eq!(marks("<p =lang data-no-hyphens/>"), (None, true));
        assert_eq!(marks("<p lang=\"unclosed"), (Some("unclosed"), false));
        assert_eq!(marks("<p lang="), (Some(""), false));
    }

    #[test]
    fn unquoted_attributes_and_void_elements_keep_the_stack_right() {
        let out = hyphenate_html(
            "<div lang=cs><br><img src=a.png>spolupráce</div>international",
            "xx",
        );
        assert_eq!(
            shown(&out),
            "<div lang=cs><br><img src=a.png>spo|lu|prá|ce</div>international"
        );
    }
}
