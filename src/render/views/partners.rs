//! The pages about partners: the home page's overview, the list by
//! country, and each partner's own page.

use super::*;
use std::collections::HashMap;

use crate::i18n::marks::plain;

pub(super) fn home(cx: &Ctx) -> View {
    let site = cx.site;
    let featured = cx.home_partners();
    let cards: Vec<Value> = featured.iter().map(|p| cx.partner_card(p)).collect();
    // The map shows the partners the cards show: of a region's hundreds,
    // the partners' list has the map of them all.
    let land = cx.home.map(|home| &home.land);
    let map = cx.web_map(&featured, "map-home", land);
    let latest = cx.activities(
        site.activities
            .iter()
            .rev()
            .filter(|a| a.status == ActivityStatus::Done)
            .take(4),
    );
    let planned = cx.activities(site.activities.iter().filter(|a| site.ahead(a)).take(4));
    // "Works with": the partnerships that have not ended.
    let current: Vec<&Partner> = site
        .partners
        .iter()
        .filter(|p| p.status != Status::Ended)
        .collect();
    let countries: std::collections::BTreeSet<Country> =
        current.iter().map(|p| p.facts.country).collect();
    let home = &site.config.home;
    (
        "home.html",
        cx.tr.t("nav-home"),
        fields!({
            "intro": cx.tr.t_with("home-intro", &[
                ("home", Arg::from(home.name_in(cx.lang))),
                ("partners", Arg::from(current.len())),
                ("countries", Arg::from(countries.len())),
            ]),
            "partners": cards,
            "map": map,
            "latest": latest,
            "planned": planned,
            "partners_url": cx.urls.link(cx.nav, "partners/"),
            // With how many there are, when the cards show some of them.
            "all_partners": if featured.len() < site.partners.len() {
                cx.tr.t_with("home-all-partners-count", &[("count", Arg::from(site.partners.len()))])
            } else {
                cx.tr.t("home-all-partners")
            },
            "activities_url": cx.urls.link(cx.nav, "activities/"),
            "schedule_url": cx.urls.link(cx.nav, "schedule/"),
        }),
    )
}

/// How many partners the home page shows as cards at most: every one
/// of a town's; of a region's or an association's hundreds, a choice,
/// beside the link to the list of them all.
pub const HOME_CARDS: usize = 12;

/// The partners the home page shows, on its cards, its map and in its
/// schema.org data, in the site's order: every partner while they are no
/// more than [`HOME_CARDS`], else the [`HOME_CARDS`] heard of most lately
/// (their latest event in the timeline or activity done with them; on a
/// tie, the first in the site's order).
/// As indexes into the site's partners.
pub(super) fn home_partners(site: &Site) -> Vec<usize> {
    if site.partners.len() <= HOME_CARDS {
        return (0..site.partners.len()).collect();
    }
    // A day as (year, month, day).
    type Day = (i32, u8, u8);
    let mut latest: HashMap<&str, Day> = HashMap::new();
    for a in site
        .activities
        .iter()
        .filter(|a| a.status == ActivityStatus::Done)
    {
        let day = a.when.start.first_day();
        for id in &a.partners {
            let seen = latest.entry(id.as_str()).or_insert(day);
            *seen = (*seen).max(day);
        }
    }
    let mut ranked: Vec<(usize, Option<Day>)> = site
        .partners
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let event = p.timeline.iter().map(|e| e.date.first_day()).max();
            (i, event.max(latest.get(p.id.as_str()).copied()))
        })
        .collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    ranked.truncate(HOME_CARDS);
    ranked.sort_unstable_by_key(|&(i, _)| i);
    ranked.into_iter().map(|(i, _)| i).collect()
}

/// Partners grouped by country, countries and names in the language's
/// alphabetical order.
pub(super) fn index(cx: &Ctx) -> View {
    let every: Vec<&Partner> = cx.site.partners.iter().collect();
    (
        "partners.html",
        cx.tr.t("partners-title"),
        fields!({
            "groups": groups(cx, collator(cx).as_ref(), &every),
            "country_links": Vec::<Value>::new(),
            "intro": intro(cx),
            "map": cx.web_map(&every, "map-partners", cx.partners_land),
        }),
    )
}

/// The countries of a site's many partners, each leading to its page.
pub(super) fn countries(cx: &Ctx) -> View {
    (
        "partners.html",
        cx.tr.t("partners-title"),
        fields!({
            "groups": Vec::<Value>::new(),
            "country_links": country_links(cx, collator(cx).as_ref(), None),
            "intro": intro(cx),
        }),
    )
}

/// The partners in one country, when each country has a page.
pub(super) fn country(cx: &Ctx, country: Country) -> View {
    let here: Vec<&Partner> = cx
        .site
        .partners
        .iter()
        .filter(|p| p.facts.country == country)
        .collect();
    let collator = collator(cx);
    (
        "partners.html",
        cx.tr.t_with(
            "partners-country-title",
            &[("country", Arg::from(cx.country(country)))],
        ),
        fields!({
            // The country heads its own section below the list of
            // countries, so the page's heading is the list's.
            "heading": cx.tr.t("partners-title"),
            "groups": groups(cx, collator.as_ref(), &here),
            "country_links": country_links(cx, collator.as_ref(), Some(country)),
            "map": cx.web_map(&here, "map-partners", None),
        }),
    )
}

fn intro(cx: &Ctx) -> String {
    cx.tr.t_with(
        "partners-intro",
        &[("count", Arg::from(cx.site.partners.len()))],
    )
}

type Collator = icu_collator::CollatorBorrowed<'static>;

/// The language's alphabetical order, when ICU4X has it.
fn collator(cx: &Ctx) -> Option<Collator> {
    icu_collator::Collator::try_new(
        crate::i18n::icu::icu_locale(cx.lang.as_str()).into(),
        Default::default(),
    )
    .ok()
}

/// `partners` as cards grouped by country, countries and names in the
/// language's alphabetical order.
fn groups(cx: &Ctx, collator: Option<&Collator>, partners: &[&Partner]) -> Vec<Value> {
    let mut by_country: BTreeMap<String, (Country, Vec<&Partner>)> = BTreeMap::new();
    for p in partners {
        by_country
            .entry(cx.country(p.facts.country))
            .or_insert((p.facts.country, Vec::new()))
            .1
            .push(p);
    }
    let mut groups: Vec<(String, Country, Vec<&Partner>)> = by_country
        .into_iter()
        .map(|(name, (c, list))| (name, c, list))
        .collect();
    if let Some(col) = collator {
        // By the names as read, without their marks of language.
        groups.sort_by(|a, b| col.compare(&plain(&a.0), &plain(&b.0)));
    }
    groups
        .into_iter()
        .map(|(name, code, mut list)| {
            if let Some(col) = collator {
                list.sort_by(|a, b| col.compare(a.facts.name_in(cx.lang), b.facts.name_in(cx.lang)));
            }
            object!({"country": name, "code": code.as_str(), "partners": list.iter().map(|p| cx.partner_card(p)).collect::<Vec<_>>()})
        })
        .collect()
}

/// The list of countries with a page each, in the language's
/// alphabetical order, `current` marked.
fn country_links(cx: &Ctx, collator: Option<&Collator>, current: Option<Country>) -> Vec<Value> {
    let mut countries: Vec<(String, Country, usize)> = partner_countries(cx.site)
        .into_iter()
        .map(|(c, count)| (cx.country(c), c, count))
        .collect();
    if let Some(col) = collator {
        countries.sort_by(|a, b| col.compare(&plain(&a.0), &plain(&b.0)));
    }
    countries
        .into_iter()
        .map(|(name, c, count)| {
            object!({
                "label": name,
                "url": cx.urls.link(cx.nav, &country_route(c)),
                "count": cx.tr.t_with("partners-count", &[("count", Arg::from(count))]),
                "current": current == Some(c),
            })
        })
        .collect()
}

/// A partner's page: facts, status, timeline, text and activities.
pub(super) fn profile(cx: &Ctx, p: &Partner) -> View {
    let site = cx.site;
    let tr = &cx.tr;
    let lang = cx.lang;
    let f = &p.facts;
    let as_of = |v: String| match f.facts_as_of {
        Some(y) => {
            fields!({"value": v, "as_of": tr.t_with("facts-as-of", &[("year", Arg::from(y.to_string()))])})
        }
        None => fields!({"value": v}),
    };
    let mut facts = vec![(
        tr.t("fact-country"),
        fields!({"value": esc(&cx.country(f.country))}),
    )];
    if let Some(r) = &f.region {
        facts.push((
            tr.t("fact-region"),
            fields!({"value": pick_html(r, site, lang)}),
        ));
    }
    facts.push((
        tr.t("fact-kind"),
        fields!({"value": esc(&tr.t(&f.kind.message_id()))}),
    ));
    if let Some(n) = f.population {
        facts.push((tr.t("fact-population"), as_of(esc(&tr.integer(n as i64)))));
    }
    if let Some(area) = cx.area(f) {
        facts.push((tr.t("fact-area"), as_of(area)));
    }
    if let Some(m) = &f.mayor {
        facts.push((
            tr.t("fact-mayor"),
            as_of(marked(
                m,
                f.languages
                    .first()
                    .filter(|l| l.primary() != lang.primary()),
                lang,
            )),
        ));
    }
    if let Some(names) = cx.languages(f) {
        facts.push((tr.t("fact-languages"), fields!({"value": names})));
    }
    if let Some(w) = &f.website {
        let shown = shown_url(w);
        facts.push((
            tr.t("fact-website"),
            fields!({"value": format!(r#"<a href="{}">{}</a>"#, esc(w), esc(shown))}),
        ));
    }
    let facts: Vec<Value> = facts
        .into_iter()
        .map(|(label, mut v)| {
            v.insert(Key::Str("label"), Value::from(label));
            Value::from(v)
        })
        .collect();
    let own_name = (f.name_in(lang) != f.name).then(|| marked(&f.name, f.languages.first(), lang));
    let default = &site.config.default_language;
    let timeline: Vec<Value> = p
        .timeline
        .iter()
        .rev()
        .map(|e| {
            let doc = e.document.as_ref().and_then(|name| p.files.iter().find(|d| &d.name == name)).map(|d| {
                let kind = d.name.rsplit('.').next().unwrap_or("").to_ascii_uppercase();
                object!({
                    "url": format!("{}{}", cx.urls.link(default, &partner_route(p)), d.name),
                    "label": tr.t_with("timeline-document-link", &[("kind", Arg::from(kind)), ("size", Arg::from(file_size(tr, d.size)))]),
                })
            });
            object!({
                "date": time(e.date, &tr.date(&e.date)),
                "event": tr.t(&e.event.message_id()),
                "event_key": e.event.as_str(),
                "title": e.title.as_ref().map(|t| pick_html(t, site, lang)),
                "signatories": (!e.signatories.is_empty()).then(|| esc(&e.signatories.join(", "))),
                "reference": e.reference.as_ref().map(|r| esc(r)),
                "note": e.note.as_ref().map(|n| pick_markdown(n, site, lang)),
                "document": doc,
            })
        })
        .collect();
    let text = cx.profile_text(p);
    let activities = cx.activities(
        site.activities_of(&p.id)
            .filter(|a| !site.ahead(a))
            .collect::<Vec<_>>()
            .into_iter()
            .rev(),
    );
    let planned = cx.activities(site.activities_of(&p.id).filter(|a| site.ahead(a)));
    let name_text = f.name_in(lang).to_string();
    (
        "partner.html",
        name_text,
        fields!({
            "name": town_name(f, lang),
            "own_name": own_name,
            "country": esc(&cx.country(f.country)),
            "status": tr.t(&p.status.message_id()),
            "status_key": p.status.as_str(),
            "areas": p.areas.iter().map(|a| tr.t(&a.message_id())).collect::<Vec<_>>(),
            "text_lang": text.text_lang,
            "text_dir": text.text_dir,
            "fallback_note": text.fallback_note,
            "home_name": town_name(&site.config.home, lang),
            "facts": facts,
            "timeline": timeline,
            "documents": cx.documents(&p.files, &cx.urls.path(default, &partner_route(p))),
            "photos": cx.gallery(&p.photos, &cx.urls.path(default, &partner_route(p))),
            "summary": text.summary,
            "body": text.body,
            "common_ground": text.common_ground,
            "activities": activities,
            "planned": planned,
        }),
    )
}
