//! What a content file may hold, so that a mistaken or hostile file fails
//! at once with a message saying where, instead of filling the memory or
//! overflowing the stack of a later stage.
//!
//! Text files (YAML and Markdown) are refused above [`super::MAX_TEXT_FILE`]
//! bytes when they are read; photos have their own limits in
//! [`super::images`]. The limits here are about shape: how deep a YAML
//! document or a Markdown text nests, and how much a YAML document's
//! aliases repeat. Content written by hand stays far below all of them.

use std::path::Path;

use pulldown_cmark::Options;
use saphyr_parser::{Event as YamlEvent, ScanError, Span};

use crate::error::Diagnostic;

mod markdown;
pub use markdown::{markdown, markdown_nests_too_deep, markdown_too_deep};

/// The Markdown extensions twinpress reads texts with.
pub const MARKDOWN: Options = Options::ENABLE_TABLES
    .union(Options::ENABLE_FOOTNOTES)
    .union(Options::ENABLE_STRIKETHROUGH)
    .union(Options::ENABLE_HEADING_ATTRIBUTES);

/// Lists and maps inside one another in a YAML document; the content
/// format needs five.
pub const YAML_DEPTH: usize = 32;

/// Values that a YAML document's aliases (`*name`) may add by repeating
/// what an anchor (`&name`) marks; above it a file like the "billion
/// laughs" would expand to more values than the memory holds.
pub const YAML_REPEATS: usize = 10_000;

/// Quotes, lists, emphasis and HTML elements inside one another in a
/// Markdown text (a list nested in a list is two: the list and its item).
pub const MARKDOWN_DEPTH: usize = 64;

/// The shape of a YAML document, checked as its events come: how deep
/// its lists and maps nest, and how many values its aliases repeat.
/// [`crate::source::yaml`] feeds it the events it indexes, so that a
/// document is read once for both.
pub struct YamlShape<'f> {
    file: &'f Path,
    /// Lines before the document's first line in its file.
    line_offset: usize,
    depth: usize,
    repeats: usize,
    /// Values under each anchor.
    sizes: Vec<usize>,
    /// The anchors open now, with the count of values when they opened.
    open: Vec<(usize, usize)>,
    values: usize,
}

impl<'f> YamlShape<'f> {
    /// The shape of a document that starts `line_offset` lines into `file`.
    pub fn new(file: &'f Path, line_offset: usize) -> Self {
        YamlShape {
            file,
            line_offset,
            depth: 0,
            repeats: 0,
            sizes: Vec::new(),
            open: Vec::new(),
            values: 0,
        }
    }

    /// Takes the document's next event, or refuses it there.
    pub fn event(&mut self, event: &YamlEvent, span: &Span) -> Result<(), Diagnostic> {
        let at = || (span.start.line() + self.line_offset, span.start.col() + 1);
        match *event {
            YamlEvent::SequenceStart(anchor, _) | YamlEvent::MappingStart(anchor, _) => {
                self.depth += 1;
                self.values += 1;
                if self.depth > YAML_DEPTH {
                    let (line, column) = at();
                    return Err(yaml_too_deep(self.file, line, column));
                }
                self.open.push((anchor, self.values));
            }
            YamlEvent::SequenceEnd | YamlEvent::MappingEnd => {
                self.depth = self.depth.saturating_sub(1);
                if let Some((anchor, started)) = self.open.pop() {
                    remember(&mut self.sizes, anchor, self.values - started + 1);
                }
            }
            YamlEvent::Scalar(_, _, anchor, _) => {
                self.values += 1;
                remember(&mut self.sizes, anchor, 1);
            }
            YamlEvent::Alias(anchor) => {
                let size = self.sizes.get(anchor).copied().unwrap_or(1);
                self.values += size;
                self.repeats += size;
                if self.repeats > YAML_REPEATS {
                    let (line, column) = at();
                    return Err(Diagnostic::new(
                        self.file,
                        line,
                        column,
                        format!("the aliases (`*name`) in this file repeat more than {YAML_REPEATS} values"),
                    )
                    .with_help("write the values out instead of repeating an anchor (`&name`) many times over"));
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// Takes the error the reading stopped at: a document the parser
    /// stopped reading at a depth of its own, before the events of the
    /// levels it refuses, is refused there. A syntax error passes: the
    /// YAML parser reports it with its own message.
    pub fn error(&self, error: &ScanError) -> Result<(), Diagnostic> {
        if error.info().contains("recursion limit") {
            let (line, column) = (
                error.marker().line() + self.line_offset,
                error.marker().col() + 1,
            );
            return Err(yaml_too_deep(self.file, line, column));
        }
        Ok(())
    }
}

fn yaml_too_deep(file: &Path, line: usize, column: usize) -> Diagnostic {
    Diagnostic::new(
        file,
        line,
        column,
        format!("lists and fields are nested more than {YAML_DEPTH} deep here"),
    )
    .with_help(
        "the content format needs only a few levels; look for brackets or indentation that do not close",
    )
}

fn remember(sizes: &mut Vec<usize>, anchor: usize, size: usize) {
    if anchor == 0 {
        return;
    }
    if sizes.len() <= anchor {
        sizes.resize(anchor + 1, 1);
    }
    sizes[anchor] = size;
}

/// The message a limit `check` refuses `text` in `file` with.
#[cfg(test)]
fn refusal(
    check: fn(&Path, &str, usize) -> Result<(), Diagnostic>,
    file: &str,
    line_offset: usize,
    text: &str,
) -> String {
    match check(Path::new(file), text, line_offset) {
        Err(d) => d.to_string(),
        Ok(()) => panic!("accepted"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Checks the shape of a YAML document that starts `line_offset` lines
    /// into `file`, as the index of its places does.
    fn yaml(file: &Path, text: &str, line_offset: usize) -> Result<(), Diagnostic> {
        crate::source::yaml::SpanIndex::checked(file, text, line_offset).map(drop)
    }

    fn yaml_message(text: &str) -> String {
        refusal(yaml, "x.yaml", 0, text)
    }

    #[test]
    fn a_billion_laughs_fails_at_once_where_it_repeats() {
        let mut text = String::from("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (name, prev) in ["b", "c", "d", "e", "f", "g", "h", "i"]
            .iter()
            .zip(["a", "b", "c", "d", "e", "f", "g", "h"])
        {
            text.push_str(&format!(
                "{name}: &{name} [{}]\n",
                vec![format!("*{prev}"); 9].join(", ")
            ));
        }
        // Refused at the first line that repeats too much, before any
        // value is made.
        let message = yaml_message(&text);
        assert!(message.starts_with("x.yaml:5:"), "{message}");
        assert!(
            message.contains("repeat more than 10000 values"),
            "{message}"
        );
    }

    #[test]
    fn a_few_aliases_are_fine() {
        let text = "a: &a {x: 1, y: [1, 2]}\nb: *a\nc: *a\n";
        assert!(yaml(Path::new("x.yaml"), text, 0).is_ok());
    }

    #[test]
    fn deep_yaml_is_refused_with_its_place() {
        let text = format!(
            "name: x\nareas: {}{}\n",
            "[".repeat(100_000),
            "]".repeat(100_000)
        );
        let message = yaml_message(&text);
        assert!(message.starts_with("x.yaml:2:"), "{message}");
        assert!(message.contains("nested more than 32 deep"), "{message}");
        let fine = format!("a: {}{}\n", "[".repeat(31), "]".repeat(31));
        assert!(yaml(Path::new("x.yaml"), &fine, 0).is_ok());
    }
}
