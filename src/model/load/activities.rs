//! programmes.yaml and activities/<year>.yaml, with their references to
//! partners and programmes resolved.

use super::*;

impl Loader {
    pub(super) fn programmes(&mut self, content: &Content) -> BTreeMap<String, Programme> {
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

    pub(super) fn activities(
        &mut self,
        content: &Content,
        partners: &BTreeSet<&str>,
        programmes: &BTreeMap<String, Programme>,
        today: PartialDate,
    ) -> Vec<Activity> {
        let mut out = Vec::new();
        let mut ids = BTreeSet::new();
        let year_folders = folders_under(content, "content/activities/");
        let files: Vec<&SourceFile> = content
            .texts
            .iter()
            .filter(|f| f.path.starts_with("content/activities"))
            .collect();
        // The years' lists are read on every thread, then taken in order.
        use rayon::prelude::*;
        let read: Vec<_> = files
            .par_iter()
            .map(|file| yaml::parse_list::<RawActivity>(&file.path, &file.text))
            .collect();
        for (file, (raw, spans, errors)) in files.into_iter().zip(read) {
            let stem = file.path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
            let Some(year) = parse_year(stem) else {
                self.error(
                    Diagnostic::file(&file.path, "activity files are named after their year")
                        .with_help("rename it to the year, like content/activities/2024.yaml"),
                );
                continue;
            };
            for d in errors {
                self.error(d);
            }
            let doc = Doc {
                file: &file.path,
                spans,
            };
            // The year's folder holds the photos its activities list.
            let folder = format!("content/activities/{year}/");
            let statics = year_folders
                .get(&year.to_string())
                .map(|(_, s)| s.clone())
                .unwrap_or_default();
            let (year_documents, year_photos) = self.split_files(&statics);
            for d in &year_documents {
                self.problems.warn(format!(
                    "{folder}{} is not published: activities show only the photos listed under `images:` in content/activities/{year}.yaml",
                    d.name
                ));
            }
            // Each activity is checked on every thread by a loader of its
            // own, then taken in order, where its id is made unique.
            let year_file = YearFile {
                doc: &doc,
                year,
                folder: &folder,
                documents: &year_documents,
                photos: &year_photos,
                partners,
                programmes,
                today,
            };
            let own: Vec<Loader> = raw.iter().map(|_| self.for_one(&[])).collect();
            let checked: Vec<(Loader, Option<Activity>)> = raw
                .par_iter()
                .zip(own)
                .map(|((i, a), mut own)| {
                    let activity = own.activity(&year_file, *i, a);
                    (own, activity)
                })
                .collect();
            for (own, activity) in checked {
                self.take_from(own);
                let Some(mut activity) = activity else {
                    continue;
                };
                // The id was the title's slug: the year before it, and
                // numbered on when another activity has it.
                let mut id = format!("{year}-{}", activity.id);
                while !ids.insert(id.clone()) {
                    id.push_str("-2");
                }
                activity.id = id;
                out.push(activity);
            }
        }
        out.sort_by_key(|a| a.when);
        out
    }

    /// The activity `a`, the `i`th of its year's file, checked on its own;
    /// its id is its title's slug until [`Loader::activities`] makes it
    /// unique.
    fn activity(&mut self, file: &YearFile, i: usize, a: &RawActivity) -> Option<Activity> {
        let YearFile {
            doc,
            year,
            folder,
            documents: year_documents,
            photos: year_photos,
            partners,
            programmes,
            today,
        } = *file;
        let base = i.to_string();
        let title = self.text(doc, &join(&base, "title"), &a.title);
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
            Some(k) => self.word(doc, &join(&base, "kind"), k, ActivityKind::parse),
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
        let organiser = self.opt_text(doc, &join(&base, "organiser"), &a.organiser);
        let place = a.place.as_ref().and_then(|pl| {
            let name = self.text(doc, &format!("{base}/place/name"), &pl.name)?;
            let country = match &pl.country {
                Some(c) => Some(self.country(doc, &format!("{base}/place/country"), c)?),
                None => None,
            };
            Some(Place { name, country })
        });
        let areas = self.words(doc, &join(&base, "areas"), &a.areas, Area::parse);
        let status = match &a.status {
            Some(s) => self.word(doc, &join(&base, "status"), s, ActivityStatus::parse),
            None => when.map(|w| {
                if w.is_past(today) {
                    ActivityStatus::Done
                } else {
                    ActivityStatus::Planned
                }
            }),
        };
        if let (Some(ActivityStatus::Planned), Some(w), Some(_)) = (&status, &when, &a.status)
            && w.is_past(today)
        {
            // A plan whose date has passed is in its year's record,
            // marked as planned, until someone says what became of it.
            self.problems.warn_at(
                doc.diag(
                    &join(&base, "status"),
                    format!(
                        "this activity was planned for {w}, which has passed: it is shown in the record of {}, marked as planned",
                        w.start.year
                    ),
                )
                .with_help("write `status: done` if it took place, or `status: cancelled`"),
            );
        }
        let summary = self.opt_text(doc, &join(&base, "summary"), &a.summary);
        let photos = if a.images.is_empty() {
            Vec::new()
        } else {
            let listed = self.list_photos(
                doc,
                &base,
                folder,
                year_documents,
                year_photos.to_vec(),
                &a.images,
            );
            listed.into_iter().filter(|p| p.listed).collect()
        };
        let (Some(title), Some(when), Some(kind), Some(status)) = (title, when, kind, status)
        else {
            return None;
        };
        let default = self.default_lang();
        Some(Activity {
            id: slugify(title.get(&default, &default).text),
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
            photos,
        })
    }
}

/// What an activity is checked with, of its year's file.
#[derive(Clone, Copy)]
struct YearFile<'a> {
    doc: &'a Doc<'a>,
    year: i32,
    /// The year's folder, which holds the photos its activities list.
    folder: &'a str,
    documents: &'a [Document],
    photos: &'a [Photo],
    /// The partners' ids, and the programmes, an activity may name.
    partners: &'a BTreeSet<&'a str>,
    programmes: &'a BTreeMap<String, Programme>,
    today: PartialDate,
}
