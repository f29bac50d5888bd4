//! `twinpress check`: everything `build` validates, without writing, and
//! what a site needs before it is published — translation coverage,
//! outdated translations, and the strategy's rule of a visit a year.

mod external;
mod links;

pub use external::{Dead, Limits};

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};
use serde::Serialize;

use super::build::{Loaded, load};
use super::ui::{Level, Ui};
use crate::config::BuildConfig;
use crate::error::{Diagnostic, Error, Result};
use crate::model::{ActivityKind, ActivityStatus, Lang, Site, Status, Text};
use crate::{output, render, source};

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The site folder (the one that holds content/).
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// Fail (exit 1) on warnings too.
    #[arg(long)]
    pub strict: bool,
    /// `text` for people, `json` for tools.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Record in this translation (a `<lang>.md`) that it is up to date
    /// with its source: writes the source's current hash into its
    /// `translated_from:`.
    #[arg(long, value_name = "FILE")]
    pub stamp: Option<PathBuf>,
    /// Also ask every other web site the site links to whether the page
    /// is still there (needs the internet).
    #[arg(long)]
    pub external: bool,
    /// Seconds to wait for one external address.
    #[arg(
        long,
        value_name = "SECONDS",
        default_value_t = 10,
        requires = "external"
    )]
    pub timeout: u64,
    /// External addresses asked at the same time.
    #[arg(long, value_name = "N", default_value_t = 8, requires = "external")]
    pub connections: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

/// What `check` found.
#[derive(Debug, Default, Serialize)]
pub struct Report {
    pub errors: Vec<String>,
    pub warnings: Vec<String>,
    pub coverage: Vec<Coverage>,
    pub outdated: Vec<Outdated>,
    /// Partners with no visit this year or next.
    pub without_visits: Vec<String>,
    /// Links to other sites that do not work (with `--external`).
    pub external: Vec<Dead>,
}

/// One language's share of the site's texts.
#[derive(Debug, Serialize)]
pub struct Coverage {
    pub lang: String,
    /// A partner's own language rather than a site language.
    pub partner_language: bool,
    /// Per kind of text: (translated, expected, what is missing).
    pub partners: Share,
    pub pages: Share,
    pub reports: Share,
    pub activities: Share,
    pub interface: Share,
}

#[derive(Debug, Default, Serialize)]
pub struct Share {
    pub have: usize,
    pub of: usize,
    pub missing: Vec<String>,
}

impl Share {
    fn count(&mut self, present: bool, what: impl FnOnce() -> String) {
        self.of += 1;
        if present {
            self.have += 1;
        } else {
            self.missing.push(what());
        }
    }
}

#[derive(Debug, Serialize)]
pub struct Outdated {
    pub translation: String,
    pub source: String,
    pub problem: String,
}

pub fn run(args: CheckArgs, ui: &Ui) -> Result<()> {
    let config = BuildConfig::new(&args.root);
    if let Some(file) = &args.stamp {
        let loaded = load(&config)?;
        let (path, hash) = stamp(&loaded.site, &args.root, file)?;
        ui.info(format_args!(
            "{}: translated_from hash is now {hash}",
            path.display()
        ));
        return Ok(());
    }
    let limits = args.external.then_some(Limits {
        timeout: std::time::Duration::from_secs(args.timeout.max(1)),
        connections: args.connections,
    });
    let report = check(&config, limits);
    match args.format {
        Format::Json => println!(
            "{}",
            serde_json::to_string_pretty(&report).unwrap_or_default()
        ),
        Format::Text => match ui.level {
            Level::Quiet => {
                for e in &report.errors {
                    ui.error(format_args!("error: {e}"));
                }
            }
            level => ui.report(&text(&report, level == Level::Verbose)),
        },
    }
    let failed = !report.errors.is_empty()
        || (args.strict
            && (!report.warnings.is_empty()
                || !report.outdated.is_empty()
                || !report.without_visits.is_empty()
                || !report.external.is_empty()));
    if failed { Err(Error::Failed) } else { Ok(()) }
}

/// Checks a site without writing anything; with `external`, asks the
/// other sites it links to as well.
pub fn check(config: &BuildConfig, external: Option<Limits>) -> Report {
    let mut report = Report::default();
    let loaded = match load(config) {
        Ok(l) => l,
        Err(e) => {
            report.errors = errors_of(e);
            return report;
        }
    };
    report.warnings = loaded.warnings.iter().map(|w| w.to_string()).collect();
    match render::render(
        &loaded.site,
        &loaded.i18n,
        &loaded.theme,
        render::Options::default(),
    ) {
        Ok(rendered) => {
            report
                .warnings
                .extend(rendered.warnings.iter().map(|w| w.to_string()));
            let texts: Vec<&Text> = text_groups(&loaded.site)
                .flat_map(|texts| texts.values())
                .collect();
            report.errors = match render::written_links(&loaded.site, &loaded.i18n) {
                Ok(written) => {
                    let urls = render::urls::Urls::new(&loaded.site);
                    let found = links::check(&rendered.files, &urls, &written, &texts);
                    if let Some(limits) = external {
                        report.external = external::check(&found.external, limits);
                    }
                    found.errors.iter().map(Diagnostic::to_string).collect()
                }
                Err(e) => errors_of(e),
            };
        }
        Err(e) => report.errors = errors_of(e),
    }
    report.coverage = coverage(&loaded);
    report.outdated = outdated(&loaded.site);
    report.without_visits = without_visits(&loaded.site);
    report
}

fn errors_of(e: Error) -> Vec<String> {
    match e {
        Error::Invalid(list) => list.iter().map(Diagnostic::to_string).collect(),
        e => vec![e.to_string()],
    }
}

fn file_of(text: &Text) -> String {
    text.file.display().to_string().replace('\\', "/")
}

fn coverage(loaded: &Loaded) -> Vec<Coverage> {
    let site = &loaded.site;
    site.all_languages()
        .into_iter()
        .map(|lang| {
            let partner_language = !site.config.languages.contains(&lang);
            let mut c = Coverage {
                lang: lang.to_string(),
                partner_language,
                partners: Share::default(),
                pages: Share::default(),
                reports: Share::default(),
                activities: Share::default(),
                interface: Share::default(),
            };
            for p in &site.partners {
                if partner_language && !p.facts.languages.contains(&lang) {
                    continue;
                }
                c.partners.count(p.texts.contains_key(&lang), || {
                    format!("content/partners/{}/{lang}.md", p.id)
                });
            }
            if !partner_language {
                for page in &site.pages {
                    c.pages.count(page.texts.contains_key(&lang), || {
                        format!("content/pages/{}/{lang}.md", page.id)
                    });
                }
                for r in &site.reports {
                    c.reports.count(r.texts.contains_key(&lang), || {
                        format!("content/reports/{}/{lang}.md", r.year)
                    });
                }
                for a in &site.activities {
                    c.activities.count(a.title.has_language(&lang), || {
                        format!("activity `{}`", a.id)
                    });
                }
            }
            let missing = loaded.i18n.missing(&lang);
            let all = loaded.i18n.interface_size();
            c.interface = Share {
                have: all.saturating_sub(missing.len()),
                of: all,
                missing: missing
                    .iter()
                    .map(|id| format!("locales/{lang}: {id}"))
                    .collect(),
            };
            c
        })
        .collect()
}

/// The texts of each partner, page and report, by language.
fn text_groups(site: &Site) -> impl Iterator<Item = &BTreeMap<Lang, Text>> {
    site.partners
        .iter()
        .map(|p| &p.texts)
        .chain(site.pages.iter().map(|p| &p.texts))
        .chain(site.reports.iter().map(|r| &r.texts))
}

fn outdated(site: &Site) -> Vec<Outdated> {
    let mut out = Vec::new();
    for texts in text_groups(site) {
        for text in texts.values() {
            let Some((from, hash)) = &text.translated_from else {
                continue;
            };
            match texts.get(from) {
                None => out.push(Outdated {
                    translation: file_of(text),
                    source: format!("{from}.md"),
                    problem: format!(
                        "it is translated from `{from}`, and there is no `{from}` text beside it"
                    ),
                }),
                Some(source) if source.source_hash() != *hash => out.push(Outdated {
                    translation: file_of(text),
                    source: file_of(source),
                    problem: "its source has changed since it was translated".into(),
                }),
                Some(_) => {}
            }
        }
    }
    out
}

/// Active or negotiating partners with no visit or exchange, done or
/// planned, this year or next.
fn without_visits(site: &Site) -> Vec<String> {
    let year = site.today.year;
    site.partners
        .iter()
        .filter(|p| matches!(p.status, Status::Active | Status::Negotiating))
        .filter(|p| {
            !site.activities_of(&p.id).any(|a| {
                matches!(
                    a.kind,
                    ActivityKind::Visit | ActivityKind::StudyVisit | ActivityKind::Exchange
                ) && a.status != ActivityStatus::Cancelled
                    && (year..=year + 1).contains(&a.when.year())
            })
        })
        .map(|p| format!("content/partners/{}/partner.yaml", p.id))
        .collect()
}

/// Writes the source's current hash into a translation's front matter.
fn stamp(site: &Site, root: &Path, file: &Path) -> Result<(PathBuf, String)> {
    // A path inside the site folder, as check prints them; else one from
    // where the command runs.
    let path = if file.is_absolute() || !root.join(file).exists() {
        file.to_path_buf()
    } else {
        root.join(file)
    };
    let not_a_text = |what: &str| {
        Error::Invalid(vec![Diagnostic::file(file, what.to_string()).with_help(
            "give the translation's path as check prints it, e.g. `--stamp content/partners/poissy/fr.md`",
        )])
    };
    let wanted = path
        .canonicalize()
        .map_err(|_| not_a_text("there is no such file"))?;
    for texts in text_groups(site) {
        for (lang, text) in texts {
            if root.join(&text.file).canonicalize().ok().as_ref() != Some(&wanted) {
                continue;
            }
            let from = text
                .translated_from
                .as_ref()
                .map_or(&site.config.default_language, |(l, _)| l);
            let Some(source) = texts.get(from).filter(|_| from != lang) else {
                return Err(Error::Invalid(vec![
                    Diagnostic::file(
                        &text.file,
                        format!("there is no `{from}` text to translate this from"),
                    )
                    .with_help(
                        "set `translated_from: {lang: …}` to the language it was translated from",
                    ),
                ]));
            };
            let hash = source.source_hash();
            let old = source::read_text(&path, &text.file).map_err(|d| Error::Invalid(vec![d]))?;
            let new = with_stamp(&old, from, &hash).ok_or_else(|| {
                Error::Invalid(vec![
                    Diagnostic::file(&text.file, "this file has no front matter to stamp")
                        .with_help(
                            "start it with a `---` line and end the front matter with another",
                        ),
                ])
            })?;
            output::replace_file(&path, &new)?;
            return Ok((path, hash));
        }
    }
    Err(not_a_text(
        "this is not a text of the site (a partner's, page's or report's <lang>.md)",
    ))
}

/// The text with its `translated_from:` line set; the rest unchanged.
fn with_stamp(text: &str, from: &Lang, hash: &str) -> Option<String> {
    let line = format!("translated_from: {{lang: {from}, hash: {hash}}}");
    let newline = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let mut lines: Vec<&str> = text.split_inclusive('\n').collect();
    if lines.first().map(|l| l.trim_end()) != Some("---") {
        return None;
    }
    let end = lines.iter().skip(1).position(|l| l.trim_end() == "---")? + 1;
    let own = format!("{line}{newline}");
    match (1..end).find(|&i| lines[i].starts_with("translated_from:")) {
        Some(i) => {
            // A block form (`translated_from:` then indented lines) goes too.
            let mut j = i + 1;
            while j < end && lines[j].starts_with([' ', '\t']) {
                j += 1;
            }
            lines.splice(i..j, [own.as_str()]);
        }
        None => lines.insert(end, own.as_str()),
    }
    Some(lines.concat())
}

fn share(s: &Share) -> String {
    if s.of == 0 {
        "–".into()
    } else {
        format!("{}/{}", s.have, s.of)
    }
}

/// The report for a terminal; `verbose` lists the missing interface
/// strings too.
pub fn text(r: &Report, verbose: bool) -> String {
    let mut out = String::new();
    for e in &r.errors {
        out.push_str(&format!("error: {e}\n"));
    }
    for w in &r.warnings {
        out.push_str(&format!("warning: {w}\n"));
    }
    if !r.coverage.is_empty() {
        out.push_str("\nTranslation coverage (texts in each language / texts there are):\n\n");
        out.push_str(&format!(
            "  {:<8} {:>9} {:>7} {:>8} {:>11} {:>10}\n",
            "language", "partners", "pages", "reports", "activities", "interface"
        ));
        for c in &r.coverage {
            let label = if c.partner_language {
                format!("{}*", c.lang)
            } else {
                c.lang.clone()
            };
            out.push_str(&format!(
                "  {:<8} {:>9} {:>7} {:>8} {:>11} {:>10}\n",
                label,
                share(&c.partners),
                share(&c.pages),
                share(&c.reports),
                share(&c.activities),
                share(&c.interface),
            ));
        }
        if r.coverage.iter().any(|c| c.partner_language) {
            out.push_str("  * a partner's own language: only its partners' pages are made in it\n");
        }
        let mut missing: BTreeMap<&str, Vec<&String>> = BTreeMap::new();
        for c in &r.coverage {
            let list = missing.entry(&c.lang).or_default();
            for s in [&c.partners, &c.pages, &c.reports, &c.activities] {
                list.extend(&s.missing);
            }
            if verbose {
                list.extend(&c.interface.missing);
            }
        }
        for (lang, list) in missing {
            if !list.is_empty() {
                out.push_str(&format!(
                    "\n  missing in {lang} (shown in another language until written):\n"
                ));
                for m in list {
                    out.push_str(&format!("    {m}\n"));
                }
            }
        }
    }
    if !r.outdated.is_empty() {
        out.push_str("\nOutdated translations:\n");
        for o in &r.outdated {
            out.push_str(&format!(
                "  {}: {} ({})\n    when it is brought up to date: twinpress check --stamp {}\n",
                o.translation, o.problem, o.source, o.translation
            ));
        }
    }
    if !r.without_visits.is_empty() {
        out.push_str(
            "\nActive or negotiating partners with no visit or exchange this year or next:\n",
        );
        for p in &r.without_visits {
            out.push_str(&format!("  {p}\n"));
        }
    }
    if !r.external.is_empty() {
        out.push_str("\nLinks to other sites that do not work:\n");
        for d in &r.external {
            out.push_str(&format!("  {} {}\n", d.url, d.problem));
            for place in d.places.iter().take(3) {
                out.push_str(&format!("    linked from {place}\n"));
            }
            if d.places.len() > 3 {
                out.push_str(&format!("    and {} more places\n", d.places.len() - 3));
            }
        }
    }
    let warnings = r.warnings.len() + r.outdated.len() + r.without_visits.len() + r.external.len();
    out.push_str(&format!(
        "\n{} {}, {} {}\n",
        r.errors.len(),
        if r.errors.len() == 1 {
            "error"
        } else {
            "errors"
        },
        warnings,
        if warnings == 1 { "warning" } else { "warnings" },
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stamp_replaces_or_adds_the_line_and_keeps_the_rest() {
        let pl = Lang::parse("pl").unwrap();
        let text = "---\nsummary: A\ntranslated_from: {lang: pl, hash: old}\n---\nBody\n";
        assert_eq!(
            with_stamp(text, &pl, "abc123").unwrap(),
            "---\nsummary: A\ntranslated_from: {lang: pl, hash: abc123}\n---\nBody\n"
        );
        let block = "---\ntranslated_from:\n  lang: pl\n  hash: old\nsummary: A\n---\nBody\n";
        assert_eq!(
            with_stamp(block, &pl, "abc123").unwrap(),
            "---\ntranslated_from: {lang: pl, hash: abc123}\nsummary: A\n---\nBody\n"
        );
        let without = "---\nsummary: A\n---\nBody\n";
        assert_eq!(
            with_stamp(without, &pl, "abc123").unwrap(),
            "---\nsummary: A\ntranslated_from: {lang: pl, hash: abc123}\n---\nBody\n"
        );
        assert_eq!(with_stamp("Body only\n", &pl, "x"), None);
    }
}
