//! `twinpress build`: the whole pipeline, from content to output folder.

use std::path::PathBuf;
use std::time::Instant;

use clap::Args;

use crate::config::BuildConfig;
use crate::error::{Result, Warning};
use crate::i18n::I18n;
use crate::model::{self, Lang, PartialDate};
use crate::render::{self, OutputFile};
use crate::{output, source};

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
}

/// What a build made, for the summary line.
#[derive(Debug)]
pub struct Summary {
    pub pages: std::collections::BTreeMap<Lang, usize>,
    pub partners: usize,
    pub files: usize,
    pub warnings: Vec<Warning>,
}

pub fn run(args: BuildArgs) -> Result<()> {
    let started = Instant::now();
    let mut config = BuildConfig::new(&args.root);
    if let Some(o) = args.output {
        config.output = o;
    }
    config.base_url = args.base_url;
    let summary = build(&config)?;
    for w in &summary.warnings {
        eprintln!("warning: {w}");
    }
    let per_lang: Vec<String> = summary
        .pages
        .iter()
        .map(|(l, n)| format!("{l} {n}"))
        .collect();
    let total: usize = summary.pages.values().sum();
    println!(
        "built {total} pages ({}), {} partners, {} files in {} ms → {}",
        per_lang.join(", "),
        summary.partners,
        summary.files,
        started.elapsed().as_millis(),
        config.output.display()
    );
    Ok(())
}

/// Renders the site in memory, checking everything; writes nothing.
pub fn render_site(
    config: &BuildConfig,
    options: render::Options,
) -> Result<(Vec<OutputFile>, Summary)> {
    let content = source::read_content(&config.root)?;
    let theme = source::resources::load_theme(&config.root)?;
    let locales = source::resources::load_locales(&config.root)?;
    let (y, m, d) = config.today;
    let (mut site, mut warnings) = model::load(&content, PartialDate::ymd(y, m, d))?;
    if let Some(url) = &config.base_url {
        site.config.base_url = if url.ends_with('/') {
            url.clone()
        } else {
            format!("{url}/")
        };
    }
    let mut languages = site.config.languages.clone();
    for p in &site.partners {
        for l in &p.facts.languages {
            if !languages.contains(l) {
                languages.push(l.clone());
            }
        }
    }
    let (i18n, locale_warnings) = I18n::new(&locales, &languages, &site.config.default_language)?;
    warnings.extend(locale_warnings);
    let rendered = render::render(&site, &i18n, &theme, options)?;
    let summary = Summary {
        pages: rendered.pages,
        partners: site.partners.len(),
        files: rendered.files.len(),
        warnings,
    };
    Ok((rendered.files, summary))
}

/// Builds the site into `config.output`.
pub fn build(config: &BuildConfig) -> Result<Summary> {
    let (files, summary) = render_site(config, render::Options::default())?;
    output::write_site(&config.output, &files)?;
    Ok(summary)
}
