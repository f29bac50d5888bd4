//! What search engines and social networks read of a page: schema.org
//! JSON-LD (the home town and its publisher, partners, activities as
//! events) and OpenGraph.

use super::*;

/// A JSON object of the fields given, for the pages' JSON-LD, written
/// with its keys in order (serde_json's map sorts them): `json!` with
/// each value moved in (`serde_json::Value::from`), as `json!` copies
/// every value it is given by serializing it into a new one.
macro_rules! json_object {
    ({$($key:literal: $value:expr),* $(,)?}) => {{
        let mut map = serde_json::Map::new();
        $(map.insert($key.to_string(), serde_json::Value::from($value));)*
        serde_json::Value::Object(map)
    }};
}

/// The schema.org type of a town or body.
fn place_type(kind: PartnerKind) -> &'static str {
    match kind {
        PartnerKind::City | PartnerKind::Municipality => "City",
        PartnerKind::District | PartnerKind::County | PartnerKind::Region => "AdministrativeArea",
        PartnerKind::School => "School",
        PartnerKind::Institution => "GovernmentOrganization",
    }
}

/// A town as schema.org data: its name in `lang`, its other names, its
/// website as `sameAs`, where it lies. A place has its coordinates itself;
/// an organisation (a school, an institution) has them on its location.
fn town(cx: &Ctx, f: &Facts, url: Option<String>) -> serde_json::Value {
    use serde_json::{Map, Value};
    let name = f.name_in(cx.lang);
    let mut others: Vec<&str> = std::iter::once(f.name.as_str())
        .chain(f.names.values().map(String::as_str))
        .filter(|n| *n != name)
        .collect();
    others.sort_unstable();
    others.dedup();
    let ty = place_type(f.kind);
    let mut address = Map::new();
    address.insert("@type".into(), Value::from("PostalAddress"));
    address.insert("addressCountry".into(), Value::from(f.country.as_str()));
    if let Some(region) = &f.region {
        address.insert(
            "addressRegion".into(),
            Value::from(pick(region, cx.site, cx.lang).text),
        );
    }
    let mut place = Map::new();
    place.insert("address".into(), serde_json::Value::Object(address));
    if let Some((lat, lon)) = f.location {
        place.insert(
            "geo".into(),
            json_object!({"@type": "GeoCoordinates", "latitude": lat, "longitude": lon}),
        );
    }
    let mut town = Map::new();
    town.insert("@type".into(), Value::from(ty));
    town.insert("name".into(), Value::from(name));
    if ty.ends_with("Organization") || ty == "School" {
        place.insert("@type".into(), Value::from("Place"));
        town.insert("location".into(), serde_json::Value::Object(place));
    } else {
        town.extend(place);
    }
    if !others.is_empty() {
        town.insert("alternateName".into(), Value::from(others));
    }
    if let Some(site) = &f.website {
        town.insert("sameAs".into(), Value::from(site.as_str()));
    }
    if let Some(url) = url {
        town.insert("url".into(), Value::from(url));
    }
    serde_json::Value::Object(town)
}

/// The home town and who publishes the site about it.
fn home(cx: &Ctx) -> Vec<serde_json::Value> {
    let c = &cx.site.config;
    let mut city = town(cx, &c.home, None);
    city["@id"] = serde_json::Value::from(format!("{}#home", cx.urls.base_url()));
    let mut publisher = json_object!({
        "@type": "GovernmentOrganization",
        "url": cx.urls.absolute(cx.nav, ""),
        "areaServed": json_object!({"@id": format!("{}#home", cx.urls.base_url())}),
    });
    if let Some(k) = &c.contact {
        if let Some(e) = &k.email {
            publisher["email"] = serde_json::Value::from(e.as_str());
        }
        if let Some(p) = &k.phone {
            publisher["telephone"] = serde_json::Value::from(p.as_str());
        }
        if let Some(a) = &k.address {
            publisher["address"] = serde_json::Value::from(a.trim().replace('\n', ", "));
        }
    }
    publisher["name"] = serde_json::Value::from(c.publisher(cx.lang));
    vec![publisher, city]
}

/// An activity as a schema.org Event.
fn event(cx: &Ctx, a: &Activity) -> serde_json::Value {
    let site = cx.site;
    let status = match a.status {
        ActivityStatus::Cancelled => "https://schema.org/EventCancelled",
        _ => "https://schema.org/EventScheduled",
    };
    let mut e = json_object!({
        "@type": "Event",
        "name": pick(&a.title, site, cx.lang).text,
        "startDate": a.when.start.to_string(),
        "endDate": a.when.last().to_string(),
        "eventStatus": status,
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "url": format!("{}#{}", cx.urls.absolute(cx.nav, activity_route(a)), a.id),
    });
    if let Some(place) = &a.place {
        let mut location = json_object!({
            "@type": "Place",
            "name": pick(&place.name, site, cx.lang).text,
        });
        if let Some(c) = place.country {
            location["address"] =
                json_object!({"@type": "PostalAddress", "addressCountry": c.as_str()});
        }
        e["location"] = location;
    }
    if let Some(o) = &a.organiser {
        e["organizer"] =
            json_object!({"@type": "Organization", "name": pick(o, site, cx.lang).text});
    }
    if let Some(s) = &a.summary {
        e["description"] = serde_json::Value::from(markdown::plain(pick(s, site, cx.lang).text));
    }
    e
}

fn events<'x>(cx: &Ctx, list: impl Iterator<Item = &'x Activity>) -> Vec<serde_json::Value> {
    list.map(|a| event(cx, a)).collect()
}

/// Every partner, with the address of its page.
fn partners(cx: &Ctx) -> Vec<serde_json::Value> {
    cx.site
        .partners
        .iter()
        .map(|p| {
            let url = cx.urls.absolute(cx.partner_lang(p), &partner_route(p));
            town(cx, &p.facts, Some(url))
        })
        .collect()
}

/// The JSON-LD of a page, ready to put in a `<script>`: `<` is escaped,
/// so no text can close the element.
pub(super) fn json_ld(cx: &Ctx, spec: &PageSpec) -> Option<String> {
    let site = cx.site;
    let graph: Vec<serde_json::Value> = match spec.kind {
        PageKind::Home => {
            let mut g = home(cx);
            g.extend(partners(cx));
            g
        }
        PageKind::Partner(i) => {
            let p = &site.partners[i];
            let mut g = vec![town(
                cx,
                &p.facts,
                Some(cx.urls.absolute(cx.lang, &spec.route)),
            )];
            g.extend(events(cx, site.activities_of(&p.id)));
            g
        }
        PageKind::Partners => partners(cx),
        PageKind::Activities => events(
            cx,
            site.activities
                .iter()
                .filter(|a| a.status != ActivityStatus::Planned),
        ),
        PageKind::Schedule => events(
            cx,
            site.activities
                .iter()
                .filter(|a| a.status == ActivityStatus::Planned),
        ),
        PageKind::Accessibility | PageKind::Privacy => home(cx),
        _ => return None,
    };
    if graph.is_empty() {
        return None;
    }
    let data = json_object!({"@context": "https://schema.org", "@graph": graph});
    // Written into bytes, not through `Display`'s formatter a piece at a
    // time; a `<` only where a text has one.
    let json = serde_json::to_string(&data)
        .expect("strings, lists and maps with string keys are written to memory without fail");
    Some(if json.contains('<') {
        json.replace('<', "\\u003c")
    } else {
        json
    })
}

/// The picture a link to the page shows on social networks: a partner's
/// first listed photo, as its largest web copy.
pub(super) fn og_image(cx: &Ctx, spec: &PageSpec) -> Option<Value> {
    let PageKind::Partner(i) = spec.kind else {
        return None;
    };
    let p = &cx.site.partners[i];
    let photo = p.photos.iter().find(|ph| ph.listed)?;
    let folder = cx
        .urls
        .path(&cx.site.config.default_language, &partner_route(p));
    let plan = Plan::new(photo, &folder);
    let copy = plan.web.last()?;
    let alt = photo
        .alt
        .as_ref()
        .map(|a| pick(a, cx.site, cx.lang).text.to_string());
    Some(object!({
        "url": format!("{}{}", cx.urls.origin(), cx.urls.asset(&copy.path)),
        "width": copy.width,
        "height": copy.height,
        "alt": alt,
    }))
}
