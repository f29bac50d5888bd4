//! Which letters the theme's fonts have, as their `@font-face` rules'
//! `unicode-range`s say: a publication with letters none of them has
//! prints them in a font of the machine that prints, or as empty boxes
//! where it has none.

use std::path::Path;

/// The characters the `@font-face` rules of some stylesheets cover.
#[derive(Debug, Default)]
pub struct Coverage {
    /// Inclusive ranges of code points.
    ranges: Vec<(u32, u32)>,
    /// A rule without `unicode-range`: a font whose letters are not
    /// listed, which may have any.
    unlisted: bool,
}

impl Coverage {
    /// The coverage of every stylesheet under `dir`.
    pub fn of_stylesheets(dir: &Path) -> Coverage {
        let mut coverage = Coverage::default();
        for entry in walkdir::WalkDir::new(dir).into_iter().flatten() {
            if entry.path().extension().is_some_and(|e| e == "css")
                && let Ok(css) = std::fs::read_to_string(entry.path())
            {
                coverage.add_css(&css);
            }
        }
        coverage
    }

    /// Adds the `@font-face` rules of a stylesheet.
    pub fn add_css(&mut self, css: &str) {
        for rule in css.split("@font-face").skip(1) {
            let block = rule.split('}').next().unwrap_or_default();
            let Some(at) = block.find("unicode-range") else {
                self.unlisted = true;
                continue;
            };
            let list = block[at + "unicode-range".len()..]
                .trim_start_matches([' ', ':'])
                .split(';')
                .next()
                .unwrap_or_default();
            for range in list.split(',') {
                if let Some(r) = parse_range(range.trim()) {
                    self.ranges.push(r);
                }
            }
        }
    }

    fn has(&self, c: char) -> bool {
        let c = u32::from(c);
        self.unlisted || self.ranges.iter().any(|&(a, b)| (a..=b).contains(&c))
    }

    /// The letters of an HTML page's text that no font covers, each once,
    /// in the order they come; none when there are no fonts at all (the
    /// theme leaves the letters to the machine).
    pub fn missing(&self, html: &str) -> Vec<char> {
        if self.ranges.is_empty() && !self.unlisted {
            return Vec::new();
        }
        let mut missing = Vec::new();
        let mut in_tag = false;
        for c in html.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                _ if !in_tag && c.is_alphabetic() && !self.has(c) && !missing.contains(&c) => {
                    missing.push(c);
                }
                _ => {}
            }
        }
        missing
    }
}

/// `U+0400-045F`, `U+20AC` or `U+4??` as an inclusive range.
fn parse_range(text: &str) -> Option<(u32, u32)> {
    let hex = text
        .strip_prefix("U+")
        .or_else(|| text.strip_prefix("u+"))?;
    if let Some((a, b)) = hex.split_once('-') {
        return Some((
            u32::from_str_radix(a, 16).ok()?,
            u32::from_str_radix(b, 16).ok()?,
        ));
    }
    if hex.contains('?') {
        let low = u32::from_str_radix(&hex.replace('?', "0"), 16).ok()?;
        let high = u32::from_str_radix(&hex.replace('?', "F"), 16).ok()?;
        return Some((low, high));
    }
    let one = u32::from_str_radix(hex, 16).ok()?;
    Some((one, one))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_outside_every_fonts_ranges_are_found_once_and_in_order() {
        let mut fonts = Coverage::default();
        fonts.add_css(
            "@font-face{font-family:'A';src:url(a.woff2);unicode-range:U+0000-00FF,U+0131}\n\
             @font-face { font-family: 'B'; unicode-range: U+05??, U+20AA; }",
        );
        assert_eq!(
            fonts.missing("<p title=\"上尾\">Ageo · 上尾市 & אגאו, ı, 上</p>"),
            ['上', '尾', '市']
        );
        assert_eq!(fonts.missing("<p>Kraków – Łódź</p>"), ['Ł', 'ź']);
        // A font whose letters are not listed may have any.
        fonts.add_css("@font-face{font-family:'C';src:url(c.woff2)}");
        assert!(fonts.missing("<p>上尾市</p>").is_empty());
        // Without fonts, the theme leaves every letter to the machine.
        assert!(Coverage::default().missing("<p>上尾市</p>").is_empty());
    }

    #[test]
    fn ranges_are_read_as_css_writes_them() {
        assert_eq!(parse_range("U+0400-045F"), Some((0x400, 0x45f)));
        assert_eq!(parse_range("U+20AC"), Some((0x20ac, 0x20ac)));
        assert_eq!(parse_range("U+4??"), Some((0x400, 0x4ff)));
        assert_eq!(parse_range("latin"), None);
    }
}
