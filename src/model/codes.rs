//! Language and country codes: BCP 47 language tags and ISO 3166-1 alpha-2
//! country codes, checked against the registries they come from.

use std::fmt;

use serde::Serialize;

/// A BCP 47 language tag in its canonical form (`pl`, `sr-Latn`, `pt-BR`),
/// and the direction the language is written in.
#[derive(Debug, Clone)]
pub struct Lang {
    tag: String,
    rtl: bool,
    /// The language with the script it is likely written in, when that
    /// is not the tag itself (`zh-Hant` of `zh-TW`, `sr-Latn` of `sr-ME`).
    scripted: Option<String>,
}

/// The direction of each language's script, from its likely script in
/// CLDR (`he` Hebrew, `ar` and `fa` Arabic, `yi` Hebrew, `az-Arab`):
/// compiled into the binary.
const DIRECTIONS: icu_locale::LocaleDirectionality =
    icu_locale::LocaleDirectionality::new_extended();

/// The likely subtags of CLDR (`zh-TW` is written in `Hant`).
const LIKELY: icu_locale::LocaleExpander = icu_locale::LocaleExpander::new_extended();

impl Lang {
    /// Parses and canonicalizes a tag; the primary language must be an ISO
    /// 639-1 code or a three-letter ISO 639-2/3 code.
    pub fn parse(tag: &str) -> Result<Lang, String> {
        let id = icu_locale_core::LanguageIdentifier::try_from_str(tag.trim())
            .map_err(|_| format!("`{tag}` is not a BCP 47 language tag"))?;
        let primary = id.language.as_str();
        let known = match primary.len() {
            2 => LANGUAGES.has(primary),
            3 => true,
            _ => false,
        };
        if !known {
            return Err(format!("`{tag}` is not a known language code"));
        }
        let rtl = DIRECTIONS.is_right_to_left(&id);
        let tag = id.to_string();
        let mut likely = id.clone();
        LIKELY.maximize(&mut likely);
        let scripted = likely
            .script
            .map(|script| format!("{}-{}", id.language, script))
            .filter(|s| *s != tag);
        Ok(Lang { tag, rtl, scripted })
    }

    pub fn as_str(&self) -> &str {
        &self.tag
    }

    /// The language and the script it is written in, as far as CLDR's
    /// likely subtags tell (`zh-Hant` of `zh-TW` and of `zh-Hant-TW`),
    /// when that is not the tag itself.
    pub fn scripted(&self) -> Option<&str> {
        self.scripted.as_deref()
    }

    /// The primary language subtag (`sr` of `sr-Latn`).
    pub fn primary(&self) -> &str {
        self.tag.split('-').next().unwrap_or(&self.tag)
    }

    /// Whether the language is written from right to left (Hebrew,
    /// Arabic, Persian, Urdu…).
    pub fn is_rtl(&self) -> bool {
        self.rtl
    }

    /// The direction the language is written in, as HTML's `dir` names
    /// it: `ltr` or `rtl`.
    pub fn dir(&self) -> &'static str {
        if self.rtl { "rtl" } else { "ltr" }
    }
}

// A language is its tag: the rest is made from it, and comparing it
// would only compare the same again.
impl PartialEq for Lang {
    fn eq(&self, other: &Lang) -> bool {
        self.tag == other.tag
    }
}

impl Eq for Lang {}

impl PartialOrd for Lang {
    fn partial_cmp(&self, other: &Lang) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Lang {
    fn cmp(&self, other: &Lang) -> std::cmp::Ordering {
        self.tag.cmp(&other.tag)
    }
}

impl std::hash::Hash for Lang {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.tag.hash(state);
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.tag)
    }
}

impl Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.tag)
    }
}

/// An ISO 3166-1 alpha-2 country code (`FR`, `GE`), plus `XK` for Kosovo,
/// which the EU and CLDR use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Country([u8; 2]);

impl Country {
    pub fn parse(code: &str) -> Result<Country, String> {
        let code = code.trim();
        if COUNTRIES.has(code) {
            let b = code.as_bytes();
            return Ok(Country([b[0], b[1]]));
        }
        let upper = code.to_ascii_uppercase();
        if upper != code && COUNTRIES.has(&upper) {
            return Err(format!(
                "country codes are written in capitals: `{upper}`, not `{code}`"
            ));
        }
        Err(format!(
            "`{code}` is not an ISO 3166-1 alpha-2 country code"
        ))
    }

    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).expect("country codes are validated ASCII")
    }

    /// Whether the country is in the European Economic Area, where the
    /// GDPR is law: the European Union's members (with Åland and France's
    /// regions overseas, which ISO 3166 codes apart), Iceland,
    /// Liechtenstein and Norway.
    pub fn in_eea(&self) -> bool {
        matches!(
            &self.0,
            b"AT"
                | b"BE"
                | b"BG"
                | b"HR"
                | b"CY"
                | b"CZ"
                | b"DK"
                | b"EE"
                | b"FI"
                | b"FR"
                | b"DE"
                | b"GR"
                | b"HU"
                | b"IE"
                | b"IT"
                | b"LV"
                | b"LT"
                | b"LU"
                | b"MT"
                | b"NL"
                | b"PL"
                | b"PT"
                | b"RO"
                | b"SK"
                | b"SI"
                | b"ES"
                | b"SE"
                | b"AX"
                | b"GF"
                | b"GP"
                | b"MQ"
                | b"RE"
                | b"YT"
                | b"MF"
                | b"IS"
                | b"LI"
                | b"NO"
        )
    }
}

impl fmt::Display for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Country {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

const ISO_639_1: &str = "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy \
da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik \
io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my \
na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr \
ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu";

const ISO_3166: &str = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR \
BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ \
FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE \
JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR \
MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU \
RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG \
UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW";

/// The two-letter codes of a list of them (`ISO_639_1`, `ISO_3166`), all
/// in letters from `first` (`a` or `A`): a code is looked up at once, not
/// searched for in the list, for every language and country a site's
/// files name. Made at compile time, which refuses a list that is not
/// codes of two such letters separated by spaces.
struct TwoLetterCodes {
    first: u8,
    listed: [bool; 26 * 26],
}

impl TwoLetterCodes {
    const fn of(list: &str, first: u8) -> TwoLetterCodes {
        let mut listed = [false; 26 * 26];
        let bytes = list.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b' ' {
                i += 1;
                continue;
            }
            let (a, b) = (bytes[i], bytes[i + 1]);
            assert!(a >= first && a < first + 26 && b >= first && b < first + 26);
            assert!(i + 2 == bytes.len() || bytes[i + 2] == b' ');
            listed[(a - first) as usize * 26 + (b - first) as usize] = true;
            i += 2;
        }
        TwoLetterCodes { first, listed }
    }

    /// Whether `code` is one of them.
    fn has(&self, code: &str) -> bool {
        match *code.as_bytes() {
            [a, b] => {
                let (a, b) = (a.wrapping_sub(self.first), b.wrapping_sub(self.first));
                a < 26 && b < 26 && self.listed[usize::from(a) * 26 + usize::from(b)]
            }
            _ => false,
        }
    }
}

static LANGUAGES: TwoLetterCodes = TwoLetterCodes::of(ISO_639_1, b'a');
static COUNTRIES: TwoLetterCodes = TwoLetterCodes::of(ISO_3166, b'A');

/// Every country code, for locale completeness checks.
pub fn all_countries() -> impl Iterator<Item = &'static str> {
    ISO_3166.split_whitespace()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_language_knows_the_script_it_is_likely_written_in() {
        let scripted = |tag: &str| Lang::parse(tag).unwrap().scripted().map(str::to_string);
        assert_eq!(scripted("zh-TW").as_deref(), Some("zh-Hant"));
        assert_eq!(scripted("zh-Hant-TW").as_deref(), Some("zh-Hant"));
        assert_eq!(scripted("zh").as_deref(), Some("zh-Hans"));
        assert_eq!(scripted("sr-ME").as_deref(), Some("sr-Latn"));
        assert_eq!(scripted("sr-Latn"), None);
        assert_eq!(scripted("pl").as_deref(), Some("pl-Latn"));
    }

    #[test]
    fn the_eea_is_the_union_and_three_more() {
        let eea = |c: &str| Country::parse(c).unwrap().in_eea();
        for c in ["PL", "FR", "RE", "AX", "NO", "IS", "LI"] {
            assert!(eea(c), "{c}");
        }
        for c in ["GB", "CH", "UA", "JP", "US", "TR", "GE"] {
            assert!(!eea(c), "{c}");
        }
    }

    #[test]
    fn languages_are_canonicalized() {
        assert_eq!(Lang::parse("sr-latn").unwrap().as_str(), "sr-Latn");
        assert_eq!(Lang::parse("PL").unwrap().as_str(), "pl");
        assert_eq!(Lang::parse("ka").unwrap().primary(), "ka");
    }

    #[test]
    fn languages_know_their_direction() {
        for tag in [
            "he", "ar", "fa", "ur", "yi", "ps", "dv", "ckb", "az-Arab", "pa-Arab",
        ] {
            let lang = Lang::parse(tag).unwrap();
            assert!(lang.is_rtl(), "{tag}");
            assert_eq!(lang.dir(), "rtl");
        }
        for tag in [
            "pl", "en", "ka", "uk", "sr-Latn", "az", "pa", "hy", "el", "ja",
        ] {
            let lang = Lang::parse(tag).unwrap();
            assert!(!lang.is_rtl(), "{tag}");
            assert_eq!(lang.dir(), "ltr");
        }
    }

    #[test]
    fn unknown_languages_are_refused() {
        assert!(Lang::parse("xx").is_err());
        assert!(Lang::parse("polish").is_err());
        assert!(Lang::parse("").is_err());
    }

    #[test]
    fn codes_are_found_as_listed() {
        for (list, codes) in [(ISO_639_1, &LANGUAGES), (ISO_3166, &COUNTRIES)] {
            let listed_codes: Vec<&str> = list.split_whitespace().collect();
            let first = codes.first;
            for a in 0..=255u8 {
                for b in [first, first + 12, first + 25, b'x', b'X', b'1', a] {
                    let code = String::from_utf8_lossy(&[a, b]).into_owned();
                    assert_eq!(
                        codes.has(&code),
                        listed_codes.contains(&code.as_str()),
                        "{code:?}"
                    );
                }
            }
            assert!(listed_codes.iter().all(|c| codes.has(c)));
            assert!(!codes.has("") && !codes.has("abc"));
        }
    }

    #[test]
    fn countries_are_checked() {
        assert_eq!(Country::parse("GE").unwrap().as_str(), "GE");
        assert!(Country::parse("ge").unwrap_err().contains("`GE`"));
        assert!(Country::parse("XX").is_err());
        assert!(Country::parse("FRA").is_err());
    }
}
