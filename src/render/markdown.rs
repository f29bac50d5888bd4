//! Markdown to HTML, with ids on headings for links and the table of
//! contents, and tables, footnotes and strikethrough turned on.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd, html};

use crate::model::slug::slugify;

/// A `##` heading of a text, for a table of contents.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Heading {
    pub id: String,
    pub text: String,
}

/// Renders Markdown; `##` headings get ids (and are returned), other
/// headings get ids too, all unique within the text.
pub fn to_html(markdown: &str) -> (String, Vec<Heading>) {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES;
    let events: Vec<Event> = Parser::new_ext(markdown, options).collect();
    let mut out_events = Vec::with_capacity(events.len());
    let mut headings = Vec::new();
    let mut used = std::collections::BTreeSet::new();
    let mut i = 0;
    while i < events.len() {
        if let Event::Start(Tag::Heading {
            level,
            id,
            classes,
            attrs,
        }) = &events[i]
        {
            let mut text = String::new();
            let mut j = i + 1;
            while j < events.len() && !matches!(events[j], Event::End(TagEnd::Heading(_))) {
                if let Event::Text(t) | Event::Code(t) = &events[j] {
                    text.push_str(t);
                }
                j += 1;
            }
            let base = match id {
                Some(id) => id.to_string(),
                None => match slugify(&text) {
                    s if s.is_empty() => "section".to_string(),
                    s => s,
                },
            };
            let mut unique = base.clone();
            let mut n = 2;
            while !used.insert(unique.clone()) {
                unique = format!("{base}-{n}");
                n += 1;
            }
            if *level == HeadingLevel::H2 {
                headings.push(Heading {
                    id: unique.clone(),
                    text: text.clone(),
                });
            }
            out_events.push(Event::Start(Tag::Heading {
                level: *level,
                id: Some(unique.into()),
                classes: classes.clone(),
                attrs: attrs.clone(),
            }));
            i += 1;
            continue;
        }
        out_events.push(events[i].clone());
        i += 1;
    }
    let mut html_out = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut html_out, out_events.into_iter());
    (html_out, headings)
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

    #[test]
    fn headings_get_unique_ids() {
        let (html, headings) = to_html("## Współpraca\n\ntext\n\n## Współpraca\n");
        assert!(
            html.contains(r#"<h2 id="wspolpraca">Współpraca</h2>"#),
            "{html}"
        );
        assert!(html.contains(r#"<h2 id="wspolpraca-2">"#));
        assert_eq!(headings.len(), 2);
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
