//! The print publications as HTML: what Chromium needs to print them
//! exactly, checked without a browser.

use std::path::Path;

mod common;

use common::*;
use twinpress::commands::build::build;

const SOFT_HYPHEN: char = '\u{ad}';

fn example() -> (tempfile::TempDir, std::path::PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    build(&config(Path::new(env!("CARGO_MANIFEST_DIR")), &out), None).unwrap();
    (tmp, out)
}

/// Every folder of the example: each partner in its own languages and in
/// Polish, the site's default.
const FOLDERS: &[(&str, &[&str])] = &[
    ("poissy", &["fr", "pl"]),
    ("rocca-di-papa", &["it", "pl"]),
    ("sodertalje", &["sv", "pl"]),
    ("xanten", &["de", "pl"]),
    ("ceske-budejovice", &["cs", "pl"]),
    ("rustavi", &["ka", "pl"]),
];

#[test]
fn every_partner_has_a_folder_in_its_languages_and_the_default_one() {
    let (_tmp, out) = example();
    for (partner, langs) in FOLDERS {
        for lang in *langs {
            let html = read(&out, &format!("print/{partner}/{lang}/index.html"));
            assert!(
                has(&html, &format!(r#"<html lang="{lang}" dir="ltr">"#)),
                "{partner}/{lang}"
            );
            // The two towns on a map, in the figures panel.
            let figures = &html[html.find("data-panel=figures").unwrap()..];
            let figures = &figures[..figures.find("</section>").unwrap()];
            assert!(figures.contains("class=map"), "{partner}/{lang}: no map");
            assert_eq!(figures.matches("<circle").count(), 2, "{partner}/{lang}");
            // Its land is drawn once for every language and both variants.
            assert!(figures.contains("<image href=../map.svg width=800 height=380 />"));
            assert!(
                !figures.contains(" d="),
                "{partner}/{lang}: land drawn inline"
            );
            // A4 landscape, in millimetres, never a keyword, in the page's
            // own stylesheet (no inline style: a strict CSP holds).
            assert!(html.contains("<link rel=stylesheet href=index.css>"));
            assert!(!html.contains("<style"), "{partner}/{lang}");
            let css = read(&out, &format!("print/{partner}/{lang}/index.css"));
            assert!(
                css.contains("@page { size: 297mm 210mm; }"),
                "{partner}/{lang}"
            );
            // Six panels, the fold-in one among them.
            for panel in [
                "cover",
                "story",
                "contact",
                "figures",
                "achievements",
                "plans",
            ] {
                assert!(
                    has(&html, &format!(r#"data-panel="{panel}""#)),
                    "{partner}/{lang} lacks the {panel} panel"
                );
            }
            let shop = read(&out, &format!("print/{partner}/{lang}/print-shop.html"));
            // The trim plus 3 mm bleed and 10 mm for crop marks on each side.
            let shop_css = read(&out, &format!("print/{partner}/{lang}/print-shop.css"));
            assert!(shop.contains("<link rel=stylesheet href=print-shop.css>"));
            assert!(
                shop_css.contains("@page { size: 323mm 236mm; }"),
                "{partner}/{lang}"
            );
            assert!(shop_css.contains("--bleed: 3mm"));
            // One page, rendered once: the print-shop copy links the other
            // stylesheet, and only that one shows the crop marks.
            assert_eq!(
                shop,
                html.replace("href=index.css>", "href=print-shop.css>"),
                "{partner}/{lang}"
            );
            let office_css = read(&out, &format!("print/{partner}/{lang}/index.css"));
            assert!(office_css.contains(".crop-marks { display: none; }"));
            assert!(!shop_css.contains(".crop-marks { display: none; }"));
            let map = shop.find("class=map").map_or(0, |i| {
                shop[i..shop[i..].find("</svg>").unwrap() + i]
                    .matches("<line")
                    .count()
            });
            assert_eq!(shop.matches("<line").count() - map, 8, "crop marks");
        }
        let land = read(&out, &format!("print/{partner}/map.svg"));
        assert!(
            land.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 800 380\"")
                && land.contains(" d=\"M"),
            "{partner}: {land}"
        );
        // No folder in a language the partner does not speak.
        assert!(!out.join(format!("print/{partner}/en")).exists());
    }
}

#[test]
fn reports_are_a4_portrait_in_every_site_language_with_page_numbers() {
    let (_tmp, out) = example();
    for lang in ["pl", "en"] {
        let html = read(&out, &format!("print/report-2024/{lang}/index.html"));
        assert!(has(&html, &format!(r#"<html lang="{lang}" dir="ltr">"#)));
        let css = read(&out, &format!("print/report-2024/{lang}/index.css"));
        assert!(css.contains("@page { size: 210mm 297mm; }"));
        // The running title in the page's top margin.
        assert!(css.contains("@top-left { content: \""), "{css}");
        // The figures as a table and as a chart with a text alternative.
        assert!(html.contains("<table"));
        assert!(has(&html, r#"role="img""#));
        assert!(html.contains("<desc"));
        // Its sections, each in the contents.
        assert!(has(&html, r#"id="h-contents""#), "{lang}");
        for id in ["h-figures", "h-by-area"] {
            assert!(has(&html, &format!(r#"id="{id}""#)), "{lang}: {id}");
            assert!(
                has(&html, &format!(r##"href="#{id}""##)),
                "{lang}: {id} not in the contents"
            );
        }
        let shop = read(&out, &format!("print/report-2024/{lang}/print-shop.css"));
        assert!(shop.contains("@page { size: 236mm 323mm; }"));
    }
    let css = read(&out, &asset(&out, "print/print.css"));
    assert!(css.contains("counter(page)"), "page numbers in the margin");
    assert!(css.contains("@page main"), "named pages");
    // No `@page` size keyword: Chromium would print it as Letter.
    for keyword in [
        "size:A4",
        "size: A4",
        "size:A5",
        "size: A5",
        "size:A6",
        "size: A6",
        "size:letter",
        "size: letter",
    ] {
        assert!(!css.contains(keyword), "{keyword}");
    }
}

#[test]
fn print_pages_mark_every_language_they_contain() {
    let (_tmp, out) = example();
    // The Polish folder about Rustavi names the town in Georgian, marked.
    let html = read(&out, "print/rustavi/pl/index.html");
    assert!(has(&html, r#"<span lang="ka">რუსთავი</span>"#), "{html}");
    // The Georgian folder marks the Polish contact it falls back to.
    let html = read(&out, "print/rustavi/ka/index.html");
    assert!(has(&html, r#"lang="pl""#));
    assert!(html.contains("რუსთავი"));
}

#[test]
fn long_words_get_soft_hyphens_in_their_own_language() {
    let (_tmp, out) = example();
    for (path, word) in [
        ("print/poissy/pl/index.html", "współ\u{ad}pra\u{ad}cy"),
        ("print/xanten/de/index.html", "Part\u{ad}ner"),
        (
            "print/ceske-budejovice/cs/index.html",
            "spo\u{ad}lu\u{ad}prá",
        ),
    ] {
        let html = read(&out, path);
        assert!(html.contains(word), "{path} lacks {word:?}");
    }
    // Headings and the cover keep names whole, so they are found in a PDF.
    let html = read(&out, "print/poissy/pl/index.html");
    let cover = &html[html.find("data-panel=cover").unwrap()..];
    let cover = &cover[..cover.find("</section>").unwrap()];
    assert!(!cover.contains(SOFT_HYPHEN), "{cover}");
    // The web pages get none.
    assert!(!read(&out, "partners/poissy/index.html").contains(SOFT_HYPHEN));
}

#[test]
fn fonts_are_served_by_the_site_itself_with_their_licence() {
    let (_tmp, out) = example();
    let html = read(&out, "print/rustavi/ka/index.html");
    let fonts_css = asset(&out, "fonts/fonts.css");
    assert!(has(&html, &format!(r#"href="../../../{fonts_css}""#)));
    let print_css = asset(&out, "print/print.css");
    assert!(has(&html, &format!(r#"href="../../../{print_css}""#)));
    let css = read(&out, &fonts_css);
    let mut fonts = 0;
    for part in css.split("url(").skip(1) {
        let file = &part[..part.find(')').unwrap()];
        assert!(!file.contains("//"), "remote font {file}");
        assert!(
            out.join("assets/fonts").join(file).is_file(),
            "{file} is missing"
        );
        fonts += 1;
    }
    assert!(fonts >= 10);
    assert!(css.contains("font-family:'Noto Sans Georgian'"));
    assert!(css.contains("U+10A0-10FF"), "Georgian letters");
    assert!(
        css.contains("U+0100-02BA"),
        "Polish, Czech and Baltic letters"
    );
    assert!(css.contains("U+0400-045F"), "Cyrillic letters");
    assert!(css.contains("font-family:'Noto Sans Hebrew'") && css.contains("U+0590-05FF"));
    assert!(css.contains("font-family:'Noto Sans Arabic'") && css.contains("U+0600-06FF"));
    assert!(read(&out, "assets/fonts/OFL.txt").contains("SIL Open Font License"));
    // Nothing a print page loads comes from another host.
    for (path, bytes) in tree(&out.join("print")) {
        // The publications, not the site's index page.
        if path.ends_with(".html") && path.contains('/') {
            let page = String::from_utf8(bytes).unwrap();
            assert!(
                !page.contains("src=http") && !page.contains("src=\"http"),
                "{path}"
            );
            assert!(!page.contains("<link href=http"), "{path}");
        }
    }
    // Georgian prose is not justified: a rule of its own sets it back to
    // the start, after the rule that justifies.
    let css = read(&out, &asset(&out, "print/print.css"));
    let justify = css.find("text-align: justify").unwrap();
    let georgian = css
        .find(":lang(ka) p,")
        .expect("a rule for Georgian paragraphs");
    let rule = &css[georgian..georgian + css[georgian..].find('}').unwrap()];
    assert!(
        georgian > justify && rule.contains("text-align: start"),
        "{rule}"
    );
}

#[test]
fn the_index_lists_every_publication_and_the_footer_links_to_it() {
    let (_tmp, out) = example();
    let index = read(&out, "print/index.html");
    for (partner, langs) in FOLDERS {
        for lang in *langs {
            assert!(
                has(&index, &format!(r#"href="/print/{partner}/{lang}/""#)),
                "{partner}/{lang}"
            );
        }
    }
    assert!(has(&index, r#"href="/print/report-2024/en/""#));
    assert!(has(&index, r#"href="/print/poissy/fr/print-shop.html""#));
    // Without --pdf there are no PDFs to link to.
    assert!(!index.contains(".pdf"));
    assert!(has(&read(&out, "index.html"), r#"href="/print/""#));
    assert!(has(&read(&out, "en/index.html"), r#"href="/en/print/""#));
}

#[test]
fn a_folder_page_snapshot() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    build(&config(&fixture("czech-region"), &out), None).unwrap();
    insta::assert_snapshot!(
        "czech_region_folder",
        read(&out, "print/krakow/pl/index.html")
            .replace(SOFT_HYPHEN, "|")
            .replace('>', ">\n")
    );
    // Kraków has no location: its folder has no map, and no land is drawn.
    assert!(!out.join("print/krakow/map.svg").exists());
}

#[test]
fn a_cancelled_visit_is_no_achievement_and_the_report_says_it_was_cancelled() {
    let (tmp, site) = copy_fixture("czech-region");
    edit(&site.join("content/activities/2024.yaml"), |yaml| {
        format!(
            "{yaml}\n- title: {{cs: Zrušená návštěva}}\n  date: 2024-09\n  kind: visit\n  partners: [krakow]\n  status: cancelled\n"
        )
    });
    std::fs::create_dir_all(site.join("content/reports/2024")).unwrap();
    std::fs::write(
        site.join("content/reports/2024/cs.md"),
        "---\ntitle: Zpráva 2024\n---\nText.\n",
    )
    .unwrap();
    let out = tmp.path().join("out");
    build(&config(&site, &out), None).unwrap();
    let folder = read(&out, "print/krakow/cs/index.html");
    assert!(folder.contains("Festival v Krakově"));
    assert!(
        !folder.contains("Zrušená návštěva"),
        "a cancelled visit is shown as done"
    );
    let report = read(&out, "print/report-2024/cs/index.html");
    let at = report.find("Zrušená návštěva").unwrap();
    let entry = report[report[..at].rfind("<article").unwrap()..at].replace(SOFT_HYPHEN, "");
    assert!(entry.contains("<strong>Zrušeno</strong>"), "{entry}");
    // Done ones carry no mark.
    let at = report.find("Festival v Krakově").unwrap();
    let entry = &report[report[..at].rfind("<article").unwrap()..at];
    assert!(!entry.contains("<strong>"), "{entry}");
}

#[test]
fn a_folder_lists_the_plans_ahead_and_leaves_out_those_whose_date_has_passed() {
    let (tmp, site) = copy_fixture("czech-region");
    write(
        &site.join("content/activities/2025.yaml"),
        "- title: {cs: Prošlá plánovaná návštěva}\n  date: 2025-03\n  kind: visit\n  partners: [krakow]\n  status: planned\n",
    );
    write(
        &site.join("content/activities/2026.yaml"),
        "- title: {cs: Jarní výměna mládeže}\n  date: 2026-05\n  kind: exchange\n  partners: [krakow]\n",
    );
    let out = tmp.path().join("out");
    // Today is 2025-11-20.
    build(&config(&site, &out), None).unwrap();
    let folder = read(&out, "print/krakow/cs/index.html").replace(SOFT_HYPHEN, "");
    let plans = &folder[folder.find("data-panel=plans").unwrap()..];
    let plans = &plans[..plans.find("</section>").unwrap()];
    assert!(plans.contains("Jarní výměna mládeže"), "{plans}");
    assert!(
        !folder.contains("Prošlá plánovaná návštěva"),
        "a past plan is printed"
    );
}

#[test]
fn the_folder_of_an_ended_partnership_tells_its_years_and_promises_nothing() {
    let (tmp, site) = copy_fixture("czech-region");
    // Kraków's agreement of 2019 ended in 2023; its only activity stays.
    edit(&site.join("content/partners/krakow/partner.yaml"), |text| {
        format!("{text}  - date: 2023-06-01\n    event: termination\n")
    });
    std::fs::remove_file(site.join("content/activities/2024.yaml")).unwrap();
    let out = tmp.path().join("out");
    build(&config(&site, &out), None).unwrap();
    let folder = read(&out, "print/krakow/cs/index.html").replace(SOFT_HYPHEN, "");
    let panel = |name: &str| {
        let at = folder.find(&format!("data-panel={name}")).unwrap();
        let panel = &folder[at..];
        panel[..panel.find("</section>").unwrap()].to_string()
    };
    assert!(
        folder.contains("Partnerství v letech 2019–2023"),
        "{folder}"
    );
    assert!(!folder.contains("Partnerství od roku"), "{folder}");
    assert!(panel("achievements").contains("Žádné společné aktivity nejsou zaznamenány."));
    assert!(panel("plans").contains("Partnerství bylo ukončeno."));
    assert!(!folder.contains("budeme informovat") && !folder.contains("teprve čekají"));

    // The home page counts the partnerships that have not ended.
    let home = read(&out, "en/index.html");
    assert!(
        home.contains("works with one partner in one country"),
        "{home}"
    );
}

#[test]
fn a_theme_that_links_the_stylesheet_its_own_way_still_gets_the_print_shop_sheet() {
    let (tmp, site) = copy_fixture("czech-region");
    let built_in = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/templates/print/base.html"),
    )
    .unwrap();
    assert!(built_in.contains(r#"href="{{ print.css }}""#));
    let own = site.join("themes/default/templates/print/base.html");
    std::fs::create_dir_all(own.parent().unwrap()).unwrap();
    std::fs::write(
        &own,
        built_in.replace(r#"href="{{ print.css }}""#, "href='{{ print.css }}'"),
    )
    .unwrap();
    let out = tmp.path().join("public");
    build(&config(&site, &out), None).unwrap();
    let office = read(&out, "print/krakow/pl/index.html");
    let shop = read(&out, "print/krakow/pl/print-shop.html");
    assert!(office.contains("<link rel=stylesheet href=index.css>"));
    assert!(shop.contains("<link rel=stylesheet href=print-shop.css>"));
    assert_eq!(
        shop,
        office.replace("href=index.css>", "href=print-shop.css>")
    );
}
