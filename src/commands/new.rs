//! `twinpress new partner|activity|page|report`: the files of a new piece
//! of content, with every field present and explained, in the right place.
//! Nothing is ever overwritten.

use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};

use crate::error::{Diagnostic, Error, Result};
use crate::model::slug::check_slug;
use crate::model::{Country, Lang, When, scaffold};
use crate::{output, source};

#[derive(Debug, Args)]
pub struct NewArgs {
    /// The site folder (the one that holds content/).
    #[arg(long, default_value = ".", global = true)]
    pub root: PathBuf,
    #[command(subcommand)]
    pub what: What,
}

#[derive(Debug, Subcommand)]
pub enum What {
    /// A partner: content/partners/SLUG/partner.yaml and its profile text.
    Partner(NewPartner),
    /// An activity, added to content/activities/YEAR.yaml.
    Activity(NewActivity),
    /// A free page: content/pages/SLUG/LANG.md.
    Page(NewPage),
    /// A yearly report: content/reports/YEAR/LANG.md.
    Report(NewReport),
}

#[derive(Debug, Args)]
pub struct NewPartner {
    /// The folder name, also the address: lowercase letters, digits, `-`.
    pub slug: String,
    /// Its own name, in its own language.
    #[arg(long)]
    pub name: Option<String>,
    /// ISO 3166 code (`FR`, `GE`).
    #[arg(long)]
    pub country: String,
    /// Its languages, comma-separated (`fr` or `de,fr`).
    #[arg(long, value_delimiter = ',')]
    pub languages: Vec<String>,
}

#[derive(Debug, Args)]
pub struct NewActivity {
    /// Its title in the site's default language.
    #[arg(long)]
    pub title: String,
    /// When: `2026-05-14`, `2026-05`, or a span `2026-05-14..2026-05-16`.
    #[arg(long)]
    pub date: String,
    /// Partner slugs taking part, comma-separated.
    #[arg(long, value_delimiter = ',')]
    pub partners: Vec<String>,
}

#[derive(Debug, Args)]
pub struct NewPage {
    /// The folder name, also the address.
    pub slug: String,
    /// Its title in the site's default language.
    #[arg(long)]
    pub title: Option<String>,
}

#[derive(Debug, Args)]
pub struct NewReport {
    /// The year the report is about.
    pub year: i32,
}

/// A YAML scalar for a user's text: quoted when it needs to be.
/// A YAML scalar for `text` that reads back as `text` both on its own
/// line and inside `{…}` or `[…]` (where a bare comma or bracket would
/// end it): JSON's double-quoted strings are valid YAML.
pub(super) fn yaml_text(text: &str) -> String {
    match serde_yaml::to_string(text) {
        Ok(s) if !s.trim_end().contains([',', '[', ']', '{', '}']) => s.trim_end().to_string(),
        _ => serde_json::Value::from(text).to_string(),
    }
}

pub(super) fn usage(message: impl Into<String>, help: impl Into<String>) -> Error {
    Error::Usage {
        message: message.into(),
        help: help.into(),
    }
}

pub(super) fn parse_country(code: &str) -> Result<Country> {
    Country::parse(code).map_err(|e| {
        usage(
            format!("`--country {code}`: {e}"),
            "use the two-letter ISO 3166 code: FR, DE, GE, UA…",
        )
    })
}

pub(super) fn parse_languages(list: &[String]) -> Result<Vec<Lang>> {
    list.iter()
        .map(|l| {
            Lang::parse(l.trim()).map_err(|e| {
                usage(
                    format!("`--languages {}`: {e}", list.join(",")),
                    "use BCP 47 codes separated by commas: pl,en or fr",
                )
            })
        })
        .collect()
}

fn check_folder_name(slug: &str) -> Result<()> {
    check_slug(slug).map_err(|e| {
        usage(
            format!("it cannot be a folder name: {}", e.message),
            format!("{}; the folder name is also the page's address", e.help),
        )
    })
}

/// The default language from site.yaml, read leniently (`new` must work
/// on a site that does not build yet); English when there is none.
fn default_language(root: &Path) -> Result<Lang> {
    let site_yaml = root.join("content/site.yaml");
    let configured = source::read_text(&site_yaml, &site_yaml)
        .ok()
        .and_then(|text| serde_yaml::from_str::<serde_yaml::Value>(&text).ok())
        .and_then(|v| v.get("default_language")?.as_str().map(str::to_string))
        .and_then(|l| Lang::parse(&l).ok());
    match configured {
        Some(l) => Ok(l),
        None => {
            Lang::parse("en").map_err(|e| usage(e, "set `default_language:` in content/site.yaml"))
        }
    }
}

pub fn run(args: NewArgs, ui: &super::ui::Ui) -> Result<()> {
    let root = &args.root;
    if !root.join("content").is_dir() {
        return Err(usage(
            format!("{} holds no content/ folder", root.display()),
            "run this inside a site folder, give `--root DIR`, or make a site with `twinpress init DIR`",
        ));
    }
    let lang = default_language(root)?;
    let written = match args.what {
        What::Partner(p) => partner(root, &lang, &p)?,
        What::Activity(a) => activity(root, &lang, &a)?,
        What::Page(p) => page(root, &lang, &p)?,
        What::Report(r) => report(root, &lang, &r)?,
    };
    for (path, verb) in written {
        ui.info(format_args!("{verb} {}", path.display()));
    }
    Ok(())
}

type Written = Vec<(PathBuf, &'static str)>;

fn partner(root: &Path, lang: &Lang, args: &NewPartner) -> Result<Written> {
    check_folder_name(&args.slug)?;
    let country = parse_country(&args.country)?;
    let languages = parse_languages(&args.languages)?;
    let dir = root.join("content/partners").join(&args.slug);
    if dir.exists() {
        return Err(usage(
            format!("{} already exists", dir.display()),
            "choose another slug, or edit the partner that is there",
        ));
    }
    let name = args
        .name
        .clone()
        .unwrap_or_else(|| args.slug.replace('-', " "));
    let mut files = vec![(
        dir.join("partner.yaml"),
        partner_yaml(&name, country, &languages),
    )];
    let mut text_langs = vec![lang.clone()];
    for l in &languages {
        if !text_langs.contains(l) {
            text_langs.push(l.clone());
        }
    }
    for l in text_langs {
        files.push((dir.join(format!("{l}.md")), profile_md(&name, &l, lang)));
    }
    output::create_all_new(&files)?;
    Ok(files.into_iter().map(|(f, _)| (f, "created")).collect())
}

pub(super) fn partner_yaml(name: &str, country: Country, languages: &[Lang]) -> String {
    let languages = languages
        .iter()
        .map(Lang::as_str)
        .collect::<Vec<_>>()
        .join(", ");
    format!(
        r#"# A partner: facts in no language. Every field but name and country may
# be left out; remove the `#` before a line to use it.
name: {name}                    # its own name, in its own language
# names: {{en: …, pl: …}}          # its name in other languages (exonyms)
kind: city                        # city | municipality | district | county | region | school | institution
country: {country}
# region: {{en: …}}                # a string, or one text per language
languages: [{languages}]          # its own languages: its page and folder are also made in these
# location: {{lat: 48.93, lon: 2.05}}   # for the distance and the map
# area_km2: 13.3
# population: 40000
# facts_as_of: 2025               # the year the figures are from
# mayor: …
# website: https://…
areas: [culture]                  # culture education sport youth seniors social environment economy tourism administration heritage health science
# status: negotiating             # prospect | letter-of-intent | negotiating | active | suspended | ended; else from the timeline
# slug: …                         # another address than the folder name
timeline:                         # the history of the partnership, any order
  - date: "2026"                  # 2026, 2026-05 or 2026-05-14
    event: contact                # contact | letter-of-intent | resolution | agreement | renewal | suspension | resumption | termination
    # title: {{en: First contact}}
    # signatories: [Name Surname, Name Surname]
    # reference: Resolution No. …  # the legal basis
    # document: agreement.pdf      # a file in this folder
    # note: {{en: …}}
"#,
        name = yaml_text(name),
    )
}

fn profile_md(name: &str, lang: &Lang, default: &Lang) -> String {
    let from = if lang == default {
        String::new()
    } else {
        format!(
            "# translated_from: {{lang: {default}, hash: …}}   # `twinpress check` tells when the source changed\n"
        )
    };
    format!(
        r#"---
summary: {summary}
common_ground: []                 # what the towns share, a few short phrases
{from}---
{write}{name} and the partnership: the town, how the
partnership began, what the towns do together. `##` starts a section.
"#,
        summary = yaml_text(&format!("{}{name}.", scaffold::PROFILE_SUMMARY.words)),
        write = scaffold::PROFILE_BODY.words,
    )
}

fn activity(root: &Path, lang: &Lang, args: &NewActivity) -> Result<Written> {
    let when = When::parse(&args.date).map_err(|e| {
        usage(
            format!("`--date {}`: {e}", args.date),
            "write 2026-05-14, 2026-05, 2026, or a span 2026-05-14..2026-05-16",
        )
    })?;
    for p in &args.partners {
        check_folder_name(p)?;
        if !root.join("content/partners").join(p).is_dir() {
            return Err(usage(
                format!("`--partners`: there is no partner `{p}` in content/partners/"),
                "use the folder names of partners, separated by commas",
            ));
        }
    }
    let file = root
        .join("content/activities")
        .join(format!("{}.yaml", when.year()));
    let entry = format!(
        r#"- title: {{{lang}: {title}}}
  date: {date}
  kind: visit                     # visit | study-visit | exchange | festival | event | project | conference | other
  partners: [{partners}]
  # organiser: {{{lang}: …}}
  # place: {{name: …, country: FR}}
  # programme: …                  # a key of programmes.yaml
  areas: [culture]
  # participants: 20
  # status: planned               # planned | done | cancelled; else done when past, planned otherwise
  # summary: {{{lang}: …}}         # Markdown
"#,
        title = yaml_text(&args.title),
        date = yaml_text(&args.date),
        partners = args.partners.join(", "),
    );
    if file.exists() {
        let existing = source::read_text(&file, &file).map_err(|d| Error::Invalid(vec![d]))?;
        let is_list = existing
            .lines()
            .all(|l| l.trim().is_empty() || l.starts_with([' ', '#', '-']));
        if !is_list {
            return Err(Error::Invalid(vec![
                Diagnostic::file(
                    &file,
                    "this file is not a list of activities (`- title: …` entries)",
                )
                .with_help("add the activity by hand, or make the file a list first"),
            ]));
        }
        let separator = if existing.is_empty() || existing.ends_with("\n\n") {
            ""
        } else if existing.ends_with('\n') {
            "\n"
        } else {
            "\n\n"
        };
        output::append(&file, &format!("{separator}{entry}"))?;
        Ok(vec![(file, "added an activity to")])
    } else {
        output::create_new(
            &file,
            &format!(
                "# What happened (and is planned) in {}: a list of activities.\n\n{entry}",
                when.year()
            ),
        )?;
        Ok(vec![(file, "created")])
    }
}

/// A Markdown text with its front matter.
fn markdown_file(title: &str, summary: &str, more_front_matter: &str, body: &str) -> String {
    format!(
        "---\ntitle: {}\nsummary: {}\n{more_front_matter}---\n{body}",
        yaml_text(title),
        yaml_text(summary)
    )
}

fn page(root: &Path, lang: &Lang, args: &NewPage) -> Result<Written> {
    check_folder_name(&args.slug)?;
    let file = root
        .join("content/pages")
        .join(&args.slug)
        .join(format!("{lang}.md"));
    let title = args
        .title
        .clone()
        .unwrap_or_else(|| args.slug.replace('-', " "));
    output::create_new(
        &file,
        &markdown_file(
            &title,
            scaffold::PAGE_SUMMARY.words,
            "# menu: 30                        # show it in the main menu, in this order\n# slug: …                         # another address in this language\n",
            &format!(
                "{} Files put beside this one (a PDF form)\nare published with the page.\n",
                scaffold::PAGE_BODY.words
            ),
        ),
    )?;
    Ok(vec![(file, "created")])
}

fn report(root: &Path, lang: &Lang, args: &NewReport) -> Result<Written> {
    if !(1900..=2200).contains(&args.year) {
        return Err(usage(
            format!("{} is not a year a report can be about", args.year),
            "give the year as four digits: 2026",
        ));
    }
    let file = root
        .join("content/reports")
        .join(args.year.to_string())
        .join(format!("{lang}.md"));
    let body = format!(
        "## The year in short\n\n{} The figures, and the year's activities\nby partner and by area, are added from content/activities/{}.yaml.\n\n## Plans for {}\n",
        scaffold::REPORT_BODY.words,
        args.year,
        args.year + 1
    );
    // Without a title of its own, the report is called as each
    // language's interface strings call a year's report.
    output::create_new(
        &file,
        &format!(
            "---\n# title: …                        # without one: each language's \"Report {}\"\nsummary: {}\n---\n{body}",
            args.year,
            yaml_text(scaffold::REPORT_SUMMARY.words)
        ),
    )?;
    Ok(vec![(file, "created")])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_text_is_quoted_when_yaml_needs_it() {
        assert_eq!(yaml_text("Poissy"), "Poissy");
        assert_eq!(yaml_text("Visit: day one"), "'Visit: day one'");
        assert_eq!(yaml_text("2026"), "'2026'");
        // Inside a flow mapping a bare comma would end the text.
        assert_eq!(yaml_text("Concert, dance"), "\"Concert, dance\"");
        assert_eq!(yaml_text("Visit [draft]"), "\"Visit [draft]\"");
    }

    #[test]
    fn a_new_partner_file_is_valid_yaml() {
        let text = partner_yaml(
            "Saint-Germain: \"en\" Laye",
            Country::parse("FR").unwrap(),
            &[Lang::parse("fr").unwrap()],
        );
        let v: serde_yaml::Value = serde_yaml::from_str(&text).unwrap();
        assert_eq!(v["name"].as_str(), Some("Saint-Germain: \"en\" Laye"));
        assert_eq!(v["country"].as_str(), Some("FR"));
    }
}
