//! The built-in locales are complete: every interface string, every country.

use std::collections::BTreeSet;
use std::path::Path;

use twinpress::i18n::message_ids;
use twinpress::model::codes::all_countries;
use twinpress::source::resources::load_locales;

const LANGUAGES: [&str; 37] = [
    "pl", "en", "fr", "it", "sv", "de", "cs", "uk", "ka", "nl", "lt", "lv", "es", "hu", "sk", "pt",
    "ro", "hr", "sl", "da", "fi", "el", "bg", "et", "nb", "tr", "ar", "he", "sr", "sr-Latn", "bs",
    "mk", "ca", "ja", "ko", "zh", "zh-Hant",
];

fn ids(lang: &str) -> BTreeSet<String> {
    let locales = load_locales(Path::new("/nonexistent-site")).unwrap();
    locales
        .get(lang)
        .into_iter()
        .flatten()
        .flat_map(|f| message_ids(&f.text))
        .collect()
}

#[test]
fn every_built_in_language_has_every_interface_string() {
    let english = ids("en");
    assert!(english.contains("status-active"));
    for lang in LANGUAGES {
        let have = ids(lang);
        let missing: Vec<&String> = english
            .iter()
            .filter(|id| !id.starts_with("endonym-") && !have.contains(*id))
            .collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
    }
}

#[test]
fn every_built_in_language_names_every_country() {
    for lang in LANGUAGES {
        let have = ids(lang);
        let missing: Vec<&str> = all_countries()
            .filter(|c| !have.contains(&format!("country-{c}")))
            .collect();
        assert!(
            missing.is_empty(),
            "{lang} lacks country names for {missing:?}"
        );
    }
}

/// A plural selector of a built-in message: its variable, and each
/// variant's key with whether the variant writes the number.
struct Plural {
    message: String,
    variable: String,
    variants: Vec<(String, bool)>,
}

/// The plural selectors in a Fluent file, nested ones too.
fn plural_selectors(text: &str) -> Vec<Plural> {
    use fluent_syntax::ast::{
        Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
    };
    /// Whether a pattern writes the variable, itself or in every
    /// variant of a selector within it (`{ $partners-are -> … }`).
    fn writes(pattern: &Pattern<&str>, variable: &str) -> bool {
        pattern.elements.iter().any(|e| match e {
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::VariableReference { id }),
            } => id.name == variable,
            PatternElement::Placeable {
                expression: Expression::Select { variants, .. },
            } => variants.iter().all(|v| writes(&v.value, variable)),
            _ => false,
        })
    }
    fn walk(pattern: &Pattern<&str>, message: &str, out: &mut Vec<Plural>) {
        for element in &pattern.elements {
            let PatternElement::Placeable {
                expression: Expression::Select { selector, variants },
            } = element
            else {
                continue;
            };
            if let InlineExpression::VariableReference { id } = selector {
                let variants: Vec<(String, bool)> = variants
                    .iter()
                    .map(|v| match &v.key {
                        VariantKey::Identifier { name } => {
                            (name.to_string(), writes(&v.value, id.name))
                        }
                        VariantKey::NumberLiteral { value } => (value.to_string(), true),
                    })
                    .collect();
                if variants
                    .iter()
                    .any(|(k, _)| ["zero", "one", "two", "few", "many"].contains(&k.as_str()))
                {
                    out.push(Plural {
                        message: message.to_string(),
                        variable: id.name.to_string(),
                        variants,
                    });
                }
            }
            for v in variants {
                walk(&v.value, message, out);
            }
        }
    }
    let resource = fluent_syntax::parser::parse(text).expect("a built-in locale parses");
    let mut out = Vec::new();
    for entry in &resource.body {
        if let Entry::Message(m) = entry
            && let Some(value) = &m.value
        {
            walk(value, m.id.name, &mut out);
        }
    }
    out
}

#[test]
fn every_plural_variant_is_of_its_language_and_says_its_number() {
    let locales = load_locales(Path::new("/nonexistent-site")).unwrap();
    for lang in LANGUAGES {
        let numbers = twinpress::i18n::icu::Numbers::new(lang);
        let plural = |n: u32| numbers.plural(f64::from(n));
        // Every category the language has, fractions' too (Czech `many`).
        let categories: BTreeSet<&str> = (0..=1000)
            .map(plural)
            .chain((0..=1000).map(|n| numbers.plural(f64::from(n) / 10.0)))
            .collect();
        // Whether `one` is more than 1 (0 in Portuguese, 21 in Croatian).
        let one_is_many = (0..=1000).any(|n| n != 1 && plural(n) == "one");
        for file in &locales[lang] {
            for p in plural_selectors(&file.text) {
                let at = format!("{}: {}", file.path.display(), p.message);
                for (key, writes_number) in &p.variants {
                    // A variant of a category the language does not have
                    // (`[few]` in Danish) is never shown.
                    assert!(
                        categories.contains(key.as_str()),
                        "{at} has [{key}], but {lang} has only {categories:?}"
                    );
                    // "one partner" said in words is wrong for 21.
                    assert!(
                        key != "one" || !one_is_many || *writes_number,
                        "{at}: [one] is more than 1 in {lang}: write {{ ${} }}",
                        p.variable
                    );
                }
            }
        }
    }
}
