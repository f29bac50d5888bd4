//! The accessibility statement that public bodies must publish (EU
//! Directive 2016/2102), in every site language.

use super::*;

/// The statement, with the element ids the Polish rules prescribe.
pub(super) fn accessibility(cx: &Ctx) -> (&'static str, String, serde_json::Value) {
    let site = cx.site;
    let tr = &cx.tr;
    let lang = cx.lang;
    let c = &site.config;
    let organisation = c
        .contact
        .as_ref()
        .map(|k| pick(&k.organisation, site, lang).text.to_string())
        .unwrap_or_else(|| c.home.name_in(lang).to_string());
    let country = Arg::from(c.home.country.as_str());
    let a = c.accessibility.as_ref();
    let data = serde_json::json!({
        "organisation": esc(&organisation),
        "site_title": pick_html(&c.title, site, lang),
        "site_url": cx.urls.base_url(),
        "intro": esc(&tr.t_with("a11y-intro", &[("organisation", Arg::from("\u{E000}")), ("country", country.clone())]))
            .replace('\u{E000}', &format!(r#"<span id="a11y-podmiot">{}</span>"#, esc(&organisation))),
        "published": a.map(|a| serde_json::json!({"iso": a.published.to_string(), "text": tr.date(&a.published)})),
        "updated": a.and_then(|a| a.updated.map(|u| serde_json::json!({"iso": u.to_string(), "text": tr.date(&u)}))),
        "status": a.map(|a| tr.t_with(&a.status.message_id(), &[("country", country.clone())])),
        "exceptions": a.and_then(|a| a.exceptions.as_ref().map(|e| markdown_block(e, site, lang))),
        "contact_name": a.map(|a| esc(&a.contact_name)),
        "contact_email": a.and_then(|a| a.contact_email.clone()),
        "contact_phone": a.and_then(|a| a.contact_phone.clone()),
        "procedure": markdown::to_html(&tr.t_with("a11y-procedure-text", &[("country", country.clone())])).0,
        "architecture": a.and_then(|a| a.architecture.as_ref().map(|e| markdown_block(e, site, lang))),
        "communication": a
            .and_then(|a| a.communication.as_ref().map(|e| markdown_block(e, site, lang)))
            .unwrap_or_else(|| markdown::to_html(&tr.t_with("a11y-communication-text", &[("country", country.clone())])).0),
        "missing": a.is_none(),
    });
    ("accessibility.html", tr.t("a11y-title"), data)
}

/// A localized Markdown block, wrapped with `lang` when it fell back.
fn markdown_block(l: &Localized, site: &Site, lang: &Lang) -> String {
    let p = pick(l, site, lang);
    let html = markdown::to_html(p.text).0;
    match p.fallback {
        Some(f) => format!(r#"<div lang="{f}">{html}</div>"#),
        None => html,
    }
}
