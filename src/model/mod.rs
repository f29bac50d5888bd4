//! The site as typed, validated data: built once from the content, then
//! shared read-only by every renderer thread.
//!
//! The model touches no disk: it takes what [`crate::source`] read and
//! either returns a whole, consistent [`Site`] or every problem it found.

pub mod codes;
pub mod date;
mod load;
pub mod localized;
pub mod raw;
pub mod scaffold;
pub mod slug;
pub mod vocab;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::PathBuf;

pub use codes::{Country, Lang};
pub use date::{PartialDate, Precision, When};
pub use load::load;
pub use localized::{Localized, Picked};
pub use vocab::{ActivityKind, ActivityStatus, Area, Compliance, Event, PartnerKind, Status};

/// The whole site.
#[derive(Debug)]
pub struct Site {
    pub config: SiteConfig,
    /// Sorted by id.
    pub partners: Vec<Partner>,
    /// Sorted by date, then by file and position.
    pub activities: Vec<Activity>,
    pub programmes: BTreeMap<String, Programme>,
    /// Sorted by year.
    pub reports: Vec<Report>,
    /// Sorted by menu order, then id.
    pub pages: Vec<Page>,
    /// The day the build treats as today (past activities are done).
    pub today: PartialDate,
    /// Each partner's activities, by index into `activities` in their
    /// order; made with the model by [`Site::index_activities`].
    activities_by_partner: HashMap<String, Vec<usize>>,
}

#[derive(Debug)]
pub struct SiteConfig {
    /// Always ends with `/`.
    pub base_url: String,
    pub default_language: Lang,
    /// In switcher order; the default language is among them.
    pub languages: Vec<Lang>,
    pub title: Localized,
    pub description: Localized,
    pub home: Facts,
    pub logo: Option<Document>,
    /// `#rrggbb`.
    pub color: String,
    pub contact: Option<Contact>,
    pub accessibility: Option<Accessibility>,
    pub privacy: Option<Privacy>,
}

/// The privacy page's details (GDPR Art. 13): the site itself sets no
/// cookie and loads nothing from elsewhere.
#[derive(Debug)]
pub struct Privacy {
    pub officer_name: String,
    pub officer_email: Option<String>,
    pub officer_phone: Option<String>,
    pub hosting: Option<Localized>,
    pub logs_days: Option<u32>,
    pub authority: Option<Localized>,
    pub updated: Option<PartialDate>,
}

#[derive(Debug)]
pub struct Contact {
    pub organisation: Localized,
    pub unit: Option<Localized>,
    pub address: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
}

#[derive(Debug)]
pub struct Accessibility {
    pub published: PartialDate,
    pub updated: Option<PartialDate>,
    pub status: Compliance,
    pub exceptions: Option<Localized>,
    pub contact_name: String,
    pub contact_email: Option<String>,
    pub contact_phone: Option<String>,
    pub architecture: Option<Localized>,
    pub communication: Option<Localized>,
    /// How to request accessible content and where to complain, as the
    /// country's rules say; a text of the Directive's common ground when
    /// not given.
    pub procedure: Option<Localized>,
}

/// What is known about a town (a partner or the home municipality).
#[derive(Debug, Clone)]
pub struct Facts {
    /// Its own name, in its own language.
    pub name: String,
    /// Exonyms by language.
    pub names: BTreeMap<Lang, String>,
    pub kind: PartnerKind,
    pub country: Country,
    pub region: Option<Localized>,
    /// Its own languages; the first is the language of `name`.
    pub languages: Vec<Lang>,
    pub location: Option<(f64, f64)>,
    pub area_km2: Option<f64>,
    pub population: Option<u64>,
    pub facts_as_of: Option<i32>,
    pub mayor: Option<String>,
    pub website: Option<String>,
}

impl Facts {
    /// The name used in `lang`: its exonym there, or its own name.
    pub fn name_in(&self, lang: &Lang) -> &str {
        self.names.get(lang).unwrap_or(&self.name)
    }

    /// The language a name shown in `lang` is written in, when it is not
    /// `lang` itself (a Georgian name inside Polish text).
    pub fn name_lang(&self, lang: &Lang) -> Option<&Lang> {
        if self.names.contains_key(lang) {
            return None;
        }
        self.languages
            .first()
            .filter(|own| own.primary() != lang.primary())
    }
}

#[derive(Debug)]
pub struct Partner {
    /// The folder name.
    pub id: String,
    /// The URL segment.
    pub slug: String,
    pub facts: Facts,
    pub areas: Vec<Area>,
    pub status: Status,
    /// Sorted by date.
    pub timeline: Vec<TimelineEvent>,
    /// Profile texts by language.
    pub texts: BTreeMap<Lang, Text>,
    /// Files beside partner.yaml, published with the page.
    pub files: Vec<Document>,
    /// Photos beside partner.yaml: those listed in `images:` first, in
    /// their order, then the others (usable in the texts).
    pub photos: Vec<Photo>,
}

/// A photo of the content, published only as resized copies.
#[derive(Debug, Clone)]
pub struct Photo {
    pub name: String,
    /// What its copies are named after (`rynek-glowny`), unique in its
    /// folder.
    pub stem: String,
    /// Relative to the site root, for messages.
    pub path: PathBuf,
    pub disk_path: PathBuf,
    pub info: crate::source::images::PhotoInfo,
    /// What it shows, for those who cannot see it; None when decorative
    /// or not listed.
    pub alt: Option<Localized>,
    pub credit: Option<Localized>,
    pub decorative: bool,
    /// Listed in `images:`: shown with the page, not only in a text.
    pub listed: bool,
}

#[derive(Debug)]
pub struct TimelineEvent {
    pub date: PartialDate,
    pub event: Event,
    pub title: Option<Localized>,
    pub signatories: Vec<String>,
    pub reference: Option<String>,
    /// File name of a document among the partner's files.
    pub document: Option<String>,
    pub note: Option<Localized>,
}

/// A file published beside a page (an agreement, a form).
#[derive(Debug, Clone)]
pub struct Document {
    pub name: String,
    pub disk_path: PathBuf,
    pub size: u64,
}

/// One language's Markdown text of a partner, page or report.
#[derive(Debug)]
pub struct Text {
    pub file: PathBuf,
    pub title: Option<String>,
    pub summary: Option<String>,
    pub common_ground: Vec<String>,
    pub menu: Option<i32>,
    pub slug: Option<String>,
    pub body: String,
    /// The line of the file the body starts on, for messages about it.
    pub body_line: usize,
    pub translated_from: Option<(Lang, String)>,
}

impl Text {
    /// Everything but the body, every field named, so that one added
    /// later is taken too.
    fn head(&self) -> impl PartialEq + std::fmt::Debug + '_ {
        let Text {
            file,
            title,
            summary,
            common_ground,
            menu,
            slug,
            body: _,
            body_line,
            translated_from,
        } = self;
        let fields = (file, title, summary, common_ground, menu, slug);
        (fields, body_line, translated_from)
    }

    /// Whether `other` is this text with at most another body: the same
    /// file, front matter, and first line of the body.
    pub fn same_but_body(&self, other: &Text) -> bool {
        self.head() == other.head()
    }

    /// A hash of everything but the body, for the next build to tell
    /// whether only the body changed ([`Text::same_but_body`]).
    pub fn head_hash(&self) -> u128 {
        xxhash_rust::xxh3::xxh3_128(format!("{:?}", self.head()).as_bytes())
    }

    /// A short fingerprint of what a translation is made from (title,
    /// summary, common ground and body), for `translated_from: {hash}`.
    pub fn source_hash(&self) -> String {
        use sha2::Digest as _;
        let mut hasher = sha2::Sha256::new();
        for part in [
            self.title.as_deref().unwrap_or(""),
            self.summary.as_deref().unwrap_or(""),
        ] {
            hasher.update(part.trim().replace("\r\n", "\n").as_bytes());
            hasher.update([0]);
        }
        for c in &self.common_ground {
            hasher.update(c.trim().as_bytes());
            hasher.update([0]);
        }
        hasher.update(self.body.trim().replace("\r\n", "\n").as_bytes());
        hasher
            .finalize()
            .iter()
            .take(6)
            .map(|b| format!("{b:02x}"))
            .collect()
    }
}

#[derive(Debug)]
pub struct Activity {
    /// Unique on the site, for anchors (`2024-erasmus-mobility-in-parla`).
    pub id: String,
    pub title: Localized,
    pub when: When,
    pub kind: ActivityKind,
    /// Partner ids.
    pub partners: Vec<String>,
    pub organiser: Option<Localized>,
    pub place: Option<Place>,
    pub programme: Option<String>,
    pub areas: Vec<Area>,
    pub participants: Option<u32>,
    pub status: ActivityStatus,
    pub summary: Option<Localized>,
    /// Photos listed in `images:`, from `activities/<year>/`.
    pub photos: Vec<Photo>,
}

#[derive(Debug)]
pub struct Place {
    pub name: Localized,
    pub country: Option<Country>,
}

#[derive(Debug)]
pub struct Programme {
    pub id: String,
    pub name: Localized,
    pub url: Option<String>,
    pub description: Option<Localized>,
}

#[derive(Debug)]
pub struct Report {
    pub year: i32,
    pub texts: BTreeMap<Lang, Text>,
}

#[derive(Debug)]
pub struct Page {
    /// The folder name.
    pub id: String,
    pub texts: BTreeMap<Lang, Text>,
    pub files: Vec<Document>,
    /// Photos in the folder, for the texts to show.
    pub photos: Vec<Photo>,
}

/// The text in `lang`, else in the default language, else English, else
/// any; with the language it is in when it fell back.
pub fn text_in<'t>(
    texts: &'t BTreeMap<Lang, Text>,
    lang: &Lang,
    default: &Lang,
) -> Option<(&'t Text, Option<&'t Lang>)> {
    if let Some(t) = texts.get(lang) {
        return Some((t, None));
    }
    let english = Lang::parse("en").ok();
    [Some(default), english.as_ref()]
        .into_iter()
        .flatten()
        .find_map(|l| texts.get_key_value(l))
        .or_else(|| texts.iter().next())
        .map(|(l, t)| (t, Some(l)))
}

impl SiteConfig {
    /// Who publishes the site, named in `lang`: the contact's
    /// organisation, else the home town.
    pub fn publisher(&self, lang: &Lang) -> &str {
        match &self.contact {
            Some(k) => k.organisation.get(lang, &self.default_language).text,
            None => self.home.name_in(lang),
        }
    }
}

impl Page {
    pub fn menu(&self) -> Option<i32> {
        self.texts.values().find_map(|t| t.menu)
    }
}

impl Site {
    /// The partners whose profile texts are all that changed since
    /// `earlier`, in their bodies only, when the files in `changed`
    /// (relative to the site root) are all profile texts of partners of
    /// both: so that only what shows those texts needs making again.
    /// None when anything else may have changed, or nothing is named.
    pub fn bodies_changed(&self, earlier: &Site, changed: &[PathBuf]) -> Option<BTreeSet<usize>> {
        if changed.is_empty()
            || self.partners.len() != earlier.partners.len()
            || self
                .partners
                .iter()
                .zip(&earlier.partners)
                .any(|(now, then)| now.id != then.id)
        {
            return None;
        }
        let mut partners = BTreeSet::new();
        for file in changed {
            let i = self
                .partners
                .iter()
                .position(|p| p.texts.values().any(|t| &t.file == file))?;
            partners.insert(i);
        }
        partners
            .iter()
            .all(|&i| {
                let (now, then) = (&self.partners[i].texts, &earlier.partners[i].texts);
                now.len() == then.len()
                    && now
                        .iter()
                        .zip(then)
                        .all(|((l, a), (m, b))| l == m && a.same_but_body(b))
            })
            .then_some(partners)
    }

    /// Each partner's activities, found once when the model is made.
    fn index_activities(activities: &[Activity]) -> HashMap<String, Vec<usize>> {
        let mut index: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, a) in activities.iter().enumerate() {
            for p in &a.partners {
                let list = index.entry(p.clone()).or_default();
                // A partner named twice in one activity has it once.
                if list.last() != Some(&i) {
                    list.push(i);
                }
            }
        }
        index
    }

    pub fn partner(&self, id: &str) -> Option<&Partner> {
        // Partners are sorted by id.
        self.partners
            .binary_search_by(|p| p.id.as_str().cmp(id))
            .ok()
            .map(|i| &self.partners[i])
    }

    /// Every language a page is made in: the site's, in switcher order,
    /// then partners' own languages the site is not built in (only their
    /// partners' pages are made in these).
    pub fn all_languages(&self) -> Vec<Lang> {
        let mut languages = self.config.languages.clone();
        for p in &self.partners {
            for l in &p.facts.languages {
                if !languages.contains(l) {
                    languages.push(l.clone());
                }
            }
        }
        languages
    }

    /// Whether any activity is planned: a calendar of them is published
    /// only then (an iCalendar file needs at least one event).
    pub fn has_plans(&self) -> bool {
        self.activities.iter().any(|a| self.ahead(a))
    }

    /// Whether an activity is still ahead: planned, and its last day
    /// not yet past. Such activities are on the schedule; every other
    /// one is in its year's record, a plan whose date has passed marked
    /// as planned (the build warns of it).
    pub fn ahead(&self, a: &Activity) -> bool {
        a.status == ActivityStatus::Planned && !a.when.is_past(self.today)
    }

    /// Activities a partner took part in, in date order.
    pub fn activities_of<'a>(
        &'a self,
        partner: &'a str,
    ) -> impl Iterator<Item = &'a Activity> + 'a {
        self.activities_by_partner
            .get(partner)
            .into_iter()
            .flatten()
            .map(|&i| &self.activities[i])
    }
}
