//! How deep a Markdown text nests: bounded by a count of its markup in
//! one pass, and parsed only when the bound is above the limit.

use std::path::Path;

use pulldown_cmark::{Event, Parser};

use super::{MARKDOWN, MARKDOWN_DEPTH};
use crate::error::Diagnostic;

/// Checks how deep a Markdown text nests, counting its quotes, lists,
/// emphasis and the elements of HTML written in it; `line_offset` is the
/// number of lines before the text in `file` (its front matter).
pub fn markdown(file: &Path, text: &str, line_offset: usize) -> Result<(), Diagnostic> {
    match markdown_nests_too_deep(text) {
        None => Ok(()),
        Some(at) => {
            let (line, column) = crate::source::position_of_byte(text.as_bytes(), at);
            Err(markdown_too_deep(file, line + line_offset, column))
        }
    }
}

/// Where a Markdown text (from a file or a YAML field) first nests more
/// than [`MARKDOWN_DEPTH`] deep, as a byte offset, if it does.
pub fn markdown_nests_too_deep(text: &str) -> Option<usize> {
    // Most texts are seen to be shallow without parsing them.
    if depth_bound(text) <= MARKDOWN_DEPTH {
        return None;
    }
    let mut depth: usize = 0;
    for (event, range) in Parser::new_ext(text, MARKDOWN).into_offset_iter() {
        match event {
            Event::Start(_) => depth += 1,
            Event::End(_) => depth = depth.saturating_sub(1),
            Event::Html(html) | Event::InlineHtml(html) => {
                let (peak, net) = html_depth(&html);
                if depth + peak <= MARKDOWN_DEPTH {
                    depth = depth.saturating_add_signed(net);
                    continue;
                }
                depth += peak;
            }
            _ => continue,
        }
        if depth > MARKDOWN_DEPTH {
            return Some(range.start);
        }
    }
    None
}

/// Levels every text may have, whatever its markup: a paragraph, heading
/// or block of code or HTML; a table, its head or row, and a cell.
const LEAF_LEVELS: usize = 4;

/// A bound on how deep a Markdown text nests, found in one pass over its
/// bytes without parsing it: never less than the depth
/// [`markdown_nests_too_deep`] counts.
///
/// Each level needs markup of its own. A quote, list or footnote nested in
/// another starts on a line with a marker (`>`, `-`, `1.`) or
/// indentation for each level above it, at least one column a level, so
/// the widest run of such marks at the start of a line bounds them (a tab
/// counts its four columns). Emphasis, links and the like inside one
/// another each open with a character of `*_~[^`, and stay within a
/// paragraph, so the most of those in a run of lines without a blank one
/// bounds them. Each HTML element opens with a `<`, and may stay open
/// across paragraphs, so every `<` in the text counts.
fn depth_bound(text: &str) -> usize {
    let (mut blocks, mut inline, mut in_run, mut html) = (0, 0, 0, 0);
    for line in lines(text.as_bytes()) {
        blocks = blocks.max(line_start(line));
        // Blank as Markdown has it: spaces and tabs only.
        if line.iter().all(|&b| b == b' ' || b == b'\t') {
            in_run = 0;
            continue;
        }
        let (opening, tags) = marks(line);
        in_run += opening;
        html += tags;
        inline = inline.max(in_run);
    }
    [blocks, inline, html]
        .into_iter()
        .fold(LEAF_LEVELS, usize::saturating_add)
}

/// How many characters of a line may open emphasis, a link or the like
/// (`*_~[^`), and how many open an HTML element (`<`). Counted without
/// a branch per byte, in counters of a byte for each run of 255, which
/// the compiler turns into comparisons of many bytes at once.
fn marks(line: &[u8]) -> (usize, usize) {
    let (mut opening, mut tags) = (0, 0);
    for run in line.chunks(255) {
        let (mut o, mut t) = (0u8, 0u8);
        for &b in run {
            o += u8::from(b == b'*')
                + u8::from(b == b'_')
                + u8::from(b == b'~')
                + u8::from(b == b'[')
                + u8::from(b == b'^');
            t += u8::from(b == b'<');
        }
        opening += usize::from(o);
        tags += usize::from(t);
    }
    (opening, tags)
}

/// The lines of a text, each ended by `\n`, `\r\n` or a `\r` alone, as
/// Markdown ends them.
fn lines(text: &[u8]) -> impl Iterator<Item = &[u8]> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = memchr::memchr2(b'\n', b'\r', rest).unwrap_or(rest.len());
        let line = &rest[..end];
        let next = if rest[end..].starts_with(b"\r\n") {
            end + 2
        } else {
            (end + 1).min(rest.len())
        };
        rest = &rest[next..];
        Some(line)
    })
}

/// How many columns of quote and list markers and indentation a line
/// starts with; a line that starts with a footnote's definition
/// (`[^label]:`, which may hold blocks after it on the same line, and
/// whose label has rules of its own) counts as deep as can be, so that a
/// text with one is parsed.
fn line_start(line: &[u8]) -> usize {
    let mut columns = 0;
    for (at, &b) in line.iter().enumerate() {
        match b {
            b'\t' => columns += 4,
            b' ' | b'\x0b' | b'\x0c' | b'>' | b'-' | b'+' | b'*' | b'.' | b')' | b'0'..=b'9' => {
                columns += 1
            }
            b'[' if line.get(at + 1) == Some(&b'^') => return usize::MAX / 2,
            _ => break,
        }
    }
    columns
}

/// The message for a text nested too deep, at its place.
pub fn markdown_too_deep(file: &Path, line: usize, column: usize) -> Diagnostic {
    Diagnostic::new(
        file,
        line,
        column,
        format!("quotes, lists, emphasis or HTML elements are nested more than {MARKDOWN_DEPTH} deep here"),
    )
    .with_help("a text needs only a few levels; look for `>` or indentation repeated by mistake, or HTML tags that are not closed")
}

/// How many elements deeper a piece of HTML goes at most, and how many
/// deeper (or, below zero, shallower) it ends. Comments, elements that have
/// no end (`<br>`, `<img>`, `<x />`) and elements whose end may be left out
/// (`<li>`, `<p>`, `<td>`…, always inside another element) do not count.
fn html_depth(html: &str) -> (usize, isize) {
    const UNCOUNTED: [&str; 29] = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr", "param", "li", "p", "dt", "dd", "tr", "td", "th", "thead", "tbody",
        "tfoot", "option", "optgroup", "rt", "rp", "colgroup",
    ];
    let (mut peak, mut depth) = (0, 0isize);
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        if let Some(comment) = rest.strip_prefix("!--") {
            rest = comment.find("-->").map_or("", |end| &comment[end + 3..]);
            continue;
        }
        let end = rest.find('>').unwrap_or(rest.len());
        let (tag, after) = rest.split_at(end);
        rest = after;
        let (closing, tag) = match tag.strip_prefix('/') {
            Some(name) => (true, name),
            None => (false, tag),
        };
        if !tag.starts_with(|c: char| c.is_ascii_alphabetic()) || (!closing && tag.ends_with('/')) {
            continue;
        }
        let name = tag
            .split(|c: char| !c.is_ascii_alphanumeric())
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        if UNCOUNTED.contains(&name.as_str()) {
            continue;
        }
        if closing {
            depth -= 1;
        } else {
            depth += 1;
            peak = peak.max(usize::try_from(depth).unwrap_or(0));
        }
    }
    (peak, depth)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn markdown_message(text: &str) -> String {
        super::super::refusal(markdown, "en.md", 3, text)
    }

    #[test]
    fn deep_quotes_lists_and_html_are_refused_with_their_place() {
        let quotes = format!("Text.\n\n{} deep\n", ">".repeat(5000));
        let m = markdown_message(&quotes);
        assert!(m.starts_with("en.md:6:"), "{m}");
        let lists: String = (0..3000)
            .map(|i| format!("{}- item\n", "  ".repeat(i)))
            .collect();
        let m = markdown_message(&lists);
        assert!(m.contains("nested more than 64 deep"), "{m}");
        let html = format!("{}x{}", "<div>".repeat(20_000), "</div>".repeat(20_000));
        assert!(markdown_message(&html).starts_with("en.md:4:"));
        // Quotes after a line ended by a carriage return alone, and after
        // footnote labels that a plain reading would misjudge.
        let deep = ">".repeat(100);
        for start in ["x\r", "[^a]:\x0c", "[^a\\]]: "] {
            let text = format!("{start}{deep} x\n");
            assert!(markdown_nests_too_deep(&text).is_some(), "{text:?}");
        }
    }

    /// How deep a text nests, as [`markdown_nests_too_deep`] counts.
    fn parsed_depth(text: &str) -> usize {
        let (mut depth, mut deepest) = (0usize, 0);
        for event in Parser::new_ext(text, MARKDOWN) {
            match event {
                Event::Start(_) => depth += 1,
                Event::End(_) => depth = depth.saturating_sub(1),
                Event::Html(html) | Event::InlineHtml(html) => {
                    let (peak, net) = html_depth(&html);
                    deepest = deepest.max(depth + peak);
                    depth = depth.saturating_add_signed(net);
                }
                _ => {}
            }
            deepest = deepest.max(depth);
        }
        deepest
    }

    #[test]
    fn the_bound_is_never_below_the_depth() {
        // Texts of markup alone, as deep as a few hundred pieces can make
        // them, from a fixed sequence so that a failure repeats: blocks
        // alone, inline markup alone, HTML alone, and all mixed.
        const BLOCKS: [&str; 19] = [
            "> ",
            ">",
            "- ",
            "* ",
            "+ ",
            "1. ",
            "2) ",
            "  ",
            "    ",
            "\t",
            "\n",
            "\n\n",
            "[^a]: ",
            "x ",
            "\r",
            "\r\n",
            "[^a\\]]: ",
            "[^b]:\x0c",
            "-\x0b",
        ];
        const INLINE: [&str; 14] = [
            "*", "**", "_", "__", "~~", "~", "[", "](x)", "![", "[^a]", "x ", "`", "\r\n", "\x0c\n",
        ];
        const HTML: [&str; 6] = ["<div>", "</div>", "<span>", "<br>", "x", "\n\n"];
        const MIXED: [&str; 4] = ["| a | b |\n|---|---|\n| ", "# ", "> - ", "**["];
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        let all: Vec<&str> = [&BLOCKS[..], &INLINE, &HTML, &MIXED].concat();
        for pieces in [&BLOCKS[..], &INLINE, &HTML, &all] {
            for _ in 0..5_000 {
                let text: String = (0..next(300)).map(|_| pieces[next(pieces.len())]).collect();
                let (bound, depth) = (depth_bound(&text), parsed_depth(&text));
                assert!(bound >= depth, "{bound} < {depth} for {text:?}");
            }
        }
        // Ordinary texts are found shallow without parsing.
        let profile = "## Town\n\nA **bold** [link](../x/) and [more](https://example.org/).\n\n- one\n- two\n  - three\n\n| a | b |\n|---|--:|\n| 1 | 2 |\n";
        assert!(depth_bound(&profile.repeat(50)) <= MARKDOWN_DEPTH);
    }

    #[test]
    fn marks_are_counted_as_one_byte_at_a_time_would() {
        let one_at_a_time = |line: &[u8]| {
            let opening = line.iter().filter(|b| b"*_~[^".contains(b)).count();
            (opening, line.iter().filter(|&&b| b == b'<').count())
        };
        const POOL: &[u8] = b"**__~~[^<<a \xc3";
        let mut state: u32 = 0x2545_f491;
        for len in [0, 1, 31, 32, 33, 254, 255, 256, 600, 1_000] {
            for _ in 0..50 {
                // Lines mostly of marks, so that a run of 255 may hold 255.
                let line: Vec<u8> = (0..len)
                    .map(|_| {
                        state ^= state << 13;
                        state ^= state >> 17;
                        state ^= state << 5;
                        POOL[state as usize % POOL.len()]
                    })
                    .collect();
                assert_eq!(marks(&line), one_at_a_time(&line), "{line:?}");
            }
            let all = vec![b'*'; len];
            assert_eq!(marks(&all), (len, 0));
            assert_eq!(marks(&vec![b'<'; len]), (0, len));
        }
    }

    #[test]
    fn ordinary_texts_pass() {
        let text = "# Title\n\n> quote\n> - a\n>   - b\n\n<p>one<br>two<img src=x.jpg/></p>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n";
        assert!(markdown(Path::new("en.md"), text, 0).is_ok());
        let html = format!("{}x{}", "<span>".repeat(40), "</span>".repeat(40));
        assert!(markdown(Path::new("en.md"), &html, 0).is_ok());
        // Comments, left-out end tags and ends of void elements are not
        // levels.
        let comment = format!("<!-- {} -->\n\nText.\n", "<div>".repeat(100));
        assert!(markdown(Path::new("en.md"), &comment, 0).is_ok());
        let items = format!("<ul>{}</ul>\n", "<li>item".repeat(100));
        assert!(markdown(Path::new("en.md"), &items, 0).is_ok());
        let breaks = format!(
            "{}{}x{}",
            "</br>".repeat(100),
            "<div>".repeat(100),
            "</div>".repeat(100)
        );
        assert!(markdown(Path::new("en.md"), &breaks, 0).is_err());
    }
}
