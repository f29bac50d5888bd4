//! What each template receives: the model put into words for one
//! language — names, dates and numbers formatted, labels translated, text
//! rendered, and `lang` marked wherever a text is in another language.

use std::collections::BTreeMap;

use serde::Serialize;
use tera::Value;
use tera::value::Key;

use super::markdown;
use super::pages::{
    PageKind, PageSpec, activity_route, country_route, page_route, partner_countries,
    partner_route, record_year_route, record_years, report_route,
};
use super::photos::Plan;
use super::urls::Urls;
use crate::i18n::{Arg, I18n, Tr};
use crate::model::*;

/// The fields of a template's object, as `{"key": value, ...}`, each
/// value moved in (`Value::from`), each key a literal: Tera's own values,
/// made once, without a JSON value in between to be read again.
macro_rules! fields {
    ({$($key:literal: $value:expr),* $(,)?}) => {{
        let mut map = tera::Map::with_capacity([$($key),*].len());
        $(map.insert(tera::value::Key::Str($key), Value::from($value));)*
        map
    }};
}

/// A template's object of the fields given, as in [`fields!`], its map
/// built once: made from a map, a `Value` builds the map again.
macro_rules! object {
    ({$($key:literal: $value:expr),* $(,)?}) => {
        Object([$(($key, Value::from($value))),*]).into_value()
    };
}

/// The fields of a template's object, which Tera's serializer takes as a
/// struct into a map made once, each field's value passed through as it
/// is (an `Arc`'s count raised, a short text copied).
struct Object<const N: usize>([(&'static str, Value); N]);

impl<const N: usize> Object<N> {
    fn into_value(self) -> Value {
        Value::from_serializable(&self)
    }
}

impl<const N: usize> Serialize for Object<N> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let mut object = serializer.serialize_struct("object", N)?;
        for (key, value) in &self.0 {
            object.serialize_field(key, value)?;
        }
        object.end()
    }
}

thread_local! {
    /// The profile text a thread last rendered for a folder, for the page
    /// of the same text (see `Ctx::profile_html`).
    static SHARED_TEXT: std::cell::RefCell<Option<(SharedKey, markdown::Shared)>> =
        const { std::cell::RefCell::new(None) };
}

/// What a shared rendering was made from: the text (where it is in the
/// site the render reads, which stays put while it renders), the page
/// its links lead from, and the render ([`Env::render`]): a thread
/// outlives a render, and in one render a text and its page's place
/// decide everything else its links and photos need.
#[derive(PartialEq, Eq)]
struct SharedKey {
    render: u64,
    text: usize,
    page: String,
}

impl SharedKey {
    fn of(render: u64, text: &Text, base: &markdown::LinkBase) -> SharedKey {
        SharedKey {
            render,
            text: std::ptr::from_ref(text).addr(),
            page: base.page.clone(),
        }
    }
}

/// A template's object, to which a page adds the fields every page has.
type Fields = tera::Map;

/// A page's template, its title and its own fields.
type View = (&'static str, String, Fields);

mod partners;
mod print;
mod report;
pub mod search;
mod statement;
mod structured;

pub use print::{FOLDER_PHOTO_MM, printable};

/// What some pages need beyond the model.
pub struct Env<'a> {
    /// This render's number, unique in the process.
    pub render: u64,
    pub outline: &'a super::map::Outline,
    pub words: &'a search::ProfileWords<'a>,
    pub prints: &'a [super::print::PrintSpec],
    pub pdf: bool,
    pub endonyms: &'a BTreeMap<String, String>,
    /// The land of the partners page's map of every partner, drawn once
    /// for every language.
    pub partners_land: &'a std::sync::OnceLock<String>,
    /// What the home page shows alike in every language.
    pub home: &'a Home,
    /// The partners' pages made in each language the site is not built
    /// in ([`own_pages`]).
    pub own_pages: &'a OwnPagesByLang,
}

/// [`markdown::OwnPages`] of each language the site is not built in.
pub type OwnPagesByLang = BTreeMap<Lang, markdown::OwnPages>;

/// The pages of a language no page is planned in.
static NO_PAGES: std::sync::LazyLock<markdown::OwnPages> =
    std::sync::LazyLock::new(Default::default);

/// The pages planned in each language the site is not built in (its
/// partners' own, in which only their pages are made), once for every
/// text shown in one.
pub fn own_pages(site: &Site, urls: &Urls, specs: &[PageSpec]) -> OwnPagesByLang {
    let mut links: BTreeMap<&Lang, Vec<String>> = BTreeMap::new();
    for spec in specs
        .iter()
        .filter(|s| !site.config.languages.contains(&s.lang))
    {
        links
            .entry(&spec.lang)
            .or_default()
            .push(urls.link(&spec.lang, &spec.route));
    }
    links
        .into_iter()
        .map(|(lang, links)| (lang.clone(), markdown::OwnPages::new(links)))
        .collect()
}

/// What the home page shows alike in every language, found or drawn by
/// the first language's and taken by the others.
#[derive(Default)]
pub struct Home {
    /// The partners it shows ([`partners::home_partners`]).
    partners: std::sync::OnceLock<Vec<usize>>,
    /// The land of its map of them.
    land: std::sync::OnceLock<String>,
}

fn esc(s: &str) -> String {
    super::escape(s)
}

/// The `dir` of an element in `lang` on a page in `page`: the language's
/// direction when it is not the page's (`rtl` for a Hebrew name on a
/// Polish page, `ltr` for an English title on an Arabic one), otherwise
/// none, as the element takes the page's.
fn dir_beside(lang: &Lang, page: &Lang) -> Option<&'static str> {
    (lang.is_rtl() != page.is_rtl()).then(|| lang.dir())
}

/// The attributes of an element in `lang` on a page in `page`: `lang`,
/// and `dir` when the two are written in different directions.
fn lang_attributes(lang: &Lang, page: &Lang) -> String {
    match dir_beside(lang, page) {
        Some(dir) => format!(r#" lang="{lang}" dir="{dir}""#),
        None => format!(r#" lang="{lang}""#),
    }
}

/// HTML on a page in `page`, wrapped in `element` with `lang` (and `dir`,
/// see [`lang_attributes`]) when it is in another language, `lang`.
fn in_language(element: &str, html: String, lang: Option<&Lang>, page: &Lang) -> String {
    match lang {
        Some(l) => format!("<{element}{}>{html}</{element}>", lang_attributes(l, page)),
        None => html,
    }
}

/// Text in `lang` markup on a page in `page`: in a span of its language
/// when it is not the page's ([`in_language`]).
fn marked(text: &str, lang: Option<&Lang>, page: &Lang) -> String {
    in_language("span", esc(text), lang, page)
}

fn pick<'a>(l: &'a Localized, site: &Site, lang: &Lang) -> Picked<'a> {
    l.get(lang, &site.config.default_language)
}

fn pick_html(l: &Localized, site: &Site, lang: &Lang) -> String {
    let p = pick(l, site, lang);
    marked(p.text, p.fallback, lang)
}

/// Markdown of a localized field, as HTML with `lang` when it fell back.
fn pick_markdown(l: &Localized, site: &Site, lang: &Lang) -> String {
    let p = pick(l, site, lang);
    in_language("span", markdown::inline(p.text), p.fallback, lang)
}

fn time(iso: impl std::fmt::Display, text: &str) -> String {
    format!(r#"<time datetime="{iso}">{}</time>"#, esc(text))
}

/// The name of a town in `lang`, marked when it is in its own language.
fn town_name(f: &Facts, lang: &Lang) -> String {
    marked(f.name_in(lang), f.name_lang(lang), lang)
}

fn language_name(tr: &Tr, l: &Lang) -> String {
    tr.get(&format!("language-{l}"), None)
        .or_else(|| tr.get(&format!("language-{}", l.primary()), None))
        .unwrap_or_else(|| l.to_string())
}

/// A language's name in itself. A tag with a script or region names its
/// variant by its locale's own `language-self` (`sr-Latn`'s "Srpski"
/// beside `sr`'s "Српски", `zh-TW`'s "繁體中文" from `zh-Hant`, `zh-CN`'s
/// "简体中文") before the language's shared name.
fn endonym(i18n: &I18n, l: &Lang) -> String {
    let tr = i18n.tr(l);
    let own = || {
        i18n.locale(l)?;
        tr.get("language-self", None)
    };
    let variant = l.as_str() != l.primary();
    tr.get(&format!("endonym-{l}"), None)
        .or_else(|| variant.then(own).flatten())
        .or_else(|| tr.get(&format!("endonym-{}", l.primary()), None))
        .or_else(own)
        .unwrap_or_else(|| l.to_string())
}

#[derive(Serialize)]
struct Link {
    label: String,
    url: String,
    /// The label's language, when it is not the page's.
    #[serde(skip_serializing_if = "Option::is_none")]
    lang: Option<String>,
    /// The label's direction, when it is not the page's.
    #[serde(skip_serializing_if = "Option::is_none")]
    dir: Option<&'static str>,
}

/// Everything that is the same on every page of a language.
pub fn chrome(
    site: &Site,
    i18n: &I18n,
    urls: &Urls,
    lang: &Lang,
    assets: &BTreeMap<String, String>,
    endonyms: &BTreeMap<String, String>,
    printables: bool,
) -> Value {
    let tr = i18n.tr(lang);
    let c = &site.config;
    let nav_lang = cx_nav(site, lang);
    let mut menu = vec![
        Link {
            label: tr.t("nav-partners"),
            url: urls.link(nav_lang, "partners/"),
            lang: None,
            dir: None,
        },
        Link {
            label: tr.t("nav-activities"),
            url: urls.link(nav_lang, "activities/"),
            lang: None,
            dir: None,
        },
        Link {
            label: tr.t("nav-schedule"),
            url: urls.link(nav_lang, "schedule/"),
            lang: None,
            dir: None,
        },
    ];
    if let Some(r) = site.reports.last() {
        menu.push(Link {
            label: tr.t("nav-reports"),
            url: urls.link(nav_lang, &report_route(r.year)),
            lang: None,
            dir: None,
        });
    }
    for (i, p) in site.pages.iter().enumerate() {
        if p.menu().is_some() {
            // The title in the default language when the page has none
            // in this one, marked.
            let fallback = (!p.texts.contains_key(lang)).then_some(&c.default_language);
            let title = p
                .texts
                .get(fallback.unwrap_or(lang))
                .and_then(|t| t.title.clone());
            menu.push(Link {
                label: title.unwrap_or_default(),
                url: urls.link(nav_lang, &page_route(site, i, nav_lang)),
                lang: fallback.map(Lang::to_string),
                dir: fallback.and_then(|f| dir_beside(f, lang)),
            });
        }
    }
    menu.push(Link {
        label: tr.t("search-title"),
        url: urls.link(nav_lang, "search/"),
        lang: None,
        dir: None,
    });
    let mut data_links = vec![
        Link {
            label: tr.t("data-partners-json"),
            url: urls.asset(super::data::PARTNERS_JSON),
            lang: None,
            dir: None,
        },
        Link {
            label: tr.t("data-partners-csv"),
            url: urls.asset(super::data::PARTNERS_CSV),
            lang: None,
            dir: None,
        },
    ];
    if site.has_plans() {
        data_links.push(Link {
            label: tr.t("data-schedule-ics"),
            url: urls.link(nav_lang, "schedule.ics"),
            lang: None,
            dir: None,
        });
    }
    data_links.push(Link {
        label: tr.t("data-feed"),
        url: urls.link(nav_lang, "feed.xml"),
        lang: None,
        dir: None,
    });
    let contact = c.contact.as_ref().map(|k| {
        serde_json::json!({
            "organisation": pick_html(&k.organisation, site, lang),
            "unit": k.unit.as_ref().map(|u| pick_html(u, site, lang)),
            "address": k.address.as_ref().map(|a| esc(a.trim()).replace('\n', "<br>")),
            "email": k.email.as_deref(),
            "phone": k.phone.as_deref(),
        })
    });
    let css = assets
        .iter()
        // The site's own stylesheets are at the top of static/; those in
        // folders (fonts/, print/) belong to the print pages. The identity
        // colour comes last, to set the theme's variable.
        .filter(|(p, _)| p.ends_with(".css") && !p.contains('/'))
        .chain(assets.get_key_value(super::fingerprint::IDENTITY))
        .map(|(_, published)| urls.asset(published))
        .collect::<Vec<_>>();
    let value = serde_json::json!({
        "title": pick_html(&c.title, site, lang),
        "title_text": pick(&c.title, site, lang).text,
        "description": pick(&c.description, site, lang).text,
        "home_name": town_name(&c.home, lang),
        "home_url": urls.link(nav_lang, ""),
        "logo": c.logo.as_ref().map(|l| urls.asset(&l.name)),
        "logo_file": c.logo.as_ref().map(|l| l.name.clone()),
        "print_url": printables.then(|| urls.link(nav_lang, "print/")),
        "css": css,
        // Theme file → its published path, for templates that link one.
        "assets": assets,
        "menu": menu,
        "contact": contact,
        "accessibility_url": urls.link(nav_lang, "accessibility/"),
        "privacy_url": urls.link(nav_lang, "privacy/"),
        "feed_url": urls.link(nav_lang, "feed.xml"),
        "feed_title": tr.t_with("feed-title", &[("site", Arg::from(pick(&c.title, site, lang).text))]),
        "schedule_ics": site.has_plans().then(|| urls.link(nav_lang, "schedule.ics")),
        "data": data_links,
        "search_script": assets.get("search.js").map(|p| urls.asset(p)),
        "programmes_url": (!site.programmes.is_empty()).then(|| urls.link(nav_lang, "programmes/")),
        "t": i18n.labels(lang),
        "endonyms": endonyms,
    });
    Value::from_serializable(&value)
}

/// The language switcher: every language this page exists in, named in
/// itself.
/// A link written in a text, as it is on one web page that shows the text.
#[derive(Debug)]
pub struct WrittenLink<'s> {
    pub text: &'s Text,
    pub link: markdown::Link,
    /// The output file of the page (`en/partners/krakow/index.html`).
    pub page: String,
    /// What the link became on that page.
    pub href: String,
}

/// Every link written in the texts of partners, pages and reports, on
/// every web page that shows them.
pub fn written_links<'s>(
    site: &'s Site,
    i18n: &I18n,
    urls: &Urls,
    specs: &[PageSpec],
    prints: &[super::print::PrintSpec],
) -> Vec<WrittenLink<'s>> {
    use super::print::PrintKind;
    let mut out = Vec::new();
    let web = specs.iter().filter_map(|spec| {
        let owner = match spec.kind {
            PageKind::Partner(i) => Owner::Partner(i),
            PageKind::Page(i) => Owner::Page(i),
            PageKind::Report(i) => Owner::Report(i),
            _ => return None,
        };
        let page = super::urls::file_of(&urls.path(&spec.lang, &spec.route));
        Some((owner, &spec.lang, None, vec![page]))
    });
    // Print shows partners' and reports' texts too, as its own pages.
    let print = prints.iter().map(|spec| {
        let owner = match spec.kind {
            PrintKind::Folder(i) => Owner::Partner(i),
            PrintKind::Report(i) => Owner::Report(i),
        };
        (
            owner,
            &spec.lang,
            Some(spec.root()),
            vec![spec.html(), spec.shop_html()],
        )
    });
    let own_pages = own_pages(site, urls, specs);
    for (owner, lang, print_root, pages) in web.chain(print) {
        let mut cx = Ctx::new(site, i18n, urls, lang, &own_pages);
        cx.print_root = print_root;
        let base = cx.owner_links(owner);
        let Some((text, _)) = cx.text_of(owner.texts(site)) else {
            continue;
        };
        for link in markdown::links(&text.body) {
            // A photo beside the text is shown in its copies, which the
            // page's own links name (and are checked as the build's).
            if link.image && base.photo(&link.dest).is_some() {
                continue;
            }
            let href = base.resolve(&link.dest);
            for page in &pages {
                out.push(WrittenLink {
                    text,
                    link: link.clone(),
                    page: page.clone(),
                    href: href.clone(),
                });
            }
        }
    }
    out
}

/// Whose texts a page shows.
#[derive(Debug, Clone, Copy)]
enum Owner {
    Partner(usize),
    Page(usize),
    Report(usize),
}

impl Owner {
    fn texts(self, site: &Site) -> &BTreeMap<Lang, Text> {
        match self {
            Owner::Partner(i) => &site.partners[i].texts,
            Owner::Page(i) => &site.pages[i].texts,
            Owner::Report(i) => &site.reports[i].texts,
        }
    }
}

/// The language versions of the page `spec` is one of, for the switcher
/// and the hreflang links.
pub fn alternates(urls: &Urls, spec: &PageSpec, versions: &[&PageSpec]) -> Value {
    let list: Vec<Value> = versions
        .iter()
        .map(|s| {
            object!({
                "lang": s.lang.as_str(),
                "dir": dir_beside(&s.lang, &spec.lang),
                "url": urls.link(&s.lang, &s.route),
                "absolute": urls.absolute(&s.lang, &s.route),
                "current": s.lang == spec.lang,
            })
        })
        .collect();
    Value::from(list)
}

struct Ctx<'a> {
    site: &'a Site,
    tr: Tr<'a>,
    urls: &'a Urls,
    lang: &'a Lang,
    /// The language the site's navigation links go to.
    nav: &'a Lang,
    /// In print, the way from the page to the output's top (`../../../`).
    /// Print is read as a PDF: its links are absolute; its photos are
    /// loaded from the files beside the page, as the browser that prints
    /// them reaches no host.
    print_root: Option<String>,
    /// The outline maps are drawn on.
    outline: Option<&'a super::map::Outline>,
    /// Where the words of the profile texts it renders go, for the
    /// search index.
    words: Option<&'a search::ProfileWords<'a>>,
    /// The land of the partners page's map ([`Env::partners_land`]).
    partners_land: Option<&'a std::sync::OnceLock<String>>,
    /// What the home page shows alike in every language ([`Env::home`]).
    home: Option<&'a Home>,
    /// The render it is part of ([`Env::render`]), if any: only then is
    /// a profile text's rendering shared between a folder and its page.
    render: Option<u64>,
    /// The pages of the languages the site is not built in
    /// ([`own_pages`]).
    own_pages: &'a OwnPagesByLang,
}

/// The language the site's navigation links go to from a page in `lang`:
/// itself, or the default language for a partner's own language.
fn cx_nav<'a>(site: &'a Site, lang: &'a Lang) -> &'a Lang {
    if site.config.languages.contains(lang) {
        lang
    } else {
        &site.config.default_language
    }
}

/// A partner's profile text in the context's language, ready to show.
struct ProfileText {
    body: Option<String>,
    summary: Option<String>,
    common_ground: Vec<String>,
    /// The language the text is in, when it fell back to another.
    text_lang: Option<String>,
    /// Its direction, when it is not the page's.
    text_dir: Option<&'static str>,
    fallback_note: Option<String>,
}

/// A web address as people read it: no scheme, no trailing slash.
fn shown_url(url: &str) -> &str {
    url.trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_end_matches('/')
}

impl<'a> Ctx<'a> {
    fn new(
        site: &'a Site,
        i18n: &'a I18n,
        urls: &'a Urls,
        lang: &'a Lang,
        own_pages: &'a OwnPagesByLang,
    ) -> Ctx<'a> {
        Ctx {
            site,
            tr: i18n.tr(lang),
            urls,
            lang,
            nav: cx_nav(site, lang),
            print_root: None,
            outline: None,
            words: None,
            partners_land: None,
            home: None,
            render: None,
            own_pages,
        }
    }

    /// Where the relative links of a text lead: from its own page in
    /// `page_lang` (`page_route`), its files from the default language's.
    fn link_base(
        &self,
        page_lang: &Lang,
        page_route: &str,
        files_route: &str,
        files: &'a [Document],
        photos: &'a [Photo],
    ) -> markdown::LinkBase<'a> {
        let folder = self
            .urls
            .path(&self.site.config.default_language, files_route);
        markdown::LinkBase {
            origin: self.origin().to_string(),
            page: self.urls.link(page_lang, page_route),
            files: self
                .urls
                .link(&self.site.config.default_language, files_route),
            names: files.iter().map(|d| d.name.as_str()).collect(),
            photos: photos
                .iter()
                .map(|p| (p.name.as_str(), self.photo_ref(p, &folder)))
                .collect(),
            elsewhere: (!self.site.config.languages.contains(page_lang)).then(|| {
                // Only the pages of the partners with this language of
                // their own are made in it.
                markdown::Elsewhere {
                    folder: self.urls.link(page_lang, ""),
                    pages: self.own_pages.get(page_lang).unwrap_or(&*NO_PAGES),
                    page: self.urls.link(cx_nav(self.site, page_lang), page_route),
                }
            }),
        }
    }

    /// Put before links that must work from a PDF.
    fn origin(&self) -> &str {
        if self.print_root.is_some() {
            self.urls.origin()
        } else {
            ""
        }
    }

    /// A photo's resized copies published in `folder` (`partners/x/`).
    fn photo_ref(&self, photo: &Photo, folder: &str) -> markdown::PhotoRef {
        let plan = Plan::new(photo, folder);
        let url = |path: &str| match &self.print_root {
            Some(root) => format!("{root}{path}"),
            None => self.urls.asset(path),
        };
        let print = self.print_root.is_some();
        let shown = if print { &plan.print } else { plan.fallback() };
        let srcset: Vec<String> = if print {
            Vec::new()
        } else {
            plan.web
                .iter()
                .map(|c| format!("{} {}w", url(&c.path), c.width))
                .collect()
        };
        markdown::PhotoRef {
            src: url(&shown.path),
            srcset: srcset.join(", "),
            width: shown.width,
            height: shown.height,
            lazy: !print,
        }
    }

    /// How far a town is from the home town ("1 370 km"), when both
    /// have a location.
    fn distance(&self, town: &Facts) -> Option<String> {
        let km = super::map::distance_km(self.site.config.home.location?, town.location?);
        Some(self.tr.t_with(
            "folder-distance-value",
            &[("km", Arg::from(self.tr.integer(km.round() as i64)))],
        ))
    }

    /// A map of the home town and `partners` (those with a location), with
    /// the same as a list for those who cannot see it; None without the
    /// home town's location or any partner's.
    fn map(
        &self,
        partners: &[&Partner],
        id: &str,
        height: f64,
        land: super::map::Land,
    ) -> Option<Value> {
        let outline = self.outline?;
        let home = &self.site.config.home;
        let (hlat, hlon) = home.location?;
        let mut places = Vec::new();
        let mut items = Vec::new();
        for p in partners {
            let Some((lat, lon)) = p.facts.location else {
                continue;
            };
            let Some(distance) = self.distance(&p.facts) else {
                continue;
            };
            places.push(super::map::Place {
                name: p.facts.name_in(self.lang).to_string(),
                name_lang: p.facts.name_lang(self.lang).map(|l| l.to_string()),
                lat,
                lon,
                distance: Some(distance.clone()),
            });
            items.push(object!({
                "name": town_name(&p.facts, self.lang),
                "url": self.partner_url(p),
                "country": esc(&self.country(p.facts.country)),
                "distance": distance,
            }));
        }
        if places.is_empty() {
            return None;
        }
        let home_place = super::map::Place {
            name: home.name_in(self.lang).to_string(),
            name_lang: home.name_lang(self.lang).map(|l| l.to_string()),
            lat: hlat,
            lon: hlon,
            distance: None,
        };
        let title = self.tr.t("map-title");
        let desc = self.tr.t_with(
            "map-desc",
            &[("home", Arg::from(home.name_in(self.lang).to_string()))],
        );
        let frame = super::map::Frame {
            id,
            title: &title,
            desc: &desc,
            color: &self.site.config.color,
            height,
        };
        let svg = super::map::svg(outline, &home_place, &places, &frame, land);
        Some(object!({"svg": svg, "items": items}))
    }

    /// A web page's map of `partners` (`id` as [`Ctx::map`]'s), its
    /// land drawn into `land` by the first page that shows the same
    /// partners, and copied by the others.
    fn web_map(
        &self,
        partners: &[&Partner],
        id: &str,
        land: Option<&std::sync::OnceLock<String>>,
    ) -> Option<Value> {
        let land = land.map_or(super::map::Land::Inline, super::map::Land::Shared);
        self.map(partners, id, super::map::WEB_HEIGHT, land)
    }

    /// The partners the home page shows ([`partners::home_partners`]),
    /// ranked once for every language when rendering the site.
    fn home_partners(&self) -> Vec<&'a Partner> {
        let site = self.site;
        let ranked;
        let indexes = match self.home {
            Some(home) => home.partners.get_or_init(|| partners::home_partners(site)),
            None => {
                ranked = partners::home_partners(site);
                &ranked
            }
        };
        indexes.iter().map(|&i| &site.partners[i]).collect()
    }

    /// The documents beside a page, published in `folder` of the default
    /// language: their link says what they are and how large
    /// ("umowa-2018 (PDF, 1,2 MB)").
    fn documents(&self, files: &[Document], folder: &str) -> Vec<Value> {
        files
            .iter()
            .map(|d| {
                let (stem, kind) = d
                    .name
                    .rsplit_once('.')
                    .map_or((d.name.as_str(), ""), |(s, k)| (s, k));
                object!({
                    "name": d.name.as_str(),
                    "url": format!("{}{}", self.urls.asset(folder), d.name),
                    "label": self.tr.t_with("document-link", &[
                        ("name", Arg::from(stem.to_string())),
                        ("kind", Arg::from(kind.to_ascii_uppercase())),
                        ("size", Arg::from(file_size(&self.tr, d.size))),
                    ]),
                })
            })
            .collect()
    }

    /// The photos listed for a page, for its gallery: with alt text in
    /// this language (or the default one, marked) and credit.
    fn gallery(&self, photos: &[Photo], folder: &str) -> Vec<Value> {
        photos
            .iter()
            .filter(|p| p.listed)
            .map(|p| {
                let r = self.photo_ref(p, folder);
                let alt = match (&p.alt, p.decorative) {
                    (Some(a), false) => Some(pick(a, self.site, self.lang)),
                    _ => None,
                };
                object!({
                    "src": r.src,
                    "srcset": r.srcset,
                    "width": r.width,
                    "height": r.height,
                    "lazy": r.lazy,
                    "alt": alt.map(|a| a.text).unwrap_or_default(),
                    "alt_lang": alt.and_then(|a| a.fallback.map(Lang::as_str)),
                    "alt_dir": alt.and_then(|a| a.fallback).and_then(|f| dir_beside(f, self.lang)),
                    "credit": p.credit.as_ref().map(|c| pick_html(c, self.site, self.lang)),
                    "file": p.name.as_str(),
                })
            })
            .collect()
    }

    /// Where the relative links of an owner's texts lead on this
    /// context's page.
    fn owner_links(&self, owner: Owner) -> markdown::LinkBase<'a> {
        let site = self.site;
        let default = &site.config.default_language;
        match owner {
            Owner::Partner(i) => self.partner_links(&site.partners[i]),
            Owner::Page(i) => {
                let page = &site.pages[i];
                self.link_base(
                    self.lang,
                    &page_route(site, i, self.lang),
                    &page_route(site, i, default),
                    &page.files,
                    &page.photos,
                )
            }
            Owner::Report(i) => self.report_links(&site.reports[i]),
        }
    }

    /// Where the links of a partner's texts lead: from its page, its
    /// files beside it.
    fn partner_links(&self, p: &'a Partner) -> markdown::LinkBase<'a> {
        let route = partner_route(p);
        self.link_base(self.partner_lang(p), &route, &route, &p.files, &p.photos)
    }

    /// Where the links of a report's texts lead: from its page.
    fn report_links(&self, r: &Report) -> markdown::LinkBase<'a> {
        let route = report_route(r.year);
        self.link_base(self.nav, &route, &route, &[], &[])
    }

    /// The language of a partner's page linked from this context: this
    /// one when the page exists in it, else the navigation's.
    fn partner_lang(&self, p: &Partner) -> &'a Lang {
        if self.site.config.languages.contains(self.lang) || p.facts.languages.contains(self.lang) {
            self.lang
        } else {
            self.nav
        }
    }

    /// A town's area ("19 km²"), escaped.
    fn area(&self, f: &Facts) -> Option<String> {
        let a = f.area_km2?;
        Some(esc(&self.tr.t_with(
            "fact-area-value",
            &[("area", Arg::from(self.tr.decimal(a)))],
        )))
    }

    /// A town's languages by name ("polski, français"), escaped.
    fn languages(&self, f: &Facts) -> Option<String> {
        if f.languages.is_empty() {
            return None;
        }
        let names: Vec<String> = f
            .languages
            .iter()
            .map(|l| language_name(&self.tr, l))
            .collect();
        Some(esc(&names.join(", ")))
    }

    fn partner_url(&self, p: &Partner) -> String {
        self.urls.link(self.partner_lang(p), &partner_route(p))
    }

    fn profile_text(&self, p: &'a Partner) -> ProfileText {
        match self.text_of(&p.texts) {
            Some((t, fallback)) => ProfileText {
                body: Some(self.profile_html(p, t, fallback.unwrap_or(self.lang))),
                summary: t.summary.clone(),
                common_ground: t.common_ground.clone(),
                text_lang: fallback.map(|l| l.to_string()),
                text_dir: fallback.and_then(|l| dir_beside(l, self.lang)),
                fallback_note: self.fallback_note(fallback),
            },
            None => ProfileText {
                body: None,
                summary: None,
                common_ground: Vec::new(),
                text_lang: None,
                text_dir: None,
                fallback_note: None,
            },
        }
    }

    /// A profile text's HTML; its words kept for the search index as
    /// well, when no page has read them yet.
    ///
    /// A folder renders the text for the page of the same text as well
    /// ([`markdown::Shared`]) and leaves it to its thread, which renders
    /// that page next (the render puts each partner's folders and pages
    /// together); the page takes it, if it is the same text read from
    /// the same place.
    fn profile_html(&self, p: &Partner, text: &Text, lang: &Lang) -> String {
        let base = self.partner_links(p);
        let unread = self.words.and_then(|words| words.unread(p, lang));
        if let Some(render) = self.render {
            let key = SharedKey::of(render, text, &base);
            if self.print_root.is_some() {
                if let Some((shared, words)) =
                    markdown::Shared::render(&text.body, &base, unread.is_some())
                {
                    if let (Some(unread), Some(words)) = (unread, words) {
                        let _ = unread.set(words.into_boxed_str());
                    }
                    let html = shared.html(&base.origin);
                    SHARED_TEXT.with_borrow_mut(|last| *last = Some((key, shared)));
                    return html;
                }
            } else if let Some((_, shared)) =
                SHARED_TEXT.with_borrow_mut(|last| last.take_if(|(made, _)| *made == key))
            {
                return shared.html(&base.origin);
            }
        }
        match unread {
            Some(unread) => {
                let (html, words) = markdown::to_html_and_words(&text.body, Some(&base));
                // Another thread may have read them meanwhile: the same.
                // Held until the indexes are made, so without spare room.
                let _ = unread.set(words.into_boxed_str());
                html
            }
            None => markdown::to_html_in(&text.body, Some(&base)).0,
        }
    }

    fn country(&self, c: Country) -> String {
        self.tr.country(c)
    }

    fn partner_card(&self, p: &Partner) -> Value {
        let text = self.text_of(&p.texts);
        object!({
            "id": p.id.as_str(),
            "name": town_name(&p.facts, self.lang),
            "url": self.partner_url(p),
            "country": self.country(p.facts.country),
            "country_code": p.facts.country.as_str(),
            "status": self.tr.t(&p.status.message_id()),
            "status_key": p.status.as_str(),
            "kind": self.tr.t(&p.facts.kind.message_id()),
            "summary": text.and_then(|(t, fallback)| t.summary.as_ref().map(|s| marked(s, fallback, self.lang))),
        })
    }

    /// The text in this language, else the default, else English, else
    /// any; with the language it is in when it fell back.
    fn text_of<'t>(&self, texts: &'t BTreeMap<Lang, Text>) -> Option<(&'t Text, Option<&'t Lang>)> {
        text_in(texts, self.lang, &self.site.config.default_language)
    }

    fn fallback_note(&self, fallback: Option<&Lang>) -> Option<String> {
        let l = fallback?;
        Some(self.tr.t_with(
            "text-in-other-language",
            &[("language", Arg::from(language_name(&self.tr, l)))],
        ))
    }

    fn activity(&self, a: &Activity) -> Value {
        let site = self.site;
        let partners: Vec<Value> = a
            .partners
            .iter()
            .filter_map(|id| site.partner(id))
            .map(|p| object!({"name": town_name(&p.facts, self.lang), "url": self.partner_url(p)}))
            .collect();
        let programme = a.programme.as_ref().and_then(|id| site.programmes.get(id)).map(|pr| {
            object!({"name": pick_html(&pr.name, site, self.lang), "url": format!("{}#{}", self.urls.link(self.nav, "programmes/"), pr.id)})
        });
        let place = a.place.as_ref().map(|pl| {
            let name = pick_html(&pl.name, site, self.lang);
            match pl.country {
                Some(c) => format!("{name}, {}", esc(&self.country(c))),
                None => name,
            }
        });
        object!({
            "id": a.id.as_str(),
            "title": pick_html(&a.title, site, self.lang),
            // A span's `datetime` is its first day: HTML has no form for
            // a span of dates.
            "date": time(a.when.start, &self.tr.when(&a.when)),
            "year": a.when.year(),
            "kind": self.tr.t(&a.kind.message_id()),
            "status": self.tr.t(&a.status.message_id()),
            "status_key": a.status.as_str(),
            "partners": partners,
            "place": place,
            "organiser": a.organiser.as_ref().map(|o| pick_html(o, site, self.lang)),
            "programme": programme,
            "areas": a.areas.iter().map(|x| self.tr.t(&x.message_id())).collect::<Vec<_>>(),
            "participants": a.participants.map(|n| self.tr.t_with("activity-participants", &[("count", Arg::Num(f64::from(n)))])),
            "summary": a.summary.as_ref().map(|s| pick_markdown(s, site, self.lang)),
            "photos": self.gallery(
                &a.photos,
                &self.urls.path(&site.config.default_language, &format!("activities/{}/", a.when.year())),
            ),
        })
    }

    fn activities<'x>(&self, list: impl Iterator<Item = &'x Activity>) -> Vec<Value> {
        list.map(|a| self.activity(a)).collect()
    }

    /// The years of the record of activities, each linked to its page,
    /// the one of the page shown (`current`) marked.
    fn record_links(&self, current: Option<i32>) -> Vec<Value> {
        record_years(self.site)
            .into_iter()
            .map(|(year, count)| {
                object!({
                    "year": year,
                    "label": year.to_string(),
                    "url": self.urls.link(self.nav, &record_year_route(year)),
                    "count": self.tr.t_with("activities-count", &[("count", Arg::from(count))]),
                    "current": current == Some(year),
                })
            })
            .collect()
    }

    /// The activities that `keep` keeps, grouped by year: the newest
    /// year first for a record, the next first for a schedule.
    fn by_year(&self, keep: impl Fn(&Activity) -> bool, newest_first: bool) -> Vec<Value> {
        let mut years: BTreeMap<i32, Vec<Value>> = BTreeMap::new();
        for a in self.site.activities.iter().filter(|a| keep(a)) {
            years
                .entry(a.when.year())
                .or_default()
                .push(self.activity(a));
        }
        let years = years
            .into_iter()
            .map(|(y, list)| object!({"year": y, "activities": list}));
        if newest_first {
            years.rev().collect()
        } else {
            years.collect()
        }
    }
}

/// The template and the data of one page.
pub fn page(
    site: &Site,
    i18n: &I18n,
    urls: &Urls,
    spec: &PageSpec,
    env: &Env,
) -> (&'static str, Value) {
    let lang = &spec.lang;
    let nav = cx_nav(site, lang);
    let mut cx = Ctx::new(site, i18n, urls, lang, env.own_pages);
    cx.outline = Some(env.outline);
    cx.words = Some(env.words);
    cx.partners_land = Some(env.partners_land);
    cx.home = Some(env.home);
    cx.render = Some(env.render);
    let tr = &cx.tr;
    let description = pick(&site.config.description, site, lang).text.to_string();
    let (template, title, mut data) = match spec.kind {
        PageKind::Home => partners::home(&cx),
        PageKind::Partners => partners::index(&cx),
        PageKind::PartnerCountries => partners::countries(&cx),
        PageKind::PartnersIn(country) => partners::country(&cx, country),
        PageKind::Partner(i) => partners::profile(&cx, &site.partners[i]),
        PageKind::ActivityYears => (
            "activities.html",
            tr.t("activities-title"),
            fields!({"years": Vec::<Value>::new(), "year_links": cx.record_links(None)}),
        ),
        PageKind::Activities => (
            "activities.html",
            tr.t("activities-title"),
            fields!({
                "years": cx.by_year(|a| !site.ahead(a), true),
                "year_links": Vec::<Value>::new(),
            }),
        ),
        PageKind::ActivitiesOf(year) => (
            "activities.html",
            tr.t_with(
                "activities-year-title",
                &[("year", year.to_string().into())],
            ),
            fields!({
                "years": cx.by_year(|a| !site.ahead(a) && a.when.year() == year, true),
                "year_links": cx.record_links(Some(year)),
                // The year heads its own section below the list of
                // years, so the page's heading is the record's.
                "heading": tr.t("activities-title"),
            }),
        ),
        PageKind::Schedule => (
            "schedule.html",
            tr.t("schedule-title"),
            fields!({"years": cx.by_year(|a| site.ahead(a), false)}),
        ),
        PageKind::Reports => {
            let list: Vec<Value> = site
                .reports
                .iter()
                .rev()
                .map(|r| {
                    let title = cx.text_of(&r.texts).and_then(|(t, f)| t.title.as_ref().map(|x| marked(x, f, lang)));
                    object!({"year": r.year, "title": title, "url": urls.link(lang, &report_route(r.year))})
                })
                .collect();
            (
                "reports.html",
                tr.t("reports-title"),
                fields!({"reports": list}),
            )
        }
        PageKind::Report(i) => report::report(&cx, &site.reports[i]),
        PageKind::Programmes => {
            let list: Vec<Value> = site
                .programmes
                .values()
                .map(|p| {
                    let count = site.activities.iter().filter(|a| a.programme.as_deref() == Some(p.id.as_str())).count();
                    object!({
                        "id": p.id.as_str(),
                        "name": pick_html(&p.name, site, lang),
                        "url": p.url.as_deref(),
                        "description": p.description.as_ref().map(|d| pick_markdown(d, site, lang)),
                        "activities": tr.t_with("programme-activities", &[("count", Arg::from(count))]),
                    })
                })
                .collect();
            (
                "programmes.html",
                tr.t("programmes-title"),
                fields!({"programmes": list}),
            )
        }
        PageKind::Page(i) => {
            let page = &site.pages[i];
            let (text, fallback) = cx
                .text_of(&page.texts)
                .expect("a page has at least its default-language text");
            let default = &site.config.default_language;
            let base = cx.owner_links(Owner::Page(i));
            let (body, toc) = markdown::to_html_in(&text.body, Some(&base));
            let title = text.title.clone().unwrap_or_default();
            let files = cx.documents(
                &page.files,
                &urls.path(default, &page_route(site, i, default)),
            );
            (
                "page.html",
                title.clone(),
                fields!({
                    "heading": marked(&title, fallback, lang),
                    "body": body,
                    "toc": Value::from_serializable(&toc),
                    "text_lang": fallback.map(Lang::as_str),
                    "text_dir": fallback.and_then(|f| dir_beside(f, lang)),
                    "fallback_note": cx.fallback_note(fallback),
                    "files": files,
                    "photos": cx.gallery(&page.photos, &urls.path(default, &page_route(site, i, default))),
                    "summary": text.summary.as_deref(),
                }),
            )
        }
        PageKind::Accessibility => statement::accessibility(&cx),
        PageKind::Privacy => statement::privacy(&cx),
        PageKind::Search => (
            "search.html",
            tr.t("search-title"),
            fields!({"data": urls.link(lang, "search/data.js")}),
        ),
        PageKind::Printables => print::index(&cx, env.prints, env.pdf, env.endonyms),
        PageKind::NotFound => (
            "404.html",
            tr.t("notfound-title"),
            fields!({"home_url": urls.link(nav, "")}),
        ),
    };
    let site_title = pick(&site.config.title, site, lang).text;
    let full_title = if spec.kind == PageKind::Home {
        site_title.to_string()
    } else {
        format!("{title} – {site_title}")
    };
    // A page's own summary describes it best; the site's description
    // stands in for pages without one.
    let summary = data
        .get(&Key::Str("summary"))
        .and_then(|s| s.as_str())
        .filter(|s| !s.is_empty());
    let description = summary.map_or(description, str::to_string);
    // Free pages have a slug of their own in each language.
    let default = &site.config.default_language;
    let default_route = match spec.kind {
        PageKind::Page(i) => page_route(site, i, default),
        _ => spec.route.clone(),
    };
    // The menu's entry for the section a page is in, when it is not the
    // entry's own page: a partner's page is in the partners', a year's
    // record in the record's, every report in the latest report's.
    let section = match spec.kind {
        PageKind::Partner(_) | PageKind::PartnersIn(_) => Some("partners/".to_string()),
        PageKind::ActivitiesOf(_) => Some("activities/".to_string()),
        PageKind::Reports | PageKind::Report(_) => {
            site.reports.last().map(|r| report_route(r.year))
        }
        _ => None,
    };
    data.extend(fields!({
        "section_url": section.map(|s| urls.link(nav, &s)),
        "kind": template.trim_end_matches(".html"),
        "title": title,
        "full_title": full_title,
        "description": description,
        "self_url": urls.link(lang, &spec.route),
        "canonical": urls.absolute(lang, &spec.route),
        "x_default": urls.absolute(default, &default_route),
        "jsonld": structured::json_ld(&cx, spec),
        "og_image": structured::og_image(&cx, spec),
        "noindex": !super::sitemap::listed(spec),
        "is_404": spec.kind == PageKind::NotFound,
    }));
    (template, Value::from(data))
}

/// "1,2 MB", "340 kB" in the language's number form.
fn file_size(tr: &Tr, bytes: u64) -> String {
    if bytes >= 1_000_000 {
        format!(
            "{} MB",
            tr.decimal((bytes as f64 / 100_000.0).round() / 10.0)
        )
    } else {
        format!("{} kB", tr.integer(((bytes as f64) / 1000.0).ceil() as i64))
    }
}

/// Names of languages in themselves, for the switcher.
pub fn endonyms(i18n: &I18n, langs: &[Lang]) -> BTreeMap<String, String> {
    langs
        .iter()
        .map(|l| (l.to_string(), endonym(i18n, l)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_element_of_the_other_direction_than_its_page_says_so() {
        let [pl, he, ar, en] = ["pl", "he", "ar", "en"].map(|l| Lang::parse(l).unwrap());
        assert_eq!(lang_attributes(&he, &pl), r#" lang="he" dir="rtl""#);
        assert_eq!(lang_attributes(&en, &ar), r#" lang="en" dir="ltr""#);
        assert_eq!(lang_attributes(&en, &pl), r#" lang="en""#);
        assert_eq!(lang_attributes(&he, &ar), r#" lang="he""#);
        assert_eq!(
            marked("כפר סבא", Some(&he), &pl),
            r#"<span lang="he" dir="rtl">כפר סבא</span>"#
        );
        assert_eq!(marked("Kfar Saba", None, &he), "Kfar Saba");
    }

    /// A page takes the rendering of its profile text that its folder
    /// left on the thread only in the same render: a thread outlives a
    /// render, and in `serve` the next render's text (another body) may
    /// lie where the last one's did.
    #[test]
    fn a_page_takes_its_folders_rendering_only_in_the_same_render() {
        let root =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/czech-region");
        let content = crate::source::read_content(&root).unwrap();
        let (mut site, _) = crate::model::load(content, PartialDate::ymd(2025, 11, 20)).unwrap();
        let locales = crate::source::resources::load_locales(&root).unwrap();
        let lang = site.config.default_language.clone();
        let (i18n, _) = I18n::new(
            &locales,
            &site.all_languages(),
            &lang,
            crate::i18n::SiteArgs::of(&site),
        )
        .unwrap();
        let at = site
            .partners
            .iter()
            .position(|p| p.id.as_str() == "krakow")
            .unwrap();
        // The profile text, rendered for the folder (in print) or the page.
        let render = |site: &Site, render: u64, folder: bool| {
            let urls = Urls::new(site);
            let own_pages = OwnPagesByLang::new();
            let mut cx = Ctx::new(site, &i18n, &urls, &lang, &own_pages);
            cx.render = Some(render);
            cx.print_root = folder.then(|| "../../../".to_string());
            let p = &site.partners[at];
            let (text, _) = cx.text_of(&p.texts).unwrap();
            cx.profile_html(p, text, &lang)
        };
        let add = |site: &mut Site, sentence: &str| {
            let text = site.partners[at].texts.get_mut(&lang).unwrap();
            text.body.push_str(&format!("\n\n{sentence}\n"));
        };
        // In one render the page takes what the folder rendered, whatever
        // the text holds by then (in a render it never changes).
        render(&site, 1, true);
        add(&mut site, "Added within the render.");
        assert!(!render(&site, 1, false).contains("Added within the render."));
        // The folder of the next render's text leaves its rendering; the
        // page of the render after that renders its own text.
        render(&site, 2, true);
        add(&mut site, "Added for the next render.");
        let page = render(&site, 3, false);
        assert!(page.contains("Added within the render."), "{page}");
        assert!(page.contains("Added for the next render."), "{page}");
    }

    #[test]
    fn an_object_is_the_value_of_its_fields_map() {
        let nested = object!({"name": "Kraków", "url": "/partners/krakow/"});
        let long = "a text longer than a short string's room, kept behind an Arc".to_string();
        let made = object!({
            "title": Value::safe_string("<b>Title</b>"),
            "long": long.clone(),
            "count": 3,
            "none": Option::<String>::None,
            "list": vec![nested.clone(), nested.clone()],
            "partner": nested.clone(),
        });
        let from_map = Value::from(fields!({
            "title": Value::safe_string("<b>Title</b>"),
            "long": long,
            "count": 3,
            "none": Option::<String>::None,
            "list": vec![nested.clone(), nested.clone()],
            "partner": nested,
        }));
        assert!(made == from_map, "{made:?} != {from_map:?}");
        assert_eq!(made.as_map().map(|m| m.len()), Some(6));
        // What a template shows is the same, whether a text is safe too.
        let title = made.get_from_path("title").and_then(Value::as_str);
        assert_eq!(title, Some("<b>Title</b>"));
        assert!(made.get_from_path("title").is_some_and(Value::is_safe));
        assert!(!made.get_from_path("long").is_some_and(Value::is_safe));
    }
}
