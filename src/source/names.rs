//! Names of files and folders that can be published on every system.

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
