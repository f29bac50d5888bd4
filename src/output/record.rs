//! The record a build keeps of what it wrote, to link what the next
//! build would write alike, and to know an output it would make again as
//! it is.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::{absolute, replace_file};
use crate::error::{Error, Result};
use crate::render::Body;
use crate::source::{Inputs, since_1970};

/// The record a build keeps in the cache of what it wrote into an output
/// and the state of the inputs it was made from; read once, for both
/// [`Record::unchanged`] and [`Staging::begin`].
#[derive(Debug)]
pub struct Record {
    path: PathBuf,
    header: String,
    /// The last build's, when its record is there and whole.
    previous: Option<Previous>,
}

/// What the last build's record holds.
#[derive(Debug)]
struct Previous {
    inputs: Inputs,
    files: HashMap<String, Written>,
    texts: Vec<TextState>,
}

/// A partner's profile text as a build read it: its path (from the site's
/// root) and hashes of its front matter and of its body, to tell the next
/// build whether only bodies changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextState {
    pub path: String,
    pub head: u128,
    pub body: u128,
}

/// A file the output holds: what it was made from, and how it lies on
/// disk, to know it was not changed or replaced since.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Written {
    /// A hash of the file's content before minifying (for a copied file,
    /// of its source's path, size and time).
    pub(super) source: u128,
    size: u64,
    /// Last modified, in nanoseconds since 1970.
    modified: u128,
}

/// What a file is made from, as a hash: its content before minifying, or
/// for a copy its source's path, size and time.
pub(super) fn source_of(body: &Body) -> u128 {
    use xxhash_rust::xxh3::xxh3_128;
    match body {
        Body::Html(html) => xxh3_128(html),
        Body::Print { page, shop: false } => xxh3_128(page.html.as_bytes()),
        Body::Print { page, shop: true } => {
            let mut hash = xxhash_rust::xxh3::Xxh3::new();
            for part in [&page.html, &page.office_css, &page.shop_css] {
                hash.update(part.as_bytes());
                hash.update(b"\0");
            }
            hash.digest128()
        }
        Body::Bytes(bytes) => xxh3_128(bytes),
        Body::Copy(from) => {
            let stamp = crate::source::stamp(from);
            xxh3_128(format!("copy {} {stamp:?}", from.display()).as_bytes())
        }
        // Never written; never the same as anything written.
        Body::Image(_) => 0,
    }
}

/// Whether the file at `path` is a file as `was` says it was written.
pub(super) fn as_written(path: &Path, was: &Written) -> bool {
    std::fs::symlink_metadata(path)
        .is_ok_and(|m| m.is_file() && written(was.source, &m) == Some(*was))
}

pub(super) fn written(source: u128, m: &std::fs::Metadata) -> Option<Written> {
    Some(Written {
        source,
        size: m.len(),
        modified: since_1970(m.modified().ok()?),
    })
}

impl Record {
    /// Reads the record kept at `path` for `output`. The header, then
    /// `inputs hash newest looked`, then `hash size modified path` per
    /// file; a record of another version or another output, or anything
    /// unexpected, is no record.
    pub fn read(path: &Path, output: &Path) -> Record {
        // Another program may make other pages from the same site, or
        // minify otherwise: its record is not used.
        let header = format!(
            "twinpress {} output {}",
            program(),
            absolute(output).display()
        );
        let previous = std::fs::read_to_string(path)
            .ok()
            .and_then(|text| parse_record(&text, &header));
        Record {
            path: path.to_path_buf(),
            header,
            previous,
        }
    }

    /// How the last build wrote `path`.
    pub(super) fn file(&self, path: &str) -> Option<&Written> {
        self.previous.as_ref()?.files.get(path)
    }

    /// Every file the last build wrote.
    pub(super) fn files(&self) -> impl Iterator<Item = (&String, &Written)> {
        self.previous.iter().flat_map(|p| &p.files)
    }

    /// When nothing but the bodies of partners' profile texts changed
    /// since the last build (its inputs otherwise the same, `texts` as
    /// they were but for their bodies), and `output` is as it left it:
    /// the paths of the texts whose bodies changed, which may be none.
    pub fn bodies_changed<'t>(
        &self,
        output: &Path,
        inputs: &Inputs,
        texts: &'t [TextState],
    ) -> Option<Vec<&'t str>> {
        let was = self.previous.as_ref()?;
        if was.inputs.rest != inputs.rest
            // The texts are compared by their content, not their times.
            || was.inputs.rest_newest + UNSURE_NANOS >= was.inputs.looked
            || was.texts.len() != texts.len()
            || was
                .texts
                .iter()
                .zip(texts)
                .any(|(then, now)| then.path != now.path || then.head != now.head)
        {
            return None;
        }
        self.intact(output)?;
        Some(
            was.texts
                .iter()
                .zip(texts)
                .filter(|(then, now)| then.body != now.body)
                .map(|(_, now)| now.path.as_str())
                .collect(),
        )
    }

    /// Whether `output` is exactly what the last build made from the same
    /// `inputs`, with nothing added or changed since: then a build would
    /// make it again as it is. Gives the number of its files.
    pub fn unchanged(&self, output: &Path, inputs: &Inputs) -> Option<usize> {
        let was = &self.previous.as_ref()?.inputs;
        // A change made within moments of the last build's look may have
        // kept the time the file had then.
        if was.hash != inputs.hash || was.newest + UNSURE_NANOS >= was.looked {
            return None;
        }
        self.intact(output)
    }

    /// Whether `output` holds exactly the files the last build wrote, as
    /// it wrote them: how many.
    fn intact(&self, output: &Path) -> Option<usize> {
        let files = &self.previous.as_ref()?.files;
        let intact = files
            .par_iter()
            .all(|(path, w)| as_written(&output.join(path), w));
        let count = walkdir::WalkDir::new(output)
            .into_iter()
            .filter(|e| e.as_ref().map_or(true, |e| !e.file_type().is_dir()))
            .count();
        (intact && count == files.len()).then_some(files.len())
    }

    pub(super) fn write(
        &self,
        inputs: Inputs,
        written: &[(String, Written)],
        texts: &[TextState],
    ) -> Result<()> {
        use std::fmt::Write as _;
        let mut text =
            String::with_capacity(64 * written.len() + 80 * texts.len() + self.header.len() + 100);
        text.push_str(&self.header);
        let _ = writeln!(
            text,
            "\ninputs {:032x} {} {} {:032x} {}",
            inputs.hash, inputs.newest, inputs.looked, inputs.rest, inputs.rest_newest
        );
        for t in texts {
            let _ = writeln!(text, "text {:032x} {:032x} {}", t.head, t.body, t.path);
        }
        for (path, w) in written {
            let _ = writeln!(text, "{:032x} {} {} {path}", w.source, w.size, w.modified);
        }
        if let Some(parent) = self.path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| Error::write(parent, e))?;
        }
        replace_file(&self.path, &text)
    }
}

fn parse_record(text: &str, header: &str) -> Option<Previous> {
    let mut lines = text.lines().peekable();
    if lines.next() != Some(header) {
        return None;
    }
    let mut inputs = lines.next()?.strip_prefix("inputs ")?.split(' ');
    let inputs = Inputs {
        hash: u128::from_str_radix(inputs.next()?, 16).ok()?,
        newest: inputs.next()?.parse().ok()?,
        looked: inputs.next()?.parse().ok()?,
        rest: u128::from_str_radix(inputs.next()?, 16).ok()?,
        rest_newest: inputs.next()?.parse().ok()?,
    };
    let mut texts = Vec::new();
    while let Some(line) = lines.next_if(|l| l.starts_with("text ")) {
        let mut parts = line["text ".len()..].splitn(3, ' ');
        texts.push(TextState {
            head: u128::from_str_radix(parts.next()?, 16).ok()?,
            body: u128::from_str_radix(parts.next()?, 16).ok()?,
            path: parts.next()?.to_string(),
        });
    }
    let parse = |line: &str| {
        let mut parts = line.splitn(4, ' ');
        let source = u128::from_str_radix(parts.next()?, 16).ok()?;
        let size = parts.next()?.parse().ok()?;
        let modified = parts.next()?.parse().ok()?;
        let path = parts.next()?.to_string();
        Some((
            path,
            Written {
                source,
                size,
                modified,
            },
        ))
    };
    Some(Previous {
        inputs,
        files: lines.map(parse).collect::<Option<_>>()?,
        texts,
    })
}

/// How long before a build looked at its inputs a change could still
/// have been missed: file systems that keep times to the second or two.
const UNSURE_NANOS: u128 = 2_000_000_000;

/// This twinpress: its version and its file's size and time, which tell
/// apart two builds of one version.
pub(crate) fn program() -> String {
    let file = std::env::current_exe()
        .and_then(std::fs::metadata)
        .map(|m| (m.len(), m.modified().map_or(0, crate::source::since_1970)));
    format!("{} {file:?}", env!("CARGO_PKG_VERSION"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_kept_by_another_twinpress_is_not_used() {
        let tmp = tempfile::tempdir().unwrap();
        let (path, output) = (tmp.path().join("record"), tmp.path().join("public"));
        let inputs = || Inputs {
            hash: 7,
            rest: 8,
            rest_newest: 1,
            newest: 1,
            looked: 2,
        };
        Record::read(&path, &output)
            .write(inputs(), &[], &[])
            .unwrap();
        assert!(Record::read(&path, &output).previous.is_some());
        let text = std::fs::read_to_string(&path).unwrap();
        let other = text.replacen(&program(), "0.0.1 Ok((1, 2))", 1);
        assert_ne!(other, text);
        std::fs::write(&path, other).unwrap();
        assert!(Record::read(&path, &output).previous.is_none());
    }
}
