//! partners/<slug>/partner.yaml: facts, cooperation areas, timeline,
//! status, slug and documents; and the home municipality's facts.

use super::*;

impl Loader {
    pub(super) fn facts(&mut self, doc: &Doc, base: &str, raw: &RawPartner) -> Option<Facts> {
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

    /// Every partner, each checked on its own on every thread by a loader
    /// of its own ([`Loader::for_one`]), then taken in order with what it
    /// found, and its slug held to the others'.
    pub(super) fn partners(&mut self, content: &Content) -> Vec<Partner> {
        let folders: Vec<_> = folders_under(content, "content/partners/")
            .into_iter()
            .map(|(id, (texts, statics))| (self.for_one(&texts), id, texts, statics))
            .collect();
        use rayon::prelude::*;
        let checked: Vec<(Loader, Option<Checked>)> = folders
            .into_par_iter()
            .map(|(mut own, id, texts, statics)| {
                let checked = own.partner(id, &texts, &statics);
                (own, checked)
            })
            .collect();
        let mut partners = Vec::with_capacity(checked.len());
        let mut slugs: BTreeMap<String, PathBuf> = BTreeMap::new();
        for (own, checked) in checked {
            self.take_from(own);
            let Some(Checked { partner, slug }) = checked else {
                continue;
            };
            if let Some((slug, file, (line, column))) = slug
                && let Some(other) = slugs.insert(slug.clone(), file.clone())
            {
                self.error(
                    Diagnostic::new(
                        &file,
                        line,
                        column,
                        format!("the slug `{slug}` is also used by {}", other.display()),
                    )
                    .with_help("give one of them another `slug:`"),
                );
            }
            partners.extend(partner);
        }
        partners
    }

    /// The partner in `content/partners/{id}/`, from its files: None when
    /// it has no `partner.yaml` that can be read.
    fn partner(
        &mut self,
        id: String,
        texts: &[&SourceFile],
        statics: &[&StaticFile],
    ) -> Option<Checked> {
        let path = format!("content/partners/{id}/partner.yaml");
        let read = texts
            .iter()
            .find(|f| f.path == Path::new(&path))
            .map(|&file| (file, yaml::parse_all(&file.path, &file.text, 0)));
        let Some((file, parsed)) = read else {
            let help = yml_instead(&path, texts.iter().copied())
                .unwrap_or_else(|| "every folder in content/partners/ needs a partner.yaml with at least name and country".to_string());
            self.error(
                Diagnostic::file(
                    format!("content/partners/{id}"),
                    "this partner has no partner.yaml",
                )
                .with_help(help),
            );
            return None;
        };
        let (raw, spans) = self.parsed(parsed)?;
        let doc = Doc {
            file: &file.path,
            spans,
        };
        let facts = self.facts(&doc, "", &raw);
        let areas = self.words(&doc, "areas", &raw.areas, Area::parse);
        let mut timeline = Vec::new();
        let (files, photos) = self.photos(
            &doc,
            "",
            &format!("content/partners/{id}/"),
            statics,
            &raw.images,
        );
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
                    self.error(doc.diag("slug", e.message).with_help(e.help));
                    None
                }
            },
            None => folder_slug(self, &id, &format!("content/partners/{id}")),
        };
        // Where the slug is written: its own field, or the file as a whole
        // for one taken from the folder's name.
        let slug_field = if raw.slug.is_some() { "slug" } else { "" };
        // print/report-<year>/ holds the yearly reports.
        if let Some(slug) = &slug
            && slug
                .strip_prefix("report-")
                .is_some_and(|y| !y.is_empty() && y.chars().all(|c| c.is_ascii_digit()))
        {
            self.error(
                doc.diag(
                    slug_field,
                    format!("`{slug}` is the name of a yearly report's printed edition"),
                )
                .with_help("give this partner another `slug:`, or rename its folder"),
            );
        }
        let slug_at = slug
            .clone()
            .map(|slug| (slug, file.path.clone(), doc.spans.position(slug_field)));
        let profiles: Vec<&SourceFile> = texts
            .iter()
            .copied()
            .filter(|f| f.path != file.path)
            .collect();
        let texts_by_lang = self.texts(
            Path::new(&format!("content/partners/{id}")),
            &profiles,
            TextKind::Profile,
            facts.as_ref().map(|f| f.languages.as_slice()),
        );
        let partner = match (facts, status, slug) {
            (Some(facts), Some(status), Some(slug)) => Some(Partner {
                id,
                slug,
                facts,
                areas,
                status,
                timeline,
                texts: texts_by_lang,
                files,
                photos,
            }),
            _ => None,
        };
        Some(Checked {
            partner,
            slug: slug_at,
        })
    }
}

/// A partner checked on its own: the partner, when nothing stopped it,
/// and its slug with its file and where it is written, to be held to the
/// other partners' slugs.
struct Checked {
    partner: Option<Partner>,
    slug: Option<(String, PathBuf, (usize, usize))>,
}
