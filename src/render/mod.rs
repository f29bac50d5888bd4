//! Turning the site model into files in memory: every page in every
//! language, the sitemap and robots.txt, and the theme's static files.
//!
//! Rendering is pure: it takes the model, the locales and the theme and
//! returns [`OutputFile`]s (paths and bytes); [`crate::output`] writes them.
//! Pages are rendered in parallel; the model is shared by reference.

mod data;
pub mod fingerprint;
pub mod hyphenate;
mod letters;
pub mod map;
pub mod markdown;
mod marks;
mod pages;
pub mod photos;
pub mod print;
mod sitemap;
mod tags;
pub mod urls;
mod views;

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use rayon::prelude::*;
use tera::{Context, Tera, Value};

use crate::error::{Diagnostic, Error, Result};
use crate::i18n::I18n;
use crate::model::{Lang, Site};
use crate::source::resources::Theme;
pub use pages::PageSpec;
pub use print::PdfJob;
use urls::Urls;
pub use views::WrittenLink;

/// One file of the output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    /// Relative to the output folder, with `/` separators.
    pub path: String,
    pub body: Body,
}

/// The room a page is rendered into at first: most pages fit, so few
/// grow and are copied on the way.
const PAGE_CAPACITY: usize = 32 * 1024;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    /// An HTML page (minified when written), as Tera wrote it.
    Html(Vec<u8>),
    /// One of the two files of a print publication's page: for office
    /// printers (`shop` false) or for the print shop, the same page
    /// linking the other stylesheet. Both are written from one minifying.
    Print {
        page: std::sync::Arc<PrintPage>,
        shop: bool,
    },
    /// Any other generated file.
    Bytes(Vec<u8>),
    /// A file of the content, copied as it is.
    Copy(PathBuf),
    /// A resized copy of a photo, made by `assets`.
    Image(photos::ImageJob),
}

impl Body {
    /// The HTML of a page as rendered, before minifying; `None` for any
    /// other file.
    pub fn html(&self) -> Option<std::borrow::Cow<'_, str>> {
        match self {
            Body::Html(html) => Some(String::from_utf8_lossy(html)),
            Body::Print { page, shop: false } => Some(page.html.as_str().into()),
            Body::Print { page, shop: true } => Some(page.shop_html().into()),
            Body::Bytes(_) | Body::Copy(_) | Body::Image(_) => None,
        }
    }
}

/// A print publication's page, which links the office stylesheet
/// `"office_css"` (quoted, as an attribute's value) and is written a second
/// time linking `"shop_css"` instead.
#[derive(Debug)]
pub struct PrintPage {
    pub html: String,
    pub office_css: String,
    pub shop_css: String,
    /// The page minified, by whichever of its two files is written first.
    pub minified: std::sync::OnceLock<Vec<u8>>,
}

impl PrintPage {
    /// The page, when it links the office stylesheet as the built-in page
    /// does; else the page back, whose print-shop page is rendered apart.
    fn new(html: String, office_css: &str, shop_css: &str) -> Result<PrintPage, String> {
        if !html.contains(&quoted(office_css)) {
            return Err(html);
        }
        Ok(PrintPage {
            html,
            office_css: office_css.to_string(),
            shop_css: shop_css.to_string(),
            minified: std::sync::OnceLock::new(),
        })
    }

    /// How the page names its office stylesheet: `"index.css"`.
    pub fn office_link(&self) -> String {
        quoted(&self.office_css)
    }

    /// The print shop's page, before minifying.
    pub fn shop_html(&self) -> String {
        self.html
            .replace(&self.office_link(), &quoted(&self.shop_css))
    }
}

fn quoted(name: &str) -> String {
    format!("\"{name}\"")
}

impl PartialEq for PrintPage {
    fn eq(&self, other: &Self) -> bool {
        (&self.html, &self.office_css, &self.shop_css)
            == (&other.html, &other.office_css, &other.shop_css)
    }
}

impl Eq for PrintPage {}

/// What a render produced.
#[derive(Debug, Default)]
pub struct Rendered {
    /// The files still to be written: all of them from [`render`], the
    /// photos and documents from [`render_into`].
    pub files: Vec<OutputFile>,
    /// How many files [`render_into`] handed on as it made them.
    pub emitted: usize,
    /// Pages per language, for the summary.
    pub pages: BTreeMap<Lang, usize>,
    /// Print publications, each in its two variants.
    pub print: Vec<PdfJob>,
    /// What is made but should be looked at (a photo too small to print).
    pub warnings: Vec<crate::error::Warning>,
}

/// Choices of the command line that change what is rendered.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// PDFs will be made: the print index links to them.
    pub pdf: bool,
}

/// Every link written in the site's texts, as it is on each web page
/// that shows it, for checking where it leads.
pub fn written_links<'s>(site: &'s Site, i18n: &I18n) -> Result<Vec<WrittenLink<'s>>> {
    let urls = Urls::new(site);
    let prints = print::plan(site)?;
    let specs = pages::plan(site, &urls, !prints.is_empty())?;
    Ok(views::written_links(site, i18n, &urls, &specs, &prints))
}

/// Drops files made twice alike (a photo shown with two activities); two
/// different files for one path are an error, never a race in the writing.
fn one_file_per_path(files: &mut Vec<OutputFile>) -> Result<()> {
    let mut clashes = Vec::new();
    files.dedup_by(|later, first| {
        if later.path != first.path {
            return false;
        }
        if later.body != first.body {
            clashes.push(path_taken_twice(&first.path));
        }
        true
    });
    if clashes.is_empty() {
        Ok(())
    } else {
        Err(Error::Invalid(clashes))
    }
}

/// Photos that print blurred in a folder: fewer pixels than its photo
/// needs at 300 ppi.
pub fn print_warnings(site: &Site) -> Vec<crate::error::Warning> {
    // Every partner has a folder, in the default language at least.
    let mm = views::FOLDER_PHOTO_MM;
    site.partners
        .iter()
        .filter_map(|p| Some((p, p.photos.iter().find(|ph| ph.listed)?)))
        .filter(|(_, photo)| !photos::Plan::prints_sharp_at(photo, mm))
        .map(|(p, photo)| crate::error::Warning {
            message: format!(
                "{} is {} pixels wide and will look blurred in the printed folder about {}, which shows it {:.0} cm wide: use a photo at least {} pixels wide, or put a larger one first under `images:` in content/partners/{}/partner.yaml",
                photo.path.display(),
                photo.info.width,
                p.facts.name,
                mm / 10.0,
                photos::pixels_for_mm(mm),
                p.id
            ),
        })
        .collect()
}

/// Receives the files of the site as they are rendered, on several
/// threads at once.
pub type Emit<'a> = dyn Fn(OutputFile) -> Result<()> + Sync + 'a;

/// Renders the whole site into memory, every file sorted by path.
pub fn render(site: &Site, i18n: &I18n, theme: &Theme, options: Options) -> Result<Rendered> {
    render_in_memory(site, i18n, theme, options, Scope::Whole)
}

/// Renders into memory only the files that show the profile texts of
/// `partners` (indexes into `site.partners`): their pages and folders in
/// every language, and each language's search index.
/// Everything else is as a whole render of the site would make it when
/// only those texts' bodies changed (see [`Site::bodies_changed`]).
pub fn render_profiles(
    site: &Site,
    i18n: &I18n,
    theme: &Theme,
    options: Options,
    partners: &BTreeSet<usize>,
) -> Result<Rendered> {
    render_in_memory(site, i18n, theme, options, Scope::Profiles(partners))
}

fn render_in_memory(
    site: &Site,
    i18n: &I18n,
    theme: &Theme,
    options: Options,
    scope: Scope,
) -> Result<Rendered> {
    let emitted = std::sync::Mutex::new(Vec::new());
    let mut rendered = render_scoped(site, i18n, theme, options, scope, &|file| {
        emitted.lock().unwrap_or_else(|e| e.into_inner()).push(file);
        Ok(())
    })?;
    rendered
        .files
        .extend(emitted.into_inner().unwrap_or_else(|e| e.into_inner()));
    rendered.files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(rendered)
}

/// What a render makes.
#[derive(Debug, Clone, Copy)]
enum Scope<'a> {
    /// Every file of the site.
    Whole,
    /// What shows these partners' profile texts.
    Profiles(&'a BTreeSet<usize>),
}

impl Scope<'_> {
    fn wants(self, job: &Job) -> bool {
        match (self, job) {
            (Scope::Whole, _) => true,
            (Scope::Profiles(partners), Job::Page(spec)) => {
                matches!(spec.kind, pages::PageKind::Partner(i) if partners.contains(&i))
            }
            (Scope::Profiles(partners), Job::Print(spec)) => {
                matches!(spec.kind, print::PrintKind::Folder(i) if partners.contains(&i))
            }
            // The search index holds the texts' words.
            (Scope::Profiles(_), Job::Search(_)) => true,
            (Scope::Profiles(_), Job::Feeds(_)) => false,
            (Scope::Profiles(_), Job::Site) => false,
        }
    }
}

/// One piece of the work of rendering, done on any thread.
enum Job<'a> {
    Page(&'a PageSpec),
    Print(&'a print::PrintSpec),
    /// A language's search index.
    Search(&'a Lang),
    /// A language's feed and calendar.
    Feeds(&'a Lang),
    /// The files of the whole site: the sitemap, the data, the theme's.
    Site,
}

/// Renders the whole site, handing each page to `emit` as soon as it is
/// made, so that pages are written while others are rendered and the
/// site is never held in memory whole. What `emit` is not given is in
/// [`Rendered::files`]: the photos and documents, which `assets` makes.
///
/// Every path is known and checked before the first file is emitted; a
/// page that fails is not emitted, and all failures are reported together.
pub fn render_into(
    site: &Site,
    i18n: &I18n,
    theme: &Theme,
    options: Options,
    emit: &Emit,
) -> Result<Rendered> {
    render_scoped(site, i18n, theme, options, Scope::Whole, emit)
}

/// The map's outline read from the theme file's `bytes`, once for the
/// same bytes: `serve` renders again after every save, and the world's
/// outline is half a megabyte of numbers (about 20 million instructions).
fn outline(bytes: &[u8]) -> std::result::Result<std::sync::Arc<map::Outline>, String> {
    static LAST: OutlineCache = OutlineCache(std::sync::Mutex::new(None));
    LAST.get(bytes)
}

/// The outline last read, by the hash of its bytes.
struct OutlineCache(std::sync::Mutex<Option<(u128, std::sync::Arc<map::Outline>)>>);

impl OutlineCache {
    fn get(&self, bytes: &[u8]) -> std::result::Result<std::sync::Arc<map::Outline>, String> {
        let hash = xxhash_rust::xxh3::xxh3_128(bytes);
        let mut last = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((_, outline)) = last.as_ref().filter(|(h, _)| *h == hash) {
            return Ok(outline.clone());
        }
        let outline = std::sync::Arc::new(map::Outline::parse(bytes)?);
        *last = Some((hash, outline.clone()));
        Ok(outline)
    }
}

fn render_scoped(
    site: &Site,
    i18n: &I18n,
    theme: &Theme,
    options: Options,
    scope: Scope,
    emit: &Emit,
) -> Result<Rendered> {
    let tera = templates(theme)?;
    let urls = Urls::new(site);
    let prints = print::plan(site)?;
    let specs = pages::plan(site, &urls, !prints.is_empty())?;
    let all_langs = site.all_languages();
    let (mut theme_files, mut asset_names) = fingerprint::fingerprint(theme.statics());
    // The identity colour in a stylesheet of its own, after the theme's,
    // rather than inline: pages carry no inline style a strict
    // Content-Security-Policy would block.
    let identity = fingerprint::generated(
        fingerprint::IDENTITY,
        format!(":root{{--identity:{}}}\n", site.config.color),
    );
    asset_names.insert(fingerprint::IDENTITY.to_string(), identity.path.clone());
    theme_files.push(identity);
    let mut documents = pages::documents(site, &urls);
    documents.sort_by(|a, b| a.path.cmp(&b.path));
    one_file_per_path(&mut documents)?;
    let translations = pages::translations(&specs);
    let sitemap = sitemap::Sitemap::new(&urls, &specs, &translations);
    let planned = planned_paths(site, &urls, &specs, &prints, &theme_files, &sitemap);
    each_path_once(
        planned
            .iter()
            .map(String::as_str)
            .chain(documents.iter().map(|f| f.path.as_str())),
    )?;
    // Each language named in itself, for every language's switcher.
    let endonyms = views::endonyms(i18n, &all_langs);
    // Each language's on a thread of its own: a few milliseconds each
    // that the pages wait for.
    let chrome: BTreeMap<&Lang, Value> = all_langs
        .par_iter()
        .map(|lang| {
            (
                lang,
                views::chrome(
                    site,
                    i18n,
                    &urls,
                    lang,
                    &asset_names,
                    &endonyms,
                    !prints.is_empty(),
                ),
            )
        })
        .collect();
    // Read only for a site with maps: the world's outline is half a
    // megabyte, and every map is of the home town and its partners.
    let has_maps = site.config.home.location.is_some();
    let outline = match theme.files.get("map/world.txt").filter(|_| has_maps) {
        Some(bytes) => outline(bytes).map_err(|e| {
            Error::Invalid(vec![
                crate::error::Diagnostic::file(
                    "themes/default/map/world.txt",
                    format!("the map's outline cannot be read: {e}"),
                )
                .with_help(
                    "restore the file from twinpress's own theme, or delete it to use that one",
                ),
            ])
        })?,
        None => std::sync::Arc::default(),
    };
    let words = views::search::ProfileWords::new(site);
    let partners_land = std::sync::OnceLock::new();
    let home = views::Home::default();
    let own_pages = views::own_pages(site, &urls, &specs);
    // Renders run one after another in `serve`, and side by side in tests.
    static RENDERS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let env = views::Env {
        render: RENDERS.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        outline: &outline,
        words: &words,
        prints: &prints,
        pdf: options.pdf,
        endonyms: &endonyms,
        partners_land: &partners_land,
        home: &home,
        own_pages: &own_pages,
    };
    // The longest work first, so that no thread is left with it at the
    // end. The search indexes come after the pages, which find most of
    // the words of the profile texts as they render them.
    let mut jobs: Vec<Job> = Vec::with_capacity(specs.len() + prints.len() + 16);
    jobs.push(Job::Site);
    jobs.extend(site.config.languages.iter().map(Job::Feeds));
    jobs.extend(partner_jobs_together(site, &prints, &specs));
    jobs.retain(|job| scope.wants(job));
    let mut indexes: Vec<Job> = site.config.languages.iter().map(Job::Search).collect();
    indexes.retain(|job| scope.wants(job));
    use std::sync::atomic::{AtomicBool, Ordering};
    // After a failure to write, the rest of the work is not done; after
    // a page that fails, the rest is rendered, for its failures, but no
    // longer written.
    let stopped = AtomicBool::new(false);
    let failed = AtomicBool::new(false);
    let emitted = std::sync::atomic::AtomicUsize::new(0);
    let emit = &|file: OutputFile| {
        if failed.load(Ordering::Relaxed) {
            Ok(())
        } else {
            emitted.fetch_add(1, Ordering::Relaxed);
            emit(file)
        }
    };
    if let Scope::Whole = scope {
        theme_files.into_iter().try_for_each(emit)?;
    } else {
        documents.clear();
    }
    let run = |job: &Job| {
        if stopped.load(Ordering::Relaxed) {
            return Ok(Vec::new());
        }
        // Every file a job makes has its messages in another language
        // marked, or their marks taken out (i18n::marks).
        let emit = |file: OutputFile| emit(marks::resolved(file));
        let made = match job {
            Job::Page(spec) => {
                let mut ctx = Context::new();
                ctx.insert_value("site", chrome[&spec.lang].clone());
                ctx.insert("lang", spec.lang.as_str());
                ctx.insert("dir", spec.lang.dir());
                let (template, page) = views::page(site, i18n, &urls, spec, &env);
                ctx.insert_value("page", page);
                ctx.insert_value(
                    "alternates",
                    views::alternates(&urls, spec, &translations[spec.key.as_str()]),
                );
                // Written as bytes: the output minifies bytes, and a
                // `String` would check again that Tera wrote UTF-8.
                let mut html = Vec::with_capacity(PAGE_CAPACITY);
                tera.render_to(template, &ctx, &mut html)
                    .map_err(|e| template_error(template, &e))
                    .and_then(|()| {
                        emit(OutputFile {
                            path: urls::file_of(&urls.path(&spec.lang, &spec.route)),
                            body: Body::Html(html),
                        })
                    })
                    .map(|()| Vec::new())
            }
            Job::Print(spec) => {
                print::render(&tera, site, i18n, &urls, spec, &chrome[&spec.lang], &env).and_then(
                    |p| {
                        p.files.into_iter().try_for_each(emit)?;
                        Ok(p.jobs.into())
                    },
                )
            }
            Job::Search(lang) => emit(OutputFile {
                path: views::search::path(&urls, lang),
                body: Body::Bytes(views::search::data(site, i18n, &urls, lang, &env)),
            })
            .map(|()| Vec::new()),
            Job::Feeds(lang) => {
                let mut files = vec![data::feed(site, i18n, &urls, lang)];
                if site.has_plans() {
                    files.push(data::schedule_ics(site, i18n, &urls, lang));
                }
                files.into_iter().try_for_each(emit).map(|()| Vec::new())
            }
            Job::Site => data::partners_csv(site, &urls).and_then(|csv| {
                [
                    data::partners_json(site, &urls),
                    csv,
                    sitemap::robots(&urls),
                ]
                .into_iter()
                .chain(sitemap.files(&urls))
                .try_for_each(emit)
                .map(|()| Vec::new())
            }),
        };
        if let Err(e) = &made {
            failed.store(true, Ordering::Relaxed);
            if !matches!(e, Error::Invalid(_)) {
                stopped.store(true, Ordering::Relaxed);
            }
        }
        made
    };
    let mut results: Vec<Result<Vec<PdfJob>>> = jobs.par_iter().map(run).collect();
    results.extend(indexes.par_iter().map(run).collect::<Vec<_>>());
    let mut print = Vec::with_capacity(2 * prints.len());
    let mut errors = Vec::new();
    for r in results {
        match r {
            Ok(jobs) => print.extend(jobs),
            Err(Error::Invalid(d)) => errors.extend(d),
            Err(e) => return Err(e),
        }
    }
    if !errors.is_empty() {
        errors.sort();
        errors.dedup();
        return Err(Error::Invalid(errors));
    }
    Ok(Rendered {
        emitted: emitted.into_inner(),
        files: documents,
        pages: per_language(&specs),
        print,
        warnings: print_warnings(site),
    })
}

/// The publications and pages: first those that are not a partner's
/// (the reports, the lists), then each partner's folders, each followed by
/// its page in the same language, and its other pages. A thread works
/// through a run of jobs in order, so it renders a partner's page right
/// after the folder whose rendering of the profile text it can take
/// (see `views::Ctx::profile_html`).
fn partner_jobs_together<'a>(
    site: &Site,
    prints: &'a [print::PrintSpec],
    specs: &'a [PageSpec],
) -> Vec<Job<'a>> {
    let mut jobs = Vec::with_capacity(prints.len() + specs.len());
    let mut folders: Vec<Vec<&print::PrintSpec>> = vec![Vec::new(); site.partners.len()];
    let mut pages: Vec<Vec<&PageSpec>> = vec![Vec::new(); site.partners.len()];
    for spec in prints {
        match spec.kind {
            print::PrintKind::Folder(i) => folders[i].push(spec),
            print::PrintKind::Report(_) => jobs.push(Job::Print(spec)),
        }
    }
    for spec in specs {
        match spec.kind {
            pages::PageKind::Partner(i) => pages[i].push(spec),
            _ => jobs.push(Job::Page(spec)),
        }
    }
    for (folders, mut pages) in folders.into_iter().zip(pages) {
        for folder in folders {
            jobs.push(Job::Print(folder));
            if let Some(at) = pages.iter().position(|page| page.lang == folder.lang) {
                jobs.push(Job::Page(pages.remove(at)));
            }
        }
        jobs.extend(pages.into_iter().map(Job::Page));
    }
    jobs
}

/// How many pages the site has in each language.
pub fn pages_per_language(site: &Site) -> Result<BTreeMap<Lang, usize>> {
    let urls = Urls::new(site);
    let printables = !print::plan(site)?.is_empty();
    Ok(per_language(&pages::plan(site, &urls, printables)?))
}

fn per_language(specs: &[PageSpec]) -> BTreeMap<Lang, usize> {
    let mut pages: BTreeMap<Lang, usize> = BTreeMap::new();
    for s in specs {
        *pages.entry(s.lang.clone()).or_default() += 1;
    }
    pages
}

/// The path of every file [`render_into`] emits, in the order of the work.
fn planned_paths(
    site: &Site,
    urls: &Urls,
    specs: &[PageSpec],
    prints: &[print::PrintSpec],
    theme_files: &[OutputFile],
    sitemap: &sitemap::Sitemap,
) -> Vec<String> {
    let mut paths: Vec<String> = [data::PARTNERS_JSON, data::PARTNERS_CSV, sitemap::ROBOTS]
        .into_iter()
        .map(String::from)
        .chain(sitemap.paths())
        .chain(theme_files.iter().map(|f| f.path.clone()))
        .collect();
    for lang in &site.config.languages {
        paths.push(views::search::path(urls, lang));
        paths.push(data::feed_path(urls, lang));
        if site.has_plans() {
            paths.push(data::schedule_path(urls, lang));
        }
    }
    for spec in prints {
        for html in [spec.html(), spec.shop_html()] {
            paths.push(print::stylesheet_of(&html));
            paths.push(html);
        }
        paths.extend(spec.land());
    }
    paths.extend(
        specs
            .iter()
            .map(|s| urls::file_of(&urls.path(&s.lang, &s.route))),
    );
    paths
}

/// Two different files for one path are an error, never a race in the
/// writing.
fn each_path_once<'p>(paths: impl Iterator<Item = &'p str>) -> Result<()> {
    let mut seen = std::collections::HashSet::new();
    let mut taken: Vec<&str> = paths.filter(|p| !seen.insert(*p)).collect();
    if taken.is_empty() {
        return Ok(());
    }
    taken.sort_unstable();
    taken.dedup();
    Err(Error::Invalid(
        taken.into_iter().map(path_taken_twice).collect(),
    ))
}

fn path_taken_twice(path: &str) -> Diagnostic {
    crate::error::Diagnostic::file(
        "content",
        format!("two different files would be published as `{path}`"),
    )
    .with_help("a partner's, page's or photo's name is taken twice: rename one of them (a partner's `slug:` may not be `report-` and a year)")
}

/// A yearly report's title: its text's own, else "Annual report 2024".
fn report_title(tr: &crate::i18n::Tr, year: i32, text: Option<&crate::model::Text>) -> String {
    text.and_then(|t| t.title.clone())
        .unwrap_or_else(|| tr.t_with("report-title", &[("year", year.to_string().into())]))
}

/// Escapes text for HTML and XML (text and attribute values).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut rest = s;
    // Runs without a special character are copied whole; the special
    // characters are ASCII, so every cut is at a character's boundary.
    while let Some(at) = rest
        .bytes()
        .position(|b| matches!(b, b'&' | b'<' | b'>' | b'"' | b'\''))
    {
        out.push_str(&rest[..at]);
        out.push_str(match rest.as_bytes()[at] {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            _ => "&#39;",
        });
        rest = &rest[at + 1..];
    }
    out.push_str(rest);
    out
}

fn templates(theme: &Theme) -> Result<Tera> {
    let mut tera = Tera::new();
    tera.autoescape_on(vec![".html", ".xml"]);
    let list: Vec<(String, String)> = theme
        .templates()
        .map(|(n, t)| (n.to_string(), t.to_string()))
        .collect();
    tera.add_raw_templates(list)
        .map_err(|e| template_error("theme", &e))?;
    Ok(tera)
}

/// A Tera error as a diagnostic. Tera's report carries the template, line
/// and column (` --> page.html:3:18`) and a code frame; the place becomes
/// the diagnostic's, the frame its help.
fn template_error(template: &str, e: &tera::Error) -> Error {
    use std::error::Error as _;
    let mut report = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        report.push_str(&format!("\n{s}"));
        source = s.source();
    }
    Error::Invalid(vec![template_diagnostic(template, &report)])
}

fn template_diagnostic(template: &str, report: &str) -> Diagnostic {
    let place = report.lines().find_map(|l| {
        let rest = l.trim_start().strip_prefix("--> ")?;
        let mut parts = rest.rsplitn(3, ':');
        let column = parts.next()?.trim().parse().ok()?;
        let line = parts.next()?.trim().parse().ok()?;
        Some((parts.next()?.to_string(), line, column))
    });
    let (name, line, column) = place.unwrap_or_else(|| (template.to_string(), 0, 0));
    let mut lines = report.lines();
    let message = lines
        .next()
        .unwrap_or("")
        .trim()
        .trim_start_matches("error: ")
        .to_string();
    let frame: Vec<&str> = lines
        .filter(|l| !l.trim_start().starts_with("-->"))
        .collect();
    let mut help =
        "fix the template; Tera 2's syntax is described at https://keats.github.io/tera/"
            .to_string();
    for l in frame {
        help.push_str("\n  ");
        help.push_str(l);
    }
    Diagnostic::new(
        format!("themes/default/templates/{name}"),
        line,
        column,
        message,
    )
    .with_help(help)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_outline_is_read_once_for_the_same_bytes() {
        let cache = OutlineCache(std::sync::Mutex::new(None));
        let a = b"1000,2500 50,0 0,50 -50,-50\n".to_vec();
        let first = cache.get(&a).unwrap();
        assert!(std::sync::Arc::ptr_eq(&first, &cache.get(&a).unwrap()));
        let b = b"1000,2500 50,0 0,50 -50,-60\n";
        let second = cache.get(b).unwrap();
        assert!(!std::sync::Arc::ptr_eq(&first, &second));
        assert!(std::sync::Arc::ptr_eq(&second, &cache.get(b).unwrap()));
        assert!(cache.get(b"x").is_err());
    }

    #[test]
    fn escaping_replaces_the_five_special_characters_only() {
        assert_eq!(escape(""), "");
        assert_eq!(escape("Łódź – Tbilisi"), "Łódź – Tbilisi");
        assert_eq!(
            escape(r#"<a href="x">Tom & Jerry's</a>"#),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;"
        );
        assert_eq!(escape("&&ქ<"), "&amp;&amp;ქ&lt;");
    }

    #[test]
    fn template_errors_point_into_the_template() {
        let report = "error: Unknown filter `nosuchfilter`\n --> 404.html:3:20\n  |\n3 | <p>{{ page.title | nosuchfilter }}</p>\n  |                    ^^^^^^^^^^^^";
        let d = template_diagnostic("theme", report);
        assert_eq!(
            d.file,
            std::path::PathBuf::from("themes/default/templates/404.html")
        );
        assert_eq!((d.line, d.column), (3, 20));
        assert_eq!(d.message, "Unknown filter `nosuchfilter`");
        assert!(d.help.unwrap().contains("nosuchfilter }}"));
    }
}
