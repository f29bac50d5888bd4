//! The built-in locales are complete: every interface string, every country.

use std::collections::BTreeSet;
use std::path::Path;

use twinpress::i18n::message_ids;
use twinpress::model::codes::all_countries;
use twinpress::source::resources::load_locales;

const LANGUAGES: [&str; 15] = [
    "pl", "en", "fr", "it", "sv", "de", "cs", "uk", "ka", "nl", "lt", "lv", "es", "hu", "sk",
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
