//! What public bodies must publish about their website, in every site
//! language: the accessibility statement (EU Directive 2016/2102) and the
//! privacy information (GDPR Art. 13).

use super::*;

/// The statement, with the element ids the Polish rules prescribe.
pub(super) fn accessibility(cx: &Ctx) -> View {
    let site = cx.site;
    let tr = &cx.tr;
    let lang = cx.lang;
    let c = &site.config;
    let organisation = c.publisher(lang).to_string();
    let country = Arg::from(c.home.country.as_str());
    let a = c.accessibility.as_ref();
    let data = fields!({
        "organisation": esc(&organisation),
        "site_title": pick_html(&c.title, site, lang),
        "site_url": cx.urls.base_url(),
        "intro": esc(&tr.t_with("a11y-intro", &[("organisation", Arg::from("\u{E000}")), ("country", country.clone())]))
            .replace('\u{E000}', &format!(r#"<span id="a11y-podmiot">{}</span>"#, esc(&organisation))),
        "published": a.map(|a| object!({"iso": a.published.to_string(), "text": tr.date(&a.published)})),
        "updated": a.and_then(|a| a.updated.map(|u| object!({"iso": u.to_string(), "text": tr.date(&u)}))),
        "status": a.map(|a| tr.t_with(&a.status.message_id(), &[("country", country.clone())])),
        "exceptions": a.and_then(|a| a.exceptions.as_ref().map(|e| markdown_block(e, site, lang))),
        "contact_name": a.map(|a| esc(&a.contact_name)),
        // Where the statement's own contact has no e-mail or phone, the
        // site's: a statement always says how to reach someone.
        "contact_email": a
            .and_then(|a| a.contact_email.clone())
            .or_else(|| c.contact.as_ref().and_then(|k| k.email.clone())),
        "contact_phone": a
            .and_then(|a| a.contact_phone.clone())
            .or_else(|| c.contact.as_ref().and_then(|k| k.phone.clone())),
        "procedure": a
            .and_then(|a| a.procedure.as_ref().map(|e| markdown_block(e, site, lang)))
            .unwrap_or_else(|| markdown::to_html(&tr.t_with("a11y-procedure-text", &[("country", country.clone())])).0),
        "architecture": a.and_then(|a| a.architecture.as_ref().map(|e| markdown_block(e, site, lang))),
        "communication": a
            .and_then(|a| a.communication.as_ref().map(|e| markdown_block(e, site, lang)))
            .unwrap_or_else(|| markdown::to_html(&tr.t_with("a11y-communication-text", &[("country", country.clone())])).0),
        "missing": a.is_none(),
    });
    ("accessibility.html", tr.t("a11y-title"), data)
}

/// The privacy page: who runs the site, its data protection officer,
/// what the site does not do (no cookies, no trackers, nothing from other
/// hosts: true of every twinpress site), the host's logs, and the
/// visitor's rights.
pub(super) fn privacy(cx: &Ctx) -> View {
    let site = cx.site;
    let tr = &cx.tr;
    let lang = cx.lang;
    let c = &site.config;
    let organisation = c.publisher(lang).to_string();
    let p = c.privacy.as_ref();
    let mut controller = vec![esc(&tr.t_with(
        "privacy-controller-text",
        &[("organisation", Arg::from(organisation))],
    ))];
    if let Some(address) = c.contact.as_ref().and_then(|k| k.address.as_ref()) {
        controller.push(esc(address.trim()).replace('\n', "<br>"));
    }
    let logs = p.and_then(|p| p.hosting.as_ref()).map(|h| {
        tr.t_with(
            "privacy-logs-host",
            &[("host", Arg::from(pick(h, site, lang).text.to_string()))],
        )
    });
    let days = p
        .and_then(|p| p.logs_days)
        .map(|d| tr.t_with("privacy-logs-days", &[("days", Arg::Num(f64::from(d)))]));
    let logs = [Some(tr.t("privacy-logs-text")), logs, days]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    let complaint = match p.and_then(|p| p.authority.as_ref()) {
        Some(a) => tr.t_with(
            "privacy-complaint",
            &[("authority", Arg::from(pick(a, site, lang).text.to_string()))],
        ),
        None => tr.t("privacy-complaint-any"),
    };
    let data = fields!({
        "controller": controller,
        "contact_email": c.contact.as_ref().and_then(|k| k.email.clone()),
        "officer": p.map(|p| object!({
            "text": tr.t_with("privacy-officer-text", &[("name", Arg::from(p.officer_name.clone()))]),
            "email": p.officer_email.as_deref(),
            "phone": p.officer_phone.as_deref(),
        })),
        "logs": logs,
        "complaint": complaint,
        "updated": p.and_then(|p| p.updated.map(|u| object!({"iso": u.to_string(), "text": tr.date(&u)}))),
    });
    ("privacy.html", tr.t("privacy-title"), data)
}

/// A localized Markdown block, wrapped with `lang` when it fell back.
fn markdown_block(l: &Localized, site: &Site, lang: &Lang) -> String {
    let p = pick(l, site, lang);
    super::in_language("div", markdown::to_html(p.text).0, p.fallback, lang)
}
