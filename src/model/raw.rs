//! The content files as written: serde structs that mirror the YAML.
//!
//! These only check shape (which fields, which types); every word, code and
//! date stays a string here and is checked when the model is built, so that
//! all problems in a file are reported together, each at its place.

use std::collections::BTreeMap;
use std::fmt;

use serde::Deserialize;
use serde::de::{self, MapAccess, Visitor};

/// A plain string or a map from language code to string.
#[derive(Debug, Clone)]
pub enum RawText {
    Same(String),
    PerLang(BTreeMap<String, String>),
}

impl<'de> Deserialize<'de> for RawText {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawText;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a text, or a map from language code to text like {pl: …, en: …}")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawText, E> {
                Ok(RawText::Same(v.to_string()))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<RawText, E> {
                Ok(RawText::Same(v.to_string()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<RawText, E> {
                Ok(RawText::Same(v.to_string()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<RawText, E> {
                Ok(RawText::Same(v.to_string()))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawText, A::Error> {
                // A language written twice is refused before the text is
                // read, at the repeat (`source::yaml`).
                let mut out = BTreeMap::new();
                while let Some((k, v)) = map.next_entry::<String, Scalar>()? {
                    out.insert(k, v.0);
                }
                Ok(RawText::PerLang(out))
            }
        }
        d.deserialize_any(V)
    }
}

/// A scalar read as text: `2018`, `2019-10-18` and `"x"` alike.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scalar(pub String);

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Scalar;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a text or a number")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Scalar, E> {
                Ok(Scalar(v.to_string()))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Scalar, E> {
                Ok(Scalar(v.to_string()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Scalar, E> {
                Ok(Scalar(v.to_string()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Scalar, E> {
                Ok(Scalar(v.to_string()))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Scalar, E> {
                Ok(Scalar(v.to_string()))
            }
        }
        d.deserialize_any(V)
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSite {
    pub base_url: String,
    pub default_language: String,
    pub languages: Vec<String>,
    pub title: RawText,
    pub description: RawText,
    pub home: RawPartner,
    #[serde(default)]
    pub identity: RawIdentity,
    pub contact: Option<RawContact>,
    pub accessibility: Option<RawAccessibility>,
    pub privacy: Option<RawPrivacy>,
}

/// What the privacy page says beyond what twinpress knows itself.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPrivacy {
    /// The data protection officer.
    pub officer: RawPerson,
    /// Who hosts the site and keeps its server logs.
    pub hosting: Option<RawText>,
    /// How many days the host keeps the logs.
    pub logs_days: Option<u32>,
    /// The supervisory authority complaints go to.
    pub authority: Option<RawText>,
    pub updated: Option<Scalar>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawIdentity {
    pub logo: Option<String>,
    pub color: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawContact {
    pub organisation: RawText,
    pub unit: Option<RawText>,
    pub address: Option<String>,
    pub email: Option<String>,
    pub phone: Option<Scalar>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAccessibility {
    pub published: Scalar,
    pub updated: Option<Scalar>,
    pub status: String,
    pub exceptions: Option<RawText>,
    pub contact: RawPerson,
    pub architecture: Option<RawText>,
    pub communication: Option<RawText>,
    pub procedure: Option<RawText>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPerson {
    pub name: String,
    pub email: Option<String>,
    pub phone: Option<Scalar>,
}

/// A partner's facts (and, in site.yaml, the home municipality's).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPartner {
    pub name: String,
    #[serde(default)]
    pub names: BTreeMap<String, String>,
    pub kind: Option<String>,
    pub country: String,
    pub region: Option<RawText>,
    #[serde(default)]
    pub languages: Vec<String>,
    pub location: Option<RawLocation>,
    pub area_km2: Option<f64>,
    pub population: Option<u64>,
    pub facts_as_of: Option<Scalar>,
    pub mayor: Option<String>,
    pub website: Option<String>,
    #[serde(default)]
    pub areas: Vec<String>,
    pub status: Option<String>,
    pub slug: Option<String>,
    #[serde(default)]
    pub timeline: Vec<RawEvent>,
    #[serde(default)]
    pub images: Vec<RawImage>,
}

/// A photo listed with its alt text and credit.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawImage {
    pub file: String,
    pub alt: Option<RawText>,
    pub credit: Option<RawText>,
    #[serde(default)]
    pub decorative: bool,
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLocation {
    pub lat: f64,
    pub lon: f64,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEvent {
    pub date: Scalar,
    pub event: String,
    pub title: Option<RawText>,
    #[serde(default)]
    pub signatories: Vec<String>,
    pub reference: Option<String>,
    pub document: Option<String>,
    pub note: Option<RawText>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawActivity {
    pub title: RawText,
    pub date: Scalar,
    pub kind: Option<String>,
    #[serde(default)]
    pub partners: Vec<String>,
    pub organiser: Option<RawText>,
    pub place: Option<RawPlace>,
    pub programme: Option<String>,
    #[serde(default)]
    pub areas: Vec<String>,
    pub participants: Option<u32>,
    pub status: Option<String>,
    pub summary: Option<RawText>,
    #[serde(default)]
    pub images: Vec<RawImage>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPlace {
    pub name: RawText,
    pub country: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawProgramme {
    pub name: RawText,
    pub url: Option<String>,
    pub description: Option<RawText>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTranslatedFrom {
    pub lang: String,
    pub hash: String,
}

/// Front matter of `partners/<slug>/<lang>.md`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawProfileMeta {
    pub summary: Option<String>,
    #[serde(default)]
    pub common_ground: Vec<String>,
    pub translated_from: Option<RawTranslatedFrom>,
}

/// Front matter of `pages/<slug>/<lang>.md` and `reports/<year>/<lang>.md`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPageMeta {
    pub title: Option<String>,
    pub menu: Option<i32>,
    pub summary: Option<String>,
    pub slug: Option<String>,
    pub translated_from: Option<RawTranslatedFrom>,
    /// A page's photos, in its default-language text only.
    #[serde(default)]
    pub images: Vec<RawImage>,
}
