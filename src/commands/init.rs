//! `twinpress init DIR`: a new site that builds as it is — site.yaml with
//! every field explained, one example partner, netlify.toml, .gitignore.

use std::path::{Path, PathBuf};

use clap::Args;

use super::new::{parse_country, parse_languages, partner_yaml, usage, yaml_text};
use crate::error::Result;
use crate::i18n::marks::plain;
use crate::i18n::{Arg, I18n, Jurisdiction, PartnersAre, SiteArgs};
use crate::model::{Country, Lang, scaffold};
use crate::output;

#[derive(Debug, Args)]
pub struct InitArgs {
    /// The folder of the new site (made when missing).
    pub dir: PathBuf,
    /// The name of the town, county or region that publishes the site.
    #[arg(long)]
    pub name: Option<String>,
    /// Its country, as an ISO 3166 code (`PL`, `CZ`).
    #[arg(long)]
    pub country: Option<String>,
    /// The site's languages, the default first (`pl,en`).
    #[arg(long, value_delimiter = ',')]
    pub languages: Vec<String>,
    /// The address the site will be published at.
    #[arg(long)]
    pub base_url: Option<String>,
}

pub fn run(args: InitArgs, ui: &super::ui::Ui) -> Result<()> {
    let written = init(&args)?;
    for path in &written {
        ui.info(format_args!("created {}", path.display()));
    }
    ui.info(format_args!(
        "\nnext: edit {}, then run `twinpress serve --root {}` to see it",
        args.dir.join("content/site.yaml").display(),
        args.dir.display()
    ));
    Ok(())
}

/// Writes the new site; returns the files made.
pub fn init(args: &InitArgs) -> Result<Vec<PathBuf>> {
    let dir = &args.dir;
    if dir.join("content").exists() {
        return Err(usage(
            format!(
                "{} already holds a site (it has a content/ folder)",
                dir.display()
            ),
            "choose an empty or new folder for `twinpress init`; nothing was written",
        ));
    }
    let name = args
        .name
        .clone()
        .unwrap_or_else(|| "Exampleton".to_string());
    let country = match &args.country {
        Some(c) => parse_country(c)?,
        None => parse_country("GB")?,
    };
    let mut languages = parse_languages(&args.languages)?;
    if languages.is_empty() {
        languages = parse_languages(&["en".to_string()])?;
    }
    let default = languages[0].clone();
    // The example partner lives in a neighbouring country of a kind.
    let (partner_country, partner_lang) = if country.as_str() == "FR" {
        ("DE", "de")
    } else {
        ("FR", "fr")
    };
    let partner_country = parse_country(partner_country)?;
    let partner_langs = parse_languages(&[partner_lang.to_string()])?;
    let base_url = args
        .base_url
        .clone()
        .unwrap_or_else(|| "https://partners.example.org/".to_string());

    let files: Vec<(PathBuf, String)> = vec![
        (
            dir.join("content/site.yaml"),
            site_yaml(
                &name,
                country,
                &languages,
                &base_url,
                titles(dir, &name, country, &languages)?,
            ),
        ),
        (
            dir.join("content/partners/example-partner/partner.yaml"),
            partner_yaml("Example Partner Town", partner_country, &partner_langs),
        ),
        (
            dir.join(format!("content/partners/example-partner/{default}.md")),
            example_profile(&name),
        ),
        (
            dir.join("netlify.toml"),
            format!("{NETLIFY_BUILD}{NETLIFY_HEADERS}"),
        ),
        (dir.join(".gitignore"), "/public\n/.twinpress\n".to_string()),
    ];
    output::create_all_new(&files)?;
    Ok(files.into_iter().map(|(path, _)| path).collect())
}

/// The site's title and description in each of its languages, as the
/// interface strings put them ("Pruszków – Miasta partnerskie"): English
/// for a language without them.
fn titles(
    dir: &Path,
    name: &str,
    country: Country,
    languages: &[Lang],
) -> Result<(Vec<String>, Vec<String>)> {
    let locales = crate::source::resources::load_locales(dir)?;
    let (i18n, _) = I18n::new(
        &locales,
        languages,
        &languages[0],
        SiteArgs {
            partners_are: PartnersAre::Towns,
            jurisdiction: Jurisdiction::of(country),
        },
    )?;
    Ok(languages
        .iter()
        .map(|lang| {
            let tr = i18n.tr(lang);
            let title = format!("{name} – {}", plain(&tr.t("partners-title")));
            let description = tr.t_with("site-description", &[("home", Arg::from(name))]);
            (title, plain(&description).into_owned())
        })
        .unzip())
}

fn site_yaml(
    name: &str,
    country: Country,
    languages: &[Lang],
    base_url: &str,
    (titles, descriptions): (Vec<String>, Vec<String>),
) -> String {
    let default = &languages[0];
    let list = languages
        .iter()
        .map(Lang::as_str)
        .collect::<Vec<_>>()
        .join(", ");
    // One text per language, in the languages' order.
    let per_lang = |texts: &[String]| {
        let parts: Vec<String> = languages
            .iter()
            .zip(texts)
            .map(|(l, text)| format!("{l}: {}", yaml_text(text)))
            .collect();
        format!("{{{}}}", parts.join(", "))
    };
    format!(
        r##"# The site and the town, county or region that publishes it.
# Texts in {{{default}: …}} form may have one entry per language.
base_url: {base_url}       # where the site is published; may carry a path
default_language: {default}              # its pages are at the root of the site
languages: [{list}]                # every page is built in these, in this order
title: {title}
description: {description}

home:                                   # who publishes: the same facts as a partner
  name: {name}
  kind: city                            # city | municipality | district | county | region
  country: {country}
  languages: [{default}]
  # location: {{lat: 52.17, lon: 20.81}}   # for distances and the map
  # area_km2: 19
  # population: 62000
  # facts_as_of: 2025
  # website: https://…

identity:
  # logo: logo.svg                      # a file in content/
  color: "#1f5fa8"                      # the town's colour, on covers and links

# contact:                              # shown in the footer and on the folders
#   organisation: {{{default}: Town Hall}}
#   unit: {{{default}: International Relations}}
#   address: |
#     Street 1
#     00-000 Town
#   email: partners@example.org
#   phone: "+00 00 000 00 00"

# privacy:                              # the privacy page (GDPR): who to ask about personal data
#   officer: {{name: Name Surname, email: dpo@example.org}}   # the data protection officer
#   hosting: Netlify, Inc., 101 2nd Street, San Francisco, CA 94105, USA   # who keeps the server logs
#   logs_days: 30                       # how long they are kept
#   authority: {{{default}: The national data protection authority, its address}}
#   updated: 2026-01-15

# accessibility:                        # the accessibility statement public bodies publish
#   published: 2026-01-15
#   status: partial                     # full | partial | none
#   contact: {{name: Name Surname, email: accessibility@example.org}}
"##,
        name = yaml_text(name),
        title = per_lang(&titles),
        description = per_lang(&descriptions),
    )
}

fn example_profile(home: &str) -> String {
    format!(
        r#"---
summary: {summary}
common_ground: [A river, A love of music]
---
## The town

{replace}: rename the folder
`content/partners/example-partner/`, edit partner.yaml, and write here about
the town and the partnership with {home}.
"#,
        summary = yaml_text(scaffold::EXAMPLE_SUMMARY.words),
        replace = scaffold::EXAMPLE_BODY.words,
    )
}

const NETLIFY_BUILD: &str = r#"# Netlify builds the site with twinpress and publishes public/. The build
# image needs the twinpress binary: install it in the build command
# (`cargo install …`) or commit a built one to bin/ and call bin/twinpress.
[build]
  command = "twinpress build"
  publish = "public"

# Resized photos and printed PDFs are kept between deploys, so an
# unchanged photo or publication costs nothing on the next build.
[[plugins]]
  package = "netlify-plugin-cache"
  [plugins.inputs]
    paths = [".twinpress/cache"]

"#;

/// The headers every twinpress site is served with on Netlify: the same
/// in the netlify.toml `init` writes and in twinpress's own example.
pub const NETLIFY_HEADERS: &str = r#"# Every file comes from this site alone: no script, style, font or image
# from another host, no inline script, no frames of this site elsewhere.
# Browsers keep to HTTPS for a year (HSTS; add includeSubDomains when every
# subdomain serves HTTPS), send no more than the origin
# to other sites, and offer pages no camera, microphone or location.
[[headers]]
  for = "/*"
  [headers.values]
    Content-Security-Policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'; upgrade-insecure-requests"
    Referrer-Policy = "strict-origin-when-cross-origin"
    X-Content-Type-Options = "nosniff"
    Permissions-Policy = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()"
    Strict-Transport-Security = "max-age=31536000"

# Theme files carry a fingerprint in their names (assets/style.3f2a9c1b.css):
# browsers may keep them forever. Pages, photos and PDFs keep Netlify's
# default, `public, max-age=0, must-revalidate`: a new deploy shows at once.
[[headers]]
  for = "/assets/*"
  [headers.values]
    Cache-Control = "public, max-age=31536000, immutable"
"#;
