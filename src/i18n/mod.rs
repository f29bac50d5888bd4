//! Interface strings (Fluent) and the forms of dates, numbers and plurals
//! (ICU4X) for every language the site is built in.
//!
//! A language with no locale files falls back to English, then to the
//! default language; the build warns once, naming the language. A message
//! missing from a language falls back the same way. A message taken from
//! a language written in the other direction (an English label on a
//! Hebrew page) is set apart with Unicode's directional isolates, so that
//! its punctuation and numbers stay in its own order.
//!
//! A message taken from another language than the page's (the English
//! labels of a language without locale files) is also wrapped in marks
//! that name its language ([`marks`]). Rendering turns them into
//! `<span lang="en">` where the message is text of the page, and drops
//! them where it is an attribute's value or in a file that is not HTML,
//! so that screen readers read it in its own voice and print hyphenates
//! it by its own rules, in every theme without a change to its templates.

pub mod fluent;
pub mod icu;
pub mod marks;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use fluent_bundle::{FluentArgs, FluentValue};

use self::fluent::Bundle;
use self::icu::Formats;
use crate::error::{Diagnostic, Error, Result, Warning};
use crate::model::{Country, Lang, PartialDate, PartnerKind, When};
use crate::source::resources::LocaleFiles;

/// Bundles and formatters for every language a build needs.
pub struct I18n {
    bundles: BTreeMap<String, Bundle>,
    formats: BTreeMap<Lang, Formats>,
    /// The fallback chain of each language: the bundles to look in.
    chains: BTreeMap<Lang, Vec<Fallback>>,
    /// Every message id of every loaded locale, for [`I18n::labels`].
    ids: Vec<String>,
    /// Each language's messages formatted without arguments, by id: what
    /// [`Tr::t`] gives for them, formatted once instead of on every page.
    labels: BTreeMap<Lang, rustc_hash::FxHashMap<String, String>>,
    site_args: SiteArgs,
}

/// What every message may ask of the site, besides its own arguments.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SiteArgs {
    /// `$partners-are`.
    pub partners_are: PartnersAre,
    /// `$jurisdiction`.
    pub jurisdiction: Jurisdiction,
}

impl SiteArgs {
    /// A site of towns in the European Economic Area.
    pub const TOWNS_IN_EEA: SiteArgs = SiteArgs {
        partners_are: PartnersAre::Towns,
        jurisdiction: Jurisdiction::Eea,
    };

    /// The arguments of a site: what its partners are, and the law its
    /// home country is under.
    pub fn of(site: &crate::model::Site) -> SiteArgs {
        SiteArgs {
            partners_are: PartnersAre::of(site.partners.iter().map(|p| p.facts.kind)),
            jurisdiction: Jurisdiction::of(site.config.home.country),
        }
    }
}

/// The law on personal data and on public bodies' websites that the
/// publisher's country is under, which every message may ask as
/// `$jurisdiction`, so that the privacy page and the accessibility
/// statement name the GDPR and Directive (EU) 2016/2102 only where they
/// are law: `eea` in the European Economic Area (the European Union,
/// Iceland, Liechtenstein and Norway), `gb` in the United Kingdom (the
/// UK GDPR and its own accessibility regulations), `other` elsewhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Jurisdiction {
    Eea,
    Gb,
    Other,
}

impl Jurisdiction {
    pub fn of(country: Country) -> Jurisdiction {
        match country.as_str() {
            "GB" => Jurisdiction::Gb,
            _ if country.in_eea() => Jurisdiction::Eea,
            _ => Jurisdiction::Other,
        }
    }

    /// The value of `$jurisdiction`.
    pub fn as_str(self) -> &'static str {
        match self {
            Jurisdiction::Eea => "eea",
            Jurisdiction::Gb => "gb",
            Jurisdiction::Other => "other",
        }
    }
}

/// What a site's partners are, which every message may ask as
/// `$partners-are`: `towns` when each is a city or a municipality (or
/// there are none yet), `other` when some are regions, schools or other
/// bodies, whom "partner towns" would misname.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartnersAre {
    Towns,
    Other,
}

impl PartnersAre {
    pub fn of(kinds: impl IntoIterator<Item = PartnerKind>) -> PartnersAre {
        let town = |k| matches!(k, PartnerKind::City | PartnerKind::Municipality);
        if kinds.into_iter().all(town) {
            PartnersAre::Towns
        } else {
            PartnersAre::Other
        }
    }

    /// The value of `$partners-are`.
    pub fn as_str(self) -> &'static str {
        match self {
            PartnersAre::Towns => "towns",
            PartnersAre::Other => "other",
        }
    }
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("I18n")
            .field("languages", &self.chains.keys().collect::<Vec<_>>())
            .finish()
    }
}

impl I18n {
    /// Loads the locales of `languages` (plus English and the default
    /// language, the fallbacks).
    pub fn new(
        files: &LocaleFiles,
        languages: &[Lang],
        default: &Lang,
        site_args: SiteArgs,
    ) -> Result<(I18n, Vec<Warning>)> {
        let files = &by_language(files)?;
        let mut errors = Vec::new();
        let mut warnings = Vec::new();
        // The locales the languages need, in the order first needed.
        let mut keys: Vec<String> = Vec::new();
        let mut chains = BTreeMap::new();
        let mut formats = BTreeMap::new();
        let english = Lang::parse("en").expect("en is a valid language");
        let mut wanted: Vec<&Lang> = languages.iter().collect();
        wanted.push(&english);
        wanted.push(default);
        for lang in wanted {
            if chains.contains_key(lang) {
                continue;
            }
            let mut chain = locale_keys(files, lang);
            match chain.first() {
                Some(_) => {}
                None if languages.contains(lang) => warnings.push(Warning {
                    message: format!(
                        "there are no interface strings for `{lang}` (no locales/{lang}/); pages in `{lang}` use English labels"
                    ),
                }),
                None => {}
            }
            for fallback in [&english, default] {
                for key in locale_keys(files, fallback) {
                    if !chain.contains(&key) {
                        chain.push(key);
                    }
                }
            }
            for key in &chain {
                if !keys.contains(key) {
                    keys.push(key.clone());
                }
            }
            formats.insert(lang.clone(), Formats::new(lang.as_str()));
            let chain = chain
                .into_iter()
                .map(|key| Fallback::of(key, lang))
                .collect();
            chains.insert(lang.clone(), chain);
        }
        // Each locale's bundle made on a thread of its own (its files
        // parsed: about a millisecond each), its mistakes reported in the
        // order the locales were first needed.
        use rayon::prelude::*;
        let made: Vec<(String, _, Vec<_>)> = keys
            .into_par_iter()
            .map(|key| {
                let mut mistakes = Vec::new();
                let bundle = self::fluent::bundle(&key, &files[&key], &mut mistakes);
                (key, bundle, mistakes)
            })
            .collect();
        let mut bundles = BTreeMap::new();
        for (key, bundle, mistakes) in made {
            errors.extend(mistakes);
            bundles.insert(key, bundle);
        }
        if !errors.is_empty() {
            return Err(Error::Invalid(errors));
        }
        let mut ids: Vec<String> = bundles
            .keys()
            .flat_map(|k| files[k].iter().flat_map(|f| message_ids(&f.text)))
            .collect();
        ids.sort();
        ids.dedup();
        let mut i18n = I18n {
            bundles,
            formats,
            chains,
            ids,
            labels: BTreeMap::new(),
            site_args,
        };
        i18n.labels = i18n
            .chains
            .keys()
            .map(|lang| {
                let tr = i18n.tr(lang);
                let labels = i18n
                    .ids
                    .iter()
                    .filter_map(|id| Some((id.clone(), tr.get(id, None)?)))
                    .collect();
                (lang.clone(), labels)
            })
            .collect();
        Ok((i18n, warnings))
    }

    /// The translator for one language.
    pub fn tr(&self, lang: &Lang) -> Tr<'_> {
        let chain = self
            .chains
            .get(lang)
            .map(|c| {
                c.iter()
                    .filter_map(|f| Some((self.bundles.get(&f.key)?, &f.apart)))
                    .collect()
            })
            .unwrap_or_default();
        let formats = self
            .formats
            .get(lang)
            .or_else(|| self.formats.values().next())
            .expect("formats exist for every language");
        Tr {
            lang: lang.clone(),
            chain,
            formats,
            labels: self.labels.get(lang),
            site_args: self.site_args,
        }
    }

    /// Every message without arguments in `lang`, for templates (`t["nav-partners"]`).
    pub fn labels(&self, lang: &Lang) -> BTreeMap<String, String> {
        self.labels.get(lang).map_or_else(BTreeMap::new, |labels| {
            labels
                .iter()
                .map(|(id, text)| (id.clone(), text.clone()))
                .collect()
        })
    }

    /// Interface strings `lang`'s own locale files lack (all of them when
    /// it has none); names of languages in themselves are not counted.
    pub fn missing(&self, lang: &Lang) -> Vec<&str> {
        let own: Vec<&Bundle> = self
            .chains
            .get(lang)
            .into_iter()
            .flatten()
            .filter(|f| is_own_key(&f.key, lang))
            .filter_map(|f| self.bundles.get(&f.key))
            .collect();
        self.ids
            .iter()
            .filter(|id| !id.starts_with("endonym-"))
            .filter(|id| !own.iter().any(|b| b.has_message(id)))
            .map(String::as_str)
            .collect()
    }

    /// How many interface strings there are (names of languages in
    /// themselves aside).
    pub fn interface_size(&self) -> usize {
        self.ids
            .iter()
            .filter(|id| !id.starts_with("endonym-"))
            .count()
    }

    /// Whether `lang` has interface strings of its own.
    pub fn has_locale(&self, lang: &Lang) -> bool {
        self.locale(lang).is_some()
    }

    /// The locale folder of `lang`'s own interface strings: its own tag's
    /// (`sr-Latn`), its language's (`sr`), or none.
    pub fn locale(&self, lang: &Lang) -> Option<&str> {
        self.chains
            .get(lang)
            .and_then(|c| c.first())
            .map(|f| f.key.as_str())
            .filter(|key| is_own_key(key, lang))
    }
}

/// The ids of the messages defined in a Fluent file.
pub fn message_ids(text: &str) -> Vec<String> {
    text.lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()))
        .filter_map(|l| l.split_once('=').map(|(id, _)| id.trim().to_string()))
        .collect()
}

/// The locale files by the language tag their folder names, written as
/// the site's languages are (`locales/sr-latn/` is `sr-Latn`'s, after the
/// built-in files of that tag). A folder whose name is no language tag
/// is an error: its strings would be for no page. The files are copied
/// only when a folder is named otherwise than its tag is written.
fn by_language(files: &LocaleFiles) -> Result<std::borrow::Cow<'_, LocaleFiles>> {
    let mut errors = Vec::new();
    // A folder named as the tag is written comes before one that is not,
    // which holds a site's own files.
    let mut keys: Vec<(&String, String)> = Vec::new();
    for (key, list) in files {
        match Lang::parse(key) {
            Ok(lang) => keys.push((key, lang.as_str().to_string())),
            Err(_) => {
                let folder = list
                    .first()
                    .and_then(|f| f.path.parent())
                    .map_or_else(|| PathBuf::from("locales").join(key), Path::to_path_buf);
                errors.push(
                    Diagnostic::file(
                        folder,
                        format!("`{key}` is not a language tag, so these interface strings are for no page"),
                    )
                    .with_help(
                        "name the folder by the language's code, as content/site.yaml writes it: locales/de/ for German, locales/sr-Latn/ for Serbian in Latin letters",
                    ),
                );
            }
        }
    }
    if !errors.is_empty() {
        return Err(Error::Invalid(errors));
    }
    if keys.iter().all(|(key, tag)| *key == tag) {
        return Ok(std::borrow::Cow::Borrowed(files));
    }
    keys.sort_by_key(|(key, tag)| (tag.clone(), *key != tag));
    let mut merged = LocaleFiles::new();
    for (key, tag) in keys {
        merged
            .entry(tag)
            .or_default()
            .extend(files[key].iter().cloned());
    }
    Ok(std::borrow::Cow::Owned(merged))
}

/// The locale folders of a language, the closest first: `sr-Latn`, `sr`,
/// and the folders of the same language under its other code (`nb` for
/// `no`), each that there is.
fn locale_keys(files: &LocaleFiles, lang: &Lang) -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    for key in own_keys(lang).filter(|k| files.contains_key(*k)) {
        if !keys.iter().any(|k| k == key) {
            keys.push(key.to_string());
        }
    }
    keys
}

/// The locale folders that hold `lang`'s own strings, the closest first.
fn own_keys(lang: &Lang) -> impl Iterator<Item = &str> {
    [
        Some(lang.as_str()),
        lang.scripted(),
        Some(lang.primary()),
        other_code(lang.primary()),
    ]
    .into_iter()
    .flatten()
}

/// Whether the locale folder `key` holds `lang`'s own strings.
fn is_own_key(key: &str, lang: &Lang) -> bool {
    own_keys(lang).any(|k| k == key)
}

/// The other code of a language that has two: Norwegian (`no`) is
/// written as Bokmål (`nb`) by nearly all its readers, and the CLDR
/// takes the one for the other.
fn other_code(code: &str) -> Option<&'static str> {
    match code {
        "no" => Some("nb"),
        "nb" => Some("no"),
        _ => None,
    }
}

/// A bundle in a language's fallback chain.
#[derive(Debug)]
struct Fallback {
    /// The bundle's key: its locale folder.
    key: String,
    /// How its messages are set apart on the language's pages.
    apart: Apart,
}

/// How the messages of a bundle in another language than the page's
/// are set apart.
#[derive(Debug)]
struct Apart {
    /// The bundle's language, when it is not the page's: its messages are
    /// marked with it ([`marks`]).
    lang: Option<String>,
    /// The isolate that keeps them in their own direction, when their
    /// language is written in the other direction than the page's.
    isolate: Option<char>,
}

impl Fallback {
    fn of(key: String, lang: &Lang) -> Fallback {
        let own = is_own_key(&key, lang);
        let theirs = Lang::parse(&key).ok();
        let rtl = theirs.as_ref().is_some_and(Lang::is_rtl);
        let isolate = (rtl != lang.is_rtl()).then_some(if rtl {
            RIGHT_TO_LEFT_ISOLATE
        } else {
            LEFT_TO_RIGHT_ISOLATE
        });
        let lang = theirs.filter(|_| !own).map(|l| l.as_str().to_string());
        Fallback {
            key,
            apart: Apart { lang, isolate },
        }
    }
}

/// Unicode's directional isolates: text between one of the first two and
/// [`POP_DIRECTIONAL_ISOLATE`] is laid out in that direction, apart from
/// the text around it.
pub const LEFT_TO_RIGHT_ISOLATE: char = '\u{2066}';
pub const RIGHT_TO_LEFT_ISOLATE: char = '\u{2067}';
pub const POP_DIRECTIONAL_ISOLATE: char = '\u{2069}';

/// Strings and formats of one language.
pub struct Tr<'a> {
    pub lang: Lang,
    /// The bundles to look in, in order, each with how its messages are
    /// set apart when its language is not the page's.
    chain: Vec<(&'a Bundle, &'a Apart)>,
    formats: &'a Formats,
    /// The language's messages formatted without arguments
    /// ([`I18n::labels`]); None while they are being made.
    labels: Option<&'a rustc_hash::FxHashMap<String, String>>,
    site_args: SiteArgs,
}

impl Tr<'_> {
    /// A message, or its id when no language in the chain has it.
    pub fn t(&self, id: &str) -> String {
        self.label(id)
            .or_else(|| self.get(id, None))
            .unwrap_or_else(|| id.to_string())
    }

    /// A message without arguments as formatted beforehand; None for an
    /// attribute (`id.attribute`) and a message not made beforehand.
    fn label(&self, id: &str) -> Option<String> {
        self.labels?.get(id).cloned()
    }

    /// A message with arguments; numbers select plural forms.
    pub fn t_with(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let mut fa = self.site_args();
        for (k, v) in args {
            match v {
                Arg::Str(s) => fa.set(*k, FluentValue::from(s.clone())),
                Arg::Num(n) => fa.set(*k, FluentValue::from(*n)),
            }
        }
        self.get(id, Some(&fa)).unwrap_or_else(|| id.to_string())
    }

    /// The arguments every message may ask ([`SiteArgs`]).
    fn site_args(&self) -> FluentArgs<'static> {
        let mut args = FluentArgs::new();
        args.set("partners-are", self.site_args.partners_are.as_str());
        args.set("jurisdiction", self.site_args.jurisdiction.as_str());
        args
    }

    /// A message, with the site's arguments when given none.
    pub fn get(&self, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let site;
        let args = match args {
            Some(args) => args,
            None => {
                site = self.site_args();
                &site
            }
        };
        let args = Some(args);
        self.chain.iter().find_map(|&(bundle, apart)| {
            let text = self::fluent::format(bundle, id, args)?;
            // A language's name in itself is in neither bundle's language.
            if id.starts_with("endonym-") {
                return Some(text);
            }
            let text = match apart.isolate {
                Some(open) => format!("{open}{text}{POP_DIRECTIONAL_ISOLATE}"),
                None => text,
            };
            Some(match &apart.lang {
                Some(lang) => marks::marked(lang, &text),
                None => text,
            })
        })
    }

    /// A country's name in this language (its code when the locale has
    /// none).
    pub fn country(&self, c: Country) -> String {
        let id = format!("country-{c}");
        self.label(&id)
            .or_else(|| self.get(&id, None))
            .unwrap_or_else(|| c.to_string())
    }

    pub fn date(&self, d: &PartialDate) -> String {
        self.formats.date(d)
    }

    pub fn when(&self, w: &When) -> String {
        self.formats.when(w)
    }

    pub fn integer(&self, n: i64) -> String {
        self.formats.integer(n)
    }

    pub fn decimal(&self, x: f64) -> String {
        self.formats.decimal(x)
    }
}

/// An argument of a message.
#[derive(Debug, Clone)]
pub enum Arg {
    Str(String),
    Num(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Str(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Str(s)
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Num(n as f64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::resources::LocaleFile;

    /// The locale files of the languages, one `main.ftl` each.
    fn locales(files: &[(&str, &str)]) -> LocaleFiles {
        files
            .iter()
            .map(|(lang, text)| {
                let file = LocaleFile {
                    path: format!("locales/{lang}/main.ftl").into(),
                    text: text.to_string(),
                };
                (lang.to_string(), vec![file])
            })
            .collect()
    }

    #[test]
    fn messages_formatted_beforehand_are_those_formatted_when_asked() {
        let files = locales(&[
            (
                "en",
                "hello = Hello\nmore = More\ncountry-FR = France\ncount = { $n } towns\nterm = { -brand } site\n-brand = Twin\nbutton = Go\n    .title = Go there\n",
            ),
            ("fr", "hello = Bonjour\ncountry-FR = la France\n"),
        ]);
        let langs = ["fr", "de"].map(|l| Lang::parse(l).unwrap());
        let (i18n, _) = I18n::new(&files, &langs, &langs[0], SiteArgs::TOWNS_IN_EEA).unwrap();
        for lang in &langs {
            let tr = i18n.tr(lang);
            let asked = |id: &str| tr.get(id, None).unwrap_or_else(|| id.to_string());
            for id in [
                "hello",
                "more",
                "count",
                "term",
                "button",
                "button.title",
                "nothing",
            ] {
                assert_eq!(tr.t(id), asked(id), "{lang} {id}");
            }
            assert_eq!(
                tr.country(Country::parse("FR").unwrap()),
                asked("country-FR")
            );
        }
        let fr = i18n.tr(&langs[0]);
        assert_eq!(
            [
                fr.t("hello"),
                fr.t("more"),
                fr.t("term"),
                fr.t("button.title")
            ],
            [
                "Bonjour".to_string(),
                marks::marked("en", "More"),
                marks::marked("en", "Twin site"),
                marks::marked("en", "Go there")
            ]
        );
        // A language without locale files has English, marked as such.
        assert_eq!(i18n.tr(&langs[1]).t("hello"), marks::marked("en", "Hello"));
        assert_eq!(i18n.labels(&langs[0])["hello"], "Bonjour");
    }

    #[test]
    fn norwegian_finds_its_strings_under_either_code() {
        let files = locales(&[
            ("en", "hello = Hello\nmore = More\n"),
            ("nb", "hello = Hei\n"),
        ]);
        let langs = ["no", "nb", "nn"].map(|l| Lang::parse(l).unwrap());
        let (i18n, warnings) =
            I18n::new(&files, &langs, &langs[0], SiteArgs::TOWNS_IN_EEA).unwrap();
        for lang in &langs[..2] {
            assert!(i18n.has_locale(lang), "{lang}");
            // Its own strings unmarked, English marked as another language.
            assert_eq!(i18n.tr(lang).t("hello"), "Hei");
            assert_eq!(i18n.tr(lang).t("more"), marks::marked("en", "More"));
        }
        // Nynorsk is a language of its own, which Bokmål does not stand in for.
        assert!(!i18n.has_locale(&langs[2]));
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].message.contains("`nn`"));
        // A site's own `locales/no/` changes some strings: the others are
        // still Bokmål's, for a page in either code.
        let files = locales(&[
            ("en", "hello = Hello\nmore = More\nbye = Bye\n"),
            ("nb", "hello = Hei\nmore = Mer\n"),
            ("no", "hello = Hallo\n"),
        ]);
        let both = ["no", "nb"].map(|l| Lang::parse(l).unwrap());
        let (i18n, _) = I18n::new(&files, &both, &both[0], SiteArgs::TOWNS_IN_EEA).unwrap();
        let [no, nb] = both.each_ref().map(|l| i18n.tr(l));
        assert_eq!([no.t("hello"), no.t("more")], ["Hallo", "Mer"]);
        assert_eq!([nb.t("hello"), nb.t("more")], ["Hei", "Mer"]);
        assert_eq!(no.t("bye"), marks::marked("en", "Bye"));
        assert_eq!(i18n.missing(&both[0]), ["bye"]);
    }

    #[test]
    fn a_region_finds_the_strings_of_the_script_it_is_written_in() {
        // Taiwan and Hong Kong write Chinese in traditional characters,
        // the mainland in simplified ones (the `zh` folder); Montenegro
        // writes Serbian in Latin letters.
        let files = locales(&[
            ("en", "hello = Hello\nmore = More\n"),
            ("zh", "hello = 你好\nmore = 更多\n"),
            ("zh-Hant", "more = 更多內容\n"),
            ("sr", "hello = Здраво\n"),
            ("sr-Latn", "hello = Zdravo\n"),
        ]);
        let langs = [
            "zh-TW",
            "zh-HK",
            "zh-CN",
            "zh",
            "zh-Hant-TW",
            "sr-ME",
            "sr-RS",
        ]
        .map(|l| Lang::parse(l).unwrap());
        let (i18n, _) = I18n::new(&files, &langs, &langs[0], SiteArgs::TOWNS_IN_EEA).unwrap();
        let more = langs.each_ref().map(|l| i18n.tr(l).t("more"));
        assert_eq!(
            more[..5],
            ["更多內容", "更多內容", "更多", "更多", "更多內容"]
        );
        // What the traditional folder lacks is in the language's own.
        assert_eq!(i18n.tr(&langs[0]).t("hello"), "你好");
        assert_eq!(i18n.locale(&langs[0]), Some("zh-Hant"));
        assert!(i18n.missing(&langs[0]).is_empty());
        assert_eq!(i18n.tr(&langs[5]).t("hello"), "Zdravo");
        assert_eq!(i18n.tr(&langs[6]).t("hello"), "Здраво");
    }

    #[test]
    fn a_locale_folder_is_the_language_its_name_is_written_any_way() {
        // A site's `locales/sr-latn/` adds to the built-in `sr-Latn`,
        // and wins where both have a string.
        let mut files = locales(&[
            ("en", "hello = Hello\n"),
            ("sr-Latn", "hello = Zdravo\nmore = Još\n"),
            ("sr-latn", "hello = Dobar dan\n"),
        ]);
        let sr = Lang::parse("sr-Latn").unwrap();
        let (i18n, _) = I18n::new(
            &files,
            std::slice::from_ref(&sr),
            &sr,
            SiteArgs::TOWNS_IN_EEA,
        )
        .unwrap();
        let tr = i18n.tr(&sr);
        assert_eq!([tr.t("hello"), tr.t("more")], ["Dobar dan", "Još"]);
        // A folder named by no language tag is an error naming it.
        files.extend(locales(&[("english", "hello = Hi\n")]));
        let Err(Error::Invalid(errors)) = I18n::new(
            &files,
            std::slice::from_ref(&sr),
            &sr,
            SiteArgs::TOWNS_IN_EEA,
        ) else {
            panic!("a folder that is no language was taken")
        };
        assert_eq!(errors[0].file, Path::new("locales/english"));
        assert!(
            errors[0]
                .message
                .contains("`english` is not a language tag")
        );
    }

    #[test]
    fn a_message_from_a_language_of_the_other_direction_is_set_apart() {
        let files = locales(&[
            (
                "en",
                "more = All partners\nas-of = (as of { $year })\nendonym-he = עברית\n",
            ),
            ("he", "more = כל השותפים\n"),
            ("fa", "title = شهرهای خواهرخوانده\n"),
        ]);
        let [he, fa, de] = ["he", "fa", "de"].map(|l| Lang::parse(l).unwrap());
        let langs = [he.clone(), fa.clone(), de.clone()];
        let (i18n, _) = I18n::new(&files, &langs, &fa, SiteArgs::TOWNS_IN_EEA).unwrap();
        let (he, fa, de) = (i18n.tr(&he), i18n.tr(&fa), i18n.tr(&de));
        // Its own message is as written, one of a language written the
        // same way only marked with its language.
        assert_eq!(he.t("more"), "כל השותפים");
        assert_eq!(he.t("title"), marks::marked("fa", "شهرهای خواهرخوانده"));
        assert_eq!(de.t("more"), marks::marked("en", "All partners"));
        // English on a Hebrew page, left to right, with and without
        // arguments, and beforehand as when asked.
        assert_eq!(
            fa.t("more"),
            marks::marked("en", "\u{2066}All partners\u{2069}")
        );
        assert_eq!(
            i18n.labels(&Lang::parse("fa").unwrap())["more"],
            fa.t("more")
        );
        assert_eq!(
            he.t_with("as-of", &[("year", Arg::from("2024"))]),
            marks::marked("en", "\u{2066}(as of 2024)\u{2069}")
        );
        // Persian on a German page, right to left.
        assert_eq!(
            de.t("title"),
            marks::marked("fa", "\u{2067}شهرهای خواهرخوانده\u{2069}")
        );
        // A language's name in itself is in no bundle's language.
        assert_eq!(he.get("endonym-he", None).as_deref(), Some("עברית"));
    }
}
