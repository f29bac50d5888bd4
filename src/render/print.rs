//! The print publications: which folders and reports exist, in which
//! languages, at which paths, and the sheet each is printed on.
//!
//! Every publication is a print HTML page that Chromium prints exactly
//! (sizes in millimetres, named pages, margin boxes), in two variants: the
//! trimmed page for office printers and "save as PDF", and a print-shop page
//! whose sheet is larger by the bleed and a slug for crop marks.

use tera::{Context, Tera, Value};

use super::urls::Urls;
use super::{Body, OutputFile, PrintPage, hyphenate, template_error, views};
use crate::error::{Diagnostic, Error, Result};
use crate::i18n::I18n;
use crate::model::slug::slugify;
use crate::model::{Lang, Site};

/// Bleed a print shop needs beyond the trim on every side.
pub const BLEED_MM: f64 = 3.0;
/// Room beyond the bleed for the crop marks.
pub const SLUG_MM: f64 = 10.0;

/// A trimmed page size in millimetres.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Trim {
    pub width: f64,
    pub height: f64,
}

pub const A4_LANDSCAPE: Trim = Trim {
    width: 297.0,
    height: 210.0,
};
pub const A4_PORTRAIT: Trim = Trim {
    width: 210.0,
    height: 297.0,
};

/// What a publication is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PrintKind {
    /// Index into `site.partners`: a three-panel folder, folded in three.
    Folder(usize),
    /// Index into `site.reports`.
    Report(usize),
}

/// One publication in one language.
#[derive(Debug, Clone)]
pub struct PrintSpec {
    pub kind: PrintKind,
    pub lang: Lang,
    /// Its folder in the output (`print/poissy/fr/`).
    pub dir: String,
    /// The base name of its PDFs (`pruszkow-poissy-fr`).
    pub name: String,
    pub trim: Trim,
    /// Writes the land of the folder's map ([`PrintSpec::land`]), which
    /// its languages share: the first of them does, when the map can be
    /// drawn (both towns have a location).
    pub writes_land: bool,
}

impl PrintSpec {
    /// The page for office printers and browsers.
    pub fn html(&self) -> String {
        format!("{}index.html", self.dir)
    }

    /// The page with bleed and crop marks.
    pub fn shop_html(&self) -> String {
        format!("{}print-shop.html", self.dir)
    }

    pub fn pdf(&self) -> String {
        format!("{}{}.pdf", self.dir, self.name)
    }

    pub fn shop_pdf(&self) -> String {
        format!("{}{}-print-shop.pdf", self.dir, self.name)
    }

    /// The land of a folder's map, drawn once for all its languages and
    /// both variants (`print/poissy/map.svg`), when this publication
    /// writes it.
    pub fn land(&self) -> Option<String> {
        match self.kind {
            PrintKind::Folder(_) if self.writes_land => {
                let lang_folder = self.dir.trim_end_matches('/');
                let above = &lang_folder[..lang_folder.rfind('/')? + 1];
                Some(format!("{above}{}", LAND_HREF.trim_start_matches("../")))
            }
            _ => None,
        }
    }

    /// `../../../`: from the publication's folder to the site's root.
    pub fn root(&self) -> String {
        "../".repeat(self.dir.matches('/').count())
    }
}

/// A folder's land drawing as its pages link it: in the folder above
/// their language's ([`PrintSpec::land`]).
pub const LAND_HREF: &str = "../map.svg";

/// A page to print to PDF, as the PDF step needs it.
#[derive(Debug, Clone, PartialEq)]
pub struct PdfJob {
    /// The HTML page, relative to the output folder.
    pub html: String,
    /// The PDF to write beside it.
    pub pdf: String,
    /// For the print-shop variant: where the trimmed page lies on the
    /// sheet, to set the PDF's TrimBox and BleedBox.
    pub trim: Option<Trim>,
    pub lang: Lang,
    pub title: String,
    /// For a folder, the partner it is about: its panels have a fixed
    /// size that text may overflow, and the partner's files hold that text.
    pub partner: Option<String>,
}

/// A publication rendered: its two pages, and the PDFs to print from them.
#[derive(Debug)]
pub struct Publication {
    /// The two pages and their stylesheets.
    pub files: Vec<OutputFile>,
    pub jobs: [PdfJob; 2],
}

/// Renders a publication's two pages: for office printers, and for the
/// print shop.
pub(super) fn render(
    tera: &Tera,
    site: &Site,
    i18n: &I18n,
    urls: &Urls,
    spec: &PrintSpec,
    chrome: &Value,
    env: &views::Env,
) -> Result<Publication> {
    let (template, title, page) = views::printable(site, i18n, urls, spec, env);
    let mut ctx = Context::new();
    ctx.insert_value("site", chrome.clone());
    ctx.insert("lang", spec.lang.as_str());
    ctx.insert("dir", spec.lang.dir());
    ctx.insert_value("page", page);
    // The two variants are one page: what differs between them (the
    // sheet's size, whether the crop marks show) is set in a stylesheet
    // beside each, rendered from `print/<kind>.css`, and the page links
    // its own. So the page is rendered and hyphenated once, and the
    // print-shop copy only links the other stylesheet. A page with no
    // inline style also keeps to a strict Content-Security-Policy.
    let style = stylesheet_of(template);
    let (office_html, shop_html) = (spec.html(), spec.shop_html());
    let (office_css, shop_css) = (stylesheet_of(&office_html), stylesheet_of(&shop_html));
    let (office_name, shop_name) = (file_name(&office_css), file_name(&shop_css));
    let running_title = css_string(&crate::i18n::marks::plain(&title));
    let mut print = PrintFields {
        title: &title,
        running_title: &running_title,
        root: spec.root(),
        css: office_name.to_string(),
        marks: marks_of(spec.trim),
        trim_w: Length(spec.trim.width),
        trim_h: Length(spec.trim.height),
        sheet: None,
    };
    let page = |ctx: &Context| {
        tera.render(template, ctx)
            .map(|html| hyphenate::html(&super::marks::html_string(html), spec.lang.as_str()))
            .map_err(|e| template_error(template, &e))
    };
    ctx.insert("print", &print);
    let office = page(&ctx)?;
    // A theme's own page may link its stylesheet otherwise than as the
    // quoted `href="{{ print.css }}"` of the built-in one: then the
    // print-shop page is rendered on its own.
    let (office_body, shop_body) = match PrintPage::new(office, office_name, shop_name) {
        Ok(page) => {
            let page = std::sync::Arc::new(page);
            let shop = Body::Print {
                page: page.clone(),
                shop: true,
            };
            (Body::Print { page, shop: false }, shop)
        }
        Err(office) => {
            print.css = shop_name.to_string();
            ctx.insert("print", &print);
            (
                Body::Html(office.into_bytes()),
                Body::Html(page(&ctx)?.into_bytes()),
            )
        }
    };
    let mut files = Vec::with_capacity(5);
    for (html_path, body, css_path, shop) in [
        (office_html, office_body, office_css, false),
        (shop_html, shop_body, shop_css, true),
    ] {
        let (sheet, offset, bleed) = if shop {
            (spec.trim.shop_sheet(), BLEED_MM + SLUG_MM, BLEED_MM)
        } else {
            (spec.trim, 0.0, 0.0)
        };
        print.sheet = Some(Sheet {
            shop,
            sheet_w: Length(sheet.width),
            sheet_h: Length(sheet.height),
            offset: Length(offset),
            bleed: Length(bleed),
        });
        ctx.insert("print", &print);
        let css = tera
            .render(&style, &ctx)
            .map_err(|e| template_error(&style, &e))?;
        files.push(OutputFile {
            path: html_path,
            body,
        });
        files.push(OutputFile {
            path: css_path,
            body: Body::Bytes(css.into_bytes()),
        });
    }
    // The land of the folder's map of the two towns, which the plan asks
    // of one language of each folder whose towns both have a location.
    if let Some(path) = spec.land()
        && let PrintKind::Folder(i) = spec.kind
        && let (Some(home), Some(partner)) =
            (site.config.home.location, site.partners[i].facts.location)
    {
        let land = super::map::land_file(env.outline, &[home, partner], super::map::FOLDER_HEIGHT);
        files.push(OutputFile {
            path,
            body: Body::Bytes(land.into_bytes()),
        });
    }
    let partner = match spec.kind {
        PrintKind::Folder(i) => Some(site.partners[i].id.clone()),
        PrintKind::Report(_) => None,
    };
    let job = |html: String, pdf: String, trim: Option<Trim>| PdfJob {
        html,
        pdf,
        trim,
        lang: spec.lang.clone(),
        title: crate::i18n::marks::plain(&title).into_owned(),
        partner: partner.clone(),
    };
    Ok(Publication {
        files,
        jobs: [
            job(spec.html(), spec.pdf(), None),
            job(spec.shop_html(), spec.shop_pdf(), Some(spec.trim)),
        ],
    })
}

/// The stylesheet beside a publication's page (`index.html` →
/// `index.css`), which sets its sheet.
pub fn stylesheet_of(html: &str) -> String {
    html.replace(".html", ".css")
}

/// The last part of a path: a stylesheet as the page beside it links it.
fn file_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

/// What a publication's templates know of its print, as `print`.
#[derive(serde::Serialize)]
struct PrintFields<'a> {
    title: &'a str,
    /// The title as a CSS string, for the running head.
    running_title: &'a str,
    /// The way up from the page to the top of the output (`../../../`).
    root: String,
    /// The stylesheet of the variant, beside the page.
    css: String,
    marks: std::borrow::Cow<'static, str>,
    trim_w: Length,
    trim_h: Length,
    /// The sheet a variant's stylesheet is rendered for; the page itself
    /// is the same for both.
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    sheet: Option<Sheet>,
}

/// The sheet of one variant: the trim alone for office printers, the
/// trim with bleed and slug for the print shop.
#[derive(serde::Serialize)]
struct Sheet {
    shop: bool,
    sheet_w: Length,
    sheet_h: Length,
    offset: Length,
    bleed: Length,
}

/// A length in millimetres as a stylesheet reads it: `297`, not `297.0`.
struct Length(f64);

impl serde::Serialize for Length {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        let Length(x) = *self;
        if x.fract() == 0.0 && x.abs() < 1e9 {
            serializer.serialize_i64(x as i64)
        } else {
            serializer.serialize_f64(x)
        }
    }
}

/// The crop marks of `trim`: those of the two sizes publications have
/// are drawn once for all of them.
fn marks_of(trim: Trim) -> std::borrow::Cow<'static, str> {
    static LANDSCAPE: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    static PORTRAIT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let cell = if trim == A4_LANDSCAPE {
        &LANDSCAPE
    } else if trim == A4_PORTRAIT {
        &PORTRAIT
    } else {
        return crop_marks(trim).into();
    };
    cell.get_or_init(|| crop_marks(trim)).as_str().into()
}

impl Trim {
    /// The sheet of the print-shop variant: the trim plus bleed and slug.
    pub fn shop_sheet(self) -> Trim {
        Trim {
            width: self.width + 2.0 * (BLEED_MM + SLUG_MM),
            height: self.height + 2.0 * (BLEED_MM + SLUG_MM),
        }
    }
}

/// Crop marks for a print-shop sheet: at each corner of the trim, two
/// short lines in the slug that stop clear of the bleed.
pub fn crop_marks(trim: Trim) -> String {
    let sheet = trim.shop_sheet();
    let o = BLEED_MM + SLUG_MM;
    let (near, far) = (2.0, o - BLEED_MM - 1.0);
    let mut lines = String::new();
    for x in [o, o + trim.width] {
        for (y1, y2) in [(near, far), (sheet.height - near, sheet.height - far)] {
            lines.push_str(&format!(r#"<line x1="{x}" y1="{y1}" x2="{x}" y2="{y2}"/>"#));
        }
    }
    for y in [o, o + trim.height] {
        for (x1, x2) in [(near, far), (sheet.width - near, sheet.width - far)] {
            lines.push_str(&format!(r#"<line x1="{x1}" y1="{y}" x2="{x2}" y2="{y}"/>"#));
        }
    }
    format!(
        r##"<svg class="crop-marks" aria-hidden="true" viewBox="0 0 {w} {h}" width="{w}mm" height="{h}mm" xmlns="http://www.w3.org/2000/svg"><g stroke="#000" stroke-width="0.1" fill="none">{lines}</g></svg>"##,
        w = sheet.width,
        h = sheet.height,
    )
}

/// A text as a CSS string literal, safe inside a `<style>` element.
pub fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '<' | '>' | '&' | '\n' | '\r' => out.push_str(&format!("\\{:x} ", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The languages of a partner's folder: its own, then the site's default.
pub fn folder_languages(site: &Site, partner: usize) -> Vec<Lang> {
    let mut langs = site.partners[partner].facts.languages.clone();
    let default = &site.config.default_language;
    if !langs.contains(default) {
        langs.push(default.clone());
    }
    langs
}

/// Every publication of the site, in a stable order.
pub fn plan(site: &Site) -> Result<Vec<PrintSpec>> {
    let home = slugify(site.config.home.name_in(&site.config.default_language));
    let mut specs = Vec::new();
    for (i, p) in site.partners.iter().enumerate() {
        let map = site.config.home.location.is_some() && p.facts.location.is_some();
        for (n, lang) in folder_languages(site, i).into_iter().enumerate() {
            specs.push(PrintSpec {
                kind: PrintKind::Folder(i),
                dir: format!("print/{}/{lang}/", p.slug),
                name: format!("{home}-{}-{}", p.slug, lang.as_str().to_ascii_lowercase()),
                lang,
                trim: A4_LANDSCAPE,
                writes_land: map && n == 0,
            });
        }
    }
    for (i, r) in site.reports.iter().enumerate() {
        for lang in &site.config.languages {
            specs.push(PrintSpec {
                kind: PrintKind::Report(i),
                dir: format!("print/report-{}/{lang}/", r.year),
                name: format!(
                    "{home}-report-{}-{}",
                    r.year,
                    lang.as_str().to_ascii_lowercase()
                ),
                lang: lang.clone(),
                trim: A4_PORTRAIT,
                writes_land: false,
            });
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    let mut errors = Vec::new();
    for s in &specs {
        if !seen.insert(s.dir.clone())
            && let PrintKind::Folder(i) = s.kind
        {
            errors.push(
                Diagnostic::file(
                    format!("content/partners/{}/", site.partners[i].id),
                    format!(
                        "this partner's folder would be printed at {}, where a yearly report is",
                        s.dir
                    ),
                )
                .with_help("give the partner another `slug:` that does not start with `report-`"),
            );
        }
    }
    if errors.is_empty() {
        Ok(specs)
    } else {
        Err(Error::Invalid(errors))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_of_a_publication() {
        let spec = PrintSpec {
            kind: PrintKind::Folder(0),
            lang: Lang::parse("fr").unwrap(),
            dir: "print/poissy/fr/".into(),
            name: "pruszkow-poissy-fr".into(),
            trim: A4_LANDSCAPE,
            writes_land: true,
        };
        assert_eq!(spec.html(), "print/poissy/fr/index.html");
        assert_eq!(spec.shop_html(), "print/poissy/fr/print-shop.html");
        assert_eq!(spec.pdf(), "print/poissy/fr/pruszkow-poissy-fr.pdf");
        assert_eq!(
            spec.shop_pdf(),
            "print/poissy/fr/pruszkow-poissy-fr-print-shop.pdf"
        );
        assert_eq!(spec.root(), "../../../");
        assert_eq!(spec.land().as_deref(), Some("print/poissy/map.svg"));
        let other_language = PrintSpec {
            writes_land: false,
            ..spec.clone()
        };
        assert_eq!(other_language.land(), None);
        let report = PrintSpec {
            kind: PrintKind::Report(0),
            ..spec
        };
        assert_eq!(report.land(), None);
    }

    #[test]
    fn crop_marks_sit_outside_the_bleed() {
        let svg = crop_marks(A4_LANDSCAPE);
        assert!(svg.contains(r#"viewBox="0 0 323 236""#), "{svg}");
        // The vertical mark at the left trim edge, above the sheet's trim.
        assert!(
            svg.contains(r#"<line x1="13" y1="2" x2="13" y2="9"/>"#),
            "{svg}"
        );
        assert_eq!(svg.matches("<line").count(), 8);
    }

    #[test]
    fn lengths_are_written_as_stylesheets_read_them_and_marks_drawn_once() {
        let written = |x| serde_json::to_string(&Length(x)).unwrap();
        assert_eq!(written(297.0), "297");
        assert_eq!(written(-3.0), "-3");
        assert_eq!(written(10.5), "10.5");
        for trim in [
            A4_LANDSCAPE,
            A4_PORTRAIT,
            Trim {
                width: 99.0,
                height: 210.0,
            },
        ] {
            assert_eq!(marks_of(trim), crop_marks(trim));
        }
        assert!(matches!(
            marks_of(A4_PORTRAIT),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn css_strings_cannot_close_the_style_element() {
        assert_eq!(css_string(r#"Raport "2024""#), r#""Raport \"2024\"""#);
        assert_eq!(css_string("a</style>"), r#""a\3c /style\3e ""#);
    }
}
