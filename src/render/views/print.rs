//! What the print templates receive: a partner's folder, a yearly report as
//! a publication, and the site's index of publications.

use super::super::print::{PrintKind, PrintSpec};
use super::*;
use crate::i18n::PartnersAre;

/// Activities a folder lists on one panel; the rest are counted.
const FOLDER_ACTIVITIES: usize = 5;

/// How wide a folder prints its photo, in millimetres (the contact panel's
/// text width).
pub const FOLDER_PHOTO_MM: f64 = 80.0;

/// The template, the title (for the page and its PDF) and the data of one
/// publication.
pub fn printable<'a>(
    site: &'a Site,
    i18n: &'a I18n,
    urls: &'a Urls,
    spec: &PrintSpec,
    env: &Env<'a>,
) -> (&'static str, String, Value) {
    let mut cx = Ctx::new(site, i18n, urls, &spec.lang, env.own_pages);
    cx.outline = Some(env.outline);
    cx.print_root = Some(spec.root());
    cx.words = Some(env.words);
    cx.render = Some(env.render);
    let (template, title, data) = match spec.kind {
        PrintKind::Folder(i) => folder(&cx, &site.partners[i]),
        PrintKind::Report(i) => report_publication(&cx, &site.reports[i]),
    };
    (template, title, Value::from(data))
}

/// The two towns side by side, row by row.
fn figures(cx: &Ctx, home: &Facts, partner: &Facts) -> Vec<Value> {
    let tr = &cx.tr;
    let site = cx.site;
    let mut rows = Vec::new();
    let mut row = |label: String, h: Option<String>, p: Option<String>| {
        if h.is_some() || p.is_some() {
            rows.push(object!({"label": label, "home": h, "partner": p}));
        }
    };
    let country = |f: &Facts| Some(esc(&cx.country(f.country)));
    row(tr.t("fact-country"), country(home), country(partner));
    let region = |f: &Facts| f.region.as_ref().map(|r| pick_html(r, site, cx.lang));
    row(tr.t("fact-region"), region(home), region(partner));
    let population = |f: &Facts| f.population.map(|n| esc(&tr.integer(n as i64)));
    row(
        tr.t("fact-population"),
        population(home),
        population(partner),
    );
    row(tr.t("fact-area"), cx.area(home), cx.area(partner));
    row(
        tr.t("fact-languages"),
        cx.languages(home),
        cx.languages(partner),
    );
    rows
}

/// A partner's folder: six panels in the order they are read.
fn folder(cx: &Ctx, p: &Partner) -> View {
    let site = cx.site;
    let tr = &cx.tr;
    let home = &site.config.home;
    let f = &p.facts;
    // An ended partnership is told as one: its years, no plans.
    let ended = p.status == Status::Ended;
    let until = p
        .timeline
        .iter()
        .rev()
        .find(|e| e.event == Event::Termination)
        .filter(|_| ended);
    let since = p
        .timeline
        .iter()
        .find(|e| e.event == Event::Agreement)
        .filter(|_| !ended || until.is_some())
        .map(|e| {
            let from = Arg::from(e.date.year.to_string());
            match until {
                Some(u) => tr.t_with(
                    "folder-since-until",
                    &[
                        ("from", from),
                        ("until", Arg::from(u.date.year.to_string())),
                    ],
                ),
                None => tr.t_with("folder-since", &[("year", from)]),
            }
        });
    let text = cx.profile_text(p);
    let done: Vec<&Activity> = site
        .activities_of(&p.id)
        .filter(|a| a.status == ActivityStatus::Done)
        .collect();
    // A plan whose date has passed is neither done nor still ahead.
    let planned: Vec<&Activity> = site
        .activities_of(&p.id)
        .filter(|a| site.ahead(a))
        .collect();
    let history: Vec<Value> = p
        .timeline
        .iter()
        .map(|e| {
            object!({
                "date": time(e.date, &tr.date(&e.date)),
                "event": tr.t(&e.event.message_id()),
                "title": e.title.as_ref().map(|t| pick_html(t, site, cx.lang)),
            })
        })
        .collect();
    let more = |n: usize| {
        (n > FOLDER_ACTIVITIES).then(|| {
            tr.t_with(
                "folder-more",
                &[("count", Arg::from(n - FOLDER_ACTIVITIES))],
            )
        })
    };
    let distance = cx.distance(f);
    // A folder is about two: "two towns" only when both are towns, the
    // partner's website a town's only when it is one.
    let pair = PartnersAre::of([home.kind, f.kind]);
    let about =
        |id: &str, are: PartnersAre| tr.t_with(id, &[("partners-are", Arg::from(are.as_str()))]);
    let web = cx.urls.absolute(cx.partner_lang(p), &partner_route(p));
    let title = tr.t_with(
        "print-folder-title",
        &[
            ("home", Arg::from(home.name_in(cx.lang).to_string())),
            ("partner", Arg::from(f.name_in(cx.lang).to_string())),
        ],
    );
    let data = fields!({
        "home_name": town_name(home, cx.lang),
        "partner_name": town_name(f, cx.lang),
        "partner_own_name": (f.name_in(cx.lang) != f.name).then(|| marked(&f.name, f.languages.first(), cx.lang)),
        "home_country": esc(&cx.country(home.country)),
        "partner_country": esc(&cx.country(f.country)),
        "since": since,
        "status": tr.t(&p.status.message_id()),
        "status_key": p.status.as_str(),
        "areas": p.areas.iter().map(|a| tr.t(&a.message_id())).collect::<Vec<_>>(),
        "summary": text.summary,
        "story": text.body,
        "map": cx.map(
            &[p],
            "folder-map",
            super::super::map::FOLDER_HEIGHT,
            super::super::map::Land::Linked(crate::render::print::LAND_HREF),
        ),
        "photo": cx
            .gallery(
                &p.photos,
                &cx.urls.path(&site.config.default_language, &partner_route(p)),
            )
            .into_iter()
            .next(),
        "common_ground": text.common_ground,
        "text_lang": text.text_lang,
        "text_dir": text.text_dir,
        "fallback_note": text.fallback_note,
        "figures": figures(cx, home, f),
        "distance": distance,
        "history": history,
        "achievements": cx.activities(done.iter().rev().take(FOLDER_ACTIVITIES).copied()),
        "more_achievements": more(done.len()),
        "plans": cx.activities(planned.iter().take(FOLDER_ACTIVITIES).copied()),
        "more_plans": more(planned.len()),
        "no_achievements": tr.t(if ended { "folder-no-achievements-ended" } else { "folder-no-achievements" }),
        "no_plans": tr.t(if ended { "folder-ended" } else { "folder-no-plans" }),
        "web_shown": shown_url(&web),
        "web": web,
        "partner_website": f.website.as_deref().map(shown_url),
        "kicker": about("folder-kicker", pair),
        "figures_title": about("folder-figures", pair),
        "partner_website_label": about("folder-partner-website", PartnersAre::of([f.kind])),
    });
    ("print/folder.html", title, data)
}

/// A horizontal bar chart of counts, as SVG with its own text alternative.
fn bar_chart(title: &str, description: &str, bars: &[(String, usize)]) -> String {
    let max = bars.iter().map(|b| b.1).max().unwrap_or(0).max(1);
    let row = 9.0;
    let label_w = 62.0;
    let bar_w = 100.0;
    let height = row * bars.len() as f64 + 2.0;
    // Laid out left to right in any language: the labels end where the
    // bars begin (see the map's).
    let mut svg = format!(
        r#"<svg class="chart" viewBox="0 0 180 {height}" direction="ltr" width="180mm" height="{height}mm" role="img" aria-labelledby="chart-title chart-desc" xmlns="http://www.w3.org/2000/svg"><title id="chart-title">{}</title><desc id="chart-desc">{}</desc>"#,
        esc(title),
        esc(description)
    );
    for (i, (label, n)) in bars.iter().enumerate() {
        let y = 1.0 + row * i as f64;
        let w = bar_w * (*n as f64) / (max as f64);
        svg.push_str(&format!(
            r#"<text x="{}" y="{}" text-anchor="end" class="chart-label">{}</text><rect x="{label_w}" y="{}" width="{w:.2}" height="{}" class="chart-bar"/><text x="{:.2}" y="{}" class="chart-value">{n}</text>"#,
            label_w - 2.0,
            y + row * 0.62,
            esc(label),
            y + 1.0,
            row - 2.5,
            label_w + w + 1.5,
            y + row * 0.62,
        ));
    }
    svg.push_str("</svg>");
    svg
}

/// A yearly report as a publication: the web report's content, with a
/// cover, a contents list and the figures as a chart.
fn report_publication(cx: &Ctx, r: &Report) -> View {
    let ((_, title, mut data), bars) = report::report_and_areas(cx, r);
    let tr = &cx.tr;
    let chart = (!bars.is_empty()).then(|| {
        bar_chart(
            &tr.t_with(
                "report-chart-title",
                &[("year", Arg::from(r.year.to_string()))],
            ),
            &tr.t("report-chart-description"),
            &bars,
        )
    });
    data.extend(fields!({
        "chart": chart,
        "home_name": town_name(&cx.site.config.home, cx.lang),
    }));
    let home = cx.site.config.home.name_in(cx.lang);
    ("print/report.html", format!("{title} · {home}"), data)
}

/// The site's page listing every publication, for one language.
pub(super) fn index(
    cx: &Ctx,
    specs: &[PrintSpec],
    pdf: bool,
    endonyms: &BTreeMap<String, String>,
) -> View {
    let site = cx.site;
    let item = |s: &PrintSpec| {
        object!({
            "lang": s.lang.as_str(),
            "dir": super::dir_beside(&s.lang, cx.lang),
            "language": endonyms.get(s.lang.as_str()).cloned().unwrap_or_else(|| s.lang.to_string()),
            "html": cx.urls.asset(&s.html()).trim_end_matches("index.html"),
            "shop_html": cx.urls.asset(&s.shop_html()),
            "pdf": pdf.then(|| cx.urls.asset(&s.pdf())),
            "shop_pdf": pdf.then(|| cx.urls.asset(&s.shop_pdf())),
        })
    };
    // Every language edition of each publication, gathered in one pass:
    // a pass over all of them for each one made the page grow with the
    // square of the number of partners.
    let mut by_kind: rustc_hash::FxHashMap<PrintKind, Vec<Value>> = Default::default();
    for s in specs {
        by_kind.entry(s.kind).or_default().push(item(s));
    }
    let mut editions = |kind: PrintKind| by_kind.remove(&kind).unwrap_or_default();
    let folders: Vec<Value> = site
        .partners
        .iter()
        .enumerate()
        .map(|(i, p)| {
            object!({
                "name": town_name(&p.facts, cx.lang),
                "country": esc(&cx.country(p.facts.country)),
                "editions": editions(PrintKind::Folder(i)),
            })
        })
        .collect();
    let reports: Vec<Value> = site
        .reports
        .iter()
        .enumerate()
        .rev()
        .map(|(i, r)| {
            object!({
                "name": crate::render::report_title(&cx.tr, r.year, None),
                "editions": editions(PrintKind::Report(i)),
            })
        })
        .collect();
    (
        "printables.html",
        cx.tr.t("print-title"),
        fields!({"folders": folders, "reports": reports, "intro": cx.tr.t("print-intro")}),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chart_bars_are_scaled_to_the_largest() {
        let svg = bar_chart(
            "A <title>",
            "desc",
            &[("culture".into(), 4), ("sport".into(), 2)],
        );
        assert!(svg.contains(r#"role="img""#));
        assert!(svg.contains("<title id=\"chart-title\">A &lt;title&gt;</title>"));
        assert!(svg.contains(r#"width="100.00""#));
        assert!(svg.contains(r#"width="50.00""#));
    }
}
