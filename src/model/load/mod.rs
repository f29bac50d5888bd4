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
use crate::source::names::name_problem;
use crate::source::yaml::{self, SpanIndex};
use crate::source::{Content, SourceFile, StaticFile};

mod activities;
mod partners;
mod site;
mod texts;

/// Builds the site model from the content, or reports every problem.
/// The model takes the texts' memory for its own.
pub fn load(mut content: Content, today: PartialDate) -> Result<(Site, Vec<Warning>)> {
    let prepared = prepare_texts(&mut content);
    let mut loader = Loader {
        problems: Problems::default(),
        missing: BTreeMap::new(),
        langs: None,
        page_images: BTreeMap::new(),
        prepared,
    };
    let site = loader.site(&content, today);
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
    /// Photos listed in a page's default-language front matter, by file,
    /// with where they are written, until the page is put together.
    page_images: BTreeMap<PathBuf, (Vec<RawImage>, SpanIndex)>,
    /// The Markdown texts, each as far as it reads on its own, or the
    /// mistake that stopped it.
    prepared: Prepared,
}

/// The Markdown texts as [`prepare_texts`] read them, by file.
type Prepared = rustc_hash::FxHashMap<PathBuf, std::result::Result<texts::Prepared, Diagnostic>>;

/// The partners' profiles, the pages and the reports, each read as far
/// as it reads on its own: its front matter, and whether it nests too deep
/// (which could mean parsing it whole, the costliest check of the model).
/// All are read at once on every thread, before the model takes them one
/// by one, in order, with what they mean for the rest of the site. Each
/// text is taken out of the content, its body kept in its own memory.
///
/// The table is made at its size at once: grown as the texts came in, it
/// was moved several times, on one thread, into memory the system had to
/// clear first.
fn prepare_texts(content: &mut Content) -> Prepared {
    use rayon::prelude::*;
    let texts: Vec<_> = content
        .texts
        .par_iter_mut()
        .filter(|f| crate::source::has_extension(&f.path, &["md"]))
        .filter_map(|f| {
            let kind = TextKind::of(&f.path)?;
            let text = std::mem::take(&mut f.text);
            Some((f.path.clone(), texts::Prepared::new(&f.path, text, kind)))
        })
        .collect();
    let mut prepared = Prepared::with_capacity_and_hasher(texts.len(), Default::default());
    prepared.extend(texts);
    prepared
}

/// The name a YAML file misnamed `….yml` or `….YAML` should have
/// (`….yaml`), if it is one.
fn misnamed_yaml(path: &Path) -> Option<PathBuf> {
    let yaml = path.with_extension("yaml");
    (yaml != path && crate::source::has_extension(path, &["yaml", "yml"])).then_some(yaml)
}

/// The help for a file the content format names `yaml` (`….yaml`) found
/// under another extension instead (`….yml`, `….YAML`) among `texts`,
/// if it was.
fn yml_instead<'a>(yaml: &str, texts: impl IntoIterator<Item = &'a SourceFile>) -> Option<String> {
    let name = yaml.rsplit('/').next().unwrap_or(yaml);
    let found = texts
        .into_iter()
        .find(|f| misnamed_yaml(&f.path).is_some_and(|p| p == Path::new(yaml)))?;
    Some(format!(
        "rename {} to {name}: twinpress reads that name",
        found.path.display()
    ))
}

/// A YAML document read: its value and where its nodes are, when it
/// could be read, and its mistakes.
type Parsed<T> = (Option<(T, SpanIndex)>, Vec<Diagnostic>);

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
        self.parsed(yaml::parse_all::<T>(&file.path, text, offset))
    }

    /// A YAML document as it was read, its mistakes reported.
    fn parsed<T>(&mut self, (value, errors): Parsed<T>) -> Option<(T, SpanIndex)> {
        for d in errors {
            self.error(d);
        }
        value
    }

    fn site(&mut self, content: &Content, today: PartialDate) -> Option<Site> {
        let Some(site_file) = content.text("content/site.yaml") else {
            let help = yml_instead("content/site.yaml", &content.texts)
                .unwrap_or_else(|| "create it with base_url, default_language, languages, title, description and home; `twinpress init` writes one".to_string());
            self.error(
                Diagnostic::file("content/site.yaml", "the site has no content/site.yaml")
                    .with_help(help),
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
        // `Site::partner` finds a partner by binary search.
        debug_assert!(partners.windows(2).all(|w| w[0].id < w[1].id));
        Some(Site {
            activities_by_partner: Site::index_activities(&activities),
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
        // Texts in YAML are Markdown too, rendered by the same renderer.
        let deep = |s: &str| crate::source::limits::markdown_nests_too_deep(s).is_some();
        match raw {
            RawText::Same(s) if deep(s) => {
                let (line, column) = doc.spans.position(path);
                self.error(crate::source::limits::markdown_too_deep(
                    doc.file, line, column,
                ));
                None
            }
            RawText::PerLang(map) if map.values().any(|s| deep(s)) => {
                for (code, _) in map.iter().filter(|(_, s)| deep(s)) {
                    let (line, column) = doc.spans.position(&join(path, code));
                    self.error(crate::source::limits::markdown_too_deep(
                        doc.file, line, column,
                    ));
                }
                None
            }
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
                "{} {} no `{lang}` version and {} back to `{}`: {}{more}",
                places.len(),
                if places.len() == 1 {
                    "text has"
                } else {
                    "texts have"
                },
                if places.len() == 1 { "falls" } else { "fall" },
                self.default_lang(),
                shown.join(", ")
            ));
        }
    }
}

impl Loader {
    /// A loader of one partner or one activity, to check it on a thread
    /// of its own: the site's languages, and the Markdown texts among
    /// `files` (a partner's profiles) taken from this loader.
    /// [`Loader::take_from`] takes back what it found.
    fn for_one(&mut self, files: &[&SourceFile]) -> Loader {
        let prepared = files
            .iter()
            .filter_map(|f| self.prepared.remove_entry(&f.path))
            .collect();
        Loader {
            problems: Problems::default(),
            missing: BTreeMap::new(),
            langs: self.langs.clone(),
            page_images: BTreeMap::new(),
            prepared,
        }
    }

    /// Takes what a loader of [`Loader::for_one`] found, after what this
    /// one found, and the texts it did not take.
    fn take_from(&mut self, other: Loader) {
        self.problems.errors.extend(other.problems.errors);
        self.problems.warnings.extend(other.problems.warnings);
        for (lang, places) in other.missing {
            self.missing.entry(lang).or_default().extend(places);
        }
        self.page_images.extend(other.page_images);
        self.prepared.extend(other.prepared);
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
                // `site.yml` or `site.YAML` for `site.yaml`.
                let rename = match misnamed_yaml(&f.path).filter(|yaml| known(yaml)) {
                    Some(yaml) => format!(" (twinpress reads {}: rename it)", yaml.display()),
                    None => String::new(),
                };
                self.problems.warn(format!(
                    "{}: not part of the content format; ignored{rename}",
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

impl TextKind {
    /// The kind of text a Markdown file is, by its folder.
    fn of(path: &Path) -> Option<TextKind> {
        let path = path.to_str()?;
        [
            ("content/partners/", TextKind::Profile),
            ("content/pages/", TextKind::Page),
            ("content/reports/", TextKind::Report),
        ]
        .into_iter()
        .find(|(folder, _)| path.starts_with(folder))
        .map(|(_, kind)| kind)
    }
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
    } else if let Err(e) = check_slug(&slug) {
        loader.error(
            Diagnostic::file(folder, e.message)
                .with_help("rename the folder, or set another `slug:`"),
        );
        None
    } else {
        Some(slug)
    }
}

impl Loader {
    /// A folder's files as documents (published as they are) and photos
    /// (published resized); a photo format browsers cannot show is a
    /// document, with a warning.
    fn split_photos(&mut self, statics: &[&StaticFile]) -> (Vec<Document>, Vec<Photo>) {
        for s in statics.iter().filter(|s| s.photo.is_none()) {
            if crate::source::images::is_unsupported_image(&s.path) {
                // Named from the site's folder, as every message names a file.
                self.problems.warn(format!(
                    "{} is not a kind of image browsers show; it is published as a download. Export it as a JPEG to show it as a photo",
                    s.path.display()
                ));
            }
        }
        self.split_files(statics)
    }

    fn split_files(&mut self, statics: &[&StaticFile]) -> (Vec<Document>, Vec<Photo>) {
        let mut documents = Vec::new();
        // Each document's name and where it is: documents are published
        // beside the page under their names, those in the folder's own
        // folders too, so two must not share one.
        let mut published: BTreeMap<String, &Path> = BTreeMap::new();
        let mut photos: Vec<Photo> = Vec::new();
        for s in statics {
            match s.photo {
                Some(info) => photos.push(Photo {
                    name: document(s).name,
                    stem: photo_stem(&s.path),
                    path: s.path.clone(),
                    disk_path: s.disk_path.clone(),
                    info,
                    alt: None,
                    credit: None,
                    decorative: false,
                    listed: false,
                }),
                None => {
                    let document = document(s);
                    match name_problem(&document.name) {
                        Some(problem) => self
                            .error(Diagnostic::file(&s.path, problem).with_help("rename the file")),
                        None => match published.get(&document.name) {
                            Some(other) => self.error(
                                Diagnostic::file(
                                    &s.path,
                                    format!(
                                        "this file and {} would both be published as `{}`",
                                        other.display(),
                                        document.name
                                    ),
                                )
                                .with_help("files in the folder's own folders are published beside its page as well: rename one of the two"),
                            ),
                            None => {
                                published.insert(document.name.clone(), &s.path);
                                documents.push(document);
                            }
                        },
                    }
                }
            }
        }
        // Copies are named after the stem: two photos must not share one.
        for (i, a) in photos.iter().enumerate() {
            if let Some(b) = photos[..i].iter().find(|b| b.stem == a.stem) {
                self.error(
                    Diagnostic::file(
                        &a.path,
                        format!(
                            "this photo and `{}` would be published under one name, `{}`",
                            b.name, a.stem
                        ),
                    )
                    .with_help("rename one of the two files"),
                );
            }
        }
        (documents, photos)
    }

    /// Splits a folder's files into documents (published as they are) and
    /// photos (published resized), with what `images:` says of them.
    fn photos(
        &mut self,
        doc: &Doc,
        at: &str,
        folder: &str,
        statics: &[&StaticFile],
        listed: &[RawImage],
    ) -> (Vec<Document>, Vec<Photo>) {
        let (documents, photos) = self.split_photos(statics);
        let photos = self.list_photos(doc, at, folder, &documents, photos, listed);
        (documents, photos)
    }

    /// The folder's `photos` with what `images:` says of them: those listed
    /// first, in their order, then the others.
    fn list_photos(
        &mut self,
        doc: &Doc,
        at: &str,
        folder: &str,
        documents: &[Document],
        mut photos: Vec<Photo>,
        listed: &[RawImage],
    ) -> Vec<Photo> {
        let mut order = Vec::new();
        for (i, raw) in listed.iter().enumerate() {
            let base = join(at, format!("images/{i}"));
            let Some(at) = photos.iter().position(|p| p.name == raw.file) else {
                let message = if documents.iter().any(|d| d.name == raw.file) {
                    format!(
                        "`{}` is not a photo twinpress can show (JPEG, PNG or WebP)",
                        raw.file
                    )
                } else {
                    format!("the photo `{}` is not in {folder}", raw.file)
                };
                self.error(doc.diag(&join(&base, "file"), message).with_help(
                    "put the photo (JPEG, PNG or WebP) in the folder beside this file, or correct its name",
                ));
                continue;
            };
            if order.contains(&at) {
                self.error(doc.diag(
                    &join(&base, "file"),
                    format!("`{}` is listed twice", raw.file),
                ));
                continue;
            }
            let photo = &mut photos[at];
            photo.listed = true;
            photo.decorative = raw.decorative;
            photo.credit = self.opt_text(doc, &join(&base, "credit"), &raw.credit);
            match (&raw.alt, raw.decorative) {
                (Some(alt), _) => photo.alt = self.text(doc, &join(&base, "alt"), alt),
                (None, true) => {}
                (None, false) => self.error(
                    doc.diag(&base, format!("the photo `{}` has no alt text", raw.file))
                        .with_help("add `alt: {…}` saying what it shows, in each language, for those who cannot see it; or `decorative: true` for a photo that shows nothing that matters"),
                ),
            }
            order.push(at);
        }
        // Listed photos first, in their order; the rest by name.
        let mut sorted: Vec<Photo> = order.iter().map(|&i| photos[i].clone()).collect();
        sorted.extend(
            photos
                .into_iter()
                .enumerate()
                .filter(|(i, _)| !order.contains(i))
                .map(|(_, p)| p),
        );
        sorted
    }
}

/// The name a photo's copies are published under: its file name without
/// the extension, as a URL segment (`Rynek Główny.JPG` → `rynek-glowny`).
fn photo_stem(path: &Path) -> String {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    match slugify(&stem) {
        s if s.is_empty() => "photo".to_string(),
        s => s,
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
