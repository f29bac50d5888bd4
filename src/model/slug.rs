//! URL segments: from folder names and names in any script, ASCII only.

use crate::source::names::{device_name, is_device_name};

/// Turns any name into a URL segment: transliterated to ASCII (any_ascii),
/// lower case, words joined by `-` (`České Budějovice` → `ceske-budejovice`,
/// `რუსთავი` → `rustavi`).
pub fn slugify(name: &str) -> String {
    let ascii = any_ascii::any_ascii(name);
    let mut out = String::with_capacity(ascii.len());
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// Why a slug cannot be used, and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlugProblem {
    pub message: String,
    pub help: String,
}

/// Whether a `slug:` written by hand is safe as one URL segment and as a
/// folder name on every system the output may be copied to.
pub fn check_slug(slug: &str) -> Result<(), SlugProblem> {
    let ok = !slug.is_empty()
        && slug.len() <= 100
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !slug.starts_with('-')
        && !slug.ends_with('-');
    if !ok {
        return Err(SlugProblem {
            message: format!("`{}` is not a valid slug", slug.escape_debug()),
            help: format!(
                "use at most 100 lower-case letters a–z, digits and `-`, for example `{}`",
                match slugify(slug) {
                    s if s.is_empty() => "my-page".to_string(),
                    s => s,
                }
            ),
        });
    }
    if is_device_name(slug) {
        return Err(SlugProblem {
            message: device_name(slug),
            help: "choose another slug".to_string(),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transliterates_names() {
        assert_eq!(slugify("České Budějovice"), "ceske-budejovice");
        assert_eq!(slugify("Södertälje"), "sodertalje");
        assert_eq!(slugify("რუსთავი"), "rustavi");
        assert_eq!(slugify("Rocca di Papa"), "rocca-di-papa");
        assert_eq!(slugify("  Москва!  "), "moskva");
    }

    #[test]
    fn hand_written_slugs_are_checked() {
        assert!(check_slug("strategy").is_ok());
        assert!(check_slug("../../x").is_err());
        assert!(check_slug("Strategy").is_err());
        assert!(check_slug("").is_err());
        assert!(check_slug("a/b").is_err());
        for bad in [
            "/etc", "c:\\x", "a\0b", ".", "..", "con", "nul", "com1", "lpt9",
        ] {
            assert!(check_slug(bad).is_err(), "{bad:?}");
        }
        assert!(check_slug("a\0b").unwrap_err().message.contains("a\\0b"));
        assert!(check_slug("console").is_ok() && check_slug("com").is_ok());
    }
}
