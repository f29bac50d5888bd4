//! The words `twinpress new` and `twinpress init` write into a new text
//! for its writer to replace. A text that still holds them would be
//! published with them, so the model finds them and warns.

/// One of the texts a command writes in place of the writer's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placeholder {
    /// How it begins: enough to tell it from a writer's own words.
    pub words: &'static str,
    /// The command that writes it: `new` or `init`.
    pub command: &'static str,
}

const fn new(words: &'static str) -> Placeholder {
    Placeholder {
        words,
        command: "new",
    }
}

/// A partner profile's summary, followed by the partner's name.
pub const PROFILE_SUMMARY: Placeholder = new("One or two sentences about ");
/// A partner profile's text, followed by the partner's name.
pub const PROFILE_BODY: Placeholder = new("Write here, in Markdown, about ");
pub const PAGE_SUMMARY: Placeholder =
    new("One sentence about this page, for search engines and link previews.");
pub const PAGE_BODY: Placeholder = new("Write the page here, in Markdown.");
pub const REPORT_SUMMARY: Placeholder = new("Two sentences: what the year brought.");
pub const REPORT_BODY: Placeholder = new("Write the report here, in Markdown.");
/// The example partner of a new site.
pub const EXAMPLE_SUMMARY: Placeholder = Placeholder {
    words: "An example partner: replace it with a real one.",
    command: "init",
};
pub const EXAMPLE_BODY: Placeholder = Placeholder {
    words: "Replace this example with a real partner",
    command: "init",
};

const SUMMARIES: [Placeholder; 4] = [
    PROFILE_SUMMARY,
    PAGE_SUMMARY,
    REPORT_SUMMARY,
    EXAMPLE_SUMMARY,
];
const BODIES: [Placeholder; 4] = [PROFILE_BODY, PAGE_BODY, REPORT_BODY, EXAMPLE_BODY];

/// The placeholder a summary is, if it is one.
pub fn summary(summary: &str) -> Option<Placeholder> {
    let summary = summary.trim();
    SUMMARIES.into_iter().find(|p| summary.starts_with(p.words))
}

/// Words most of [`BODIES`] share: a body without them is searched only
/// for the others.
const SHARED: &str = "in Markdown";

/// The first placeholder in a text's body, and where it begins (a byte
/// offset). Every text is asked, so the body is passed over once for
/// what most of them share, and searched for each only then.
pub fn body(body: &str) -> Option<(usize, Placeholder)> {
    let find = |words: &str| memchr::memmem::find(body.as_bytes(), words.as_bytes());
    let shared = find(SHARED).is_some();
    BODIES
        .into_iter()
        .filter(|p| shared || !p.words.contains(SHARED))
        .filter_map(|p| find(p.words).map(|at| (at, p)))
        .min_by_key(|(at, _)| *at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_placeholders_are_found_and_a_writers_words_are_not() {
        assert_eq!(
            summary(" One or two sentences about Poissy."),
            Some(PROFILE_SUMMARY)
        );
        assert_eq!(
            summary("Two sentences: what the year brought."),
            Some(REPORT_SUMMARY)
        );
        assert_eq!(summary("A town of two rivers."), None);
        let text = "## The town\n\nWrite the page here, in Markdown. Files put beside\n";
        assert_eq!(body(text), Some((13, PAGE_BODY)));
        assert_eq!(
            body("Intro.\n\nReplace this example with a real partner: …"),
            Some((8, EXAMPLE_BODY))
        );
        // Words of the writer's own, about Markdown too, are not one.
        assert_eq!(body("We write here, in Markdown, what we did."), None);
        assert_eq!(body("A page of its own."), None);
    }
}
