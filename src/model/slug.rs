//! URL segments: from folder names and names in any script, ASCII only.

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

/// Whether a `slug:` written by hand is safe as one URL segment and as a
/// folder name on every system the output may be copied to.
pub fn check_slug(slug: &str) -> Result<(), String> {
    let ok = !slug.is_empty()
        && slug.len() <= 100
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !slug.starts_with('-')
        && !slug.ends_with('-');
    if !ok {
        return Err(format!(
            "`{}` is not a valid slug; use lower-case letters a–z, digits and `-` (for example `{}`)",
            slug.escape_debug(),
            match slugify(slug) {
                s if s.is_empty() => "my-page".to_string(),
                s => s,
            }
        ));
    }
    if is_device_name(slug) {
        return Err(device_name(slug));
    }
    Ok(())
}

/// Whether Windows keeps `name` for a device (`con`, `nul`, `com1`…, also
/// with an extension: `nul.pdf`), so that no file or folder can have it.
pub fn is_device_name(name: &str) -> bool {
    let stem = name
        .split('.')
        .next()
        .unwrap_or(name)
        .trim_end_matches(' ')
        .to_ascii_lowercase();
    match stem.as_bytes() {
        b"con" | b"prn" | b"aux" | b"nul" => true,
        [b'c', b'o', b'm', d] | [b'l', b'p', b't', d] => d.is_ascii_digit(),
        _ => false,
    }
}

/// The message for a name Windows keeps for a device.
pub fn device_name(name: &str) -> String {
    format!(
        "`{name}` is a name Windows keeps for a device: a site with it cannot be copied to or opened on Windows"
    )
}

/// Why a file or folder name cannot be published as it is on every
/// system, if it cannot: a device name, or a `\`, `:` or control
/// character, named.
pub fn name_problem(name: &str) -> Option<String> {
    if is_device_name(name) {
        return Some(device_name(name));
    }
    let bad = name
        .chars()
        .find(|c| matches!(c, '\\' | ':') || c.is_control())?;
    let shown = match bad {
        '\\' | ':' => format!("`{bad}`"),
        other => format!(
            "an invisible control character ({})",
            other.escape_unicode()
        ),
    };
    Some(format!(
        "the name `{}` has {shown}, which some systems do not allow in a file name",
        name.escape_debug()
    ))
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
        assert!(check_slug("a\0b").unwrap_err().contains("a\\0b"));
        assert!(check_slug("console").is_ok() && check_slug("com").is_ok());
    }

    #[test]
    fn device_names_are_known_with_any_extension() {
        for name in ["CON", "nul.pdf", "Aux.tar.gz", "com3.txt", "lpt1", "prn "] {
            assert!(is_device_name(name), "{name}");
        }
        for name in ["contract.pdf", "null", "com10", "lpt", "aux-2"] {
            assert!(!is_device_name(name), "{name}");
        }
        assert!(name_problem("plan\\b.pdf").unwrap().contains("has `\\`"));
        assert!(name_problem("10:30.pdf").unwrap().contains("has `:`"));
        assert!(
            name_problem("a\u{7}.pdf")
                .unwrap()
                .contains("control character (\\u{7})")
        );
        assert!(name_problem("Umowa 2019 (skan).pdf").is_none());
    }
}
