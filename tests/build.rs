//! Integration tests: fixture sites built into temporary folders.

use std::path::Path;

mod common;

use common::*;
use twinpress::commands::build::build;

#[test]
fn the_example_site_builds_in_every_language() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    let summary = build(&config(Path::new(env!("CARGO_MANIFEST_DIR")), &out), None).unwrap();
    assert_eq!(summary.partners, 6);

    let home = read(&out, "index.html");
    assert!(has(&home, r#"<html lang="pl" dir="ltr">"#));
    assert!(has(&home, r#"hreflang="en""#));
    let en_home = read(&out, "en/index.html");
    assert!(has(&en_home, r#"<html lang="en" dir="ltr">"#));
    // Every report is in the section of the latest, which the menu links.
    let reports = read(&out, "en/reports/index.html");
    assert!(
        has(
            &reports,
            r#"<a href="/en/reports/2024/" aria-current="true">"#
        ),
        "{reports}"
    );
    let report = read(&out, "en/reports/2024/index.html");
    assert!(
        has(
            &report,
            r#"<a href="/en/reports/2024/" aria-current="page">"#
        ),
        "{report}"
    );

    // A partner's own language gets its page, with the switcher listing it.
    let ka = read(&out, "ka/partners/rustavi/index.html");
    assert!(has(&ka, r#"<html lang="ka" dir="ltr">"#));
    assert!(ka.contains("ქართული"));
    let pl_rustavi = read(&out, "partners/rustavi/index.html");
    assert!(has(&pl_rustavi, r#"hreflang="ka""#));
    // The Georgian own name inside the Polish page is marked.
    assert!(
        has(&pl_rustavi, r#"<span lang="ka">რუსთავი</span>"#),
        "{pl_rustavi}"
    );
    // Menu labels that fall back to Polish are marked as Polish.
    assert!(has(&ka, r#"<a href="/strategia/" lang="pl">"#), "{ka}");
    // The pages of other languages only exist where they are written.
    assert!(!out.join("ka/index.html").exists());

    // Dates in each language's own form.
    let activities = read(&out, "activities/index.html");
    assert!(activities.contains("9–15 czerwca 2024"));
    assert!(read(&out, "en/activities/index.html").contains("9–15 June 2024"));

    // The accessibility statement carries the prescribed ids, each once.
    for lang_prefix in ["", "en/"] {
        let a11y = read(&out, &format!("{lang_prefix}accessibility/index.html"));
        for id in [
            "a11y-wstep",
            "a11y-podmiot",
            "a11y-data-publikacja",
            "a11y-data-aktualizacja",
            "a11y-status",
            "a11y-kontakt",
            "a11y-email",
            "a11y-telefon",
            "a11y-procedura",
            "a11y-architektura",
            "a11y-komunikacja",
        ] {
            let n = a11y.matches(&format!("id={id} ")).count()
                + a11y.matches(&format!("id={id}>")).count();
            assert_eq!(n, 1, "{id}");
        }
        assert!(has(&a11y, r#"datetime=2025-01-15"#) || a11y.contains(r#"datetime="2025-01-15""#));
    }

    let sitemap = read(&out, "sitemap.xml");
    assert!(has(
        &sitemap,
        r#"hreflang="ka" href="https://partnerstwo.pruszkow.pl/ka/partners/rustavi/""#
    ));
    assert!(
        read(&out, "robots.txt").contains("Sitemap: https://partnerstwo.pruszkow.pl/sitemap.xml")
    );
    assert!(out.join("404.html").exists());

    // x-default is the default-language version, with its own slug.
    let contact = read(&out, "en/contact/index.html");
    assert!(
        has(
            &contact,
            r#"hreflang="x-default" href="https://partnerstwo.pruszkow.pl/kontakt/""#
        ),
        "{contact}"
    );
}

#[test]
fn a_site_whose_default_language_is_not_polish() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let summary = build(&config(&fixture("czech-region"), &out), None).unwrap();
    let home = read(&out, "index.html");
    assert!(has(&home, r#"<html lang="cs" dir="ltr">"#));
    assert!(home.contains("/kraj/en/"), "links carry the base path");
    let krakow = read(&out, "partners/krakow/index.html");
    assert!(krakow.contains("18. října 2019"), "{krakow}");
    assert!(krakow.contains("800\u{a0}000"));
    assert!(read(&out, "de/partners/krakow/index.html").contains("800.000"));
    // Kraków's own language, Polish, gets its page though the site is not in Polish.
    assert!(read(&out, "pl/partners/krakow/index.html").contains("Historyczne miasto nad Wisłą"));
    // The English page has no English text: the Czech one is shown, marked.
    let en = read(&out, "en/partners/krakow/index.html");
    assert!(has(&en, r#"lang="cs""#));
    assert!(en.contains("Krakov je"));
    // Győr's own language, Hungarian, gets its page, with Hungarian labels.
    let hu = read(&out, "hu/partners/gyor/index.html");
    assert!(has(&hu, r#"<html lang="hu" dir="ltr">"#));
    assert!(hu.contains("<h2 id=h-facts>Adatok</h2>"), "{hu}");
    assert!(
        !summary.warnings.iter().any(|w| w.message.contains("`hu`")),
        "{:?}",
        summary.warnings
    );
    assert!(read(&out, "en/activities/index.html").contains("22 participants"));
    // The menu marks the section a page is in, and its own page as the page.
    let section = |path: &str, menu: &str| {
        let page = read(&out, path);
        assert!(
            page.contains(&format!("href=/kraj/{menu} aria-current=true>")),
            "{path}: {page}"
        );
    };
    section("en/partners/krakow/index.html", "en/partners/");
    // A page in a language the site is not built in leads to the default's.
    section("pl/partners/krakow/index.html", "partners/");
    assert!(
        read(&out, "en/partners/index.html").contains("href=/kraj/en/partners/ aria-current=page>")
    );
}

#[test]
fn labels_in_another_language_than_the_page_are_marked_with_it() {
    // Győr's page is also made in Irish, which has no locale files,
    // and in Maltese, for which the site gives a few labels of its own:
    // the others fall back to English.
    let (_site, root) = copy_fixture("czech-region");
    edit(&root.join("content/partners/gyor/partner.yaml"), |yaml| {
        yaml.replace("languages: [hu]", "languages: [hu, ga, mt]")
    });
    write(
        &root.join("locales/mt/main.ftl"),
        "nav-activities = Attivitajiet\npartner-facts = Informazzjoni\n",
    );
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let summary = build(&config(&root, &out), None).unwrap();
    assert!(
        summary.warnings.iter().any(|w| w.message.contains("`ga`")),
        "{:?}",
        summary.warnings
    );
    let ga = read(&out, "ga/partners/gyor/index.html");
    let mt = read(&out, "mt/partners/gyor/index.html");
    // An English label is marked as English where it is the page's text…
    for label in ["Skip to content", "Home", "Facts", "Country", "Hungary"] {
        let marked = format!("<span lang=en>{label}</span>");
        assert!(ga.contains(&marked), "{label}: {ga}");
        assert_eq!(mt.contains(&marked), label != "Facts", "{label}: {mt}");
    }
    // …the site's own Maltese ones are the page's…
    assert!(mt.contains("><h2 id=h-facts>Informazzjoni</h2>"), "{mt}");
    assert!(mt.contains(">Attivitajiet</a>"), "{mt}");
    // …and an English label where no element can say its language, in
    // an attribute or the title, is as it is.
    assert!(ga.contains(r#"aria-label="Main menu""#), "{ga}");
    assert!(!ga.contains("<title><span"), "{ga}");
    // The pages in languages with locale files have nothing to mark.
    for path in ["partners/gyor/index.html", "hu/partners/gyor/index.html"] {
        let page = read(&out, path);
        assert!(!page.contains("<span lang=en>"), "{path}: {page}");
    }
    // A folder in Irish marks its English labels too, so that print
    // hyphenates them as English.
    let folder = read(&out, "print/gyor/ga/index.html");
    assert!(
        folder.contains("<h2 id=h-contact><span lang=en>Contact</span></h2>"),
        "{folder}"
    );
    // No file keeps the marks the labels carried through rendering.
    let marks = ['\u{10FFFB}', '\u{10FFFC}', '\u{10FFFD}'].map(|c| c.to_string().into_bytes());
    for (path, bytes) in tree(&out) {
        for mark in &marks {
            assert!(
                !bytes.windows(4).any(|w| w == mark.as_slice()),
                "{path} keeps a mark"
            );
        }
    }
}

#[test]
fn a_site_in_a_language_written_from_right_to_left() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let summary = build(&config(&fixture("arabic-town"), &out), None).unwrap();
    let warnings: Vec<&str> = summary
        .warnings
        .iter()
        .map(|w| w.message.as_str())
        .collect();
    assert!(
        warnings.contains(
            &"1 text has no `fr` version and falls back to `ar`: content/partners/ronda/fr.md"
        ),
        "{warnings:#?}"
    );
    // Pages in Arabic are laid out from right to left, the others from
    // left to right, on the web and in print.
    for (path, lang, dir) in [
        ("index.html", "ar", "rtl"),
        ("partners/ronda/index.html", "ar", "rtl"),
        ("print/vence/ar/index.html", "ar", "rtl"),
        ("fr/index.html", "fr", "ltr"),
        ("es/partners/ronda/index.html", "es", "ltr"),
        ("print/vence/fr/index.html", "fr", "ltr"),
    ] {
        let html = read(&out, path);
        assert!(
            has(&html, &format!(r#"<html lang="{lang}" dir="{dir}">"#)),
            "{path}"
        );
    }
    // An element in a language of the other direction says so.
    let ar = read(&out, "partners/ronda/index.html");
    assert!(has(&ar, r#"hreflang="fr" lang="fr" dir="ltr""#), "{ar}");
    let fr = read(&out, "fr/index.html");
    assert!(has(&fr, r#"hreflang="ar" lang="ar" dir="rtl""#), "{fr}");
    let en = read(&out, "en/partners/vence/index.html");
    assert!(
        has(&en, r#"<span lang="ar" dir="rtl">شفشاون</span>"#),
        "{en}"
    );
    assert!(
        has(&en, r#"<div lang="ar" dir="rtl">"#),
        "the text fell back to Arabic: {en}"
    );
    // The interface is in Arabic, counted as Arabic counts (a dual for
    // two), and nothing on the page is set apart as English.
    assert!(has(&ar, r#"aria-label="القائمة الرئيسية""#), "{ar}");
    assert!(ar.contains(">الشركاء<"), "{ar}");
    assert!(
        read(&out, "index.html").contains("لدى شفشاون شريكان في دولتين."),
        "{}",
        read(&out, "index.html")
    );
    assert!(!ar.contains(r#"<span lang="en""#), "{ar}");
    assert!(!ar.contains('\u{2066}') && !fr.contains('\u{2066}') && !en.contains('\u{2066}'));
    // A report's running title is at the top of the side its lines begin on.
    assert!(read(&out, "print/report-2024/ar/index.css").contains("@top-right { content:"));
    assert!(read(&out, "print/report-2024/fr/index.css").contains("@top-left { content:"));
    // Maps are drawn left to right whatever the page's direction.
    assert!(has(&read(&out, "index.html"), r#"<svg class="map""#));
    assert!(has(&read(&out, "index.html"), r#"direction="ltr""#));
    insta::assert_snapshot!(
        "arabic_town_partner_page",
        read(&out, "partners/vence/index.html").replace('>', ">\n")
    );
}

#[test]
fn a_language_in_two_scripts_has_its_labels_in_each() {
    let (tmp, site) = copy_fixture("czech-region");
    edit(&site.join("content/site.yaml"), |yaml| {
        yaml.replace(
            "languages: [cs, en, de]",
            "languages: [cs, en, de, sr, sr-Latn, tr]",
        )
    });
    let out = tmp.path().join("out");
    build(&config(&site, &out), None).unwrap();
    for (path, words) in [
        ("sr/index.html", "сарађује са 2 партнера из 2 земље."),
        ("sr-Latn/index.html", "sarađuje sa 2 partnera iz 2 zemlje."),
        ("tr/index.html", "2 ülkedeki 2 ortakla iş birliği yapıyor."),
    ] {
        let html = read(&out, path);
        assert!(html.contains(words), "{path}: {html}");
        assert!(!html.contains(r#"<span lang="en""#), "{path}: {html}");
        // Each is named in its own script in every language's switcher.
        assert!(
            has(&html, r#"lang="sr">Српски</a>"#) || html.contains(">Српски</span>"),
            "{path}"
        );
        assert!(
            has(&html, r#"lang="sr-Latn">Srpski</a>"#) || html.contains(">Srpski</span>"),
            "{path}"
        );
    }
    assert!(read(&out, "sr/partners/index.html").contains(">Партнери<"));
    assert!(read(&out, "sr-Latn/partners/index.html").contains(">Partneri<"));
}

#[test]
fn chinese_in_taiwan_and_in_the_mainland_each_has_its_own_characters() {
    // `zh-TW` finds the traditional characters of `zh-Hant`, `zh-CN` the
    // simplified ones of `zh`; the switcher names each in its own.
    let (tmp, site) = copy_fixture("japanese-city");
    edit(&site.join("content/site.yaml"), |yaml| {
        yaml.replace("languages: [ja, en]", "languages: [ja, en, zh-TW, zh-CN]")
    });
    let out = tmp.path().join("out");
    build(&config(&site, &out), None).unwrap();
    let tw = read(&out, "zh-TW/index.html");
    let cn = read(&out, "zh-CN/index.html");
    assert!(has(&tw, r#"<a href="/zh-TW/partners/">姊妹市</a>"#), "{tw}");
    assert!(
        has(&cn, r#"<a href="/zh-CN/partners/">友好城市</a>"#),
        "{cn}"
    );
    for html in [&tw, &cn, &read(&out, "index.html")] {
        assert!(html.contains(">繁體中文<"), "{html}");
        assert!(html.contains(">简体中文<"), "{html}");
    }
    // Every label in the page's own language: only names are English.
    for html in [&tw, &cn] {
        let english = html.matches("<span lang=en>").count();
        let names = html.matches("<span lang=en>Springfield").count();
        assert_eq!(english, names, "{html}");
    }
}

#[test]
fn english_labels_on_a_page_written_from_right_to_left_are_set_apart() {
    // Persian has no interface strings: its pages have the English ones,
    // set apart so that their punctuation stays at their end (in the
    // text by their span's direction, in an attribute by isolates); a
    // language's name in itself is not English.
    let (tmp, site) = copy_fixture("arabic-town");
    edit(&site.join("content/site.yaml"), |yaml| {
        yaml.replace("languages: [ar, fr, en]", "languages: [ar, fr, en, fa]")
    });
    let out = tmp.path().join("out");
    build(&config(&site, &out), None).unwrap();
    let fa = read(&out, "fa/partners/ronda/index.html");
    assert!(has(&fa, r#"<html lang="fa" dir="rtl">"#), "{fa}");
    assert!(
        has(&fa, r#"<span lang="en" dir="ltr">Partners</span>"#),
        "{fa}"
    );
    assert!(
        fa.contains("aria-label=\"\u{2066}Main menu\u{2069}\""),
        "{fa}"
    );
    assert!(!fa.contains(">\u{2066}"), "{fa}");
    assert!(fa.contains(">العربية<"), "{fa}");
    // Arabic, written the same way, has its own words, unmarked.
    let ar = read(&out, "partners/ronda/index.html");
    assert!(
        !ar.contains('\u{2066}') && !ar.contains(r#"<span lang="en""#),
        "{ar}"
    );
}

#[test]
fn a_site_with_no_partners() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let summary = build(&config(&fixture("no-partners"), &out), None).unwrap();
    assert_eq!(summary.partners, 0);
    assert!(read(&out, "partners/index.html").contains("There are no partners yet."));
}

#[test]
fn the_gdpr_and_the_directive_are_named_only_where_they_are_law() {
    // A Japanese city: neither the GDPR nor the EU's Directive binds it.
    let (tmp, site) = copy_fixture("japanese-city");
    let out = tmp.path().join("out");
    build(&config(&site, &out), None).unwrap();
    let privacy = read(&out, "en/privacy/index.html");
    assert!(
        privacy.contains("This page explains what happens to personal data"),
        "{privacy}"
    );
    assert!(
        privacy.contains("You may ask to see the personal data"),
        "{privacy}"
    );
    assert!(!privacy.contains("GDPR"), "{privacy}");
    // Japan's standard, in English and in Japanese.
    let statement = read(&out, "en/accessibility/index.html");
    assert!(
        statement.contains("the Japanese Industrial Standard JIS X 8341-3:2016"),
        "{statement}"
    );
    assert!(
        statement.contains("fully compliant with JIS X 8341-3:2016 at conformance level AA"),
        "{statement}"
    );
    assert!(read(&out, "accessibility/index.html").contains("JIS X 8341-3:2016"));

    // Elsewhere, WCAG, and a request without a legal right.
    edit(&site.join("content/site.yaml"), |yaml| {
        yaml.replace("country: JP", "country: US")
    });
    build(&config(&site, &out), None).unwrap();
    let statement = read(&out, "en/accessibility/index.html");
    assert!(
        statement.contains("the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA"),
        "{statement}"
    );
    assert!(statement.contains("You may ask us to make"), "{statement}");
    for eu in ["2016/2102", "Everyone has the right", "national body"] {
        assert!(!statement.contains(eu), "{eu}: {statement}");
    }
    assert!(!read(&out, "en/privacy/index.html").contains("GDPR"));

    // In the United Kingdom: the UK GDPR and its own regulations.
    edit(&site.join("content/site.yaml"), |yaml| {
        yaml.replace("country: US", "country: GB")
    });
    build(&config(&site, &out), None).unwrap();
    let privacy = read(&out, "en/privacy/index.html");
    assert!(
        privacy.contains("as the UK General Data Protection Regulation (UK GDPR) requires"),
        "{privacy}"
    );
    assert!(privacy.contains("(f) UK GDPR)"), "{privacy}");
    assert!(privacy.contains("to restrict its processing"), "{privacy}");
    let statement = read(&out, "en/accessibility/index.html");
    assert!(
        statement.contains("Accessibility Regulations 2018"),
        "{statement}"
    );
    assert!(
        statement.contains("Equality Advisory and Support Service"),
        "{statement}"
    );
    assert!(!statement.contains("2016/2102"), "{statement}");

    // In Norway, in the European Economic Area: the GDPR, and the
    // Directive as its law carries it.
    edit(&site.join("content/site.yaml"), |yaml| {
        yaml.replace("country: GB", "country: NO")
    });
    build(&config(&site, &out), None).unwrap();
    let privacy = read(&out, "en/privacy/index.html");
    assert!(
        privacy.contains("as the General Data Protection Regulation (GDPR) requires"),
        "{privacy}"
    );
    assert!(privacy.contains("(f) GDPR)"), "{privacy}");
    let statement = read(&out, "en/accessibility/index.html");
    assert!(
        statement.contains("the national law implementing Directive (EU) 2016/2102"),
        "{statement}"
    );
}

#[test]
fn the_accessibility_statement_follows_the_home_country_and_the_details_given() {
    // A Czech region: the Directive's common ground, not Poland's deadlines,
    // ombudsman or promise of a sign-language interpreter.
    let (tmp, site) = copy_fixture("czech-region");
    let out = tmp.path().join("out");
    build(&config(&site, &out), None).unwrap();
    let cs = read(&out, "accessibility/index.html");
    assert!(cs.contains("bez zbytečného odkladu"), "{cs}");
    for polish in ["7 dnů", "2 měsíců", "tlumočník", "Rzecznik"] {
        assert!(!cs.contains(polish), "{polish}: {cs}");
    }
    let en = read(&out, "en/accessibility/index.html");
    assert!(en.contains("contact us in writing, by e-mail."), "{en}");
    assert!(
        !en.contains("7 days") && !en.contains("interpreter"),
        "{en}"
    );
    // No architecture given: no heading without a text under it.
    assert!(!en.contains("a11y-architektura"), "{en}");
    // The Czech act is named in Czech and in English; German has no
    // words of its own for it, and names the Directive.
    assert!(
        cs.contains("v souladu se zákonem č. 99/2019 Sb., o přístupnosti"),
        "{cs}"
    );
    assert!(
        cs.contains("plně v souladu se zákonem č. 99/2019 Sb."),
        "{cs}"
    );
    assert!(
        en.contains("the Czech Act No. 99/2019 Coll. on the"),
        "{en}"
    );
    // The status names the act as each language words it (the law's
    // message, which every status refers to, asks the same country).
    assert!(
        en.contains("This website is fully compliant with Act No. 99/2019 Coll."),
        "{en}"
    );
    let de = read(&out, "de/accessibility/index.html");
    assert!(de.contains("Richtlinie (EU) 2016/2102"), "{de}");
    assert!(de.contains("Anforderungen an die Barrierefreiheit"), "{de}");

    // A procedure of the site's own replaces the common one.
    edit(&site.join("content/site.yaml"), |yaml| {
        yaml.replace(
            "accessibility:\n",
            "accessibility:\n  procedure: {cs: \"Stížnosti vyřizuje [Ministerstvo vnitra](https://www.mvcr.cz/).\"}\n",
        )
    });
    build(&config(&site, &out), None).unwrap();
    let cs = read(&out, "accessibility/index.html");
    assert!(
        has(&cs, r#"Stížnosti vyřizuje <a href="https://www.mvcr.cz/">"#),
        "{cs}"
    );
    assert!(!cs.contains("bez zbytečného odkladu"), "{cs}");
    // In English it falls back to the Czech text, marked as Czech.
    let en = read(&out, "en/accessibility/index.html");
    assert!(has(&en, r#"<div lang="cs"><p>Stížnosti vyřizuje"#), "{en}");

    // The Polish example keeps the text of the Polish act.
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    build(&config(Path::new(env!("CARGO_MANIFEST_DIR")), &out), None).unwrap();
    let pl = read(&out, "accessibility/index.html");
    for polish in ["7 dni", "2 miesiące", "Rzecznika Praw Obywatelskich"] {
        assert!(pl.contains(polish), "{polish}: {pl}");
    }
}

#[test]
fn a_site_without_accessibility_details_is_warned_and_shows_no_empty_parts() {
    let (tmp, site) = copy_fixture("no-partners");
    edit(&site.join("content/site.yaml"), |yaml| {
        format!(
            "{yaml}contact: {{organisation: Exampleton Council, email: twinning@example.org}}\n"
        )
    });
    let out = tmp.path().join("out");
    let summary = build(&config(&site, &out), None).unwrap();
    assert!(
        summary.warnings.iter().any(|w| w
            .message
            .starts_with("content/site.yaml: there are no `accessibility:` details")),
        "{:?}",
        summary.warnings
    );
    let page = read(&out, "accessibility/index.html");
    assert!(page.contains("The site has not published its accessibility details yet."));
    // No dates, status, person or building that were never given.
    for id in [
        "a11y-data-publikacja",
        "a11y-status",
        "a11y-osoba",
        "a11y-architektura",
    ] {
        assert!(!page.contains(id), "{id}: {page}");
    }
    // The site's own address is the contact.
    assert!(page.contains("If you have problems using the website, please contact us."));
    assert!(
        has(
            &page,
            r#"<a id="a11y-email" href="mailto:twinning@example.org">"#
        ),
        "{page}"
    );

    // A person to contact without an e-mail of their own is reached at
    // the site's.
    edit(&site.join("content/site.yaml"), |yaml| {
        format!(
            "{yaml}accessibility: {{published: 2025-01-15, status: full, contact: {{name: Ann Example}}}}\n"
        )
    });
    build(&config(&site, &out), None).unwrap();
    let page = read(&out, "accessibility/index.html");
    assert!(page.contains("Ann Example"), "{page}");
    assert!(
        has(
            &page,
            r#"<a id="a11y-email" href="mailto:twinning@example.org">"#
        ),
        "{page}"
    );
}

#[test]
fn a_text_in_a_language_no_page_is_made_in_is_warned_of() {
    let (tmp, site) = copy_fixture("czech-region");
    let content = site.join("content");
    // Győr speaks Hungarian, Kraków Polish; the site is in cs, en, de.
    write(&content.join("partners/krakow/sk.md"), "Krakov je mesto.\n");
    write(&content.join("partners/gyor/hu.md"), "Győr város.\n");
    write(
        &content.join("pages/o-nas/cs.md"),
        "---\ntitle: O nás\n---\nText.\n",
    );
    write(
        &content.join("pages/o-nas/sl.md"),
        "---\ntitle: O nas\n---\nBesedilo.\n",
    );
    let out = tmp.path().join("out");
    let summary = build(&config(&site, &out), None).unwrap();
    let warned = |file: &str| {
        summary
            .warnings
            .iter()
            .find(|w| w.message.starts_with(&format!("{file}: ")))
            .map(|w| w.message.clone())
    };
    assert_eq!(
        warned("content/partners/krakow/sk.md").as_deref(),
        Some(
            "content/partners/krakow/sk.md: this text is in `sk`, which neither the site's languages (`cs`, `en`, `de`) \
             nor the partner's (`pl`) include, so it is published nowhere\n  \
             help: add `sk` to `languages` in partner.yaml to make the partner's page and folder in `sk`"
        )
    );
    assert_eq!(
        warned("content/pages/o-nas/sl.md").as_deref(),
        Some(
            "content/pages/o-nas/sl.md: this text is in `sl`, which the site's languages (`cs`, `en`, `de`) \
             do not include, so it is published nowhere\n  \
             help: add `sl` to `languages` in content/site.yaml to publish it"
        )
    );
    // A text in the partner's own language is published, and not warned of.
    assert_eq!(warned("content/partners/gyor/hu.md"), None);
    assert!(read(&out, "hu/partners/gyor/index.html").contains("Győr város."));
    assert!(!out.join("sk").exists() && !out.join("sl").exists());
}

#[test]
fn partners_that_are_not_towns_are_not_called_towns() {
    // The example's partners are all towns, and are called so.
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    build(&config(Path::new(env!("CARGO_MANIFEST_DIR")), &out), None).unwrap();
    assert!(read(&out, "partners/index.html").contains("<h1>Miasta partnerskie</h1>"));
    let folder = read(&out, "print/rustavi/pl/index.html").replace('\u{ad}', "");
    assert!(folder.contains(">Miasta partnerskie<"), "{folder}");
    assert!(folder.contains(">Dwa miasta w liczbach<"), "{folder}");

    // A region whose partners are a city and a school.
    let (tmp, site) = copy_fixture("czech-region");
    edit(&site.join("content/partners/gyor/partner.yaml"), |yaml| {
        assert!(yaml.contains("kind: city"));
        yaml.replace("kind: city", "kind: school")
    });
    let out = tmp.path().join("out");
    build(&config(&site, &out), None).unwrap();
    assert!(read(&out, "partners/index.html").contains("<h1>Partneři</h1>"));
    assert!(read(&out, "en/partners/index.html").contains("<h1>Partners</h1>"));
    assert!(read(&out, "en/search/index.html").contains("Find a partner by any of its names"));
    assert!(read(&out, "en/privacy/index.html").contains("the websites of partners, programmes"));
    // A folder of a region and a city is not one of two towns.
    let folder = read(&out, "print/krakow/pl/index.html").replace('\u{ad}', "");
    assert!(folder.contains(">Współpraca partnerska<"), "{folder}");
    assert!(folder.contains(">W liczbach<"), "{folder}");
    assert!(!folder.contains("Miasta partnerskie") && !folder.contains("Dwa miasta"));
}

#[test]
fn rendered_pages_snapshot() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    build(&config(&fixture("czech-region"), &out), None).unwrap();
    insta::assert_snapshot!(
        "czech_region_partner_page",
        read(&out, "en/partners/krakow/index.html").replace('>', ">\n")
    );
    insta::assert_snapshot!("czech_region_sitemap", read(&out, "sitemap.xml"));
}

#[test]
fn relative_links_in_texts_lead_where_meant_on_every_page_and_in_print() {
    let (tmp, site) = copy_fixture("czech-region");
    let folder = site.join("content/partners/krakow");
    std::fs::write(folder.join("plan.pdf"), "%PDF-1.4\n").unwrap();
    std::fs::write(
        folder.join("cs.md"),
        "---\nsummary: S.\n---\nViz [Győr](../gyor/) a [plán](plan.pdf).\n",
    )
    .unwrap();
    let out = tmp.path().join("out");
    build(&config(&site, &out), None).unwrap();
    // On its own page, in the default language.
    let cs = read(&out, "partners/krakow/index.html");
    assert!(has(&cs, r#"<a href="/kraj/partners/gyor/">"#), "{cs}");
    assert!(has(&cs, r#"<a href="/kraj/partners/krakow/plan.pdf">"#));
    // Shown on the English page: the English partner, the one document.
    let en = read(&out, "en/partners/krakow/index.html");
    assert!(has(&en, r#"<a href="/kraj/en/partners/gyor/">"#), "{en}");
    assert!(has(&en, r#"<a href="/kraj/partners/krakow/plan.pdf">"#));
    // The documents beside the text are listed with their type and size.
    assert!(
        has(
            &cs,
            r#"<a href="/kraj/partners/krakow/plan.pdf">plan (PDF, 1 kB)</a>"#
        ),
        "{cs}"
    );
    assert!(has(
        &en,
        r#"<a href="/kraj/partners/krakow/plan.pdf">plan (PDF, 1 kB)</a>"#
    ));
    // In print, read as a PDF: absolute addresses.
    let print = read(&out, "print/krakow/cs/index.html");
    assert!(
        has(
            &print,
            r#"<a href="https://partnerstvi.example.cz/kraj/partners/gyor/">"#
        ),
        "{print}"
    );
}

/// Two texts whose names differ only in case are one language twice: the
/// build names both instead of keeping one of them unsaid.
#[test]
fn two_texts_in_one_language_are_refused() {
    let (tmp, site) = copy_fixture("czech-region");
    let folder = site.join("content/partners/krakow");
    std::fs::write(folder.join("PL.md"), "Druga wersja.\n").unwrap();
    // A system that does not tell case apart holds one of them only.
    if std::fs::read_to_string(folder.join("pl.md")).unwrap() == "Druga wersja.\n" {
        return;
    }
    let out = tmp.path().join("out");
    let Err(twinpress::error::Error::Invalid(problems)) = build(&config(&site, &out), None) else {
        panic!("the build took both texts");
    };
    assert_eq!(problems.len(), 1, "{problems:?}");
    let help = problems[0].help.as_deref().unwrap_or_default();
    assert!(
        help.contains("`PL.md` and `pl.md` name the same one"),
        "{help}"
    );
    let problem = problems[0].to_string();
    assert!(
        problem.starts_with("content/partners/krakow/pl.md:1:1: a second text in `pl`: content/partners/krakow/PL.md is one already"),
        "{problem}"
    );
    assert!(!out.exists());
}

/// A partner folder's own folders are published beside its page, under
/// the files' names: two files of one name there are named, both.
#[test]
fn two_documents_of_one_name_in_a_folders_folders_are_refused() {
    let (tmp, site) = copy_fixture("czech-region");
    let folder = site.join("content/partners/gyor");
    for (sub, text) in [("2019", "%PDF-1.4 a"), ("2024", "%PDF-1.4 b")] {
        std::fs::create_dir_all(folder.join(sub)).unwrap();
        std::fs::write(folder.join(sub).join("dohoda.pdf"), text).unwrap();
    }
    let out = tmp.path().join("out");
    let Err(twinpress::error::Error::Invalid(problems)) = build(&config(&site, &out), None) else {
        panic!("both were published");
    };
    let problem = problems[0].to_string();
    assert!(
        problem.starts_with("content/partners/gyor/2024/dohoda.pdf: this file and content/partners/gyor/2019/dohoda.pdf would both be published as `dohoda.pdf`"),
        "{problem}"
    );
    assert_eq!(problems.len(), 1, "{problems:?}");
}

/// Files and folders whose names begin with a dot, and the others that
/// systems, file managers and editors leave beside people's files, are
/// not part of the site: not read, not warned of, not published.
#[test]
fn hidden_files_and_folders_are_left_out() {
    let (tmp, site) = copy_fixture("czech-region");
    let out = tmp.path().join("out");
    let before = build(&config(&site, &out), None).unwrap();
    let files = tree(&out);
    for (path, text) in [
        // A folder in partners/ would otherwise be a partner without its
        // partner.yaml, and a text in it a file of no known place.
        (
            "content/partners/.trash/cs.md",
            "---\ntitle: [broken\n---\n",
        ),
        ("content/.obsidian/workspace.json", "{}"),
        ("content/.obsidian/notes.md", "---\ntitle: [broken\n---\n"),
        ("content/partners/gyor/.DS_Store", "\0\0"),
        // Windows' thumbnails were listed among the partner's documents.
        ("content/partners/gyor/Thumbs.db", "\0\0"),
        ("content/partners/gyor/desktop.ini", "[.ShellClassInfo]"),
        ("content/partners/gyor/~$dohoda.docx", "\0\0"),
        ("content/partners/gyor/cs.md~", "---\ntitle: [broken\n---\n"),
        ("themes/default/static/.DS_Store", "\0\0"),
        ("themes/default/templates/.base.html.swp", "{% broken"),
        ("locales/.git/cs/main.ftl", "broken = {"),
    ] {
        let path = site.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    let after = build(&config(&site, &out), None).unwrap();
    assert_eq!(
        after.warnings.len(),
        before.warnings.len(),
        "{:?}",
        after.warnings
    );
    assert_eq!(after.partners, before.partners);
    assert_eq!(tree(&out), files);
}

#[test]
fn theme_files_carry_their_fingerprint_and_netlify_caches_them_forever() {
    let (tmp, site) = copy_fixture("czech-region");
    let out = tmp.path().join("out");
    build(&config(&site, &out), None).unwrap();
    let style = asset(&out, "style.css");
    assert!(
        !out.join("style.css").exists(),
        "the unfingerprinted name is published"
    );
    let home = read(&out, "index.html");
    assert!(
        has(
            &home,
            &format!(r#"<link rel="stylesheet" href="/kraj/{style}">"#)
        ),
        "{home}"
    );
    // Another stylesheet, another name.
    let theme = site.join("themes/default/static");
    std::fs::create_dir_all(&theme).unwrap();
    let builtin = std::fs::read(out.join(&style)).unwrap();
    std::fs::write(
        theme.join("style.css"),
        [&builtin[..], b"\nh1{color:red}"].concat(),
    )
    .unwrap();
    build(&config(&site, &out), None).unwrap();
    assert_ne!(asset(&out, "style.css"), style);

    let netlify =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("netlify.toml"))
            .unwrap();
    let rule = netlify
        .split("for = \"/assets/*\"")
        .nth(1)
        .expect("a rule for /assets/*");
    assert!(rule.contains("max-age=31536000, immutable"), "{netlify}");
}

#[test]
fn the_map_shows_every_partner_with_a_title_and_the_same_as_a_list() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    build(&config(Path::new(env!("CARGO_MANIFEST_DIR")), &out), None).unwrap();
    for page in [
        "index.html",
        "en/partners/index.html",
        "partners/index.html",
    ] {
        let html = read(&out, page);
        let start = html
            .match_indices("<svg")
            .map(|(i, _)| i)
            .find(|&i| html[i..].split('>').next().unwrap().contains("class=map"))
            .unwrap_or_else(|| panic!("no map on {page}"));
        let svg = &html[start..start + html[start..].find("</svg>").unwrap()];
        assert!(svg.contains("role=img"), "{page}");
        assert!(svg.contains("<desc"), "{page}");
        assert_eq!(
            svg.matches("<line").count(),
            6,
            "{page}: a line to each partner"
        );
        // No request leaves the site: the map is drawn, not loaded.
        assert!(!svg.contains("href"), "{page}");
        let list = &html[html
            .find("class=map-list")
            .unwrap_or_else(|| panic!("no list on {page}"))..];
        let list = &list[..list.find("</ul>").unwrap()];
        for name in ["Poissy", "Södertälje", "Xanten", "Rocca di Papa"] {
            assert!(svg.contains(&format!(">{name}</title>")), "{page}: {name}");
            assert!(list.contains(name), "{page}: {name} not listed");
        }
    }
    // Names in the page's language, with their distance.
    let pl = read(&out, "partners/index.html");
    assert!(pl.contains("<title>Rustawi</title>"), "the Polish name");
    let en = read(&out, "en/partners/index.html");
    assert!(en.contains("2,169 km"), "the distance in English form");
}

/// Puts the home region of the czech-region fixture on the map.
fn locate_home(site: &Path) {
    edit(&site.join("content/site.yaml"), |yaml| {
        yaml.replace(
            "  population: 650000",
            "  population: 650000\n  location: {lat: 48.97, lon: 14.47}",
        )
    });
}

#[test]
fn a_home_page_of_many_partners_shows_those_heard_of_most_lately() {
    let (tmp, site) = copy_fixture("czech-region");
    // Sixteen partners: the fixture's two and fourteen agreed on one day.
    grow(&site, 14);
    let partner = |slug: &str| site.join(format!("content/partners/{slug}/partner.yaml"));
    edit(&partner("town-7"), |yaml| {
        format!("{yaml}  - date: 2026-01\n    event: renewal\n")
    });
    std::fs::write(
        partner("town-5"),
        "name: Town 5\nkind: city\ncountry: PL\nlanguages: [pl]\n",
    )
    .unwrap();
    // Every partner and the home town on the map.
    locate_home(&site);
    for entry in std::fs::read_dir(site.join("content/partners")).unwrap() {
        edit(&entry.unwrap().path().join("partner.yaml"), |text| {
            format!("{text}\nlocation: {{lat: 50.06, lon: 19.94}}\n")
        });
    }
    let out = tmp.path().join("public");
    build(&config(&site, &out), None).unwrap();
    let cards = |page: &str| {
        let html = read(&out, page);
        html.split("partner-card")
            .skip(1)
            .map(|card| {
                let link = &card[card.find("/partners/").unwrap() + 10..];
                link[..link.find('/').unwrap()].to_string()
            })
            .collect::<Vec<_>>()
    };
    let home = cards("index.html");
    // The latest renewal, the latest activity (Kraków, 2024), the letter
    // of intent (Győr, 2023), then the agreements of 2019 in the site's
    // order, as many as make twelve; town 5, with no date at all, last.
    assert_eq!(
        home,
        [
            "gyor", "krakow", "town-1", "town-10", "town-11", "town-12", "town-13", "town-14",
            "town-2", "town-3", "town-4", "town-7",
        ],
        "in the site's order"
    );
    assert!(
        read(&out, "index.html").contains("href=/kraj/partners/>Všichni partneři (16)</a>"),
        "the link to all, with how many: {}",
        read(&out, "index.html")
    );
    assert_eq!(
        cards("partners/index.html").len(),
        16,
        "the list has them all"
    );
    // The home page's map and its schema.org data show the same twelve,
    // the partners' list all sixteen.
    let listed = |page: &str| {
        let html = read(&out, page);
        let list = &html[html.find("class=map-list").unwrap()..];
        let list = &list[..list.find("</ul>").unwrap()];
        list.matches("<li>").count()
    };
    let on_map = |page: &str| read(&out, page).matches("<circle").count();
    let described = |page: &str| {
        let html = read(&out, page);
        let graph = &html[html.find("application/ld+json").unwrap()..];
        graph[..graph.find("</script>").unwrap()]
            .matches("/partners/")
            .count()
    };
    assert_eq!(listed("index.html"), 12, "the home page's map list");
    assert_eq!(listed("partners/index.html"), 16, "the list's map");
    assert_eq!(on_map("index.html"), 1 + 12, "the home page's map");
    assert_eq!(on_map("partners/index.html"), 1 + 16, "the list's map");
    assert_eq!(
        described("index.html"),
        12,
        "the home page's schema.org data"
    );
    assert_eq!(
        described("partners/index.html"),
        16,
        "the list's schema.org data"
    );
}

#[test]
fn a_record_of_many_activities_has_a_page_for_each_year() {
    let (tmp, site) = copy_fixture("czech-region");
    // 101 activities: the fixture's of 2024, forty of 2022 (one of them
    // cancelled), sixty of 2023, one planned for 2030.
    let mut years = [String::new(), String::new()];
    for i in 0..100 {
        let (year, status) = match i {
            0 => (2022, "\n  status: cancelled"),
            1..40 => (2022, ""),
            _ => (2023, ""),
        };
        years[year as usize - 2022].push_str(&format!(
            "- title: {{cs: Setkání {i}, en: Meeting {i}}}\n  date: {year}-05-{:02}\n  kind: visit\n  partners: [krakow]{status}\n",
            i % 28 + 1
        ));
    }
    let dir = site.join("content/activities");
    std::fs::write(dir.join("2022.yaml"), &years[0]).unwrap();
    std::fs::write(dir.join("2023.yaml"), &years[1]).unwrap();
    std::fs::write(
        dir.join("2030.yaml"),
        "- title: {cs: Budoucí setkání, en: Future meeting}\n  date: 2030-05\n  kind: visit\n  partners: [krakow]\n  status: planned\n",
    )
    .unwrap();
    let out = tmp.path().join("public");
    build(&config(&site, &out), None).unwrap();
    let articles = |page: &str| {
        read(&out, page)
            .matches("<article class=\"activity")
            .count()
    };

    // The record lists its years, newest first, each with its count.
    let index = read(&out, "en/activities/index.html");
    assert_eq!(articles("en/activities/index.html"), 0, "{index}");
    let links: Vec<&str> = index
        .match_indices("href=/kraj/en/activities/")
        .map(|(at, _)| &index[at + 25..at + 30])
        .filter(|year| year.starts_with("20"))
        .collect();
    assert_eq!(links, ["2024/", "2023/", "2022/"], "{index}");
    for count in ["One activity", "60 activities", "40 activities"] {
        assert!(index.contains(count), "{count}: {index}");
    }
    assert!(
        !index.contains("application/ld+json"),
        "no events on the list of years"
    );

    // Each year has its page, in every language, with its own activities.
    assert_eq!(articles("activities/2022/index.html"), 40);
    assert_eq!(articles("en/activities/2023/index.html"), 60);
    assert_eq!(articles("de/activities/2024/index.html"), 1);
    let year = read(&out, "en/activities/2023/index.html");
    assert!(year.contains("<title>Activities in 2023"), "{year}");
    assert!(
        year.contains("href=/kraj/en/activities/2023/ aria-current=page>2023</a>"),
        "the year shown is marked: {year}"
    );
    assert!(
        year.contains("href=/kraj/en/activities/ aria-current=true>Activities</a>"),
        "the menu marks the record as the section: {year}"
    );
    assert!(
        year.contains("<h1>Activities</h1>") && year.contains(">2023</h2>"),
        "the year is named once, heading its section: {year}"
    );
    assert!(
        year.contains("\"url\":\"https://partnerstvi.example.cz/kraj/en/activities/2023/#"),
        "its events link to it: {year}"
    );
    assert!(
        !year.contains("Future meeting"),
        "the planned one is on the schedule"
    );
    assert!(
        year.contains("hreflang=cs href=https://partnerstvi.example.cz/kraj/activities/2023/"),
        "its language versions"
    );

    // Search, the feed and the sitemap lead to the year's page.
    let search = read(&out, "en/search/data.js");
    assert!(search.contains("/kraj/en/activities/2022/#"), "search");
    assert!(!search.contains("/kraj/en/activities/#"), "search");
    let feed = read(&out, "en/feed.xml");
    assert!(
        feed.contains("<link rel=\"alternate\" type=\"text/html\" href=\"https://partnerstvi.example.cz/kraj/en/activities/2023/#"),
        "{feed}"
    );
    assert!(
        feed.contains("<id>https://partnerstvi.example.cz/kraj/en/activities/#"),
        "an entry's id stays as first published: {feed}"
    );
    let sitemap = read(&out, "sitemap.xml");
    assert!(sitemap.contains("<loc>https://partnerstvi.example.cz/kraj/de/activities/2022/</loc>"));
}

#[test]
fn a_site_of_many_partners_has_a_page_for_each_country() {
    let (tmp, site) = copy_fixture("czech-region");
    // 101 partners: Győr in Hungary, Kraków and 97 towns in Poland, two
    // towns in Germany.
    grow(&site, 99);
    for i in [3, 4] {
        let here = format!("country: DE\nlocation: {{lat: 5{i}.5, lon: 13.4}}");
        edit(
            &site.join(format!("content/partners/town-{i}/partner.yaml")),
            |text| text.replace("country: PL", &here),
        );
    }
    locate_home(&site);
    let out = tmp.path().join("public");
    build(&config(&site, &out), None).unwrap();
    let cards = |page: &str| read(&out, page).matches("partner-card").count();

    // The list names the countries, in the language's order, with counts.
    let index = read(&out, "en/partners/index.html");
    let links: Vec<&str> = index
        .match_indices("href=/kraj/en/partners/country/")
        .map(|(at, _)| &index[at + 31..at + 34])
        .collect();
    assert_eq!(
        links,
        ["de/", "hu/", "pl/"],
        "Germany, Hungary, Poland: {index}"
    );
    for count in ["2 partners", "One partner", "98 partners", "101 partners."] {
        assert!(index.contains(count), "{count}: {index}");
    }
    assert_eq!(
        cards("en/partners/index.html"),
        0,
        "no partner listed twice"
    );
    assert!(!index.contains("<svg"), "no map of them all");
    assert!(
        !index.contains("application/ld+json"),
        "no towns in its data"
    );
    let cs = read(&out, "partners/index.html");
    let maďarsko = cs.find(">Maďarsko</a>").unwrap();
    let německo = cs.find(">Německo</a>").unwrap();
    assert!(maďarsko < německo, "Czech order: {cs}");

    // Each country has its page, in every language, with its partners.
    assert_eq!(cards("en/partners/country/pl/index.html"), 98);
    assert_eq!(cards("partners/country/de/index.html"), 2);
    assert_eq!(cards("de/partners/country/hu/index.html"), 1);
    let de = read(&out, "en/partners/country/de/index.html");
    assert!(de.contains("<title>Partner towns: Germany"), "{de}");
    assert!(de.contains("<h1>Partner towns</h1>"), "{de}");
    assert!(
        de.contains("href=/kraj/en/partners/country/de/ aria-current=page>Germany</a>"),
        "the country shown is marked: {de}"
    );
    assert!(
        de.contains("href=/kraj/en/partners/ aria-current=true>"),
        "in the partners' section: {de}"
    );
    assert!(de.contains("<svg"), "the map of the country's partners");
    assert!(
        de.contains(">Town 3</title>") && !de.contains(">Town 5</title>"),
        "{de}"
    );
    assert_eq!(
        de.matches("\"@type\":\"City\"").count(),
        2,
        "its towns' data: {de}"
    );
    assert!(
        de.contains("hreflang=cs href=https://partnerstvi.example.cz/kraj/partners/country/de/"),
        "its language versions"
    );
    let sitemap = read(&out, "sitemap.xml");
    assert!(sitemap.contains("/kraj/en/partners/country/hu/"), "sitemap");
}

#[test]
fn extensions_in_capitals_are_read_as_in_small_letters() {
    let (tmp, site) = copy_fixture("czech-region");
    let content = site.join("content");
    let rename =
        |from: &str, to: &str| std::fs::rename(content.join(from), content.join(to)).unwrap();
    rename("partners/krakow/pl.md", "partners/krakow/PL.MD");
    rename("activities/2024.yaml", "activities/2024.YAML");
    let out = tmp.path().join("public");
    build(&config(&site, &out), None).unwrap();
    let pl = read(&out, "pl/partners/krakow/index.html");
    assert!(
        pl.contains("Historyczne miasto nad Wisłą"),
        "the text is read: {pl}"
    );
    assert!(
        !pl.contains("PL.MD") && !out.join("partners/krakow/PL.MD").exists(),
        "not a document"
    );
    assert!(
        read(&out, "en/activities/index.html").contains("22 participants"),
        "the year is read"
    );

    // The files the format names exactly are found under another
    // extension, and the error says to rename them.
    rename(
        "partners/krakow/partner.yaml",
        "partners/krakow/partner.YAML",
    );
    let err = build(&config(&site, &out), None).unwrap_err().to_string();
    assert!(
        err.contains("rename content/partners/krakow/partner.YAML to partner.yaml"),
        "{err}"
    );
}

#[test]
fn a_plan_whose_date_has_passed_is_in_the_record_and_warned_of() {
    let (tmp, site) = copy_fixture("czech-region");
    // Today is 20 November 2025.
    write(
        &site.join("content/activities/2025.yaml"),
        "- title: {cs: Zapomenutý plán, en: Forgotten plan}\n  date: 2025-03-10\n  kind: visit\n  partners: [krakow]\n  status: planned\n\
         - title: {cs: Příští návštěva, en: Next visit}\n  date: 2025-12-02\n  kind: visit\n  partners: [krakow]\n  status: planned\n",
    );
    let out = tmp.path().join("public");
    let summary = build(&config(&site, &out), None).unwrap();
    let warning = summary
        .warnings
        .iter()
        .map(|w| w.message.as_str())
        .find(|w| w.contains("Forgotten") || w.contains("planned for"))
        .unwrap_or_else(|| panic!("{:?}", summary.warnings));
    assert!(
        warning.starts_with("content/activities/2025.yaml:5:11: this activity was planned for 2025-03-10, which has passed"),
        "{warning}"
    );
    assert!(warning.contains("`status: done`"), "{warning}");

    // Coming up: only the next visit, on the home page, the partner's
    // page, the schedule and its calendar.
    for page in [
        "en/index.html",
        "en/partners/krakow/index.html",
        "en/schedule/index.html",
    ] {
        let html = read(&out, page);
        assert!(html.contains("Next visit"), "{page}");
    }
    for page in ["en/index.html", "en/schedule/index.html", "en/schedule.ics"] {
        assert!(!read(&out, page).contains("Forgotten plan"), "{page}");
    }
    // The record of 2025 has it, marked as planned.
    let record = read(&out, "en/activities/index.html");
    let article = &record[record
        .find("id=2025-zapomenuty-plan")
        .expect("in the record")..];
    let article = &article[..article.find("</article>").unwrap()];
    assert!(
        article.contains("badge-planned>Planned<")
            || article.contains("badge badge-planned\">Planned<"),
        "{article}"
    );
    assert!(!record.contains("Next visit"));
    let search = read(&out, "en/search/data.js");
    assert!(
        search.contains("/kraj/en/activities/#2025-zapomenuty-plan"),
        "{search}"
    );
}

#[test]
fn a_site_keeping_the_old_outline_of_europe_is_told_to_rename_it() {
    let (tmp, site) = copy_fixture("czech-region");
    let map = site.join("themes/default/map");
    std::fs::create_dir_all(&map).unwrap();
    std::fs::write(map.join("europe.txt"), "1000,2500 50,0 0,50 -50,-50\n").unwrap();
    let summary = build(&config(&site, &tmp.path().join("public")), None).unwrap();
    let warnings: Vec<String> = summary.warnings.iter().map(|w| w.to_string()).collect();
    assert!(
        warnings.iter().any(|w| w.starts_with(
            "themes/default/map/europe.txt is no longer read: the maps' outline is now themes/default/map/world.txt"
        ) && w.contains("rename it to world.txt")),
        "{warnings:?}"
    );
}

#[test]
fn a_partner_slug_taken_by_a_yearly_report_is_refused() {
    let (tmp, site) = copy_fixture("czech-region");
    edit(&site.join("content/partners/krakow/partner.yaml"), |text| {
        format!("{text}\nslug: report-2024\n")
    });
    let error = build(&config(&site, &tmp.path().join("out")), None)
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("`report-2024` is the name of a yearly report's printed edition"),
        "{error}"
    );
    assert!(
        error.contains("content/partners/krakow/partner.yaml:"),
        "{error}"
    );
}

#[test]
fn activities_of_the_same_title_get_ids_of_their_own_in_the_order_written() {
    let (tmp, site) = copy_fixture("czech-region");
    let meeting = |date: &str, place: &str| {
        format!(
            "- title: {{cs: Setkání, en: Meeting}}\n  date: {date}\n  kind: visit\n  partners: [krakow]\n  place: {{name: {{cs: {place}}}}}\n"
        )
    };
    let year = [
        meeting("2024-03-01", "Brno"),
        meeting("2024-02-01", "Praha"),
        meeting("2024-01-01", "Tábor"),
    ]
    .concat();
    std::fs::write(site.join("content/activities/2024.yaml"), year).unwrap();
    let out = tmp.path().join("out");
    build(&config(&site, &out), None).unwrap();
    let page = read(&out, "activities/index.html");
    // Numbered in the order the file lists them, whatever their dates.
    for (id, place) in [
        ("2024-setkani", "Brno"),
        ("2024-setkani-2", "Praha"),
        ("2024-setkani-2-2", "Tábor"),
    ] {
        let at = page
            .find(&format!("id={id}>"))
            .or_else(|| page.find(&format!("id=\"{id}\"")))
            .unwrap_or_else(|| panic!("no {id} in {page}"));
        let next = page[at + 1..]
            .find("id=2024-")
            .map_or(page.len(), |n| at + 1 + n);
        assert!(page[at..next].contains(place), "{id}: {}", &page[at..next]);
    }
}
