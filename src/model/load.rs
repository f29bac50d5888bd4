//! Building the [`Site`] from the content files, checking everything.
//!
//! Every problem is collected with its file, line and column; the site is
//! returned only when there are none. Cross-references (partners in
//! activities, programmes, documents) are resolved here, once.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

use super::date::parse_year;
use super::raw::*;
use super::slug::{check_slug, slugify};
use super::*;
use crate::error::{Diagnostic, Problems, Result, Warning};
use crate::source::frontmatter;
use crate::source::yaml::{self, SpanIndex};
use crate::source::{Content, SourceFile, StaticFile};

/// Builds the site model from the content, or reports every problem.
pub fn load(content: &Content, today: PartialDate) -> Result<(Site, Vec<Warning>)> {
    let mut loader = Loader {
        problems: Problems::default(),
        missing: BTreeMap::new(),
        langs: None,
    };
    let site = loader.site(content, today);
    loader.report_missing_translations();
    let warnings = loader.problems.into_result()?;
    let site = site.expect("a site without errors is always built");
    Ok((site, warnings))
}

struct Loader {
    problems: Problems,
    /// Texts that fall back to the default language, by language.
    missing: BTreeMap<Lang, Vec<String>>,
    /// (default language, site languages) once site.yaml is read.
    langs: Option<(Lang, Vec<Lang>)>,
}

/// A YAML document being checked: its file and where its nodes are.
struct Doc<'a> {
    file: &'a Path,
    spans: SpanIndex,
}

impl Doc<'_> {
    fn diag(&self, path: &str, message: impl Into<String>) -> Diagnostic {
        let (line, column) = self.spans.position(path);
        Diagnostic::new(self.file, line, column, message)
    }
}

fn join(parent: &str, child: impl std::fmt::Display) -> String {
    if parent.is_empty() {
        child.to_string()
    } else {
        format!("{parent}/{child}")
    }
}

impl Loader {
    fn error(&mut self, d: Diagnostic) {
        self.problems.error(d);
    }

    fn default_lang(&self) -> Lang {
        self.langs
            .as_ref()
            .map(|(d, _)| d.clone())
            .unwrap_or_else(|| Lang::parse("en").expect("en is valid"))
    }

    fn parse_yaml<T: DeserializeOwned>(
        &mut self,
        file: &SourceFile,
        text: &str,
        offset: usize,
    ) -> Option<(T, SpanIndex)> {
        match yaml::parse::<T>(&file.path, text, offset) {
            Ok(value) => Some((value, SpanIndex::new(text, offset))),
            Err(d) => {
                self.error(d);
                None
            }
        }
    }

    fn site(&mut self, content: &Content, today: PartialDate) -> Option<Site> {
        let Some(site_file) = content.text("content/site.yaml") else {
            self.error(
                Diagnostic::file("content/site.yaml", "the site has no content/site.yaml")
                    .with_help("create it with base_url, default_language, languages, title, description and home; `twinpress init` writes one"),
            );
            return None;
        };
        let config = self.config(site_file, content);
        if let Some(config) = &config {
            self.langs = Some((config.default_language.clone(), config.languages.clone()));
        }
        let programmes = self.programmes(content);
        let partners = self.partners(content);
        // Every partner folder counts for references, even one with mistakes
        // of its own, so that one mistake is not reported twice.
        let folders = folders_under(content, "content/partners/");
        let partner_ids: BTreeSet<&str> = folders.keys().map(String::as_str).collect();
        let activities = self.activities(content, &partner_ids, &programmes, today);
        let reports = self.reports(content);
        let pages = self.pages(content);
        self.unknown_files(content);
        let config = config?;
        Some(Site {
            config,
            partners,
            activities,
            programmes,
            reports,
            pages,
            today,
        })
    }

    // ----- small values -------------------------------------------------

    fn lang(&mut self, doc: &Doc, path: &str, code: &str) -> Option<Lang> {
        match Lang::parse(code) {
            Ok(l) => Some(l),
            Err(e) => {
                self.error(
                    doc.diag(path, e)
                        .with_help("use a BCP 47 code such as pl, en, de, ka or sr-Latn"),
                );
                None
            }
        }
    }

    fn country(&mut self, doc: &Doc, path: &str, code: &str) -> Option<Country> {
        match Country::parse(code) {
            Ok(c) => Some(c),
            Err(e) => {
                self.error(
                    doc.diag(path, e)
                        .with_help("use a two-letter ISO 3166-1 code such as FR, DE, GE or ME"),
                );
                None
            }
        }
    }

    fn date(&mut self, doc: &Doc, path: &str, text: &str) -> Option<PartialDate> {
        PartialDate::parse(text)
            .map_err(|e| self.error(doc.diag(path, e)))
            .ok()
    }

    fn word<T>(
        &mut self,
        doc: &Doc,
        path: &str,
        word: &str,
        parse: fn(&str) -> Result<T, String>,
    ) -> Option<T> {
        parse(word).map_err(|e| self.error(doc.diag(path, e))).ok()
    }

    fn words<T: Ord>(
        &mut self,
        doc: &Doc,
        path: &str,
        words: &[String],
        parse: fn(&str) -> Result<T, String>,
    ) -> Vec<T> {
        let mut out: Vec<T> = words
            .iter()
            .enumerate()
            .filter_map(|(i, w)| self.word(doc, &join(path, i), w, parse))
            .collect();
        out.sort();
        out.dedup();
        out
    }

    fn url(&mut self, doc: &Doc, path: &str, url: &str) -> Option<String> {
        if url.starts_with("https://") || url.starts_with("http://") {
            Some(url.to_string())
        } else {
            self.error(
                doc.diag(path, format!("`{url}` is not a web address"))
                    .with_help("write it in full, starting with https://"),
            );
            None
        }
    }

    /// A localized text: every language code valid, the default language
    /// present; languages of the site without a text are noted.
    fn text(&mut self, doc: &Doc, path: &str, raw: &RawText) -> Option<Localized> {
        match raw {
            RawText::Same(s) => Some(Localized::Same(s.clone())),
            RawText::PerLang(map) => {
                let mut out = BTreeMap::new();
                for (code, text) in map {
                    if let Some(l) = self.lang(doc, &join(path, code), code) {
                        out.insert(l, text.clone());
                    }
                }
                if out.len() != map.len() {
                    return None;
                }
                let Some((default, languages)) = self.langs.clone() else {
                    return (!out.is_empty()).then_some(Localized::PerLang(out));
                };
                if !out.contains_key(&default) {
                    self.error(
                        doc.diag(
                            path,
                            format!("this text has no version in the default language `{default}`"),
                        )
                        .with_help(format!(
                            "add `{default}: …` to it; other languages fall back to it"
                        )),
                    );
                    return None;
                }
                let (line, column) = doc.spans.position(path);
                for l in languages.iter().filter(|l| !out.contains_key(*l)) {
                    self.missing
                        .entry(l.clone())
                        .or_default()
                        .push(format!("{}:{line}:{column}", doc.file.display()));
                }
                Some(Localized::PerLang(out))
            }
        }
    }

    fn opt_text(&mut self, doc: &Doc, path: &str, raw: &Option<RawText>) -> Option<Localized> {
        raw.as_ref().and_then(|r| self.text(doc, path, r))
    }

    fn report_missing_translations(&mut self) {
        for (lang, places) in std::mem::take(&mut self.missing) {
            let shown: Vec<&str> = places.iter().take(3).map(String::as_str).collect();
            let more = if places.len() > 3 {
                format!(" and {} more", places.len() - 3)
            } else {
                String::new()
            };
            self.problems.warn(format!(
                "{} {} no `{lang}` version and fall back to `{}`: {}{more}",
                places.len(),
                if places.len() == 1 {
                    "text has"
                } else {
                    "texts have"
                },
                self.default_lang(),
                shown.join(", ")
            ));
        }
    }

    // ----- site.yaml ----------------------------------------------------

    fn config(&mut self, file: &SourceFile, content: &Content) -> Option<SiteConfig> {
        let (raw, spans) = self.parse_yaml::<RawSite>(file, &file.text, 0)?;
        let doc = Doc {
            file: &file.path,
            spans,
        };
        let base_url = self
            .url(&doc, "base_url", &raw.base_url)
            .map(|u| if u.ends_with('/') { u } else { format!("{u}/") });
        let default_language = self.lang(&doc, "default_language", &raw.default_language);
        let mut languages = Vec::new();
        for (i, code) in raw.languages.iter().enumerate() {
            let path = join("languages", i);
            if let Some(l) = self.lang(&doc, &path, code) {
                if languages.contains(&l) {
                    self.error(doc.diag(&path, format!("the language `{l}` is listed twice")));
                } else {
                    languages.push(l);
                }
            }
        }
        if let Some(d) = &default_language
            && !languages.contains(d)
            && languages.len() == raw.languages.len()
        {
            self.error(
                doc.diag(
                    "languages",
                    format!("the default language `{d}` is not among the site's languages"),
                )
                .with_help(format!("add `{d}` to languages")),
            );
        }
        if let Some(d) = &default_language {
            self.langs = Some((d.clone(), languages.clone()));
        }
        let title = self.text(&doc, "title", &raw.title);
        let description = self.text(&doc, "description", &raw.description);
        let home = self.facts(&doc, "home", &raw.home);
        let color = match raw.identity.color.as_deref() {
            None => Some("#1f5fa8".to_string()),
            Some(c)
                if c.len() == 7
                    && c.starts_with('#')
                    && c[1..].bytes().all(|b| b.is_ascii_hexdigit()) =>
            {
                Some(c.to_ascii_lowercase())
            }
            Some(c) => {
                self.error(
                    doc.diag("identity/color", format!("`{c}` is not a colour"))
                        .with_help("write it as #rrggbb, e.g. \"#1f5fa8\" (quoted)"),
                );
                None
            }
        };
        let logo = match raw.identity.logo.as_ref() {
            None => None,
            Some(l) => {
                let path = PathBuf::from("content").join(l);
                let found = content
                    .statics
                    .iter()
                    .find(|s| s.path == path)
                    .map(document);
                if found.is_none() {
                    self.error(
                        doc.diag(
                            "identity/logo",
                            format!("the logo `{l}` is not in content/"),
                        )
                        .with_help("put the file in content/ and give its path relative to it"),
                    );
                }
                found
            }
        };
        let contact = raw.contact.as_ref().map(|c| Contact {
            organisation: self
                .text(&doc, "contact/organisation", &c.organisation)
                .unwrap_or(Localized::Same(String::new())),
            unit: self.opt_text(&doc, "contact/unit", &c.unit),
            address: c.address.clone(),
            email: c.email.clone(),
            phone: c.phone.as_ref().map(|p| p.0.clone()),
        });
        let accessibility = match &raw.accessibility {
            None => None,
            Some(a) => {
                let published = self.date(&doc, "accessibility/published", &a.published.0);
                let updated = a
                    .updated
                    .as_ref()
                    .and_then(|u| self.date(&doc, "accessibility/updated", &u.0));
                let status = self.word(&doc, "accessibility/status", &a.status, Compliance::parse);
                let exceptions = self.opt_text(&doc, "accessibility/exceptions", &a.exceptions);
                let architecture =
                    self.opt_text(&doc, "accessibility/architecture", &a.architecture);
                let communication =
                    self.opt_text(&doc, "accessibility/communication", &a.communication);
                match (published, status) {
                    (Some(published), Some(status)) => Some(Accessibility {
                        published,
                        updated,
                        status,
                        exceptions,
                        contact_name: a.contact.name.clone(),
                        contact_email: a.contact.email.clone(),
                        contact_phone: a.contact.phone.as_ref().map(|p| p.0.clone()),
                        architecture,
                        communication,
                    }),
                    _ => None,
                }
            }
        };
        Some(SiteConfig {
            base_url: base_url?,
            default_language: default_language?,
            languages,
            title: title?,
            description: description?,
            home: home?,
            logo,
            color: color?,
            contact,
            accessibility,
        })
    }

    // ----- partners -----------------------------------------------------

    fn facts(&mut self, doc: &Doc, base: &str, raw: &RawPartner) -> Option<Facts> {
        let p = |field: &str| join(base, field);
        let mut names = BTreeMap::new();
        for (code, name) in &raw.names {
            if let Some(l) = self.lang(doc, &p(&format!("names/{code}")), code) {
                names.insert(l, name.clone());
            }
        }
        let kind = match &raw.kind {
            Some(k) => self.word(doc, &p("kind"), k, PartnerKind::parse),
            None => Some(PartnerKind::City),
        };
        let country = self.country(doc, &p("country"), &raw.country);
        let region = self.opt_text(doc, &p("region"), &raw.region);
        let languages: Vec<Lang> = raw
            .languages
            .iter()
            .enumerate()
            .filter_map(|(i, c)| self.lang(doc, &p(&format!("languages/{i}")), c))
            .collect();
        let location = match raw.location {
            Some(RawLocation { lat, lon })
                if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) =>
            {
                self.error(
                    doc.diag(
                        &p("location"),
                        format!("{lat}, {lon} is not a position on Earth"),
                    )
                    .with_help("lat is −90 to 90, lon −180 to 180, in decimal degrees"),
                );
                None
            }
            Some(RawLocation { lat, lon }) => Some((lat, lon)),
            None => None,
        };
        let facts_as_of = match &raw.facts_as_of {
            Some(y) => match parse_year(&y.0) {
                Some(y) => Some(y),
                None => {
                    self.error(
                        doc.diag(&p("facts_as_of"), format!("`{}` is not a year", y.0))
                            .with_help("write the year the facts were true, e.g. 2024"),
                    );
                    None
                }
            },
            None => None,
        };
        let website = raw
            .website
            .as_ref()
            .and_then(|w| self.url(doc, &p("website"), w));
        if raw.name.trim().is_empty() {
            self.error(doc.diag(&p("name"), "the name is empty"));
        }
        Some(Facts {
            name: raw.name.trim().to_string(),
            names,
            kind: kind?,
            country: country?,
            region,
            languages,
            location,
            area_km2: raw.area_km2,
            population: raw.population,
            facts_as_of,
            mayor: raw.mayor.clone(),
            website,
        })
    }

    fn partners(&mut self, content: &Content) -> Vec<Partner> {
        let folders = folders_under(content, "content/partners/");
        let mut partners = Vec::new();
        let mut slugs: BTreeMap<String, PathBuf> = BTreeMap::new();
        for (id, (texts, statics)) in folders {
            let yaml_path = format!("content/partners/{id}/partner.yaml");
            let Some(file) = texts.iter().find(|f| f.path == Path::new(&yaml_path)) else {
                self.error(
                    Diagnostic::file(format!("content/partners/{id}"), "this partner has no partner.yaml")
                        .with_help("every folder in content/partners/ needs a partner.yaml with at least name and country"),
                );
                continue;
            };
            let Some((raw, spans)) = self.parse_yaml::<RawPartner>(file, &file.text, 0) else {
                continue;
            };
            let doc = Doc {
                file: &file.path,
                spans,
            };
            let facts = self.facts(&doc, "", &raw);
            let areas = self.words(&doc, "areas", &raw.areas, Area::parse);
            let mut timeline = Vec::new();
            let files: Vec<Document> = statics.iter().map(|s| document(s)).collect();
            for (i, e) in raw.timeline.iter().enumerate() {
                let base = format!("timeline/{i}");
                let date = self.date(&doc, &join(&base, "date"), &e.date.0);
                let event = self.word(&doc, &join(&base, "event"), &e.event, Event::parse);
                let title = self.opt_text(&doc, &join(&base, "title"), &e.title);
                let note = self.opt_text(&doc, &join(&base, "note"), &e.note);
                if let Some(name) = &e.document
                    && !files.iter().any(|f| &f.name == name)
                {
                    self.error(
                        doc.diag(&join(&base, "document"), format!("the document `{name}` is not in content/partners/{id}/"))
                            .with_help("put the file in the partner's folder, beside partner.yaml, or correct its name"),
                    );
                }
                if let (Some(date), Some(event)) = (date, event) {
                    timeline.push(TimelineEvent {
                        date,
                        event,
                        title,
                        signatories: e.signatories.clone(),
                        reference: e.reference.clone(),
                        document: e.document.clone(),
                        note,
                    });
                }
            }
            timeline.sort_by_key(|e| e.date);
            let status = match &raw.status {
                Some(s) => self.word(&doc, "status", s, Status::parse),
                None => Some(Status::from_timeline(timeline.iter().map(|e| &e.event))),
            };
            let slug = match &raw.slug {
                Some(s) => match check_slug(s) {
                    Ok(()) => Some(s.clone()),
                    Err(e) => {
                        self.error(doc.diag("slug", e));
                        None
                    }
                },
                None => folder_slug(self, &id, &format!("content/partners/{id}")),
            };
            if let Some(slug) = &slug
                && let Some(other) = slugs.insert(slug.clone(), file.path.clone())
            {
                self.error(
                    doc.diag(
                        if raw.slug.is_some() { "slug" } else { "" },
                        format!("the slug `{slug}` is also used by {}", other.display()),
                    )
                    .with_help("give one of them another `slug:`"),
                );
            }
            let profiles: Vec<&SourceFile> = texts
                .iter()
                .copied()
                .filter(|f| f.path != Path::new(&yaml_path))
                .collect();
            let texts_by_lang = self.texts(
                Path::new(&format!("content/partners/{id}")),
                &profiles,
                TextKind::Profile,
            );
            if let (Some(facts), Some(status), Some(slug)) = (facts, status, slug) {
                partners.push(Partner {
                    id,
                    slug,
                    facts,
                    areas,
                    status,
                    timeline,
                    texts: texts_by_lang,
                    files,
                });
            }
        }
        partners
    }

    /// The `<lang>.md` files of one folder, by language. Pages and reports
    /// need the default language's text; a partner may have no profile, but
    /// once it has one, the default language's is required.
    fn texts(
        &mut self,
        folder: &Path,
        files: &[&SourceFile],
        kind: TextKind,
    ) -> BTreeMap<Lang, Text> {
        let mut out = BTreeMap::new();
        for file in files {
            let stem = file.path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
            if file.path.extension().is_none_or(|e| e != "md") {
                self.error(Diagnostic::file(&file.path, "unexpected file").with_help(
                    "this folder holds <lang>.md files; documents and images are kept as they are",
                ));
                continue;
            }
            let lang = match Lang::parse(stem) {
                Ok(l) => l,
                Err(e) => {
                    self.error(
                        Diagnostic::file(
                            &file.path,
                            format!("the file name must be a language code: {e}"),
                        )
                        .with_help("name it after its language, like pl.md, en.md or sr-Latn.md"),
                    );
                    continue;
                }
            };
            if let Some(text) = self.markdown(file, kind) {
                out.insert(lang, text);
            }
        }
        let Some((default, languages)) = self.langs.clone() else {
            return out;
        };
        if out.contains_key(&default) {
            for l in languages.iter().filter(|l| !out.contains_key(*l)) {
                self.missing
                    .entry(l.clone())
                    .or_default()
                    .push(folder.join(format!("{l}.md")).display().to_string());
            }
        } else if !out.is_empty() {
            self.error(
                Diagnostic::file(
                    folder.join(format!("{default}.md")),
                    format!("the text in the default language `{default}` is missing"),
                )
                .with_help(format!(
                    "write {default}.md; the other languages fall back to it"
                )),
            );
        } else if files.is_empty() && kind != TextKind::Profile {
            self.error(
                Diagnostic::file(folder, "this folder has no text")
                    .with_help(format!("write {default}.md in it")),
            );
        }
        out
    }

    fn markdown(&mut self, file: &SourceFile, kind: TextKind) -> Option<Text> {
        let split = match frontmatter::split(&file.text) {
            Ok(s) => s,
            Err(u) => {
                self.error(
                    Diagnostic::new(&file.path, u.line, 1, "the front matter is not closed")
                        .with_help("end it with a line of three dashes `---` before the text"),
                );
                return None;
            }
        };
        let offset = split.front_matter_offset;
        let body = split.body.to_string();
        match kind {
            TextKind::Profile => {
                let (meta, spans) = if split.front_matter.trim().is_empty() {
                    (RawProfileMeta::default(), SpanIndex::default())
                } else {
                    self.parse_yaml::<RawProfileMeta>(file, split.front_matter, offset)?
                };
                let doc = Doc {
                    file: &file.path,
                    spans,
                };
                let translated_from = self.translated_from(&doc, &meta.translated_from);
                Some(Text {
                    file: file.path.clone(),
                    title: None,
                    summary: meta.summary,
                    common_ground: meta.common_ground,
                    menu: None,
                    slug: None,
                    body,
                    translated_from,
                })
            }
            TextKind::Page | TextKind::Report => {
                let (meta, spans) = if split.front_matter.trim().is_empty() {
                    (RawPageMeta::default(), SpanIndex::default())
                } else {
                    self.parse_yaml::<RawPageMeta>(file, split.front_matter, offset)?
                };
                let doc = Doc {
                    file: &file.path,
                    spans,
                };
                if meta.title.as_deref().is_none_or(|t| t.trim().is_empty()) {
                    self.error(
                        doc.diag("", "the text has no title").with_help(
                            "add `title: …` to the front matter between the `---` lines",
                        ),
                    );
                }
                if let Some(s) = &meta.slug
                    && let Err(e) = check_slug(s)
                {
                    self.error(doc.diag("slug", e));
                }
                let translated_from = self.translated_from(&doc, &meta.translated_from);
                Some(Text {
                    file: file.path.clone(),
                    title: meta.title,
                    summary: meta.summary,
                    common_ground: Vec::new(),
                    menu: meta.menu,
                    slug: meta.slug,
                    body,
                    translated_from,
                })
            }
        }
    }

    fn translated_from(
        &mut self,
        doc: &Doc,
        raw: &Option<RawTranslatedFrom>,
    ) -> Option<(Lang, String)> {
        let raw = raw.as_ref()?;
        let lang = self.lang(doc, "translated_from/lang", &raw.lang)?;
        Some((lang, raw.hash.clone()))
    }

    // ----- programmes, activities ----------------------------------------

    fn programmes(&mut self, content: &Content) -> BTreeMap<String, Programme> {
        let mut out = BTreeMap::new();
        let Some(file) = content.text("content/programmes.yaml") else {
            return out;
        };
        let Some((raw, spans)) =
            self.parse_yaml::<BTreeMap<String, RawProgramme>>(file, &file.text, 0)
        else {
            return out;
        };
        let doc = Doc {
            file: &file.path,
            spans,
        };
        for (id, p) in raw {
            let name = self.text(&doc, &join(&id, "name"), &p.name);
            let description = self.opt_text(&doc, &join(&id, "description"), &p.description);
            let url = p
                .url
                .as_ref()
                .and_then(|u| self.url(&doc, &join(&id, "url"), u));
            if let Some(name) = name {
                out.insert(
                    id.clone(),
                    Programme {
                        id,
                        name,
                        url,
                        description,
                    },
                );
            }
        }
        out
    }

    fn activities(
        &mut self,
        content: &Content,
        partners: &BTreeSet<&str>,
        programmes: &BTreeMap<String, Programme>,
        today: PartialDate,
    ) -> Vec<Activity> {
        let mut out = Vec::new();
        let mut ids = BTreeSet::new();
        for file in content
            .texts
            .iter()
            .filter(|f| f.path.starts_with("content/activities"))
        {
            let stem = file.path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
            let Some(year) = parse_year(stem) else {
                self.error(
                    Diagnostic::file(&file.path, "activity files are named after their year")
                        .with_help("rename it to the year, like content/activities/2024.yaml"),
                );
                continue;
            };
            let (raw, errors) = yaml::parse_list::<RawActivity>(&file.path, &file.text);
            for d in errors {
                self.error(d);
            }
            let doc = Doc {
                file: &file.path,
                spans: SpanIndex::new(&file.text, 0),
            };
            for (i, a) in &raw {
                let base = i.to_string();
                let title = self.text(&doc, &join(&base, "title"), &a.title);
                let when = When::parse(&a.date.0)
                    .map_err(|e| self.error(doc.diag(&join(&base, "date"), e)))
                    .ok();
                if let Some(w) = when
                    && w.year() != year
                {
                    self.error(
                        doc.diag(
                            &join(&base, "date"),
                            format!(
                                "this activity is dated {} but is in the file for {year}",
                                w.year()
                            ),
                        )
                        .with_help(format!("move it to content/activities/{}.yaml", w.year())),
                    );
                }
                let kind = match &a.kind {
                    Some(k) => self.word(&doc, &join(&base, "kind"), k, ActivityKind::parse),
                    None => Some(ActivityKind::Other),
                };
                for (j, p) in a.partners.iter().enumerate() {
                    if !partners.contains(p.as_str()) {
                        let known: Vec<&str> = partners.iter().copied().collect();
                        self.error(
                            doc.diag(
                                &format!("{base}/partners/{j}"),
                                format!("there is no partner `{p}`"),
                            )
                            .with_help(if known.is_empty() {
                                "partners are the folders in content/partners/, and there are none"
                                    .to_string()
                            } else {
                                format!(
                                    "partners are the folders in content/partners/: {}",
                                    known.join(", ")
                                )
                            }),
                        );
                    }
                }
                if let Some(pr) = &a.programme
                    && !programmes.contains_key(pr)
                {
                    let known: Vec<&str> = programmes.keys().map(String::as_str).collect();
                    self.error(
                        doc.diag(
                            &join(&base, "programme"),
                            format!("there is no programme `{pr}`"),
                        )
                        .with_help(if known.is_empty() {
                            "add it to content/programmes.yaml".to_string()
                        } else {
                            format!(
                                "programmes are the keys of content/programmes.yaml: {}",
                                known.join(", ")
                            )
                        }),
                    );
                }
                let organiser = self.opt_text(&doc, &join(&base, "organiser"), &a.organiser);
                let place = a.place.as_ref().and_then(|pl| {
                    let name = self.text(&doc, &format!("{base}/place/name"), &pl.name)?;
                    let country = match &pl.country {
                        Some(c) => Some(self.country(&doc, &format!("{base}/place/country"), c)?),
                        None => None,
                    };
                    Some(Place { name, country })
                });
                let areas = self.words(&doc, &join(&base, "areas"), &a.areas, Area::parse);
                let status = match &a.status {
                    Some(s) => self.word(&doc, &join(&base, "status"), s, ActivityStatus::parse),
                    None => when.map(|w| {
                        if w.last().last_day() < today.first_day() {
                            ActivityStatus::Done
                        } else {
                            ActivityStatus::Planned
                        }
                    }),
                };
                let summary = self.opt_text(&doc, &join(&base, "summary"), &a.summary);
                if let (Some(title), Some(when), Some(kind), Some(status)) =
                    (title, when, kind, status)
                {
                    let default = self.default_lang();
                    let mut id = format!("{year}-{}", slugify(title.get(&default, &default).text));
                    while !ids.insert(id.clone()) {
                        id.push_str("-2");
                    }
                    out.push(Activity {
                        id,
                        title,
                        when,
                        kind,
                        partners: a.partners.clone(),
                        organiser,
                        place,
                        programme: a.programme.clone(),
                        areas,
                        participants: a.participants,
                        status,
                        summary,
                    });
                }
            }
        }
        out.sort_by_key(|a| a.when);
        out
    }

    // ----- reports, pages -------------------------------------------------

    fn reports(&mut self, content: &Content) -> Vec<Report> {
        let mut out = Vec::new();
        for (folder, (texts, statics)) in folders_under(content, "content/reports/") {
            let Some(year) = parse_year(&folder) else {
                self.error(
                    Diagnostic::file(
                        format!("content/reports/{folder}"),
                        "report folders are named after their year",
                    )
                    .with_help("rename it to the year, like content/reports/2024/"),
                );
                continue;
            };
            for s in statics {
                self.problems.warn(format!(
                    "{}: files beside a report are not published yet",
                    s.path.display()
                ));
            }
            let texts = self.texts(
                Path::new(&format!("content/reports/{folder}")),
                &texts,
                TextKind::Report,
            );
            out.push(Report { year, texts });
        }
        out
    }

    fn pages(&mut self, content: &Content) -> Vec<Page> {
        let mut out = Vec::new();
        for (id, (texts, statics)) in folders_under(content, "content/pages/") {
            if folder_slug(self, &id, &format!("content/pages/{id}")).is_none() {
                continue;
            }
            let texts = self.texts(
                Path::new(&format!("content/pages/{id}")),
                &texts,
                TextKind::Page,
            );
            let files = statics.iter().map(|s| document(s)).collect();
            out.push(Page { id, texts, files });
        }
        out.sort_by(|a, b| {
            (a.menu().unwrap_or(i32::MAX), &a.id).cmp(&(b.menu().unwrap_or(i32::MAX), &b.id))
        });
        out
    }

    fn unknown_files(&mut self, content: &Content) {
        let known = |p: &Path| {
            let s = p.to_string_lossy();
            s == "content/site.yaml"
                || s == "content/programmes.yaml"
                || [
                    "content/partners/",
                    "content/activities/",
                    "content/reports/",
                    "content/pages/",
                ]
                .iter()
                .any(|d| s.starts_with(d))
        };
        for f in &content.texts {
            if !known(&f.path) {
                self.problems.warn(format!(
                    "{}: not part of the content format; ignored",
                    f.path.display()
                ));
            }
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TextKind {
    Profile,
    Page,
    Report,
}

type Folder<'a> = (Vec<&'a SourceFile>, Vec<&'a StaticFile>);

/// Files of each direct subfolder of `prefix`, by folder name.
fn folders_under<'a>(content: &'a Content, prefix: &str) -> BTreeMap<String, Folder<'a>> {
    let mut out: BTreeMap<String, Folder<'a>> = BTreeMap::new();
    let folder_of = |path: &Path| -> Option<String> {
        let rest = path.to_str()?.strip_prefix(prefix)?;
        let (folder, _) = rest.split_once('/')?;
        Some(folder.to_string())
    };
    for f in &content.texts {
        if let Some(folder) = folder_of(&f.path) {
            out.entry(folder).or_default().0.push(f);
        }
    }
    for f in &content.statics {
        if let Some(folder) = folder_of(&f.path) {
            out.entry(folder).or_default().1.push(f);
        }
    }
    out
}

fn folder_slug(loader: &mut Loader, name: &str, folder: &str) -> Option<String> {
    let slug = slugify(name);
    if slug.is_empty() {
        loader.error(
            Diagnostic::file(folder, "the folder name gives no usable URL")
                .with_help("rename the folder with letters or digits, or set `slug:`"),
        );
        None
    } else {
        Some(slug)
    }
}

fn document(s: &StaticFile) -> Document {
    Document {
        name: s
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        disk_path: s.disk_path.clone(),
        size: s.size,
    }
}
