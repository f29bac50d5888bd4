//! `twinpress build`: the whole pipeline, from content to output folder.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::ui::Ui;

use clap::Args;

use crate::config::BuildConfig;
use crate::error::{Result, Warning};
use crate::i18n::{I18n, SiteArgs};
use crate::model::{self, Lang, PartialDate};
use crate::render;
use crate::{assets, output, pdf, source};

#[derive(Debug, Args)]
pub struct BuildArgs {
    /// The site folder (the one that holds content/).
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// Where to write the site [default: ROOT/public].
    #[arg(long)]
    pub output: Option<PathBuf>,
    /// Use this address instead of base_url from site.yaml.
    #[arg(long)]
    pub base_url: Option<String>,
    /// Also print every folder and report to PDF (needs Chromium).
    #[arg(long)]
    pub pdf: bool,
    /// Where resized photos and printed PDFs are kept between builds
    /// (safe to delete)
    /// [default: ROOT/.twinpress/cache].
    #[arg(long, value_name = "DIR")]
    pub cache: Option<PathBuf>,
    /// The Chromium or Chrome to print with [default: the first on the PATH].
    #[arg(long, value_name = "PATH", requires = "pdf")]
    pub chromium: Option<PathBuf>,
    /// Say how long each step took: reading the files, building the
    /// model, rendering, writing (done while rendering: its time summed
    /// over the threads), photos, and finishing (the photos and documents
    /// written, the PDFs printed, the output put in place).
    #[arg(long)]
    pub timings: bool,
}

/// What a build made, for the summary line.
#[derive(Debug)]
pub struct Summary {
    pub pages: std::collections::BTreeMap<Lang, usize>,
    pub partners: usize,
    pub files: usize,
    pub pdfs: usize,
    /// PDFs taken from the cache rather than printed.
    pub pdfs_from_cache: usize,
    /// Photo copies made in this build and taken from the cache.
    pub photos: assets::Made,
    pub warnings: Vec<Warning>,
    /// How long each step took.
    pub timings: Vec<(&'static str, Duration)>,
    /// Nothing changed since the last build: the output was kept as it was.
    pub unchanged: bool,
    /// Only partners' profile texts changed since the last build, in their
    /// bodies: the pages of this many partners were made again, and the
    /// rest of the output kept.
    pub again: Option<usize>,
}

impl Summary {
    /// The summary of a build of `site`, with the warnings loading and
    /// rendering gave; no photos, no PDFs, no timings yet.
    fn new(
        site: &model::Site,
        mut warnings: Vec<Warning>,
        render_warnings: Vec<Warning>,
        pages: std::collections::BTreeMap<Lang, usize>,
        files: usize,
    ) -> Summary {
        warnings.extend(render_warnings);
        Summary {
            pages,
            partners: site.partners.len(),
            files,
            pdfs: 0,
            pdfs_from_cache: 0,
            photos: assets::Made::default(),
            warnings,
            timings: Vec::new(),
            unchanged: false,
            again: None,
        }
    }

    /// The summary of a build that kept the output, all or most of it, as
    /// the last build made it: the site's pages and warnings, print's
    /// included, as a whole build would give them.
    fn kept(loaded: Loaded, files: usize) -> Result<Summary> {
        let pages = render::pages_per_language(&loaded.site)?;
        let warnings = render::print_warnings(&loaded.site);
        Ok(Summary::new(
            &loaded.site,
            loaded.warnings,
            warnings,
            pages,
            files,
        ))
    }
}

pub fn run(args: BuildArgs, ui: &Ui) -> Result<()> {
    let started = Instant::now();
    let mut config = BuildConfig::new(&args.root);
    if let Some(o) = args.output {
        config.output = o;
    }
    config.base_url = args.base_url;
    if let Some(cache) = args.cache {
        config.cache = cache;
    }
    let pdf = if args.pdf {
        Some(crate::pdf::find_chromium(args.chromium.as_deref())?)
    } else {
        None
    };
    let summary = build_with(&config, pdf.as_deref(), ui)?;
    for w in &summary.warnings {
        ui.warn(w);
    }
    for (step, took) in &summary.timings {
        let line = format!("  {step:<9} {:>8.1} ms", took.as_secs_f64() * 1000.0);
        if args.timings {
            ui.info(line);
        } else {
            ui.detail(line);
        }
    }
    let per_lang: Vec<String> = summary
        .pages
        .iter()
        .map(|(l, n)| format!("{l} {n}"))
        .collect();
    let total: usize = summary.pages.values().sum();
    let photos = match summary.photos {
        assets::Made {
            encoded: 0,
            cached: 0,
            ..
        } => String::new(),
        assets::Made {
            encoded, cached, ..
        } => {
            format!(
                ", {} photo copies ({encoded} made, {cached} from the cache)",
                encoded + cached
            )
        }
    };
    let pruned = match summary.photos.pruned {
        0 => String::new(),
        1 => ", 1 unused copy removed from the cache".to_string(),
        n => format!(", {n} unused copies removed from the cache"),
    };
    let pdfs = match (summary.pdfs, summary.pdfs_from_cache) {
        (0, _) => String::new(),
        (all, 0) => format!(", {all} PDFs"),
        (all, cached) => format!(
            ", {all} PDFs ({} printed, {cached} from the cache)",
            all - cached
        ),
    };
    let what = format!(
        "{total} pages ({}), {} partners, {} files{photos}{pruned}{pdfs}",
        per_lang.join(", "),
        summary.partners,
        summary.files,
    );
    let (took, output) = (started.elapsed().as_millis(), config.output.display());
    if summary.unchanged {
        ui.info(format_args!(
            "nothing changed since the last build: {output} is up to date ({what}), checked in {took} ms"
        ));
    } else if let Some(partners @ 1..) = summary.again {
        let whose = match partners {
            1 => "1 partner's profile text".to_string(),
            n => format!("{n} partners' profile texts"),
        };
        ui.info(format_args!(
            "built {what} in {took} ms → {output}: only {whose} changed, so only what shows them was made again"
        ));
    } else {
        ui.info(format_args!("built {what} in {took} ms → {output}"));
    }
    Ok(())
}

/// The site read and checked, with what rendering it needs.
pub struct Loaded {
    pub site: model::Site,
    pub i18n: I18n,
    pub theme: source::resources::Theme,
    pub warnings: Vec<Warning>,
    /// What the reading saw of `content/`, for the build's inputs.
    pub content: source::Seen,
}

/// Reads and checks the content, the theme and the locales.
pub fn load(config: &BuildConfig) -> Result<Loaded> {
    load_timed(config).map(|(loaded, _)| loaded)
}

/// [`load`], with the time the files took to read (the rest is building
/// the model and the translations).
fn load_timed(config: &BuildConfig) -> Result<(Loaded, Duration)> {
    super::workers();
    let started = Instant::now();
    let content = source::read_content(&config.root)?;
    let seen = content.seen;
    let theme = source::resources::load_theme(&config.root)?;
    let locales = source::resources::load_locales(&config.root)?;
    let read = started.elapsed();
    let (y, m, d) = config.today;
    let (mut site, mut warnings) = model::load(content, PartialDate::ymd(y, m, d))?;
    if let Some(url) = &config.base_url {
        site.config.base_url = if url.ends_with('/') {
            url.clone()
        } else {
            format!("{url}/")
        };
    }
    let languages = site.all_languages();
    let (i18n, locale_warnings) = I18n::new(
        &locales,
        &languages,
        &site.config.default_language,
        SiteArgs::of(&site),
    )?;
    warnings.extend(locale_warnings);
    warnings.extend(theme.warnings());
    let loaded = Loaded {
        site,
        i18n,
        theme,
        warnings,
        content: seen,
    };
    Ok((loaded, read))
}

/// A site rendered in memory by [`render_site_again`].
pub struct RenderedAgain {
    pub rendered: render::Rendered,
    pub summary: Summary,
    /// The model it was made from, to compare the next time with.
    pub site: model::Site,
    /// Only the pages showing these partners' profile texts (and the
    /// search) were made again; `rendered` holds only those files.
    pub partners: Option<std::collections::BTreeSet<usize>>,
}

/// Renders the site in memory, checking everything; writes nothing.
/// Given the model of the last render and the files that changed since
/// (relative to the site root): when they are only the bodies of
/// partners' profile texts, only what shows those texts is rendered
/// again.
pub fn render_site_again(
    config: &BuildConfig,
    options: render::Options,
    earlier: Option<(&model::Site, &[PathBuf])>,
) -> Result<RenderedAgain> {
    let started = Instant::now();
    let (loaded, read) = load_timed(config)?;
    let loaded_at = Instant::now();
    let partners = earlier.and_then(|(site, changed)| loaded.site.bodies_changed(site, changed));
    let (site, i18n, theme) = (&loaded.site, &loaded.i18n, &loaded.theme);
    let mut rendered = match &partners {
        Some(partners) => render::render_profiles(site, i18n, theme, options, partners)?,
        None => render::render(site, i18n, theme, options)?,
    };
    let files = rendered.files.len();
    let mut summary = Summary::new(
        &loaded.site,
        loaded.warnings,
        std::mem::take(&mut rendered.warnings),
        rendered.pages.clone(),
        files,
    );
    summary.timings = vec![
        ("load", read),
        ("model", (loaded_at - started).saturating_sub(read)),
        ("render", loaded_at.elapsed()),
    ];
    Ok(RenderedAgain {
        rendered,
        summary,
        site: loaded.site,
        partners,
    })
}

/// Makes the resized copies of the photos among `files`, with a progress
/// bar on a terminal.
pub fn make_photos(
    files: &mut [render::OutputFile],
    config: &BuildConfig,
    unused: assets::Unused,
    ui: &Ui,
) -> Result<assets::Made> {
    let originals: std::collections::BTreeSet<&std::path::Path> = files
        .iter()
        .filter_map(|f| match &f.body {
            render::Body::Image(job) => Some(job.source.as_path()),
            _ => None,
        })
        .collect();
    let bar = ui.progress(originals.len(), "photos");
    let made = assets::make(files, Some(&config.cache), unused, &|| bar.inc(1));
    bar.finish_and_clear();
    made
}

/// Builds the site into `config.output`; with a browser, prints the
/// publications to PDF before the output is replaced.
pub fn build(config: &BuildConfig, chromium: Option<&Path>) -> Result<Summary> {
    build_with(config, chromium, &Ui::silent())
}

/// [`build`], showing the progress of long steps on `ui`.
///
/// Pages are minified and written as they are rendered, into a new folder
/// beside the output that replaces it only when everything is made. A
/// page the previous build wrote alike is linked from it, not written
/// again (the record of what it wrote is kept in the cache).
pub fn build_with(config: &BuildConfig, chromium: Option<&Path>, ui: &Ui) -> Result<Summary> {
    output::check_targets(&config.root, &config.output, &config.cache)?;
    let _lock = output::lock(&config.output)?;
    output::recover(&config.output)?;
    let options = render::Options {
        pdf: chromium.is_some(),
    };
    let started = Instant::now();
    // What the build reads is what it looked at: the reading of the
    // content notes each file's size and time as it opens it, and the
    // theme and locales are looked at after they are read. All of it
    // comes after `looked`: a file changed while this build reads it has
    // a later time than that, and the next build does not trust it (see
    // `Record::unchanged`).
    let looked = std::time::SystemTime::now();
    let (loaded, read) = load_timed(config)?;
    let inputs = inputs(config, options, loaded.content, looked);
    let loaded_at = Instant::now();
    let record = output::Record::read(&config.cache.join(RECORD), &config.output);
    // Nothing changed since the last build, which left the output as it
    // is: the site is read and checked (for its warnings), not made again.
    // With PDFs, the output is made again, the PDFs taken from the cache,
    // for what printing them warns of.
    if chromium.is_none()
        && let Some(files) = record.unchanged(&config.output, &inputs)
    {
        let mut summary = Summary::kept(loaded, files)?;
        summary.timings = vec![
            ("load", read),
            ("model", (loaded_at - started).saturating_sub(read)),
            ("unchanged", loaded_at.elapsed()),
        ];
        summary.unchanged = true;
        return Ok(summary);
    }
    let texts = profile_texts(&loaded.site, loaded.content.profiles);
    // Only the bodies of partners' profile texts changed: what shows
    // them is made again, and the rest of the output kept as it is.
    let changed = chromium
        .is_none()
        .then_some(texts.as_ref())
        .flatten()
        .and_then(|texts| record.bodies_changed(&config.output, &inputs, texts))
        .map(|paths| partners_of(&loaded.site, &paths));
    if let Some(partners) = changed {
        let staging = output::Staging::begin(
            &config.output,
            Some((record, inputs, texts.unwrap_or_default())),
        )?;
        // Saved again as they were: nothing to make.
        let mut rendered = if partners.is_empty() {
            render::Rendered::default()
        } else {
            render::render_profiles(
                &loaded.site,
                &loaded.i18n,
                &loaded.theme,
                options,
                &partners,
            )?
        };
        let made = make_photos(&mut rendered.files, config, assets::Unused::Keep, ui)?;
        staging.write_all(&rendered.files)?;
        let files = staging.keep_rest(&rendered.files)?;
        let mut summary = Summary::kept(loaded, files)?;
        summary.photos = made;
        summary.again = Some(partners.len());
        summary.unchanged = partners.is_empty();
        summary.timings = vec![
            ("load", read),
            ("model", (loaded_at - started).saturating_sub(read)),
            ("partners", loaded_at.elapsed()),
        ];
        summary.warnings.extend(staging.commit()?);
        return Ok(summary);
    }
    let staging = output::Staging::begin(
        &config.output,
        Some((record, inputs, texts.unwrap_or_default())),
    )?;
    // The time spent writing, summed over the threads that write.
    let writing = std::sync::atomic::AtomicU64::new(0);
    let mut rendered = render::render_into(
        &loaded.site,
        &loaded.i18n,
        &loaded.theme,
        options,
        &|file| {
            let began = Instant::now();
            let written = staging.write(&file);
            writing.fetch_add(
                began.elapsed().as_nanos() as u64,
                std::sync::atomic::Ordering::Relaxed,
            );
            written
        },
    )?;
    let rendered_at = Instant::now();
    let mut summary = Summary::new(
        &loaded.site,
        loaded.warnings,
        std::mem::take(&mut rendered.warnings),
        std::mem::take(&mut rendered.pages),
        rendered.emitted + rendered.files.len(),
    );
    summary.timings = vec![
        ("load", read),
        ("model", (loaded_at - started).saturating_sub(read)),
        ("render", rendered_at - loaded_at),
        (
            "write",
            Duration::from_nanos(writing.load(std::sync::atomic::Ordering::Relaxed)),
        ),
    ];
    // Every photo of the site is among the files: the copies in the
    // cache that none of them is any more go.
    summary.photos = make_photos(&mut rendered.files, config, assets::Unused::Remove, ui)?;
    summary.timings.push(("photos", rendered_at.elapsed()));
    let started = Instant::now();
    staging.write_all(&rendered.files)?;
    if let Some(browser) = chromium {
        let (y, m, d) = config.today;
        let date = format!("{y:04}-{m:02}-{d:02}");
        let bar = ui.progress(rendered.print.len(), "PDFs");
        let printed = pdf::print_all(
            browser,
            staging.path(),
            &rendered.print,
            &date,
            Some(&config.cache.join(PDF_CACHE)),
            &|| bar.inc(1),
        )?;
        bar.finish_and_clear();
        staging.write_all(&printed.files)?;
        summary.pdfs = rendered.print.len();
        summary.pdfs_from_cache = printed.from_cache;
        summary.files += rendered.print.len();
        summary.warnings.extend(printed.warnings);
    }
    summary.warnings.extend(staging.commit()?);
    let step = if chromium.is_some() {
        "pdf+finish"
    } else {
        "finish"
    };
    summary.timings.push((step, started.elapsed()));
    Ok(summary)
}

/// The state of every partner's profile text, sorted by path; None when
/// `content/` holds another number of files where profile texts are
/// (`profiles`) than the site has profile texts there.
fn profile_texts(site: &model::Site, profiles: usize) -> Option<Vec<output::TextState>> {
    let mut texts: Vec<output::TextState> = site
        .partners
        .iter()
        .flat_map(|p| p.texts.values())
        .filter(|t| source::is_profile_text(&t.file))
        .map(|t| output::TextState {
            path: t.file.to_string_lossy().into_owned(),
            head: t.head_hash(),
            body: xxhash_rust::xxh3::xxh3_128(t.body.as_bytes()),
        })
        .collect();
    texts.sort_unstable_by(|a, b| a.path.cmp(&b.path));
    (texts.len() == profiles).then_some(texts)
}

/// The partners (indexes into `site.partners`) whose texts are at `paths`.
fn partners_of(site: &model::Site, paths: &[&str]) -> std::collections::BTreeSet<usize> {
    site.partners
        .iter()
        .enumerate()
        .filter(|(_, p)| {
            p.texts.values().any(|t| {
                let file = t.file.to_string_lossy();
                paths.iter().any(|path| file == *path)
            })
        })
        .map(|(i, _)| i)
        .collect()
}

/// The record of what the last build wrote, in the cache.
const RECORD: &str = "output-record";

/// The folder of printed PDFs, in the cache.
const PDF_CACHE: &str = "pdf";

/// The state of everything a build is made from: the site's files, the
/// program itself, and the choices that change the output.
fn inputs(
    config: &BuildConfig,
    options: render::Options,
    content: source::Seen,
    looked: std::time::SystemTime,
) -> source::Inputs {
    let files = source::inputs(&config.root, content, looked);
    let with_choices = |hash: u128| {
        let choices = format!(
            "{hash:x} {:?} {:?} {options:?}",
            config.today, config.base_url
        );
        xxhash_rust::xxh3::xxh3_128(choices.as_bytes())
    };
    source::Inputs {
        hash: with_choices(files.hash),
        rest: with_choices(files.rest),
        ..files
    }
}
