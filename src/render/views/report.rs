//! The yearly report page.

use super::*;

/// A yearly report: its text, the year's activities by partner and by
/// area, and its figures.
pub(super) fn report(cx: &Ctx, r: &Report) -> View {
    report_and_areas(cx, r).0
}

/// A yearly report, and how many of its year's activities each area has
/// (for print's chart).
pub(super) fn report_and_areas(cx: &Ctx, r: &Report) -> (View, Vec<(String, usize)>) {
    let site = cx.site;
    let tr = &cx.tr;
    let acts: Vec<&Activity> = site
        .activities
        .iter()
        .filter(|a| a.when.year() == r.year)
        .collect();
    let done: Vec<&Activity> = acts
        .iter()
        .copied()
        .filter(|a| a.status == ActivityStatus::Done)
        .collect();
    let participants: u32 = done.iter().filter_map(|a| a.participants).sum();
    let partners_involved: std::collections::BTreeSet<&str> = done
        .iter()
        .flat_map(|a| a.partners.iter().map(String::as_str))
        .collect();
    let programmes: std::collections::BTreeSet<&str> =
        done.iter().filter_map(|a| a.programme.as_deref()).collect();
    let figures = vec![
        object!({"label": tr.t("figure-activities"), "value": tr.integer(done.len() as i64)}),
        object!({"label": tr.t("figure-participants"), "value": tr.integer(i64::from(participants))}),
        object!({"label": tr.t("figure-partners"), "value": tr.integer(partners_involved.len() as i64)}),
        object!({"label": tr.t("figure-programmes"), "value": tr.integer(programmes.len() as i64)}),
        object!({"label": tr.t("figure-planned"), "value": tr.integer(acts.iter().filter(|a| a.status == ActivityStatus::Planned).count() as i64)}),
    ];
    let mut by_partner = Vec::new();
    for p in &site.partners {
        let list: Vec<&Activity> = site
            .activities_of(&p.id)
            .filter(|a| a.when.year() == r.year)
            .collect();
        if !list.is_empty() {
            by_partner.push(object!({"name": town_name(&p.facts, cx.lang), "url": cx.partner_url(p), "activities": cx.activities(list.into_iter())}));
        }
    }
    let without: Vec<&Activity> = acts
        .iter()
        .copied()
        .filter(|a| a.partners.is_empty())
        .collect();
    let areas: Vec<(String, usize)> = Area::ALL
        .iter()
        .map(|area| {
            let n = acts.iter().filter(|a| a.areas.contains(area)).count();
            (tr.t(&area.message_id()), n)
        })
        .filter(|&(_, n)| n > 0)
        .collect();
    let by_area: Vec<Value> = areas
        .iter()
        .map(|(name, n)| object!({"area": name.as_str(), "count": tr.integer(*n as i64), "n": *n}))
        .collect();
    let (text, fallback) = cx
        .text_of(&r.texts)
        .expect("a report has its default-language text");
    let (body, toc) = markdown::to_html_in(&text.body, Some(&cx.report_links(r)));
    let title = crate::render::report_title(tr, r.year, Some(text));
    let report = (
        "report.html",
        title.clone(),
        fields!({
            "year": r.year,
            // A title from the interface strings is in the page's language.
            "heading": marked(&title, fallback.filter(|_| text.title.is_some()), cx.lang),
            "summary": text.summary.as_deref(),
            "body": body,
            "toc": Value::from_serializable(&toc),
            "text_lang": fallback.map(Lang::as_str),
            "text_dir": fallback.and_then(|f| super::dir_beside(f, cx.lang)),
            "fallback_note": cx.fallback_note(fallback),
            "figures": figures,
            "by_partner": by_partner,
            "without_partner": cx.activities(without.into_iter()),
            "by_area": by_area,
        }),
    );
    (report, areas)
}
