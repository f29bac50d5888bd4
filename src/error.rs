//! Errors and warnings, each with the place in the content it is about.
//!
//! A [`Diagnostic`] names a file (relative to the site root), a line and a
//! column counted from the start of that file, what is wrong and how to fix
//! it. The build collects every diagnostic before failing, so a user with
//! five mistakes sees five messages in one run.

use std::cmp::Ordering;
use std::fmt;
use std::path::{Path, PathBuf};

/// One problem found in the site's files.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    /// The file, relative to the site root (`content/partners/x/partner.yaml`).
    pub file: PathBuf,
    /// 1-based line; 0 when the problem is about the whole file.
    pub line: usize,
    /// 1-based column; 0 when unknown.
    pub column: usize,
    /// What is wrong.
    pub message: String,
    /// How to fix it, when there is something useful to say.
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn new(
        file: impl Into<PathBuf>,
        line: usize,
        column: usize,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            file: file.into(),
            line,
            column,
            message: message.into(),
            help: None,
        }
    }

    /// A problem with the file as a whole (missing, unreadable, empty).
    pub fn file(file: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Diagnostic::new(file, 0, 0, message)
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let file = self.file.display().to_string().replace('\\', "/");
        match (self.line, self.column) {
            (0, _) => write!(f, "{file}: {}", self.message)?,
            (line, 0) => write!(f, "{file}:{line}: {}", self.message)?,
            (line, column) => write!(f, "{file}:{line}:{column}: {}", self.message)?,
        }
        if let Some(help) = &self.help {
            write!(f, "\n  help: {help}")?;
        }
        Ok(())
    }
}

/// Everything that can stop a command.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The site's files have problems; nothing was written.
    #[error("{}", format_invalid(.0))]
    Invalid(Vec<Diagnostic>),
    #[error("cannot read {}: {source}", .path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot write {}: {source}", .path.display())]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A mistake on the command line: a wrong flag value, a name taken.
    #[error("error: {message}\n  help: {help}")]
    Usage { message: String, help: String },
    /// A check found problems, already reported.
    #[error("the check found problems")]
    Failed,
    /// Printing the publications to PDF failed; nothing was written.
    #[error("cannot make the PDFs: {message}\n  help: {help}\nnothing was written")]
    Pdf { message: String, help: String },
}

impl Error {
    pub fn read(path: &Path, source: std::io::Error) -> Self {
        Error::Read {
            path: path.to_path_buf(),
            source,
        }
    }
    pub fn write(path: &Path, source: std::io::Error) -> Self {
        Error::Write {
            path: path.to_path_buf(),
            source,
        }
    }
}

fn format_invalid(diagnostics: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in diagnostics {
        out.push_str(&format!("error: {d}\n"));
    }
    let n = diagnostics.len();
    out.push_str(&format!(
        "{n} {} in the site; nothing was written",
        if n == 1 { "problem" } else { "problems" }
    ));
    out
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// A warning: the build goes on, but someone should look.
///
/// Warnings are listed in the order of their text with numbers read as
/// numbers, so that `2025.yaml:11:3` comes before `2025.yaml:114:3`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub message: String,
}

impl Ord for Warning {
    fn cmp(&self, other: &Self) -> Ordering {
        natural(&self.message, &other.message)
    }
}

impl PartialOrd for Warning {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Compares two texts with each run of ASCII digits taken as a number:
/// the shorter run without its leading zeros is the smaller number, and
/// texts that differ only there are told apart by the texts themselves.
fn natural(a: &str, b: &str) -> Ordering {
    let (mut x, mut y) = (a.as_bytes(), b.as_bytes());
    while let (Some(&p), Some(&q)) = (x.first(), y.first()) {
        if p.is_ascii_digit() && q.is_ascii_digit() {
            let (m, rest_x) = digits(x);
            let (n, rest_y) = digits(y);
            let (m, n) = (trim_zeros(m), trim_zeros(n));
            let order = m.len().cmp(&n.len()).then_with(|| m.cmp(n));
            if order != Ordering::Equal {
                return order;
            }
            (x, y) = (rest_x, rest_y);
        } else if p != q {
            return p.cmp(&q);
        } else {
            (x, y) = (&x[1..], &y[1..]);
        }
    }
    x.len().cmp(&y.len()).then_with(|| a.cmp(b))
}

fn digits(s: &[u8]) -> (&[u8], &[u8]) {
    let n = s.iter().take_while(|b| b.is_ascii_digit()).count();
    s.split_at(n)
}

fn trim_zeros(s: &[u8]) -> &[u8] {
    let n = s.iter().take_while(|&&b| b == b'0').count();
    &s[n..]
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// Collects diagnostics while a stage goes on past the first problem.
#[derive(Debug, Default)]
pub struct Problems {
    pub errors: Vec<Diagnostic>,
    pub warnings: Vec<Warning>,
}

impl Problems {
    pub fn error(&mut self, d: Diagnostic) {
        self.errors.push(d);
    }
    pub fn warn(&mut self, message: impl Into<String>) {
        self.warnings.push(Warning {
            message: message.into(),
        });
    }
    /// A warning about a place in the content, written as its errors are:
    /// the file, line and column, what is wrong, and how to fix it.
    pub fn warn_at(&mut self, d: Diagnostic) {
        self.warn(d.to_string());
    }
    /// Fails with every error found, sorted by file and position.
    pub fn into_result(mut self) -> Result<Vec<Warning>> {
        if self.errors.is_empty() {
            self.warnings.sort();
            self.warnings.dedup();
            Ok(self.warnings)
        } else {
            self.errors.sort();
            self.errors.dedup();
            Err(Error::Invalid(self.errors))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(messages: &[&str]) -> Vec<String> {
        let mut problems = Problems::default();
        for m in messages {
            problems.warn(*m);
        }
        let warnings = problems.into_result().expect("no errors");
        warnings.into_iter().map(|w| w.message).collect()
    }

    #[test]
    fn warnings_are_sorted_by_line_and_column_as_numbers() {
        assert_eq!(
            sorted(&[
                "content/activities/2025.yaml:114:11: b",
                "content/activities/2025.yaml:11:11: a",
                "content/activities/2025.yaml:11:9: a",
                "content/activities/2024.yaml:200:1: c",
                "content/site.yaml: d",
            ]),
            [
                "content/activities/2024.yaml:200:1: c",
                "content/activities/2025.yaml:11:9: a",
                "content/activities/2025.yaml:11:11: a",
                "content/activities/2025.yaml:114:11: b",
                "content/site.yaml: d",
            ]
        );
    }

    #[test]
    fn numbers_alike_but_for_their_zeros_keep_an_order_and_repeats_go() {
        assert_eq!(
            sorted(&["a 07", "a 7", "a 007", "a 7"]),
            ["a 007", "a 07", "a 7"]
        );
        assert_eq!(natural("a", "a1"), Ordering::Less);
        assert_eq!(natural("x9", "x10"), Ordering::Less);
        assert_eq!(natural("Ą 2", "Ą 10"), Ordering::Less);
    }
}
