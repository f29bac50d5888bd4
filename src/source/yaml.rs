//! YAML into typed structs, with every error placed in its file.
//!
//! serde_yaml gives the position of a syntax or shape error (an unknown
//! field, a wrong type). Checks that come later — an unknown country, a
//! reference to a missing partner — need the position of a value too, so
//! [`SpanIndex`] records where each node of the document starts, by its path
//! (`timeline/2/date`), from a second, event-level parse, which also
//! checks the document's shape (`limits::YamlShape`).

use std::collections::HashMap;
use std::path::Path;

use saphyr_parser::{Event, Parser};
use serde::de::DeserializeOwned;

use super::limits::YamlShape;
use crate::error::Diagnostic;

/// Where each node of a YAML document starts, by path.
#[derive(Debug, Default, Clone)]
pub struct SpanIndex {
    nodes: HashMap<String, (usize, usize)>,
    /// Keys written a second time in the same map, by path, where the
    /// second one starts.
    repeated: Vec<(String, (usize, usize))>,
    /// Lines before the YAML's first line in its file (front matter).
    line_offset: usize,
}

impl SpanIndex {
    /// Indexes `text`, which starts `line_offset` lines into `file`, and
    /// checks its shape on the way ([`YamlShape`]): refused at the first
    /// place beyond a limit. A document the event parser cannot read is
    /// indexed up to where it stops (serde_yaml reports the syntax error
    /// itself).
    pub fn checked(file: &Path, text: &str, line_offset: usize) -> Result<Self, Diagnostic> {
        let mut shape = YamlShape::new(file, line_offset);
        let mut index = SpanIndex {
            nodes: HashMap::new(),
            repeated: Vec::new(),
            line_offset,
        };
        let mut stack: Vec<Frame> = Vec::new();
        for event in Parser::new_from_str(text) {
            let (event, span) = match event {
                Ok(event) => event,
                Err(error) => {
                    shape.error(&error)?;
                    break;
                }
            };
            shape.event(&event, &span)?;
            let pos = (span.start.line(), span.start.col() + 1);
            match event {
                Event::Scalar(value, ..) => {
                    if let Some(Frame::Map {
                        path,
                        key: key @ None,
                    }) = stack.last_mut()
                    {
                        let child = join(path, &value);
                        if index.nodes.contains_key(&child) {
                            index.repeated.push((child, pos));
                        }
                        *key = Some(value.into_owned());
                        continue;
                    }
                    let path = child_path(&mut stack);
                    index.nodes.insert(path, pos);
                }
                Event::Alias(_) => {
                    let path = child_path(&mut stack);
                    index.nodes.insert(path, pos);
                }
                Event::SequenceStart(..) | Event::MappingStart(..) => {
                    let path = child_path(&mut stack);
                    index.nodes.entry(path.clone()).or_insert(pos);
                    stack.push(if matches!(event, Event::SequenceStart(..)) {
                        Frame::Seq { path, next: 0 }
                    } else {
                        Frame::Map { path, key: None }
                    });
                }
                Event::SequenceEnd | Event::MappingEnd => {
                    stack.pop();
                }
                _ => {}
            }
        }
        Ok(index)
    }

    /// Keys written twice in the same map: the path of each and the line
    /// and column of its second writing, for the message that refuses it.
    pub fn repeated(&self) -> impl Iterator<Item = (&str, (usize, usize))> {
        self.repeated
            .iter()
            .map(|(path, (line, column))| (path.as_str(), (line + self.line_offset, *column)))
    }

    /// The 1-based line (within the parsed text) where the node at `path`
    /// starts, if there is such a node.
    pub fn line_of(&self, path: &str) -> Option<usize> {
        self.nodes.get(path).map(|&(line, _)| line)
    }

    /// The 1-based line and column of the node at `path` (`""` is the
    /// document), or of its nearest ancestor that exists.
    pub fn position(&self, path: &str) -> (usize, usize) {
        let mut path = path;
        loop {
            if let Some(&(line, column)) = self.nodes.get(path) {
                return (line + self.line_offset, column);
            }
            match path.rfind('/') {
                Some(i) => path = &path[..i],
                None if !path.is_empty() => path = "",
                None => return (1 + self.line_offset, 1),
            }
        }
    }
}

enum Frame {
    Map { path: String, key: Option<String> },
    Seq { path: String, next: usize },
}

/// The path of the node that starts now, advancing the parent frame.
fn child_path(stack: &mut [Frame]) -> String {
    match stack.last_mut() {
        None => String::new(),
        Some(Frame::Map { path, key }) => join(path, &key.take().unwrap_or_default()),
        Some(Frame::Seq { path, next }) => {
            let p = join(path, &next.to_string());
            *next += 1;
            p
        }
    }
}

fn join(parent: &str, segment: &str) -> String {
    if parent.is_empty() {
        segment.to_string()
    } else {
        format!("{parent}/{segment}")
    }
}

/// Refuses an empty document, one beyond the limits of its shape, and one
/// that writes a key twice in the same map (each repeat at its place,
/// where reading would take the last silently or place it at the map),
/// once for a document however often it is read again. Returns the
/// index of where its nodes are.
fn readable(file: &Path, text: &str, line_offset: usize) -> Result<SpanIndex, Vec<Diagnostic>> {
    if text.trim().is_empty() {
        return Err(vec![
            Diagnostic::new(file, line_offset + 1, 1, "the file is empty")
                .with_help("write the fields the content format asks for (see README.md)"),
        ]);
    }
    let index = SpanIndex::checked(file, text, line_offset).map_err(|d| vec![d])?;
    let repeated: Vec<&str> = index.repeated().map(|(path, _)| path).collect();
    // What is inside a repeated key is repeated with it: said once.
    let inside_another = |path: &str| {
        repeated
            .iter()
            .any(|other| path.len() > other.len() && path.starts_with(&format!("{other}/")))
    };
    let repeats: Vec<Diagnostic> = index
        .repeated()
        .filter(|(path, _)| !inside_another(path))
        .map(|(path, (line, column))| {
            let key = path.rsplit('/').next().unwrap_or(path);
            Diagnostic::new(
                file,
                line,
                column,
                format!("`{key}` is written a second time here"),
            )
            .with_help("keep one of them: each name may be written only once in the same place")
        })
        .collect();
    if repeats.is_empty() {
        Ok(index)
    } else {
        Err(repeats)
    }
}

/// serde_yaml's reading of a document [`readable`] passed.
fn read<T: DeserializeOwned>(file: &Path, text: &str, line_offset: usize) -> Result<T, Diagnostic> {
    serde_yaml::from_str(text).map_err(|err| yaml_error(file, &err, line_offset))
}

/// Parses `text` as `T`, reporting every misspelt field name, not only the
/// first: after an unknown field, that field's lines are blanked (line
/// numbers stay) and the text is read again. Other errors end the search,
/// since what follows them could be a consequence. When the text reads
/// without its misspelt fields, the value comes back too, so that the
/// rest of the file is still checked.
pub fn parse_all<T: DeserializeOwned>(
    file: &Path,
    text: &str,
    line_offset: usize,
) -> (Option<(T, SpanIndex)>, Vec<Diagnostic>) {
    match readable(file, text, line_offset) {
        Ok(index) => {
            let (value, errors) = read_all(file, text, line_offset);
            (value.map(|v| (v, index)), errors)
        }
        Err(problems) => (None, problems),
    }
}

/// [`parse_all`] of a document [`readable`] passed.
fn read_all<T: DeserializeOwned>(
    file: &Path,
    text: &str,
    line_offset: usize,
) -> (Option<T>, Vec<Diagnostic>) {
    let mut errors = Vec::new();
    let mut text = text.to_string();
    loop {
        match read::<T>(file, &text, line_offset) {
            Ok(value) => return (Some(value), errors),
            // The misspelt name of a required field leaves it missing:
            // saying so again would be the same mistake twice.
            Err(d) if !errors.is_empty() && d.message.starts_with("missing field") => {
                return (None, errors);
            }
            Err(d) => {
                let retry = d.message.starts_with("unknown field") && errors.len() < 100;
                let blanked = if retry {
                    blank_entry(&text, d.line - line_offset, d.column)
                } else {
                    None
                };
                errors.push(d);
                match blanked {
                    // Nothing left but the misspelt fields: the file is
                    // not empty to the person who wrote it.
                    Some(t) if !t.trim().is_empty() => text = t,
                    _ => return (None, errors),
                }
            }
        }
    }
}

/// `text` with the block-style entry whose key starts at `line`:`column`
/// (1-based) and its more indented continuation lines made empty.
fn blank_entry(text: &str, line: usize, column: usize) -> Option<String> {
    let mut lines: Vec<String> = text.split_inclusive('\n').map(str::to_string).collect();
    let first = lines.get(line.checked_sub(1)?)?;
    let before: String = first.chars().take(column.saturating_sub(1)).collect();
    // Only a key that opens its line (`key:` or `- key:`) can be removed
    // without taking its neighbours with it.
    if !before.trim_start_matches([' ', '-']).is_empty() {
        return None;
    }
    let indent = column - 1;
    // A list item's dash stays, so the item's other keys keep their place.
    lines[line - 1] = format!("{}\n", before.trim_end());
    for l in lines.iter_mut().skip(line) {
        let body = l.trim_end_matches(['\n', '\r']);
        let more_indented = body.len() - body.trim_start().len() > indent;
        if !body.trim().is_empty() && !more_indented {
            break;
        }
        *l = "\n".to_string();
    }
    Some(lines.concat())
}

/// Parses a YAML list whose items are read one by one when the whole does
/// not fit, so that a mistake in one item does not hide those in the
/// others. Returns the items that are right, with their index, and a
/// diagnostic for each item that is not, with the index of where the
/// document's nodes are (empty when it could not be read).
pub fn parse_list<T: DeserializeOwned>(
    file: &Path,
    text: &str,
) -> (Vec<(usize, T)>, SpanIndex, Vec<Diagnostic>) {
    match readable(file, text, 0) {
        Ok(index) => {
            let (items, errors) = read_list(file, text, &index);
            (items, index, errors)
        }
        Err(problems) => (Vec::new(), SpanIndex::default(), problems),
    }
}

/// [`parse_list`] of a document [`readable`] passed.
fn read_list<T: DeserializeOwned>(
    file: &Path,
    text: &str,
    index: &SpanIndex,
) -> (Vec<(usize, T)>, Vec<Diagnostic>) {
    let whole = match read::<Vec<T>>(file, text, 0) {
        Ok(items) => return (items.into_iter().enumerate().collect(), Vec::new()),
        Err(d) => d,
    };
    let starts: Vec<usize> = (0..).map_while(|i| index.line_of(&i.to_string())).collect();
    if starts.is_empty() {
        return (Vec::new(), vec![whole]);
    }
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let mut items = Vec::new();
    let mut errors = Vec::new();
    for (i, &start) in starts.iter().enumerate() {
        let end = starts.get(i + 1).map_or(lines.len(), |&next| next - 1);
        let slice: String = lines[start - 1..end.max(start - 1)].concat();
        let (one, item_errors) = read_all::<Vec<T>>(file, &slice, start - 1);
        match one {
            Some(mut one) if one.len() == 1 => items.push((i, one.remove(0))),
            Some(_) => return (Vec::new(), vec![whole]),
            None => {}
        }
        errors.extend(item_errors);
    }
    if errors.is_empty() {
        errors.push(whole);
    }
    (items, errors)
}

/// A serde_yaml error as a diagnostic, its message cleaned for people.
pub fn yaml_error(file: &Path, err: &serde_yaml::Error, line_offset: usize) -> Diagnostic {
    let full = err.to_string();
    let message = match full.find(" at line ") {
        Some(i) => &full[..i],
        None => full.as_str(),
    };
    let message = message.strip_prefix(": ").unwrap_or(message);
    // serde_yaml names the path of a nested value (`timeline[0].event: …`);
    // the line and column already say where, in the person's own terms.
    let message = match message.split_once(": ") {
        Some((path, rest))
            if !path.is_empty() && !path.contains(' ') && path.contains(['.', '[']) =>
        {
            rest
        }
        _ => message,
    };
    let (line, column) = match err.location() {
        Some(loc) => (loc.line() + line_offset, loc.column()),
        None => (line_offset + 1, 0),
    };
    let help = help_for(message);
    let d = Diagnostic::new(file, line, column, friendlier(message));
    match help {
        Some(h) => d.with_help(h),
        None => d,
    }
}

/// serde's words for types said as a person editing YAML would say them.
fn friendlier(message: &str) -> String {
    const WORDS: [(&str, &str); 16] = [
        ("invalid type: ", "wrong type: found "),
        ("invalid value: ", "wrong value: found "),
        (
            "data did not match any variant of untagged enum",
            "unexpected value",
        ),
        ("found string ", "found the text "),
        ("found sequence", "found a list"),
        ("found map", "found fields"),
        ("found unit value", "found nothing"),
        ("found floating point ", "found the number "),
        ("found integer ", "found the number "),
        ("expected a string", "expected a text"),
        ("expected a sequence", "expected a list"),
        ("expected a borrowed string", "expected a text"),
        ("expected f64", "expected a number"),
        ("expected f32", "expected a number"),
        ("expected u8", "expected a whole number from 0 to 255"),
        ("expected i32", "expected a whole number"),
    ];
    let mut out = message.to_string();
    for (from, to) in WORDS {
        out = out.replace(from, to);
    }
    for whole in ["u16", "u32", "u64", "usize"] {
        out = out.replace(
            &format!("expected {whole}"),
            "expected a whole number, 0 or more",
        );
    }
    out = out.replace("expected i64", "expected a whole number");
    // A number too large for 64 bits is read as a 128-bit one first.
    for wide in [" as u128,", " as i128,"] {
        out = out.replace(wide, ", far too large,");
    }
    // `expected struct RawPartner`: the program's name for the thing.
    while let Some(i) = out.find("expected struct ") {
        let name_start = i + "expected struct ".len();
        let name_end = out[name_start..]
            .find(|c: char| !c.is_alphanumeric() && c != '_')
            .map_or(out.len(), |e| name_start + e);
        out.replace_range(i..name_end, "expected fields (`name: value` lines)");
    }
    out
}

fn help_for(message: &str) -> Option<&'static str> {
    if message.starts_with("unknown field") {
        Some("check the spelling of the field name against the allowed ones listed here")
    } else if message.starts_with("missing field") {
        Some("add the field; it is required")
    } else if message.contains("tab character") {
        Some(
            "indent with spaces: YAML does not take tabs for indentation (editors can turn tabs into spaces)",
        )
    } else if message.contains("cannot start any token") {
        Some(
            "indent with spaces, not tabs, and put a value that starts with `@`, `` ` `` or `%` in quotes",
        )
    } else if message.contains("did not find expected")
        || message.contains("mapping values are not allowed")
    {
        Some(
            "check the indentation and quote values that contain `: ` or start with a special character",
        )
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first mistake of `text` read as `T` (as [`parse_all`] reports
    /// it), or its value.
    fn parse<T: DeserializeOwned>(
        file: &Path,
        text: &str,
        line_offset: usize,
    ) -> Result<T, Diagnostic> {
        match parse_all(file, text, line_offset) {
            (Some((value, _)), errors) if errors.is_empty() => Ok(value),
            (_, mut errors) => Err(errors.remove(0)),
        }
    }

    /// A number too large to be read is called so, not by the type it was
    /// read as.
    #[test]
    fn a_huge_number_is_called_too_large() {
        #[derive(Debug, serde::Deserialize)]
        struct Facts {
            #[allow(dead_code)]
            population: u64,
        }
        let file = Path::new("content/partners/x/partner.yaml");
        for number in ["99999999999999999999999", "-99999999999999999999999"] {
            let text = format!("population: {number}\n");
            let d = parse::<Facts>(file, &text, 0).unwrap_err();
            assert_eq!(
                d.message,
                format!(
                    "population: wrong type: found the number `{number}`, far too large, expected a whole number, 0 or more"
                ),
                "{d}"
            );
        }
    }

    /// A tab where YAML wants indentation is named, with what to use.
    #[test]
    fn a_tab_for_indentation_is_met_with_spaces() {
        let file = Path::new("content/partners/x/partner.yaml");
        for (text, line) in [
            ("region:\n  pl: a\n\ten: b\n", 3),
            ("timeline:\n\t- date: 2001\n", 2),
        ] {
            let d = parse::<serde_yaml::Value>(file, text, 0).unwrap_err();
            assert_eq!((d.line, d.column), (line, 1), "{d}");
            assert!(
                d.help
                    .as_deref()
                    .is_some_and(|h| h.starts_with("indent with spaces")),
                "{d}"
            );
        }
    }

    /// A key written twice is refused at the repeat, in any map, however
    /// deep; what is inside a repeated key is not said again.
    #[test]
    fn every_repeated_key_is_refused_at_its_place_once() {
        let text = "a: 1\nnames: {fr: Lyon, fr: Lugdunum}\na: 2\nb:\n  x: 1\nb:\n  x: 2\n";
        let (value, problems) = parse_all::<serde_yaml::Value>(Path::new("f.yaml"), text, 1);
        assert!(value.is_none());
        let places: Vec<(usize, usize, &str)> = problems
            .iter()
            .map(|d| (d.line, d.column, d.message.as_str()))
            .collect();
        assert_eq!(
            places,
            [
                (3, 19, "`fr` is written a second time here"),
                (4, 1, "`a` is written a second time here"),
                (7, 1, "`b` is written a second time here"),
            ]
        );
    }

    #[test]
    fn indexes_nested_values() {
        let text = "name: A\ntimeline:\n  - date: 2018\n    event: agreement\n  - date: 2019\n";
        let idx = SpanIndex::checked(Path::new("x.yaml"), text, 0).unwrap();
        assert_eq!(idx.position("name"), (1, 7));
        assert_eq!(idx.position("timeline/0/date"), (3, 11));
        assert_eq!(idx.position("timeline/1/date"), (5, 11));
        assert_eq!(idx.position("timeline/1/missing"), (5, 5));
    }

    #[test]
    fn front_matter_offset_is_added() {
        let idx = SpanIndex::checked(Path::new("x.yaml"), "title: A\n", 1).unwrap();
        assert_eq!(idx.position("title"), (2, 8));
    }

    #[test]
    fn flow_maps_are_indexed() {
        let idx = SpanIndex::checked(Path::new("x.yaml"), "title: {pl: A, en: B}\n", 0).unwrap();
        assert_eq!(idx.position("title/en"), (1, 20));
    }

    #[test]
    fn a_repeated_key_is_placed_where_it_is_repeated() {
        let text = "name: A\nareas:\n  - x\n  - name\nlist:\n  - {name: 1, name: 2}\ntitle: {pl: a, pl: b}\nname: B\n";
        let index = SpanIndex::checked(Path::new("x.yaml"), text, 2).unwrap();
        let repeated: Vec<_> = index.repeated().collect();
        assert_eq!(
            repeated,
            [
                ("list/0/name", (8, 15)),
                ("title/pl", (9, 16)),
                ("name", (10, 1))
            ]
        );
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct T {
            name: String,
        }
        let d = parse::<T>(Path::new("a.yaml"), "name: A\nname: B\n", 0).unwrap_err();
        assert_eq!((d.line, d.column), (2, 1), "{d}");
    }

    #[test]
    fn type_errors_are_said_in_words() {
        let d = parse::<std::collections::BTreeMap<String, u64>>(
            Path::new("a.yaml"),
            "population: many\n",
            0,
        )
        .unwrap_err();
        assert!(
            d.message
                .contains("found the text \"many\", expected a whole number, 0 or more"),
            "{}",
            d.message
        );
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct RawThing {
            name: String,
        }
        let d = parse::<RawThing>(Path::new("a.yaml"), "just words\n", 0).unwrap_err();
        assert!(!d.message.contains("RawThing"), "{}", d.message);
        assert!(d.message.contains("expected fields"), "{}", d.message);
    }

    #[test]
    fn every_misspelt_field_is_reported() {
        #[derive(serde::Deserialize, Debug)]
        #[serde(deny_unknown_fields)]
        struct T {
            name: String,
            #[allow(dead_code)]
            areas: Option<Vec<String>>,
        }
        let text = "nmae2: x\nname: a\naraes:\n  - culture\n  - sport\npopulaton: 3\n";
        let (value, errors) = parse_all::<T>(Path::new("a.yaml"), text, 0);
        let lines: Vec<usize> = errors.iter().map(|d| d.line).collect();
        assert_eq!(lines, vec![1, 3, 6], "{errors:?}");
        assert_eq!(
            value.unwrap().0.name,
            "a",
            "the rest of the file is still read"
        );
        // A later error of another kind is reported too, then the search ends.
        // A file of misspelt fields only is not then called empty.
        let (value, errors) = parse_all::<T>(Path::new("a.yaml"), "nmae: a\n", 0);
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(value.is_none());
        let text = "nmae2: x\nname: [a]\n";
        let (value, errors) = parse_all::<T>(Path::new("a.yaml"), text, 0);
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(value.is_none());
    }

    #[test]
    fn every_bad_item_of_a_list_is_reported() {
        #[derive(serde::Deserialize, Debug)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct T {
            name: String,
        }
        let text = "- name: a\n- nmae: b\n  name: b\n- name: c\n- name: [d]\n";
        let (items, _, errors) = parse_list::<T>(Path::new("a.yaml"), text);
        assert_eq!(
            items.iter().map(|(i, _)| *i).collect::<Vec<_>>(),
            vec![0, 1, 2],
            "an entry whose only mistake is a misspelt field is still read"
        );
        assert_eq!(
            errors.iter().map(|d| d.line).collect::<Vec<_>>(),
            vec![2, 5]
        );
    }

    #[test]
    fn errors_carry_file_line_and_column() {
        #[derive(serde::Deserialize, Debug)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct T {
            name: String,
        }
        let err = parse::<T>(Path::new("a.yaml"), "name: x\nnmae: y\n", 0).unwrap_err();
        let nested = parse::<Vec<T>>(Path::new("a.yaml"), "- name: x\n- nmae: y\n", 0).unwrap_err();
        assert!(
            nested.message.starts_with("unknown field `nmae`"),
            "{}",
            nested.message
        );
        assert_eq!(err.line, 2);
        assert!(
            err.message.starts_with("unknown field `nmae`"),
            "{}",
            err.message
        );
    }
}
