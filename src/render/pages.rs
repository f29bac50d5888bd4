//! The plan of the site: which page exists at which route in which
//! language, and the documents published beside pages.

use std::borrow::Cow;

use crate::error::{Diagnostic, Error, Result};
use crate::model::slug::slugify;
use crate::model::{Activity, Country, Lang, Partner, Photo, Site};

use super::photos::Plan;
use super::urls::Urls;
use super::{Body, OutputFile};

/// What a page shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageKind {
    Home,
    /// The partners of every country, when there are few enough for one
    /// page (see [`PARTNERS_ON_ONE_PAGE`]).
    Partners,
    /// The list of the countries of the partners, each with a page.
    PartnerCountries,
    /// The partners in one country, when each country has a page.
    PartnersIn(Country),
    /// Index into `site.partners`.
    Partner(usize),
    /// The record of activities, all of them on one page.
    Activities,
    /// The record of activities as the list of its years, when each
    /// year has a page (see [`RECORD_ON_ONE_PAGE`]).
    ActivityYears,
    /// The activities of one year, when each year has a page.
    ActivitiesOf(i32),
    Schedule,
    Reports,
    /// Index into `site.reports`.
    Report(usize),
    Programmes,
    /// Index into `site.pages`.
    Page(usize),
    Accessibility,
    /// What the site does with personal data (GDPR).
    Privacy,
    /// Search over partners, activities, reports and pages, in the browser.
    Search,
    /// The index of print publications.
    Printables,
    NotFound,
}

/// One page in one language.
#[derive(Debug, Clone)]
pub struct PageSpec {
    pub lang: Lang,
    /// Path below the language's root (`partners/poissy/`).
    pub route: String,
    pub kind: PageKind,
    /// The same for every language version of a page.
    pub key: String,
}

/// Routes the built-in pages take; free pages may not use them.
pub const RESERVED: &[&str] = &[
    "partners",
    "activities",
    "schedule",
    "reports",
    "programmes",
    "accessibility",
    "privacy",
    "search",
    "print",
    "assets",
];

/// A partner's page, below its language's root (`partners/poissy/`); its
/// files and photos are published there in the default language.
pub fn partner_route(p: &Partner) -> String {
    format!("partners/{}/", p.slug)
}

/// How many partners a site may have for its list of partners to be one
/// page: a site with more, a region's or an association's, has a page
/// for the partners in each country (`partners/country/fr/`), and
/// `partners/` lists the countries. Partner slugs are folder names, so
/// the one that could share the path, `country`, publishes only its own
/// page and files there (`partners/country/index.html`, `photo.jpg`), none
/// of which is named as a country's folder.
pub const PARTNERS_ON_ONE_PAGE: usize = 100;

/// Whether each country of the partners has a page (see
/// [`PARTNERS_ON_ONE_PAGE`]).
pub fn partners_by_country(site: &Site) -> bool {
    site.partners.len() > PARTNERS_ON_ONE_PAGE
}

/// The countries of the partners, in the order of their codes, with
/// how many partners each has.
pub fn partner_countries(site: &Site) -> Vec<(Country, usize)> {
    let mut countries = std::collections::BTreeMap::new();
    for p in &site.partners {
        *countries.entry(p.facts.country).or_insert(0) += 1;
    }
    countries.into_iter().collect()
}

/// The page of the partners in one country.
pub fn country_route(country: Country) -> String {
    format!(
        "partners/country/{}/",
        country.as_str().to_ascii_lowercase()
    )
}

/// How many activities a site may have for its record of activities to
/// be one page: a site with more, a region's or an association's, has a
/// page for each year's (`activities/2024/`), and `activities/` lists the
/// years. Planned ones count too, so that telling takes no count.
pub const RECORD_ON_ONE_PAGE: usize = 100;

/// Whether the record of activities has a page for each year (see
/// [`RECORD_ON_ONE_PAGE`]).
pub fn record_by_year(site: &Site) -> bool {
    site.activities.len() > RECORD_ON_ONE_PAGE
}

/// The years of the record of activities, the newest first, with how
/// many activities done or cancelled each has.
pub fn record_years(site: &Site) -> Vec<(i32, usize)> {
    let mut years = std::collections::BTreeMap::new();
    for a in site.activities.iter().filter(|a| !site.ahead(a)) {
        *years.entry(a.when.year()).or_insert(0) += 1;
    }
    years.into_iter().rev().collect()
}

/// The page of a year's report.
pub fn report_route(year: i32) -> String {
    format!("reports/{year}/")
}

/// The page of a year of the record of activities.
pub fn record_year_route(year: i32) -> String {
    format!("activities/{year}/")
}

/// The page an activity is shown on: the schedule while it is planned,
/// the record of activities once done or cancelled (its year's page,
/// when each year has one). Its id is its anchor.
pub fn activity_route(site: &Site, a: &Activity) -> Cow<'static, str> {
    if site.ahead(a) {
        Cow::Borrowed("schedule/")
    } else if record_by_year(site) {
        Cow::Owned(record_year_route(a.when.year()))
    } else {
        Cow::Borrowed("activities/")
    }
}

pub fn page_route(site: &Site, index: usize, lang: &Lang) -> String {
    let page = &site.pages[index];
    let default = &site.config.default_language;
    let slug = page
        .texts
        .get(lang)
        .and_then(|t| t.slug.clone())
        .or_else(|| page.texts.get(default).and_then(|t| t.slug.clone()))
        .unwrap_or_else(|| slugify(&page.id));
    format!("{slug}/")
}

/// Every page of the site, in a stable order.
pub fn plan(site: &Site, urls: &Urls, printables: bool) -> Result<Vec<PageSpec>> {
    let mut specs = Vec::new();
    let mut errors = Vec::new();
    let (record, record_years) = if record_by_year(site) {
        (PageKind::ActivityYears, record_years(site))
    } else {
        (PageKind::Activities, Vec::new())
    };
    let (partners, countries) = if partners_by_country(site) {
        (PageKind::PartnerCountries, partner_countries(site))
    } else {
        (PageKind::Partners, Vec::new())
    };
    for lang in &site.config.languages {
        let mut add = |route: String, kind: PageKind, key: String| {
            specs.push(PageSpec {
                lang: lang.clone(),
                route,
                kind,
                key,
            });
        };
        add(String::new(), PageKind::Home, "home".into());
        add("partners/".into(), partners, "partners".into());
        for &(country, _) in &countries {
            add(
                country_route(country),
                PageKind::PartnersIn(country),
                format!("partners:{}", country.as_str()),
            );
        }
        for (i, p) in site.partners.iter().enumerate() {
            add(
                partner_route(p),
                PageKind::Partner(i),
                format!("partner:{}", p.id),
            );
        }
        add("activities/".into(), record, "activities".into());
        for &(year, _) in &record_years {
            add(
                record_year_route(year),
                PageKind::ActivitiesOf(year),
                format!("activities:{year}"),
            );
        }
        add("schedule/".into(), PageKind::Schedule, "schedule".into());
        if !site.reports.is_empty() {
            add("reports/".into(), PageKind::Reports, "reports".into());
        }
        for (i, r) in site.reports.iter().enumerate() {
            add(
                report_route(r.year),
                PageKind::Report(i),
                format!("report:{}", r.year),
            );
        }
        if !site.programmes.is_empty() {
            add(
                "programmes/".into(),
                PageKind::Programmes,
                "programmes".into(),
            );
        }
        for (i, page) in site.pages.iter().enumerate() {
            let route = page_route(site, i, lang);
            let first = route.trim_end_matches('/');
            if RESERVED.contains(&first)
                || site.config.languages.iter().any(|l| l.as_str() == first)
            {
                let file = page
                    .texts
                    .get(lang)
                    .or_else(|| page.texts.values().next())
                    .map(|t| t.file.clone());
                errors.push(
                    Diagnostic::file(
                        file.unwrap_or_default(),
                        format!(
                            "the page's address `{first}` is taken by a built-in page or a language"
                        ),
                    )
                    .with_help("give the page another `slug:` or rename its folder"),
                );
                continue;
            }
            add(route, PageKind::Page(i), format!("page:{}", page.id));
        }
        add(
            "accessibility/".into(),
            PageKind::Accessibility,
            "accessibility".into(),
        );
        add("privacy/".into(), PageKind::Privacy, "privacy".into());
        add("search/".into(), PageKind::Search, "search".into());
        if printables {
            add("print/".into(), PageKind::Printables, "print".into());
        }
        add("404.html".into(), PageKind::NotFound, "404".into());
    }
    // A partner's own languages that the site is not built in.
    for (i, p) in site.partners.iter().enumerate() {
        for lang in &p.facts.languages {
            if !site.config.languages.contains(lang) {
                specs.push(PageSpec {
                    lang: lang.clone(),
                    route: partner_route(p),
                    kind: PageKind::Partner(i),
                    key: format!("partner:{}", p.id),
                });
            }
        }
    }
    let mut seen = std::collections::BTreeMap::new();
    for s in &specs {
        if let Some(other) = seen.insert((s.lang.clone(), s.route.clone()), s.key.clone()) {
            errors.push(
                Diagnostic::file(
                    describe(&s.key),
                    format!(
                        "this would be published at {}, where {} already is",
                        urls.link(&s.lang, &s.route),
                        describe(&other)
                    ),
                )
                .with_help("give one of them another `slug:`"),
            );
        }
    }
    if errors.is_empty() {
        Ok(specs)
    } else {
        Err(Error::Invalid(errors))
    }
}

/// The language versions of every page, by key, each in the order of
/// `specs`: found once, not by a search of every page for every page.
pub fn translations(specs: &[PageSpec]) -> std::collections::HashMap<&str, Vec<&PageSpec>> {
    let mut by_key: std::collections::HashMap<&str, Vec<&PageSpec>> =
        std::collections::HashMap::with_capacity(specs.len());
    for s in specs {
        by_key.entry(s.key.as_str()).or_default().push(s);
    }
    by_key
}

/// Where a page comes from, in words for the person who wrote it.
fn describe(key: &str) -> String {
    match key.split_once(':') {
        Some(("partner", id)) => format!("content/partners/{id}/"),
        Some(("page", id)) => format!("content/pages/{id}/"),
        Some(("report", year)) => format!("content/reports/{year}/"),
        _ => format!("the built-in page `{key}`"),
    }
}

/// The resized copies of photos published in `folder`.
fn photo_files<'a>(photos: &'a [Photo], folder: &'a str) -> impl Iterator<Item = OutputFile> + 'a {
    photos.iter().flat_map(move |photo| {
        Plan::new(photo, folder)
            .jobs(photo)
            .into_iter()
            .map(|(path, job)| OutputFile {
                path,
                body: Body::Image(job),
            })
    })
}

/// Documents published beside their pages, in the default language's
/// folder (one copy, linked from every language), and the logo.
pub fn documents(site: &Site, urls: &Urls) -> Vec<OutputFile> {
    let default = &site.config.default_language;
    let mut out = Vec::new();
    if let Some(logo) = &site.config.logo {
        out.push(OutputFile {
            path: logo.name.clone(),
            body: Body::Copy(logo.disk_path.clone()),
        });
    }
    for p in &site.partners {
        let folder = urls.path(default, &partner_route(p));
        out.extend(photo_files(&p.photos, &folder));
        for d in &p.files {
            out.push(OutputFile {
                path: format!("{}{}", urls.path(default, &partner_route(p)), d.name),
                body: Body::Copy(d.disk_path.clone()),
            });
        }
    }
    for a in &site.activities {
        let folder = urls.path(default, &format!("activities/{}/", a.when.year()));
        out.extend(photo_files(&a.photos, &folder));
    }
    for (i, page) in site.pages.iter().enumerate() {
        let folder = urls.path(default, &page_route(site, i, default));
        out.extend(photo_files(&page.photos, &folder));
        for d in &page.files {
            out.push(OutputFile {
                path: format!(
                    "{}{}",
                    urls.path(default, &page_route(site, i, default)),
                    d.name
                ),
                body: Body::Copy(d.disk_path.clone()),
            });
        }
    }
    out
}
