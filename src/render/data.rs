//! What the site publishes for machines: open data about the partners
//! (`partners.json`, `partners.csv`), the planned activities as a
//! calendar (`schedule.ics`) and an Atom feed of activities and reports
//! per site language (`feed.xml`). Their fields are documented in the
//! README.

use std::fmt::Write as _;

use serde_json::{Value, json};

use super::pages::partner_route;
use super::urls::Urls;
use super::{Body, OutputFile, escape};
use crate::error::{Error, Result};
use crate::i18n::{Arg, I18n};
use crate::model::date::days_in_month;
use crate::model::{ActivityStatus, Event, Lang, Localized, PartialDate, Partner, Site, text_in};

/// A localized text as data: one string, or one per language.
fn localized(l: &Localized) -> Value {
    match l {
        Localized::Same(s) => json!(s),
        Localized::PerLang(map) => json!(map),
    }
}

/// The dates a partnership was agreed or renewed.
fn agreements(p: &Partner) -> Vec<String> {
    p.timeline
        .iter()
        .filter(|e| matches!(e.event, Event::Agreement | Event::Renewal))
        .map(|e| e.date.to_string())
        .collect()
}

fn page_urls(site: &Site, urls: &Urls, p: &Partner) -> Value {
    let route = partner_route(p);
    let mut out = serde_json::Map::new();
    for lang in site.config.languages.iter().chain(&p.facts.languages) {
        out.entry(lang.to_string())
            .or_insert_with(|| json!(urls.absolute(lang, &route)));
    }
    Value::Object(out)
}

/// The site's partners as data, at the root of the output.
pub const PARTNERS_JSON: &str = "partners.json";
pub const PARTNERS_CSV: &str = "partners.csv";

/// `partners.json`: every partner with its names, place, status, areas
/// and agreements.
pub fn partners_json(site: &Site, urls: &Urls) -> OutputFile {
    let home = &site.config.home;
    let partners: Vec<Value> = site
        .partners
        .iter()
        .map(|p| {
            let f = &p.facts;
            json!({
                "id": p.id,
                "name": f.name,
                "names": f.names,
                "kind": f.kind.as_str(),
                "country": f.country.as_str(),
                "region": f.region.as_ref().map(localized),
                "languages": f.languages,
                "location": f.location.map(|(lat, lon)| json!({"lat": lat, "lon": lon})),
                "population": f.population,
                "area_km2": f.area_km2,
                "facts_as_of": f.facts_as_of,
                "website": f.website,
                "status": p.status.as_str(),
                "areas": p.areas.iter().map(|a| a.as_str()).collect::<Vec<_>>(),
                "agreements": agreements(p),
                "timeline": p.timeline.iter().map(|e| json!({
                    "date": e.date.to_string(),
                    "event": e.event.as_str(),
                    "reference": e.reference,
                })).collect::<Vec<_>>(),
                "url": page_urls(site, urls, p),
            })
        })
        .collect();
    let data = json!({
        "site": urls.base_url(),
        "home": {
            "name": home.name,
            "names": home.names,
            "country": home.country.as_str(),
            "location": home.location.map(|(lat, lon)| json!({"lat": lat, "lon": lon})),
            "website": home.website,
        },
        "partners": partners,
    });
    let mut text = serde_json::to_string_pretty(&data).unwrap_or_default();
    text.push('\n');
    OutputFile {
        path: PARTNERS_JSON.into(),
        body: Body::Bytes(text.into_bytes()),
    }
}

/// The columns of `partners.csv`.
const CSV_COLUMNS: [&str; 17] = [
    "id",
    "name",
    "names",
    "kind",
    "country",
    "region",
    "languages",
    "lat",
    "lon",
    "population",
    "area_km2",
    "website",
    "status",
    "areas",
    "first_agreement",
    "agreements",
    "url",
];

/// `partners.csv`: the same as `partners.json`, one partner a row, for a
/// spreadsheet; lists are joined with `; `, texts in the default language.
pub fn partners_csv(site: &Site, urls: &Urls) -> Result<OutputFile> {
    let default = &site.config.default_language;
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    // Writing into memory fails only when out of it.
    let row_error = |e: csv::Error| Error::Write {
        path: PARTNERS_CSV.into(),
        source: std::io::Error::other(e),
    };
    w.write_record(CSV_COLUMNS).map_err(row_error)?;
    for p in &site.partners {
        let f = &p.facts;
        let opt = |x: Option<String>| x.unwrap_or_default();
        let agreed = agreements(p);
        let names: Vec<String> = f.names.iter().map(|(l, n)| format!("{l}: {n}")).collect();
        let languages: Vec<&str> = f.languages.iter().map(Lang::as_str).collect();
        let areas: Vec<&str> = p.areas.iter().map(|a| a.as_str()).collect();
        w.write_record([
            p.id.clone(),
            f.name.clone(),
            names.join("; "),
            f.kind.as_str().to_string(),
            f.country.as_str().to_string(),
            opt(f
                .region
                .as_ref()
                .map(|r| r.get(default, default).text.to_string())),
            languages.join("; "),
            opt(f.location.map(|l| l.0.to_string())),
            opt(f.location.map(|l| l.1.to_string())),
            opt(f.population.map(|n| n.to_string())),
            opt(f.area_km2.map(|n| n.to_string())),
            opt(f.website.clone()),
            p.status.as_str().to_string(),
            areas.join("; "),
            opt(agreed.first().cloned()),
            agreed.join("; "),
            urls.absolute(default, &partner_route(p)),
        ])
        .map_err(row_error)?;
    }
    let bytes = w.into_inner().map_err(|e| Error::Write {
        path: PARTNERS_CSV.into(),
        source: e.into_error(),
    })?;
    Ok(OutputFile {
        path: PARTNERS_CSV.into(),
        body: Body::Bytes(bytes),
    })
}

/// The day after a date, as iCalendar's `YYYYMMDD`.
fn day_after((y, m, d): (i32, u8, u8)) -> String {
    let (y, m, d) = if d < days_in_month(y, m) {
        (y, m, d + 1)
    } else if m < 12 {
        (y, m + 1, 1)
    } else {
        (y + 1, 1, 1)
    };
    format!("{y:04}{m:02}{d:02}")
}

/// A text as an iCalendar TEXT value.
fn ics_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    // A calendar's text has no way to say its language: marks taken out
    // before its lines are folded.
    for c in crate::i18n::marks::plain(s).chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// One content line, folded at 75 octets (RFC 5545 3.1), never inside a
/// character, ended with CRLF.
fn ics_line(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

/// Where a language's calendar is published.
pub fn schedule_path(urls: &Urls, lang: &Lang) -> String {
    urls.path(lang, "schedule.ics")
}

/// Where a language's feed is published.
pub fn feed_path(urls: &Urls, lang: &Lang) -> String {
    urls.path(lang, "feed.xml")
}

/// `schedule.ics` in one language: the planned activities as all-day
/// events. A span written to the month lasts the whole month.
pub fn schedule_ics(site: &Site, i18n: &I18n, urls: &Urls, lang: &Lang) -> OutputFile {
    let tr = i18n.tr(lang);
    let default = &site.config.default_language;
    let pick = |l: &Localized| l.get(lang, default).text.to_string();
    // The site's host and path: UIDs stay unique between two sites on one
    // host.
    let host = format!(
        "{}{}",
        urls.origin().split("://").nth(1).unwrap_or("twinpress"),
        urls.base_path().trim_end_matches('/')
    );
    let (ty, tm, td) = site.today.first_day();
    let stamp = format!("{ty:04}{tm:02}{td:02}T000000Z");
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        &format!(
            "PRODID:-//twinpress//{}//{}",
            ics_text(&host),
            lang.as_str().to_uppercase()
        ),
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        &format!(
            "X-WR-CALNAME:{}",
            ics_text(&format!(
                "{} – {}",
                tr.t("schedule-title"),
                pick(&site.config.title)
            ))
        ),
    ] {
        ics_line(&mut out, line);
    }
    for a in site.activities.iter().filter(|a| site.ahead(a)) {
        let (y, m, d) = a.when.start.first_day();
        let mut place = a.place.as_ref().map(|p| pick(&p.name));
        if let (Some(text), Some(c)) = (&mut place, a.place.as_ref().and_then(|p| p.country)) {
            text.push_str(&format!(", {}", tr.country(c)));
        }
        let partners: Vec<String> = a
            .partners
            .iter()
            .filter_map(|id| site.partner(id))
            .map(|p| p.facts.name_in(lang).to_string())
            .collect();
        let mut description = a
            .summary
            .as_ref()
            .map(|s| super::markdown::plain(&pick(s)))
            .unwrap_or_default();
        if !partners.is_empty() {
            if !description.is_empty() {
                description.push_str("\n\n");
            }
            description.push_str(&partners.join(", "));
        }
        ics_line(&mut out, "BEGIN:VEVENT");
        ics_line(&mut out, &format!("UID:{}@{}", a.id, ics_text(&host)));
        ics_line(&mut out, &format!("DTSTAMP:{stamp}"));
        ics_line(&mut out, &format!("DTSTART;VALUE=DATE:{y:04}{m:02}{d:02}"));
        ics_line(
            &mut out,
            &format!("DTEND;VALUE=DATE:{}", day_after(a.when.last().last_day())),
        );
        ics_line(&mut out, &format!("SUMMARY:{}", ics_text(&pick(&a.title))));
        if !description.is_empty() {
            ics_line(&mut out, &format!("DESCRIPTION:{}", ics_text(&description)));
        }
        if let Some(place) = place {
            ics_line(&mut out, &format!("LOCATION:{}", ics_text(&place)));
        }
        ics_line(
            &mut out,
            &format!("CATEGORIES:{}", ics_text(&tr.t(&a.kind.message_id()))),
        );
        ics_line(
            &mut out,
            &format!("URL:{}#{}", urls.absolute(lang, "schedule/"), a.id),
        );
        ics_line(&mut out, "END:VEVENT");
    }
    ics_line(&mut out, "END:VCALENDAR");
    OutputFile {
        path: schedule_path(urls, lang),
        body: Body::Bytes(out.into_bytes()),
    }
}

/// A day as an Atom date (RFC 3339), at midnight UTC.
fn atom_date((y, m, d): (i32, u8, u8)) -> String {
    format!("{y:04}-{m:02}-{d:02}T00:00:00Z")
}

/// The last day of `date`, or today if that is later than today: a
/// feed's dates are never in the future.
fn until_today(date: PartialDate, today: PartialDate) -> (i32, u8, u8) {
    date.last_day().min(today.first_day())
}

/// `feed.xml` in one language: the activities done and the yearly
/// reports, newest first.
pub fn feed(site: &Site, i18n: &I18n, urls: &Urls, lang: &Lang) -> OutputFile {
    let tr = i18n.tr(lang);
    let default = &site.config.default_language;
    let pick = |l: &Localized| l.get(lang, default).text.to_string();
    struct Entry {
        /// The entry's id, kept as it was first published, for readers
        /// to know the entry again.
        id: String,
        link: String,
        title: String,
        updated: String,
        published: String,
        category: Option<(String, String)>,
        summary: Option<String>,
    }
    let mut entries: Vec<Entry> = site
        .activities
        .iter()
        .filter(|a| a.status == ActivityStatus::Done)
        .map(|a| Entry {
            id: format!("{}#{}", urls.absolute(lang, "activities/"), a.id),
            link: format!(
                "{}#{}",
                urls.absolute(lang, &super::pages::activity_route(site, a)),
                a.id
            ),
            title: pick(&a.title),
            updated: atom_date(until_today(a.when.last(), site.today)),
            published: atom_date(a.when.start.first_day()),
            category: Some((a.kind.as_str().to_string(), tr.t(&a.kind.message_id()))),
            summary: a
                .summary
                .as_ref()
                .map(|s| super::markdown::to_html(&pick(s)).0),
        })
        .collect();
    for r in &site.reports {
        let text = text_in(&r.texts, lang, default).map(|(t, _)| t);
        let last = PartialDate::ymd(r.year, 12, 31);
        let url = urls.absolute(lang, &super::pages::report_route(r.year));
        entries.push(Entry {
            link: url.clone(),
            id: url,
            title: super::report_title(&tr, r.year, text),
            updated: atom_date(until_today(last, site.today)),
            published: atom_date(until_today(last, site.today)),
            category: None,
            summary: text.and_then(|t| t.summary.clone()).map(|s| escape(&s)),
        });
    }
    entries.sort_by(|a, b| b.updated.cmp(&a.updated).then(a.id.cmp(&b.id)));
    let site_title = pick(&site.config.title);
    let author = site.config.publisher(lang);
    let updated = entries
        .first()
        .map(|e| e.updated.clone())
        .unwrap_or_else(|| atom_date(site.today.first_day()));
    let mut x = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    let _ = writeln!(
        x,
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{lang}\">"
    );
    let _ = writeln!(x, "  <id>{}</id>", escape(&urls.absolute(lang, "feed.xml")));
    let _ = writeln!(
        x,
        "  <title>{}</title>",
        escape(&tr.t_with("feed-title", &[("site", Arg::from(site_title))]))
    );
    let _ = writeln!(
        x,
        "  <subtitle>{}</subtitle>",
        escape(&pick(&site.config.description))
    );
    let _ = writeln!(x, "  <updated>{updated}</updated>");
    let _ = writeln!(x, "  <author><name>{}</name></author>", escape(author));
    let _ = writeln!(
        x,
        "  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>",
        escape(&urls.absolute(lang, "feed.xml"))
    );
    let _ = writeln!(
        x,
        "  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>",
        escape(&urls.absolute(lang, "activities/"))
    );
    let _ = writeln!(x, "  <generator>twinpress</generator>");
    for e in &entries {
        x.push_str("  <entry>\n");
        let _ = writeln!(x, "    <id>{}</id>", escape(&e.id));
        let _ = writeln!(x, "    <title>{}</title>", escape(&e.title));
        let _ = writeln!(x, "    <updated>{}</updated>", e.updated);
        let _ = writeln!(x, "    <published>{}</published>", e.published);
        let _ = writeln!(
            x,
            "    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>",
            escape(&e.link)
        );
        if let Some((term, label)) = &e.category {
            let _ = writeln!(
                x,
                "    <category term=\"{}\" label=\"{}\"/>",
                escape(term),
                escape(label)
            );
        }
        if let Some(summary) = &e.summary {
            let _ = writeln!(
                x,
                "    <summary type=\"html\">{}</summary>",
                escape(summary)
            );
        }
        x.push_str("  </entry>\n");
    }
    x.push_str("</feed>\n");
    OutputFile {
        path: feed_path(urls, lang),
        body: Body::Bytes(x.into_bytes()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_lines_fold_at_75_octets_between_characters() {
        let mut out = String::new();
        let long = format!("SUMMARY:{}", "ą".repeat(60));
        ics_line(&mut out, &long);
        for line in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(line.len() <= 75, "{line}");
        }
        assert_eq!(out.replace("\r\n ", ""), format!("{long}\r\n"));
    }

    #[test]
    fn calendar_text_escapes_what_ends_a_value() {
        assert_eq!(ics_text("a, b; c\\d\ne"), "a\\, b\\; c\\\\d\\ne");
    }

    #[test]
    fn feed_dates_are_never_after_today() {
        let today = PartialDate::ymd(2025, 11, 20);
        let december = PartialDate::parse("2025-12").unwrap();
        assert_eq!(until_today(december, today), (2025, 11, 20));
        let june = PartialDate::parse("2025-06").unwrap();
        assert_eq!(until_today(june, today), (2025, 6, 30));
    }

    #[test]
    fn the_day_after_crosses_months_and_years() {
        assert_eq!(day_after((2024, 2, 28)), "20240229");
        assert_eq!(day_after((2025, 2, 28)), "20250301");
        assert_eq!(day_after((2025, 12, 31)), "20260101");
    }
}
