//! Text that may differ by language.
//!
//! A short text field is a plain string, the same in every language, or a
//! map from language code to string. Asking for a language that is missing
//! gives the default language's text, and says which language it is, so
//! the page can mark it with `lang`.

use std::collections::BTreeMap;

use super::codes::Lang;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Localized {
    /// The same text in every language (a name, a number).
    Same(String),
    /// One text per language; always has the site's default language.
    PerLang(BTreeMap<Lang, String>),
}

impl Localized {
    /// Whether the text is written for `lang` (a text that is the same in
    /// every language is).
    pub fn has_language(&self, lang: &Lang) -> bool {
        match self {
            Localized::Same(_) => true,
            Localized::PerLang(map) => map.contains_key(lang),
        }
    }
}

/// A text picked for a language, with the language it is really in when
/// that differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Picked<'a> {
    pub text: &'a str,
    /// `Some` when the text is in another language than asked for.
    pub fallback: Option<&'a Lang>,
}

impl Localized {
    /// The text in `lang`, else in `default`, else in any language.
    pub fn get<'a>(&'a self, lang: &Lang, default: &Lang) -> Picked<'a> {
        match self {
            Localized::Same(text) => Picked {
                text,
                fallback: None,
            },
            Localized::PerLang(map) => {
                if let Some(text) = map.get(lang) {
                    return Picked {
                        text,
                        fallback: None,
                    };
                }
                let (l, text) = map
                    .get_key_value(default)
                    .or_else(|| map.iter().next())
                    .expect("a localized map is never empty (checked when loaded)");
                Picked {
                    text,
                    fallback: Some(l),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(s: &str) -> Lang {
        Lang::parse(s).unwrap()
    }

    #[test]
    fn falls_back_to_the_default_language() {
        let mut map = BTreeMap::new();
        map.insert(lang("pl"), "Umowa".to_string());
        map.insert(lang("en"), "Agreement".to_string());
        let l = Localized::PerLang(map);
        assert_eq!(l.get(&lang("en"), &lang("pl")).text, "Agreement");
        let fr = l.get(&lang("fr"), &lang("pl"));
        assert_eq!(fr.text, "Umowa");
        assert_eq!(fr.fallback, Some(&lang("pl")));
        assert_eq!(
            Localized::Same("X".into())
                .get(&lang("fr"), &lang("pl"))
                .fallback,
            None
        );
    }
}
