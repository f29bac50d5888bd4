//! What search engines and social networks read of a page: schema.org
//! JSON-LD (the home town and its publisher, partners, activities as
//! events) and OpenGraph.
//!
//! The JSON-LD is written from structs borrowing the site's texts, not
//! built as a tree of `serde_json::Value`s first. Their fields are
//! declared in the order of their names, so that each object's keys come
//! out sorted, as readers of earlier output found them.

use super::*;

/// The schema.org type of a town or body.
fn place_type(kind: PartnerKind) -> &'static str {
    match kind {
        PartnerKind::City | PartnerKind::Municipality => "City",
        PartnerKind::District | PartnerKind::County | PartnerKind::Region => "AdministrativeArea",
        PartnerKind::School => "School",
        PartnerKind::Institution => "GovernmentOrganization",
    }
}

/// One object of the page's graph.
#[derive(serde::Serialize)]
#[serde(untagged)]
enum Node<'a> {
    Town(Town<'a>),
    Publisher(Publisher<'a>),
    Event(Event<'a>),
}

/// A postal address: its country, and the region when it is known.
#[derive(serde::Serialize)]
struct Address<'a> {
    #[serde(rename = "@type")]
    ty: &'static str,
    #[serde(rename = "addressCountry")]
    country: &'a str,
    #[serde(rename = "addressRegion", skip_serializing_if = "Option::is_none")]
    region: Option<&'a str>,
}

#[derive(serde::Serialize)]
struct Geo {
    #[serde(rename = "@type")]
    ty: &'static str,
    latitude: f64,
    longitude: f64,
}

/// Where an organisation lies, under its `location` (a place has its
/// address and coordinates itself).
#[derive(serde::Serialize)]
struct Place<'a> {
    #[serde(rename = "@type")]
    ty: &'static str,
    address: Address<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    geo: Option<Geo>,
}

#[derive(serde::Serialize)]
struct Town<'a> {
    #[serde(rename = "@id", skip_serializing_if = "Option::is_none")]
    id: Option<String>,
    #[serde(rename = "@type")]
    ty: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    address: Option<Address<'a>>,
    #[serde(rename = "alternateName", skip_serializing_if = "Vec::is_empty")]
    alternate_name: Vec<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    geo: Option<Geo>,
    #[serde(skip_serializing_if = "Option::is_none")]
    location: Option<Place<'a>>,
    name: &'a str,
    #[serde(rename = "sameAs", skip_serializing_if = "Option::is_none")]
    same_as: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<String>,
}

/// Who publishes the site.
#[derive(serde::Serialize)]
struct Publisher<'a> {
    #[serde(rename = "@type")]
    ty: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    address: Option<String>,
    #[serde(rename = "areaServed")]
    area_served: Id,
    #[serde(skip_serializing_if = "Option::is_none")]
    email: Option<&'a str>,
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    telephone: Option<&'a str>,
    url: String,
}

#[derive(serde::Serialize)]
struct Id {
    #[serde(rename = "@id")]
    id: String,
}

/// What has a type and a name (an event's place, its organiser).
#[derive(serde::Serialize)]
struct Named<'a> {
    #[serde(rename = "@type")]
    ty: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    address: Option<Address<'a>>,
    name: &'a str,
}

#[derive(serde::Serialize)]
struct Event<'a> {
    #[serde(rename = "@type")]
    ty: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<String>,
    #[serde(rename = "endDate")]
    end_date: String,
    #[serde(rename = "eventAttendanceMode")]
    attendance_mode: &'static str,
    #[serde(rename = "eventStatus")]
    status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    location: Option<Named<'a>>,
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    organizer: Option<Named<'a>>,
    #[serde(rename = "startDate")]
    start_date: String,
    url: String,
}

/// The JSON-LD document of a page.
#[derive(serde::Serialize)]
struct Graph<'a> {
    #[serde(rename = "@context")]
    context: &'static str,
    #[serde(rename = "@graph")]
    graph: Vec<Node<'a>>,
}

/// A town as schema.org data: its name in `lang`, its other names, its
/// website as `sameAs`, where it lies. A place has its coordinates itself;
/// an organisation (a school, an institution) has them on its location.
fn town<'a>(cx: &Ctx<'a>, f: &'a Facts, url: Option<String>) -> Town<'a> {
    let name = f.name_in(cx.lang);
    let mut others: Vec<&str> = std::iter::once(f.name.as_str())
        .chain(f.names.values().map(String::as_str))
        .filter(|n| *n != name)
        .collect();
    others.sort_unstable();
    others.dedup();
    let ty = place_type(f.kind);
    let address = Address {
        ty: "PostalAddress",
        country: f.country.as_str(),
        region: f.region.as_ref().map(|r| pick(r, cx.site, cx.lang).text),
    };
    let geo = f.location.map(|(latitude, longitude)| Geo {
        ty: "GeoCoordinates",
        latitude,
        longitude,
    });
    let organisation = ty.ends_with("Organization") || ty == "School";
    let (address, geo, location) = if organisation {
        let place = Place {
            ty: "Place",
            address,
            geo,
        };
        (None, None, Some(place))
    } else {
        (Some(address), geo, None)
    };
    Town {
        id: None,
        ty,
        address,
        alternate_name: others,
        geo,
        location,
        name,
        same_as: f.website.as_deref(),
        url,
    }
}

/// The home town and who publishes the site about it.
fn home<'a>(cx: &Ctx<'a>) -> [Node<'a>; 2] {
    let c = &cx.site.config;
    let home_id = format!("{}#home", cx.urls.base_url());
    let mut city = town(cx, &c.home, None);
    city.id = Some(home_id.clone());
    let contact = c.contact.as_ref();
    let publisher = Publisher {
        ty: "GovernmentOrganization",
        address: contact
            .and_then(|k| k.address.as_ref())
            .map(|a| a.trim().replace('\n', ", ")),
        area_served: Id { id: home_id },
        email: contact.and_then(|k| k.email.as_deref()),
        name: c.publisher(cx.lang),
        telephone: contact.and_then(|k| k.phone.as_deref()),
        url: cx.urls.absolute(cx.nav, ""),
    };
    [Node::Publisher(publisher), Node::Town(city)]
}

/// An activity as a schema.org Event.
fn event<'a>(cx: &Ctx<'a>, a: &'a Activity) -> Node<'a> {
    let site = cx.site;
    let status = match a.status {
        ActivityStatus::Cancelled => "https://schema.org/EventCancelled",
        _ => "https://schema.org/EventScheduled",
    };
    Node::Event(Event {
        ty: "Event",
        description: a
            .summary
            .as_ref()
            .map(|s| markdown::plain(pick(s, site, cx.lang).text)),
        end_date: a.when.last().to_string(),
        attendance_mode: "https://schema.org/OfflineEventAttendanceMode",
        status,
        location: a.place.as_ref().map(|place| Named {
            ty: "Place",
            address: place.country.as_ref().map(|c| Address {
                ty: "PostalAddress",
                country: c.as_str(),
                region: None,
            }),
            name: pick(&place.name, site, cx.lang).text,
        }),
        name: pick(&a.title, site, cx.lang).text,
        organizer: a.organiser.as_ref().map(|o| Named {
            ty: "Organization",
            address: None,
            name: pick(o, site, cx.lang).text,
        }),
        start_date: a.when.start.to_string(),
        url: format!(
            "{}#{}",
            cx.urls.absolute(cx.nav, &activity_route(cx.site, a)),
            a.id
        ),
    })
}

fn events<'a>(cx: &Ctx<'a>, list: impl Iterator<Item = &'a Activity>) -> Vec<Node<'a>> {
    list.map(|a| event(cx, a)).collect()
}

/// Partners, with the address of their pages.
fn partners<'a>(cx: &Ctx<'a>, partners: impl IntoIterator<Item = &'a Partner>) -> Vec<Node<'a>> {
    partners
        .into_iter()
        .map(|p| {
            let url = cx.urls.absolute(cx.partner_lang(p), &partner_route(p));
            Node::Town(town(cx, &p.facts, Some(url)))
        })
        .collect()
}

/// The JSON-LD of a page, ready to put in a `<script>`: `<` is escaped,
/// so no text can close the element.
pub(super) fn json_ld(cx: &Ctx, spec: &PageSpec) -> Option<String> {
    let site = cx.site;
    let graph: Vec<Node> = match spec.kind {
        PageKind::Home => {
            let mut g = Vec::from(home(cx));
            g.extend(partners(cx, cx.home_partners()));
            g
        }
        PageKind::Partner(i) => {
            let p = &site.partners[i];
            let mut g = vec![Node::Town(town(
                cx,
                &p.facts,
                Some(cx.urls.absolute(cx.lang, &spec.route)),
            ))];
            g.extend(events(cx, site.activities_of(&p.id)));
            g
        }
        PageKind::Partners => partners(cx, &site.partners),
        PageKind::PartnersIn(country) => partners(
            cx,
            site.partners.iter().filter(|p| p.facts.country == country),
        ),
        PageKind::Activities => events(cx, site.activities.iter().filter(|a| !site.ahead(a))),
        PageKind::ActivitiesOf(year) => events(
            cx,
            site.activities
                .iter()
                .filter(|a| !site.ahead(a) && a.when.year() == year),
        ),
        PageKind::Schedule => events(cx, site.activities.iter().filter(|a| site.ahead(a))),
        PageKind::Accessibility | PageKind::Privacy => Vec::from(home(cx)),
        _ => return None,
    };
    if graph.is_empty() {
        return None;
    }
    let data = Graph {
        context: "https://schema.org",
        graph,
    };
    // Written into bytes, not through `Display`'s formatter a piece at a
    // time; a `<` only where a text has one.
    let json = serde_json::to_string(&data)
        .expect("strings, numbers and lists are written to memory without fail");
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
