//! Markdown to HTML, with ids on headings for links and the table of
//! contents, and tables, footnotes and strikethrough turned on.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd, html};

use super::{escape, letters};
use crate::model::slug::slugify;

const OPTIONS: Options = crate::source::limits::MARKDOWN;

/// A link or an image written in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// Where it points, as written.
    pub dest: String,
    /// Byte offset of the link in the text.
    pub offset: usize,
    /// An image (`![alt](src)`) rather than a link.
    pub image: bool,
    /// The link's text, or the image's alt text.
    pub text: String,
}

/// Every link and image of a text, in order.
pub fn links(markdown: &str) -> Vec<Link> {
    let mut out: Vec<Link> = Vec::new();
    // Indexes into `out` of the links and images still open.
    let mut open: Vec<usize> = Vec::new();
    for (event, range) in Parser::new_ext(markdown, OPTIONS).into_offset_iter() {
        match event {
            Event::Start(tag @ (Tag::Link { .. } | Tag::Image { .. })) => {
                let (image, dest_url) = match tag {
                    Tag::Image { dest_url, .. } => (true, dest_url),
                    Tag::Link { dest_url, .. } => (false, dest_url),
                    _ => continue,
                };
                open.push(out.len());
                out.push(Link {
                    dest: dest_url.to_string(),
                    offset: range.start,
                    image,
                    text: String::new(),
                });
            }
            Event::End(TagEnd::Link | TagEnd::Image) => {
                open.pop();
            }
            Event::Text(t) | Event::Code(t) => {
                for &i in &open {
                    out[i].text.push_str(&t);
                }
            }
            _ => {}
        }
    }
    out
}

/// A `##` heading of a text, for a table of contents.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Heading {
    pub id: String,
    pub text: String,
}

/// Where the relative links of a text lead. A text is written for its own
/// page, but is also shown elsewhere (a print folder, a page in another
/// language), so its relative links are made to lead where they were
/// meant to from anywhere.
#[derive(Debug, Clone, Default)]
pub struct LinkBase<'a> {
    /// Put before every resolved link: empty on the web (links stay
    /// root-relative), `https://example.pl` in print, whose links must
    /// work from a PDF.
    pub origin: String,
    /// The folder of the text's own page in the language it is shown in
    /// (`/kraj/en/partners/krakow/`).
    pub page: String,
    /// The folder the files beside the text are published in
    /// (`/kraj/partners/krakow/`).
    pub files: String,
    /// The names of those files.
    pub names: Vec<&'a str>,
    /// Photos beside the text, shown in their resized copies.
    pub photos: Vec<(&'a str, PhotoRef)>,
    /// Set when the text is shown in a partner's own language, in which
    /// the site has only its partners' pages in that language.
    pub elsewhere: Option<Elsewhere<'a>>,
}

/// Where a link from a page in a partner's own language leads when the
/// page it would lead to in that language is not made: to the same page
/// in the language the site's navigation takes from there.
#[derive(Debug, Clone)]
pub struct Elsewhere<'a> {
    /// The language's folder (`/kraj/ka/`).
    pub folder: String,
    /// The pages made in the language (`/kraj/ka/partners/rustavi/`).
    pub pages: &'a OwnPages,
    /// The folder of the text's page in the navigation's language
    /// (`/kraj/partners/rustavi/`).
    pub page: String,
}

/// The pages made in a language the site is not built in (its partners'
/// own), looked up by link with or without the trailing slash. A set,
/// made once per render: a large site's partner-only language has a
/// thousand of them, and its texts link to partners on every page.
#[derive(Debug, Default)]
pub struct OwnPages(std::collections::HashSet<String>);

impl OwnPages {
    pub fn new(links: impl IntoIterator<Item = String>) -> OwnPages {
        OwnPages(
            links
                .into_iter()
                .map(|mut link| {
                    link.truncate(link.trim_end_matches('/').len());
                    link
                })
                .collect(),
        )
    }

    fn contains(&self, link: &str) -> bool {
        self.0.contains(link.trim_end_matches('/'))
    }
}

/// A photo's resized copies, for an `<img>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhotoRef {
    pub src: String,
    pub srcset: String,
    pub width: u32,
    pub height: u32,
    /// Loaded when scrolled to (web pages: a text is below the fold), or
    /// at once (print: every photo must be there when printing).
    pub lazy: bool,
}

impl PhotoRef {
    /// An `<img>` for a photo in a text.
    pub fn img(&self, alt: &str) -> String {
        let mut img = format!("<img src=\"{}\"", escape(&self.src));
        if !self.srcset.is_empty() {
            img.push_str(&format!(
                " srcset=\"{}\" sizes=\"(min-width: 48rem) 48rem, 100vw\"",
                escape(&self.srcset)
            ));
        }
        img.push_str(&format!(
            " width=\"{}\" height=\"{}\" alt=\"{}\"",
            self.width,
            self.height,
            escape(alt)
        ));
        if self.lazy {
            img.push_str(" loading=\"lazy\" decoding=\"async\"");
        }
        img.push('>');
        img
    }
}

impl LinkBase<'_> {
    /// The photo beside the text an image of the text shows, if any.
    pub fn photo(&self, dest: &str) -> Option<&PhotoRef> {
        named(&self.photos, |(name, _)| name, &file_name(dest)).map(|(_, photo)| photo)
    }

    /// The address a link written in the text leads to; addresses that
    /// are not relative (`/…`, `#…`, `https:…`, `mailto:…`) stay as written,
    /// and so does a relative one that climbs above the site.
    pub fn resolve(&self, dest: &str) -> String {
        if dest.is_empty() || dest.starts_with(['/', '#']) || has_scheme(dest) {
            return dest.to_string();
        }
        let split = byte_at(dest, |b| matches!(b, b'?' | b'#')).unwrap_or(dest.len());
        let (path, suffix) = dest.split_at(split);
        let name = file_name(path);
        let mut link = String::with_capacity(self.origin.len() + self.page.len() + dest.len());
        link.push_str(&self.origin);
        if let Some(&file) = named(&self.names, |name| name, &name) {
            // Written as a file of the folder: published once, in the
            // default language's folder; as written, or, written in other
            // capitals, as the file is named.
            link.push_str(&self.files);
            link.push_str(match file == name {
                true => path.strip_prefix("./").unwrap_or(path),
                false => file,
            });
        } else if !normalize_into(&mut link, &[self.page.as_str(), path].concat()) {
            return dest.to_string();
        } else if let Some(elsewhere) = &self.elsewhere {
            let led = &link[self.origin.len()..];
            if led.starts_with(&elsewhere.folder) && !elsewhere.pages.contains(led) {
                link.truncate(self.origin.len());
                if !normalize_into(&mut link, &[elsewhere.page.as_str(), path].concat()) {
                    return dest.to_string();
                }
            }
        }
        link.push_str(suffix);
        link
    }
}

/// Of `items`, the one whose name `written` is: the same, or else the
/// only one that differs from it in capitals alone. A link written as
/// `Plan.PDF` for `plan.pdf` works on the system it was written on, which
/// does not tell capitals apart; the web server does.
fn named<'i, T>(items: &'i [T], name: impl Fn(&T) -> &str, written: &str) -> Option<&'i T> {
    if let Some(same) = items.iter().find(|item| name(item) == written) {
        return Some(same);
    }
    let mut alike = items.iter().filter(|item| {
        // Compared a character at a time, without a copy of either.
        let (a, b) = (name(item), written);
        a.chars()
            .flat_map(char::to_lowercase)
            .eq(b.chars().flat_map(char::to_lowercase))
    });
    match (alike.next(), alike.next()) {
        (Some(one), None) => Some(one),
        _ => None,
    }
}

/// A link to a file beside the text as the file is named on disk: `./`
/// dropped, `%20` and the like decoded (`plan%20B.pdf` → `plan B.pdf`).
fn file_name(dest: &str) -> std::borrow::Cow<'_, str> {
    let dest = dest.strip_prefix("./").unwrap_or(dest);
    percent_encoding::percent_decode_str(dest).decode_utf8_lossy()
}

/// `mailto:`, `https:`, `tel:` …: a scheme before any `/`, `?` or `#`.
pub fn has_scheme(dest: &str) -> bool {
    let end = byte_at(dest, |b| matches!(b, b'/' | b'?' | b'#')).unwrap_or(dest.len());
    dest.as_bytes()[..end].contains(&b':')
}

/// Where the first ASCII character `wanted` takes is in `text`: links are
/// short, read a byte at a time rather than searched for a character.
fn byte_at(text: &str, wanted: impl Fn(u8) -> bool) -> Option<usize> {
    text.bytes().position(wanted)
}

/// Resolves `.` and `..` segments of a path; None when they climb above
/// its top.
pub fn normalize(path: &str) -> Option<String> {
    let mut out = String::with_capacity(path.len());
    normalize_into(&mut out, path).then_some(out)
}

/// Writes `path` to `out`, its `.` and `..` segments resolved; false, with
/// `out` as it was, when they climb above its top.
fn normalize_into(out: &mut String, path: &str) -> bool {
    let before = out.len();
    // The segments kept, joined by `/` as they are kept; a segment has no
    // `/` of its own, so the last one starts after the last `/`.
    let mut kept = 0;
    // The empty segment before a leading `/` is the top.
    let top = usize::from(path.starts_with('/'));
    let bytes = path.as_bytes();
    let mut start = 0;
    loop {
        // Segments are short: cut a byte at a time rather than searched for.
        let end = bytes[start..]
            .iter()
            .position(|&b| b == b'/')
            .map_or(bytes.len(), |i| start + i);
        let last = end == bytes.len();
        let segment = &path[start..end];
        start = end + 1;
        let segment = match segment {
            "." if !last => continue,
            "." => "",
            ".." => {
                if kept <= top {
                    out.truncate(before);
                    return false;
                }
                let up = out.as_bytes()[before..].iter().rposition(|&b| b == b'/');
                out.truncate(before + up.unwrap_or(0));
                kept -= 1;
                if !last {
                    continue;
                }
                ""
            }
            s => s,
        };
        if kept > 0 {
            out.push('/');
        }
        out.push_str(segment);
        kept += 1;
        if last {
            return true;
        }
    }
}

/// Renders Markdown; `##` headings get ids (and are returned), other
/// headings get ids too, all unique within the text.
pub fn to_html(markdown: &str) -> (String, Vec<Heading>) {
    to_html_in(markdown, None)
}

/// Renders a text of the site, its relative links resolved from `base`.
pub fn to_html_in(markdown: &str, base: Option<&LinkBase>) -> (String, Vec<Heading>) {
    let (html, headings, _) = render(markdown, base, None);
    (html, headings)
}

/// [`to_html_in`], and the text's [`words`] gathered from the same
/// reading of it.
pub fn to_html_and_words(markdown: &str, base: Option<&LinkBase>) -> (String, String) {
    let (html, _, words) = render(markdown, base, Some(Words::default()));
    (html, words.map(Words::into_string).unwrap_or_default())
}

fn render(
    markdown: &str,
    base: Option<&LinkBase>,
    words: Option<Words>,
) -> (String, Vec<Heading>, Option<Words>) {
    let (html, rendering) = rendered(markdown, base, words);
    (html, rendering.headings, rendering.words)
}

/// The HTML of a text, and what its rendering found.
fn rendered<'m, 'b>(
    markdown: &'m str,
    base: Option<&'b LinkBase<'b>>,
    words: Option<Words>,
) -> (String, Rendering<'m, 'b>) {
    let mut rendering = Rendering {
        parser: Parser::new_ext(markdown, OPTIONS),
        base,
        held: std::collections::VecDeque::new(),
        headings: Vec::new(),
        used: rustc_hash::FxHashSet::default(),
        next: rustc_hash::FxHashMap::default(),
        words,
        photo_shown: false,
    };
    let mut html_out = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut html_out, rendering.by_ref());
    (html_out, rendering)
}

/// A text rendered once for the web and for print, whose renderings
/// differ only in the site's origin (`https://example.pl`) that print
/// puts before the links it resolves: there the shared HTML holds a
/// mark, which each fills in. A partner's page and folder in one
/// language read its profile text once so.
#[derive(Debug)]
pub struct Shared {
    html: String,
}

/// The mark put where the origin goes: a NUL, which a link's address
/// is written with as `%00`.
const ORIGIN_MARK: &str = "\0";
const WRITTEN_MARK: &str = "%00";

impl Shared {
    /// The text rendered with its links resolved from `base` but without
    /// its origin, and its words, when `words`. None when the renderings
    /// could differ otherwise: the text shows a photo beside it (whose
    /// copies are others in print), or holds the mark as it is written.
    pub fn render(
        markdown: &str,
        base: &LinkBase,
        words: bool,
    ) -> Option<(Shared, Option<String>)> {
        if memchr::memmem::find(markdown.as_bytes(), WRITTEN_MARK.as_bytes()).is_some()
            || memchr::memmem::find(markdown.as_bytes(), ORIGIN_MARK.as_bytes()).is_some()
            || base.photos.iter().any(|(name, _)| markdown.contains(name))
        {
            return None;
        }
        let marked = LinkBase {
            origin: ORIGIN_MARK.to_string(),
            ..base.clone()
        };
        let (html, rendering) = rendered(markdown, Some(&marked), words.then(Words::default));
        if rendering.photo_shown {
            return None;
        }
        Some((Shared { html }, rendering.words.map(Words::into_string)))
    }

    /// The HTML with `origin` where its links take it: as
    /// [`to_html_in`] renders the text from a base of that origin.
    pub fn html(&self, origin: &str) -> String {
        let mut written = String::with_capacity(origin.len());
        // Writing into a `String` cannot fail.
        let _ = pulldown_cmark_escape::escape_href(&mut written, origin);
        // Found with memchr's searcher: `str::replace`'s took 20 million
        // instructions here on the 1,000-page synthetic site.
        let mut html = String::with_capacity(self.html.len() + 8 * written.len());
        let mut copied = 0;
        for at in memchr::memmem::find_iter(self.html.as_bytes(), WRITTEN_MARK) {
            html.push_str(&self.html[copied..at]);
            html.push_str(&written);
            copied = at + WRITTEN_MARK.len();
        }
        html.push_str(&self.html[copied..]);
        html
    }
}

/// A text's events as they are written: links resolved, photos beside the
/// text shown in their copies, and every heading with an id of its own.
/// A heading is held back until its end, as its id is made of its text;
/// everything else passes straight through.
struct Rendering<'m, 'b> {
    parser: Parser<'m>,
    base: Option<&'b LinkBase<'b>>,
    /// A heading's events after its start.
    held: std::collections::VecDeque<Event<'m>>,
    /// The second-level headings, for the table of contents.
    headings: Vec<Heading>,
    /// The ids given so far.
    used: rustc_hash::FxHashSet<String>,
    /// The number to try next after an id already taken: counting on
    /// from the last one keeps a text of many equal headings linear.
    next: rustc_hash::FxHashMap<String, usize>,
    /// The text's words, when they are wanted too.
    words: Option<Words>,
    /// Whether a photo beside the text was shown in its copies.
    photo_shown: bool,
}

impl<'m> Rendering<'m, '_> {
    /// The parser's next event, its words taken when they are wanted.
    fn read(&mut self) -> Option<Event<'m>> {
        let event = self.parser.next()?;
        if let (Some(words), Event::Text(text) | Event::Code(text)) = (&mut self.words, &event) {
            words.plain(text);
        }
        Some(event)
    }

    /// The next event with its links resolved from the base.
    fn linked(&mut self) -> Option<Event<'m>> {
        let event = self.read()?;
        let Some(base) = self.base else {
            return Some(event);
        };
        Some(match event {
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => Event::Start(Tag::Link {
                link_type,
                dest_url: base.resolve(&dest_url).into(),
                title,
                id,
            }),
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => match base.photo(&dest_url) {
                Some(photo) => {
                    // The image's text, up to its end, is the photo's alt.
                    let mut alt = String::new();
                    while let Some(event) = self.read() {
                        match event {
                            Event::End(TagEnd::Image) => break,
                            Event::Text(t) | Event::Code(t) => alt.push_str(&t),
                            _ => {}
                        }
                    }
                    self.photo_shown = true;
                    Event::InlineHtml(photo.img(&alt).into())
                }
                None => Event::Start(Tag::Image {
                    link_type,
                    dest_url: base.resolve(&dest_url).into(),
                    title,
                    id,
                }),
            },
            other => other,
        })
    }

    /// A heading's id: the one written (`{#id}`), else its text's slug,
    /// numbered on when taken.
    fn unique_id(&mut self, written: Option<&str>, text: &str) -> String {
        let base = match written {
            Some(id) => id.to_string(),
            None => match slugify(text) {
                s if s.is_empty() => "section".to_string(),
                s => s,
            },
        };
        let mut unique = base.clone();
        let n = self.next.entry(base.clone()).or_insert(2);
        while !self.used.insert(unique.clone()) {
            unique = format!("{base}-{n}");
            *n += 1;
        }
        unique
    }
}

impl<'m> Iterator for Rendering<'m, '_> {
    type Item = Event<'m>;

    fn next(&mut self) -> Option<Event<'m>> {
        if let Some(event) = self.held.pop_front() {
            return Some(event);
        }
        let event = self.linked()?;
        let Event::Start(Tag::Heading {
            level,
            id,
            classes,
            attrs,
        }) = event
        else {
            return Some(event);
        };
        let mut text = String::new();
        while let Some(event) = self.linked() {
            let end = matches!(event, Event::End(TagEnd::Heading(_)));
            if let Event::Text(t) | Event::Code(t) = &event {
                text.push_str(t);
            }
            self.held.push_back(event);
            if end {
                break;
            }
        }
        let id = self.unique_id(id.as_deref(), &text);
        if level == HeadingLevel::H2 {
            self.headings.push(Heading {
                id: id.clone(),
                text,
            });
        }
        Some(Event::Start(Tag::Heading {
            level,
            id: Some(id.into()),
            classes,
            attrs,
        }))
    }
}

/// A text without its markup, paragraphs on lines of their own: for
/// calendars and search engines' descriptions.
pub fn plain(markdown: &str) -> String {
    let mut out = String::new();
    for event in Parser::new_ext(markdown, OPTIONS) {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::End(TagEnd::Paragraph | TagEnd::Item | TagEnd::Heading(_)) => out.push('\n'),
            _ => {}
        }
    }
    out.trim().to_string()
}

/// The words of texts, lowercased, each once, in the order they first
/// come, joined by spaces: what a search index needs of them.
#[derive(Default)]
pub struct Words {
    joined: String,
    /// Where each word is in `joined`, by the word's hash: found with one
    /// hash, and kept without a copy.
    seen: hashbrown::HashTable<(usize, usize)>,
    /// A word being lowercased, kept to reuse its memory.
    lower: String,
}

impl Words {
    /// Adds the words of a Markdown text, without its markup.
    pub fn markdown(&mut self, markdown: &str) {
        for event in Parser::new_ext(markdown, OPTIONS) {
            if let Event::Text(text) | Event::Code(text) = event {
                self.plain(&text);
            }
        }
    }

    /// Adds words already found, lowercased and joined by spaces (what
    /// [`Words::into_string`] gives).
    pub fn found(&mut self, words: &str) {
        for word in words.split(' ').filter(|w| !w.is_empty()) {
            self.word(word, false);
        }
    }

    /// Adds the words of a plain text (a name, a label): each run of
    /// letters and digits, lowercased when it has a capital.
    pub fn plain(&mut self, text: &str) {
        let bytes = text.as_bytes();
        let mut at = 0;
        loop {
            // Up to the next letter or digit.
            let from = loop {
                let Some(&byte) = bytes.get(at) else {
                    return;
                };
                let (class, len) = letters::class_at(text, byte, at);
                if class & letters::WORD != 0 {
                    break at;
                }
                at += len;
            };
            // The word, up to what is neither.
            let mut capital = false;
            while let Some(&byte) = bytes.get(at) {
                let (class, len) = letters::class_at(text, byte, at);
                if class & letters::WORD == 0 {
                    break;
                }
                capital |= class & letters::CAPITAL != 0;
                at += len;
            }
            self.word(&text[from..at], capital);
        }
    }

    fn word(&mut self, word: &str, capital: bool) {
        let Words {
            joined,
            seen,
            lower,
        } = self;
        let word = if capital {
            lower.clear();
            if word.is_ascii() {
                lower.push_str(word);
                lower.make_ascii_lowercase();
            } else if word.contains('Σ') {
                // The whole word at once: a final capital sigma becomes ς.
                lower.push_str(&word.to_lowercase());
            } else {
                // Without a sigma each character lowers alike wherever it
                // is: lowered in place, without a string of its own.
                lower.extend(word.chars().flat_map(char::to_lowercase));
            }
            lower.as_str()
        } else {
            word
        };
        use std::hash::BuildHasher as _;
        let hash = |word: &str| rustc_hash::FxBuildHasher.hash_one(word);
        let at = hash(word);
        if seen
            .find(at, |&(from, to)| &joined[from..to] == word)
            .is_none()
        {
            if !joined.is_empty() {
                joined.push(' ');
            }
            if seen.capacity() == 0 {
                // Room for a text's words at once, not grown a few at a
                // time, each growth finding every word's place again.
                seen.reserve(WORDS_AT_ONCE, |&(from, to)| hash(&joined[from..to]));
            }
            let from = joined.len();
            joined.push_str(word);
            seen.insert_unique(at, (from, joined.len()), |&(from, to)| {
                hash(&joined[from..to])
            });
        }
    }

    /// The words, separated by a space.
    pub fn into_string(self) -> String {
        self.joined
    }
}

/// How many different words [`Words`] makes room for at first: those of
/// a text of several hundred words.
const WORDS_AT_ONCE: usize = 256;

/// The words of a Markdown text, lowercased, each once, in the order they
/// first come, separated by a space.
pub fn words(markdown: &str) -> String {
    let mut words = Words::default();
    words.markdown(markdown);
    words.into_string()
}

/// Markdown of one short paragraph, without the `<p>` around it.
pub fn inline(markdown: &str) -> String {
    let (html, _) = to_html(markdown);
    let trimmed = html.trim();
    match trimmed
        .strip_prefix("<p>")
        .and_then(|s| s.strip_suffix("</p>"))
    {
        Some(inner) if !inner.contains("<p>") => inner.to_string(),
        _ => trimmed.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`normalize`] as it was written first: the segments collected,
    /// then joined.
    fn normalize_by_segments(path: &str) -> Option<String> {
        let mut out: Vec<&str> = Vec::new();
        let segments: Vec<&str> = path.split('/').collect();
        let last = segments.len() - 1;
        for (i, s) in segments.iter().enumerate() {
            match *s {
                "." => {
                    if i == last {
                        out.push("");
                    }
                }
                ".." => {
                    if out.len() <= usize::from(path.starts_with('/')) {
                        return None;
                    }
                    out.pop();
                    if i == last {
                        out.push("");
                    }
                }
                s => out.push(s),
            }
        }
        Some(out.join("/"))
    }

    #[test]
    fn paths_resolve_as_by_their_segments() {
        let pieces = ["/", ".", "..", "a", "bc", "", "./", "../", "/.", "x.y"];
        let mut seed = 7u64;
        for _ in 0..20_000 {
            let mut path = String::new();
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            for k in 0..(seed >> 60) {
                path.push_str(pieces[((seed >> (4 * k)) % pieces.len() as u64) as usize]);
            }
            assert_eq!(normalize(&path), normalize_by_segments(&path), "{path:?}");
            // After what is written before it, which it never climbs into.
            let mut out = "https://a.example/b".to_string();
            let fine = normalize_into(&mut out, &path);
            match normalize_by_segments(&path) {
                Some(resolved) => assert_eq!(out, format!("https://a.example/b{resolved}")),
                None => assert!(!fine && out == "https://a.example/b", "{path:?}"),
            }
        }
    }

    #[test]
    fn plain_text_keeps_words_and_paragraphs_not_markup() {
        assert_eq!(
            plain("Wizyta w [Poissy](https://poissy.fr), *trzy* dni.\n\n- jeden\n- dwa"),
            "Wizyta w Poissy, trzy dni.\njeden\ndwa"
        );
    }

    #[test]
    fn words_are_the_texts_each_once_without_markup() {
        assert_eq!(
            words("Partnerstwo z [Poissy](https://poissy.fr) — *Poissy* i `Łódź`, 2024."),
            "partnerstwo z poissy i łódź 2024"
        );
        let mut words = Words::default();
        words.markdown("KRAKÓW, Kraków i **ŁÓDŹ**: ΟΔΟΣ");
        words.plain("Łódź kraków Youth-Exchange");
        assert_eq!(words.into_string(), "kraków i łódź οδος youth exchange");
        // Lowercase words are taken as they are, others lowercased whole;
        // a titlecase letter (ǅ) is a capital too; Georgian has no case.
        let mut words = Words::default();
        words.plain("rustavi რუსთავი ǅemal ǆemal ΣΟΦΟΣ σοφος 3D");
        assert_eq!(words.into_string(), "rustavi რუსთავი ǆemal σοφος 3d");
        // Lowered a character at a time but for a sigma, as a whole word
        // lowers: a capital İ becomes two characters.
        for word in [
            "İstanbul",
            "ÅSA",
            "Ǆemal",
            "ΟΔΟΣ",
            "ΣΟΦΟΣ",
            "ΣΑ",
            "Straße",
            "ὈΔΥΣΣΕΎΣ",
        ] {
            let mut words = Words::default();
            words.plain(word);
            assert_eq!(words.into_string(), word.to_lowercase(), "{word}");
        }
    }

    #[test]
    fn words_found_while_rendering_are_the_texts_words() {
        let texts = [
            "## Współpraca *szkół*\n\nWizyta w [Poissy](../poissy/) i `Łódź`.\n\n| A | B |\n|---|---|\n| İstanbul | ΣΟΦΟΣ |\n",
            "- KRAKÓW\n- **Kraków** and foo**bar**baz\n\n> quoted [^1]\n\n[^1]: Note\n",
            // A photo beside the text: its alt text is among the words.
            "Na rynku: ![Rynek *w* Krakowie](rynek.jpg) i ![plan](plan.png)\n",
            "",
        ];
        for md in texts {
            let (html, words_too) = to_html_and_words(md, Some(&base()));
            assert_eq!(html, to_html_in(md, Some(&base())).0);
            assert_eq!(words_too, words(md), "{md}");
            // Added to other words, as they were found in the text.
            let mut joined = Words::default();
            joined.plain("Poissy partnerstwo");
            joined.found(&words_too);
            let mut read = Words::default();
            read.plain("Poissy partnerstwo");
            read.markdown(md);
            assert_eq!(joined.into_string(), read.into_string());
        }
    }

    #[test]
    fn headings_get_unique_ids() {
        let (html, headings) = to_html("## Współpraca\n\ntext\n\n## Współpraca\n");
        assert!(
            html.contains(r#"<h2 id="wspolpraca">Współpraca</h2>"#),
            "{html}"
        );
        assert!(html.contains(r#"<h2 id="wspolpraca-2">"#));
        assert_eq!(headings.len(), 2);
        // A written id is kept clear of, and many equal headings stay
        // quick to number.
        let (html, _) = to_html("## A {#a-2}\n\n## A\n\n## A\n\n## A\n");
        assert!(html.contains(r#"<h2 id="a-3">"#) && html.contains(r#"<h2 id="a-4">"#));
        let (_, headings) = to_html(&"## Same\n\n".repeat(20_000));
        assert_eq!(headings[19_999].id, "same-20000");
    }

    #[test]
    fn links_and_images_are_found_with_their_text() {
        let md = "See [Poissy](../poissy/#history).\n\n![](photo.jpg) and ![A *bridge*](b.png)\n";
        let found = links(md);
        assert_eq!(found.len(), 3);
        assert_eq!(found[0].dest, "../poissy/#history");
        assert_eq!(found[0].text, "Poissy");
        assert!(!found[0].image);
        assert_eq!(&md[found[1].offset..found[1].offset + 2], "![");
        assert!(found[1].image && found[1].text.is_empty());
        assert_eq!(found[2].text, "A bridge");
    }

    fn base() -> LinkBase<'static> {
        LinkBase {
            origin: String::new(),
            page: "/kraj/en/partners/krakow/".into(),
            files: "/kraj/partners/krakow/".into(),
            names: vec!["plan.pdf"],
            photos: vec![(
                "rynek.jpg",
                PhotoRef {
                    src: "/kraj/partners/krakow/rynek-800w.jpg".into(),
                    srcset: "/kraj/partners/krakow/rynek-480w.jpg 480w, /kraj/partners/krakow/rynek-800w.jpg 800w".into(),
                    width: 800,
                    height: 600,
                    lazy: true,
                },
            )],
            elsewhere: None,
        }
    }

    /// A photo or file named in other capitals is the one meant, as on
    /// the system the text was written on; of two so named, neither.
    #[test]
    fn files_named_in_other_capitals_are_the_ones_meant() {
        let (html, _) = to_html_in("![Rynek](Rynek.JPG) [Plan](./PLAN.pdf)", Some(&base()));
        assert!(
            html.contains("<img src=\"/kraj/partners/krakow/rynek-800w.jpg\""),
            "{html}"
        );
        assert!(
            html.contains("href=\"/kraj/partners/krakow/plan.pdf\""),
            "{html}"
        );
        let mut two = base();
        two.names = vec!["plan.pdf", "Plan.pdf"];
        let (html, _) = to_html_in("[Plan](PLAN.pdf) [plan](Plan.pdf)", Some(&two));
        assert!(
            html.contains("href=\"/kraj/en/partners/krakow/PLAN.pdf\""),
            "{html}"
        );
        assert!(
            html.contains("href=\"/kraj/partners/krakow/Plan.pdf\""),
            "{html}"
        );
    }

    #[test]
    fn a_photo_beside_the_text_is_shown_in_its_copies() {
        let (html, _) = to_html_in("![Rynek \"nocą\" & *w lecie*](./rynek.jpg)", Some(&base()));
        assert_eq!(
            html.trim(),
            "<p><img src=\"/kraj/partners/krakow/rynek-800w.jpg\" srcset=\"/kraj/partners/krakow/rynek-480w.jpg 480w, /kraj/partners/krakow/rynek-800w.jpg 800w\" sizes=\"(min-width: 48rem) 48rem, 100vw\" width=\"800\" height=\"600\" alt=\"Rynek &quot;nocą&quot; &amp; w lecie\" loading=\"lazy\" decoding=\"async\"></p>"
        );
        // Other images are left to the browser, their address resolved.
        let (html, _) = to_html_in("![Mapa](mapa.png)", Some(&base()));
        assert!(
            html.contains("src=\"/kraj/en/partners/krakow/mapa.png\""),
            "{html}"
        );
    }

    #[test]
    fn a_shared_text_renders_as_it_would_for_the_web_and_for_print() {
        let web = LinkBase {
            photos: Vec::new(),
            ..base()
        };
        let print = LinkBase {
            origin: "https://example.cz:8080".into(),
            ..web.clone()
        };
        let texts = [
            "## Partners\n\n[Győr](../gyor/) and [plan](./plan.pdf#page=2), [home](/kraj/), [top](#top), [web](https://x.eu/a?b=1&c='d') and [mail](mailto:a@b.cz).\n\n![Map](mapa.png \"Title\")\n\n- [x](../../../../../x/) `code` <b>html</b>\n\n| a | [b](../b/) |\n|---|---|\n| 1 | 2 |\n",
            "Plain text, no links at all.",
            "[Ž & 'quote'](../ž ůl/)",
            "",
        ];
        for text in texts {
            let (shared, words) = Shared::render(text, &print, true).expect(text);
            assert_eq!(shared.html(&print.origin), to_html_in(text, Some(&print)).0);
            assert_eq!(shared.html(""), to_html_in(text, Some(&web)).0);
            assert_eq!(words, Some(self::words(text)));
            assert!(Shared::render(text, &web, false).is_some_and(|(_, w)| w.is_none()));
        }
        // A photo beside the text is shown in other copies in print; the
        // mark as written would be taken for the mark.
        for text in [
            "![Rynek](./rynek.jpg)",
            "![Rynek](rynek%2Ejpg)",
            "[x](a%00b)",
            "a\0b",
        ] {
            assert!(Shared::render(text, &base(), false).is_none(), "{text}");
        }
        // A photo's name in the text but not shown: not shared either.
        assert!(Shared::render("rynek.jpg", &base(), false).is_none());
        let unnamed = LinkBase {
            photos: vec![("x.jpg", base().photos[0].1.clone())],
            ..base()
        };
        assert!(Shared::render("![Rynek](./x%2Ejpg)", &unnamed, false).is_none());
    }

    /// From a page in a partner's own language, a link leads to the page
    /// in that language when it is made, else to the navigation's.
    #[test]
    fn links_from_a_partners_own_language_lead_to_pages_that_are_made() {
        let made = OwnPages::new([
            "/kraj/ka/partners/krakow/".to_string(),
            "/kraj/ka/partners/rustavi".to_string(),
        ]);
        let ka = LinkBase {
            page: "/kraj/ka/partners/krakow/".into(),
            elsewhere: Some(Elsewhere {
                folder: "/kraj/ka/".into(),
                pages: &made,
                page: "/kraj/partners/krakow/".into(),
            }),
            ..base()
        };
        for (written, led) in [
            ("../rustavi/", "/kraj/ka/partners/rustavi/"),
            ("../rustavi", "/kraj/ka/partners/rustavi"),
            ("../gyor/#history", "/kraj/partners/gyor/#history"),
            ("../gyor/plan.pdf", "/kraj/partners/gyor/plan.pdf"),
            ("../../activities/", "/kraj/activities/"),
            ("./#facts", "/kraj/ka/partners/krakow/#facts"),
            ("plan.pdf", "/kraj/partners/krakow/plan.pdf"),
            ("../../../en/", "/kraj/en/"),
        ] {
            assert_eq!(ka.resolve(written), led, "{written}");
        }
        let print = LinkBase {
            origin: "https://example.cz".into(),
            ..ka
        };
        assert_eq!(
            print.resolve("../gyor/"),
            "https://example.cz/kraj/partners/gyor/"
        );
    }

    #[test]
    fn relative_links_lead_where_they_were_meant_to_from_anywhere() {
        let b = base();
        assert_eq!(
            b.resolve("../gyor/#history"),
            "/kraj/en/partners/gyor/#history"
        );
        assert_eq!(b.resolve("plan.pdf"), "/kraj/partners/krakow/plan.pdf");
        assert_eq!(
            b.resolve("./plan.pdf#page=2"),
            "/kraj/partners/krakow/plan.pdf#page=2"
        );
        assert_eq!(b.resolve("../../"), "/kraj/en/");
        let spaced = LinkBase {
            names: vec!["plan B.pdf"],
            ..base()
        };
        assert_eq!(
            spaced.resolve("plan%20B.pdf"),
            "/kraj/partners/krakow/plan%20B.pdf"
        );
        for kept in [
            "/kraj/",
            "#top",
            "https://x.eu/",
            "mailto:a@b.cz",
            "../../../../../x/",
        ] {
            assert_eq!(b.resolve(kept), kept);
        }
        let print = LinkBase {
            origin: "https://example.cz".into(),
            ..base()
        };
        assert_eq!(
            print.resolve("../gyor/"),
            "https://example.cz/kraj/en/partners/gyor/"
        );
        let (html, _) = to_html_in("[Győr](../gyor/) ![Plán](plan.pdf)", Some(&b));
        assert!(html.contains(r#"href="/kraj/en/partners/gyor/""#), "{html}");
        assert!(
            html.contains(r#"src="/kraj/partners/krakow/plan.pdf""#),
            "{html}"
        );
    }

    #[test]
    fn tables_render() {
        let (html, _) = to_html("| a | b |\n|---|---|\n| 1 | 2 |\n");
        assert!(html.contains("<table>"));
    }

    #[test]
    fn inline_drops_the_paragraph() {
        assert_eq!(inline("Hello *world*"), "Hello <em>world</em>");
    }
}
