//! Splitting a Markdown file into its YAML front matter and its body.
//!
//! Line numbers stay counted from the start of the file: the front matter
//! starts on line 2, and the body's first line is reported too, so errors
//! in either point at the right place in the editor.

/// A Markdown file cut in two.
#[derive(Debug, PartialEq, Eq)]
pub struct Split<'a> {
    /// The YAML between the `---` lines (empty when there is none).
    pub front_matter: &'a str,
    /// Lines before the front matter's first line (1 when it exists).
    pub front_matter_offset: usize,
    pub body: &'a str,
}

/// Why a file could not be split.
#[derive(Debug, PartialEq, Eq)]
pub struct Unclosed {
    /// The line of the opening `---`.
    pub line: usize,
}

/// Splits `---\nyaml\n---\nbody`. A file that does not start with `---` has
/// no front matter; one that opens it and never closes it is an error.
pub fn split(text: &str) -> Result<Split<'_>, Unclosed> {
    let Some(rest) = text
        .strip_prefix("---")
        .filter(|r| r.starts_with('\n') || r.starts_with("\r\n"))
    else {
        return Ok(Split {
            front_matter: "",
            front_matter_offset: 0,
            body: text,
        });
    };
    let rest = rest
        .strip_prefix("\r\n")
        .or_else(|| rest.strip_prefix('\n'))
        .unwrap_or(rest);
    let start = text.len() - rest.len();
    let mut pos = start;
    for line in rest.split_inclusive('\n') {
        let trimmed = line.trim_end_matches(['\n', '\r']);
        if trimmed == "---" || trimmed == "..." {
            let front_matter = &text[start..pos];
            let body = &text[pos + line.len()..];
            return Ok(Split {
                front_matter,
                front_matter_offset: 1,
                body,
            });
        }
        pos += line.len();
    }
    Err(Unclosed { line: 1 })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_front_matter_and_body() {
        let s = split("---\ntitle: A\n---\nBody\n").unwrap();
        assert_eq!(s.front_matter, "title: A\n");
        assert_eq!(s.front_matter_offset, 1);
        assert_eq!(s.body, "Body\n");
    }

    #[test]
    fn crlf_files_split_too() {
        let s = split("---\r\ntitle: A\r\n---\r\nBody").unwrap();
        assert_eq!(s.front_matter, "title: A\r\n");
        assert_eq!(s.body, "Body");
    }

    #[test]
    fn no_front_matter_is_all_body() {
        let s = split("# Hello\n---\n").unwrap();
        assert_eq!(s.front_matter, "");
        assert_eq!(s.body, "# Hello\n---\n");
    }

    #[test]
    fn unclosed_front_matter_is_an_error() {
        assert_eq!(split("---\ntitle: A\nBody\n"), Err(Unclosed { line: 1 }));
    }

    #[test]
    fn empty_front_matter() {
        let s = split("---\n---\nx").unwrap();
        assert_eq!(s.front_matter, "");
        assert_eq!(s.body, "x");
    }
}
