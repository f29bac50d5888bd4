//! The theme's files published under names that carry their content's
//! fingerprint (`assets/style.3f2a9c1b.css`), so that browsers and caches
//! may keep them forever: a changed file gets a new name. Stylesheets'
//! `url(…)`s are rewritten to the new names of what they load (fonts).

use std::collections::BTreeMap;

use super::{Body, OutputFile};

/// Where the theme's files are published.
pub const ASSETS: &str = "assets/";

/// The theme's static files under their published names, and the map
/// from each file's theme path (`print/print.css`) to its published path
/// (`assets/print/print.1a2b3c4d.css`).
pub fn fingerprint<'a>(
    statics: impl Iterator<Item = (&'a str, &'a [u8])>,
) -> (Vec<OutputFile>, BTreeMap<String, String>) {
    let (styles, others): (Vec<_>, Vec<_>) = statics.partition(|(p, _)| p.ends_with(".css"));
    let mut names = BTreeMap::new();
    let mut files = Vec::new();
    // What stylesheets load first, so that they can name it.
    for (path, bytes) in others {
        let published = published(path, bytes);
        names.insert(path.to_string(), published.clone());
        files.push(OutputFile {
            path: published,
            body: Body::Bytes(bytes.to_vec()),
        });
    }
    for (path, bytes) in styles {
        let css = String::from_utf8_lossy(bytes);
        let folder = path.rfind('/').map_or("", |i| &path[..=i]);
        let rewritten = rewrite_urls(&css, folder, &names).into_bytes();
        let published = published(path, &rewritten);
        names.insert(path.to_string(), published.clone());
        files.push(OutputFile {
            path: published,
            body: Body::Bytes(rewritten),
        });
    }
    (files, names)
}

/// The stylesheet of the site's identity colour, made by the build: a
/// name no theme file takes.
pub const IDENTITY: &str = "site/identity.css";

/// A file made by the build, fingerprinted like the theme's.
pub fn generated(name: &str, css: String) -> OutputFile {
    OutputFile {
        path: published(name, css.as_bytes()),
        body: Body::Bytes(css.into_bytes()),
    }
}

/// `fonts/noto.woff2` → `assets/fonts/noto.1a2b3c4d.woff2`; a licence or
/// readme keeps its name (people look for it).
fn published(path: &str, bytes: &[u8]) -> String {
    let name = path.rsplit('/').next().unwrap_or(path);
    let keeps_name = name.ends_with(".txt") || name.ends_with(".md") || !name.contains('.');
    match path.rsplit_once('.') {
        Some((stem, ext)) if !keeps_name => {
            format!("{ASSETS}{stem}.{}.{ext}", short_hash(bytes, 4))
        }
        _ => format!("{ASSETS}{path}"),
    }
}

/// The first `bytes_shown` bytes (at most 16) of the content's XXH3-128,
/// in hex: a name that changes when the content does. Not a guard against
/// files made to collide, which a site's own files are not, but tens of
/// times as fast as SHA-256, which took half of a small site's whole build
/// for the theme's fonts alone, and every photo's bytes on every build.
pub fn short_hash(bytes: &[u8], bytes_shown: usize) -> String {
    let hex = format!("{:032x}", xxhash_rust::xxh3::xxh3_128(bytes));
    hex[..2 * bytes_shown.min(16)].to_string()
}

/// Rewrites each relative `url(…)` of a stylesheet in `folder` to the
/// published name of the file it names.
fn rewrite_urls(css: &str, folder: &str, names: &BTreeMap<String, String>) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(i) = rest.find("url(") {
        out.push_str(&rest[..i + 4]);
        rest = &rest[i + 4..];
        let end = rest.find(')').unwrap_or(rest.len());
        let raw = rest[..end].trim();
        let quote = raw.chars().next().filter(|c| *c == '"' || *c == '\'');
        let target = quote.map_or(raw, |q| raw.trim_matches(q));
        let replaced = names
            .get(&format!("{folder}{target}"))
            .and_then(|published| {
                // Same folder under assets/: only the file name changes.
                let name = published.rsplit('/').next()?;
                let dir = target.rfind('/').map_or("", |i| &target[..=i]);
                Some(format!("{dir}{name}"))
            });
        match replaced {
            Some(new) => out.push_str(&new),
            None => out.push_str(&rest[..end]),
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_carry_the_content_and_stylesheets_follow_them() {
        let font: &[u8] = b"font bytes";
        let css: &[u8] =
            b"@font-face{src:url(noto.woff2) format('woff2')}a{background:url('data:x')}";
        let (files, names) = fingerprint(
            [
                ("fonts/fonts.css", css),
                ("fonts/noto.woff2", font),
                ("fonts/OFL.txt", &b"licence"[..]),
            ]
            .into_iter(),
        );
        let font_name = &names["fonts/noto.woff2"];
        assert!(font_name.starts_with("assets/fonts/noto.") && font_name.ends_with(".woff2"));
        assert_eq!(font_name.len(), "assets/fonts/noto.12345678.woff2".len());
        assert_eq!(names["fonts/OFL.txt"], "assets/fonts/OFL.txt");
        let published_css = files
            .iter()
            .find(|f| f.path == names["fonts/fonts.css"])
            .unwrap();
        let Body::Bytes(bytes) = &published_css.body else {
            panic!()
        };
        let text = String::from_utf8_lossy(bytes);
        let short = font_name.trim_start_matches("assets/fonts/");
        assert!(text.contains(&format!("url({short})")), "{text}");
        assert!(text.contains("url('data:x')"));
        // Another content, another name.
        let (_, other) = fingerprint([("fonts/noto.woff2", &b"other"[..])].into_iter());
        assert_ne!(other["fonts/noto.woff2"], *font_name);
    }

    #[test]
    fn a_short_hash_is_as_long_as_asked_and_the_same_for_the_same_bytes() {
        assert_eq!(short_hash(b"photo", 4).len(), 8);
        assert_eq!(short_hash(b"photo", 16).len(), 32);
        assert_eq!(short_hash(b"photo", 99).len(), 32);
        assert!(
            short_hash(b"photo", 16)
                .bytes()
                .all(|b| b.is_ascii_hexdigit())
        );
        assert_eq!(short_hash(b"photo", 16), short_hash(b"photo", 16));
        assert_ne!(short_hash(b"photo", 16), short_hash(b"photos", 16));
    }
}
