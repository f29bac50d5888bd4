//! The PDFs, printed by a real Chromium and read back with poppler's
//! pdfinfo, pdffonts and pdftotext.
//!
//! Skipped with a message where no browser or poppler is installed; `.ci/run`
//! installs both and sets `TWINPRESS_REQUIRE_BROWSER=1`, which turns the skip
//! into a failure.

use std::path::Path;
use std::process::Command;

mod common;

use common::*;

fn tool(name: &str) -> bool {
    Command::new(name).arg("-v").output().is_ok()
}

fn browser_available() -> bool {
    let required = std::env::var_os("TWINPRESS_REQUIRE_BROWSER").is_some();
    let chromium = twinpress::pdf::find_chromium(None).is_ok();
    let poppler = tool("pdfinfo") && tool("pdffonts") && tool("pdftotext") && tool("pdfimages");
    if chromium && poppler {
        return true;
    }
    let message = "skipped: the PDF test needs Chromium and poppler-utils (Debian: apt-get install --no-install-recommends chromium poppler-utils fonts-noto-core)";
    assert!(!required, "{message}");
    eprintln!("{message}");
    false
}

fn run(program: &str, args: &[&str]) -> String {
    let output = Command::new(program).args(args).output().unwrap();
    assert!(
        output.status.success(),
        "{program} {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

fn info(pdf: &Path, key: &str) -> String {
    let text = run("pdfinfo", &["-box", pdf.to_str().unwrap()]);
    text.lines()
        .find_map(|l| l.strip_prefix(&format!("{key}:")))
        .unwrap_or_else(|| panic!("{} has no {key}:\n{text}", pdf.display()))
        .trim()
        .to_string()
}

/// `[x0, y0, x1, y1]` of a page box, in points.
fn page_box(pdf: &Path, key: &str) -> Vec<f64> {
    info(pdf, key)
        .split_whitespace()
        .map(|v| v.parse().unwrap())
        .collect()
}

fn assert_size(pdf: &Path, b: &[f64], width_mm: f64, height_mm: f64) {
    let pt = |mm: f64| mm * 72.0 / 25.4;
    let (w, h) = (b[2] - b[0], b[3] - b[1]);
    assert!(
        (w - pt(width_mm)).abs() <= 0.5 && (h - pt(height_mm)).abs() <= 0.5,
        "{}: {w} × {h} pt is not {width_mm} × {height_mm} mm",
        pdf.display()
    );
}

#[test]
fn every_publication_prints_to_a_pdf_a_print_shop_can_use() {
    if !browser_available() {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    let root = env!("CARGO_MANIFEST_DIR");
    let output = Command::new(env!("CARGO_BIN_EXE_twinpress"))
        .args(["build", "--pdf", "--root", root, "--output"])
        .arg(&out)
        .env("SOURCE_DATE_EPOCH", "1763596800")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    // No panel of any folder overflows, and the theme's fonts have every
    // letter.
    assert!(!stderr.contains("too long"), "{stderr}");
    assert!(!stderr.contains("none of the theme's fonts"), "{stderr}");
    assert!(String::from_utf8_lossy(&output.stdout).contains("28 PDFs"));

    let folders = [
        ("poissy", "fr", "Poissy"),
        ("poissy", "pl", "Poissy"),
        ("rocca-di-papa", "it", "Rocca di Papa"),
        ("rocca-di-papa", "pl", "Rocca di Papa"),
        ("sodertalje", "sv", "Södertälje"),
        ("sodertalje", "pl", "Södertälje"),
        ("xanten", "de", "Xanten"),
        ("xanten", "pl", "Xanten"),
        ("ceske-budejovice", "cs", "České Budějovice"),
        ("ceske-budejovice", "pl", "Czeskie Budziejowice"),
        ("rustavi", "ka", "რუსთავი"),
        ("rustavi", "pl", "Rustawi"),
    ];
    for (partner, lang, name) in folders {
        let dir = out.join(format!("print/{partner}/{lang}"));
        let pdf = dir.join(format!("pruszkow-{partner}-{lang}.pdf"));
        assert_eq!(info(&pdf, "Pages"), "2", "{}", pdf.display());
        assert_size(&pdf, &page_box(&pdf, "MediaBox"), 297.0, 210.0);
        assert!(
            info(&pdf, "Title").contains(name.split(' ').next().unwrap()),
            "{}",
            pdf.display()
        );
        let fonts = run("pdffonts", &[pdf.to_str().unwrap()]);
        for line in fonts.lines().skip(2) {
            let columns: Vec<&str> = line.split_whitespace().collect();
            // name, type…, emb, sub, uni, object, generation
            let emb = columns[columns.len() - 5];
            assert_eq!(emb, "yes", "{}: font not embedded: {line}", pdf.display());
        }
        assert!(fonts.contains("NotoSans-Regular"), "{fonts}");
        if lang == "ka" {
            assert!(
                fonts.contains("NotoSansGeorgian"),
                "{}: {fonts}",
                pdf.display()
            );
        }
        let text = run("pdftotext", &[pdf.to_str().unwrap(), "-"]).replace('\u{ad}', "");
        assert!(
            text.contains(name),
            "{} does not name {name}:\n{text}",
            pdf.display()
        );
        assert!(text.contains("Pruszk"), "{}", pdf.display());
        // The partner's photo is printed, sharp: at least 300 ppi.
        if ["poissy", "rustavi", "rocca-di-papa"].contains(&partner) {
            let images = run("pdfimages", &["-list", pdf.to_str().unwrap()]);
            let photo = images
                .lines()
                .skip(2)
                .find(|l| l.contains("jpeg"))
                .unwrap_or_else(|| panic!("{}: no photo in\n{images}", pdf.display()));
            let ppi: f64 = photo.split_whitespace().nth(12).unwrap().parse().unwrap();
            assert!(ppi >= 300.0, "{}: {photo}", pdf.display());
        }

        let shop = dir.join(format!("pruszkow-{partner}-{lang}-print-shop.pdf"));
        assert_eq!(info(&shop, "Pages"), "2");
        assert_size(&shop, &page_box(&shop, "TrimBox"), 297.0, 210.0);
        assert_size(&shop, &page_box(&shop, "BleedBox"), 303.0, 216.0);
        let media = page_box(&shop, "MediaBox");
        assert!(media[2] > 900.0 && media[3] > 660.0, "{media:?}");
    }

    for lang in ["pl", "en"] {
        let dir = out.join(format!("print/report-2024/{lang}"));
        let pdf = dir.join(format!("pruszkow-report-2024-{lang}.pdf"));
        let pages: usize = info(&pdf, "Pages").parse().unwrap();
        assert!(pages >= 4, "{pages}");
        assert_size(&pdf, &page_box(&pdf, "MediaBox"), 210.0, 297.0);
        let text = run("pdftotext", &[pdf.to_str().unwrap(), "-"]).replace('\u{ad}', "");
        // Page numbers in the margin: the second page's number.
        assert!(text.contains("\n2\n"), "{text}");
        assert!(text.contains("2024"));
        let shop = dir.join(format!("pruszkow-report-2024-{lang}-print-shop.pdf"));
        assert_size(&shop, &page_box(&shop, "TrimBox"), 210.0, 297.0);
        assert_eq!(info(&shop, "Pages"), pages.to_string(), "the same pages");
    }
    // Language, title shown by viewers, and bookmarks, in the catalogue.
    let doc = lopdf::Document::load(out.join("print/report-2024/en/pruszkow-report-2024-en.pdf"))
        .unwrap();
    let catalog = doc.catalog().unwrap();
    assert_eq!(catalog.get(b"Lang").unwrap().as_str().unwrap(), b"en");
    assert!(catalog.get(b"ViewerPreferences").is_ok());
    let outlines = catalog.get(b"Outlines").unwrap().as_reference().unwrap();
    assert!(
        doc.get_dictionary(outlines).unwrap().get(b"First").is_ok(),
        "bookmarks"
    );
    // The index links the PDFs it now has.
    let index = read(&out, "print/index.html");
    assert!(index.contains("pruszkow-poissy-fr.pdf"));
    assert!(index.contains("pruszkow-poissy-fr-print-shop.pdf"));
}

/// Builds `site` with its PDFs into `out`, keeping its cache in `cache`:
/// what the build said, on stdout and stderr.
fn build_pdfs(site: &Path, out: &Path, cache: &Path) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_twinpress"))
        .args(["build", "--pdf", "--root"])
        .arg(site)
        .arg("--output")
        .arg(out)
        .arg("--cache")
        .arg(cache)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&output.stdout).into_owned()
        + &String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{said}");
    said
}

/// A fixture site built with its PDFs into a temporary folder: the
/// folder, the output and what the build said.
fn built_with_pdfs(name: &str) -> (tempfile::TempDir, std::path::PathBuf, String) {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    let said = build_pdfs(&fixture(name), &out, &tmp.path().join("cache"));
    (tmp, out, said)
}

/// The text pdftotext finds on the first page of `pdf` within a third of
/// its width: `0` the left, `2` the right.
fn third_of_first_page(pdf: &Path, third: u32) -> String {
    let width = page_box(pdf, "MediaBox")[2];
    let x = (width * f64::from(third) / 3.0).round().to_string();
    let w = (width / 3.0).round().to_string();
    run(
        "pdftotext",
        &[
            "-f", "1", "-l", "1", "-x", &x, "-y", "0", "-W", &w, "-H", "2000",
        ]
        .into_iter()
        .chain([pdf.to_str().unwrap(), "-"])
        .collect::<Vec<_>>(),
    )
}

#[test]
fn a_folder_in_arabic_prints_in_an_arabic_font_and_mirrored() {
    if !browser_available() {
        return;
    }
    let (_tmp, out, stderr) = built_with_pdfs("arabic-town");
    // The theme's fonts have every letter of it.
    assert!(!stderr.contains("none of the theme's fonts"), "{stderr}");
    let ar = out.join("print/vence/ar/shfshwn-vence-ar.pdf");
    let fonts = run("pdffonts", &[ar.to_str().unwrap()]);
    assert!(fonts.contains("NotoSansArabic-Regular"), "{fonts}");
    assert!(fonts.contains("NotoSansArabic-Bold"), "{fonts}");
    // The cover is the outside's last panel in the direction of reading:
    // on the left of an Arabic folder, on the right of a French one.
    // pdftotext splits Arabic words where their letters join and wraps
    // runs of the other direction in embedding marks: both are left out.
    let squeezed = |x: u32| -> String {
        third_of_first_page(&ar, x)
            .chars()
            .filter(|c| !c.is_whitespace() && !('\u{202A}'..='\u{202E}').contains(c))
            .collect()
    };
    assert!(squeezed(0).contains("شركاءمنذعام2012"), "{}", squeezed(0));
    assert!(!squeezed(2).contains("شركاءمنذعام2012"), "{}", squeezed(2));
    let fr = out.join("print/vence/fr/shfshwn-vence-fr.pdf");
    assert!(third_of_first_page(&fr, 2).contains("Partenaires depuis 2012"));
}

#[test]
fn letters_no_font_of_the_theme_has_are_named_before_they_print_as_boxes() {
    if !browser_available() {
        return;
    }
    let (_tmp, _out, stderr) = built_with_pdfs("japanese-city");
    // Each publication in Japanese or Korean is named once (not again for
    // its print-shop variant); the English folder, all in Latin letters, not.
    assert!(!stderr.contains("print/springfield/en/"), "{stderr}");
    assert_eq!(
        stderr.matches("none of the theme's fonts").count(),
        3,
        "{stderr}"
    );
    for publication in [
        "print/springfield/ja/",
        "print/gimhae/ja/",
        "print/gimhae/ko/",
    ] {
        let warning = stderr
            .lines()
            .find(|l| {
                l.contains(&format!("{publication}: ")) && l.contains("none of the theme's fonts")
            })
            .unwrap_or_else(|| panic!("no warning for {publication}: {stderr}"));
        assert!(warning.contains("fonts-noto-cjk"), "{warning}");
    }
}

#[test]
fn without_a_browser_pdf_fails_with_how_to_install_one() {
    let tmp = tempfile::tempdir().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_twinpress"))
        .args([
            "build",
            "--pdf",
            "--root",
            env!("CARGO_MANIFEST_DIR"),
            "--output",
        ])
        .arg(tmp.path().join("public"))
        .env("PATH", tmp.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("apt-get install --no-install-recommends chromium"),
        "{stderr}"
    );
    assert!(!tmp.path().join("public").exists(), "nothing is written");
    let output = Command::new(env!("CARGO_BIN_EXE_twinpress"))
        .args([
            "build",
            "--pdf",
            "--chromium",
            "/no/such/chromium",
            "--root",
            env!("CARGO_MANIFEST_DIR"),
            "--output",
        ])
        .arg(tmp.path().join("public"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--chromium /no/such/chromium"));
}

#[test]
fn a_panel_that_overflows_is_named_in_a_warning() {
    if !browser_available() {
        return;
    }
    let (tmp, site) = copy_fixture("czech-region");
    let story = site.join("content/partners/krakow/pl.md");
    let mut text = std::fs::read_to_string(&story).unwrap();
    for _ in 0..30 {
        text.push_str("\nKraków i kraj współpracują od lat w dziedzinie kultury, turystyki i edukacji; co roku odbywają się wspólne wystawy.\n");
    }
    std::fs::write(&story, text).unwrap();
    let stderr = build_pdfs(&site, &tmp.path().join("public"), &tmp.path().join("cache"));
    assert!(
        stderr.contains(
            "warning: print/krakow/pl/: the panel with the profile text of this folder is"
        ),
        "{stderr}"
    );
    // Only that folder, only that panel.
    assert_eq!(stderr.matches("too long").count(), 1, "{stderr}");
}

/// Every PDF under `out`, by its path, with its bytes.
fn pdfs(out: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(out)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.path().extension().is_some_and(|x| x == "pdf"))
        .map(|e| {
            let path = e.path().strip_prefix(out).unwrap().display().to_string();
            (path, std::fs::read(e.path()).unwrap())
        })
        .collect()
}

#[test]
fn a_publication_is_printed_again_only_when_what_it_loads_changed() {
    if !browser_available() {
        return;
    }
    let (tmp, site) = copy_fixture("czech-region");
    let gyor = site.join("content/partners/gyor");
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("content/partners");
    std::fs::copy(example.join("poissy/kolegiata.jpg"), gyor.join("photo.jpg")).unwrap();
    edit(&gyor.join("partner.yaml"), |yaml| {
        yaml + "images:\n  - file: photo.jpg\n    alt: {cs: Kostel u řeky}\n"
    });
    // A warning of printing, to be given again from the cache.
    edit(&site.join("content/partners/krakow/pl.md"), |text| {
        text + &"\nKraków i kraj współpracują od lat w dziedzinie kultury, turystyki i edukacji; co roku odbywają się wspólne wystawy.\n".repeat(30)
    });
    let (first, second) = (tmp.path().join("first"), tmp.path().join("second"));
    let cache = tmp.path().join("cache");
    let printed = build_pdfs(&site, &first, &cache);
    let all = pdfs(&first).len();
    assert!(all >= 8, "{printed}");
    assert!(printed.contains(&format!(", {all} PDFs in ")), "{printed}");
    let warned = |stderr: &str| stderr.lines().filter(|l| l.contains("too long")).count();
    assert_eq!(warned(&printed), 1, "{printed}");

    // Nothing changed: every PDF is the one printed before, byte for
    // byte, and so is what printing warned of.
    let kept = build_pdfs(&site, &second, &cache);
    assert!(
        kept.contains(&format!("{all} PDFs (0 printed, {all} from the cache)")),
        "{kept}"
    );
    assert_eq!(pdfs(&second), pdfs(&first));
    assert_eq!(warned(&kept), 1, "{kept}");

    // A profile text changed: the folders that show it are printed
    // again, in both variants (in Czech, and in Hungarian, which has no
    // text of its own and shows the Czech one), and show the change;
    // nothing else is.
    edit(&gyor.join("cs.md"), |text| {
        text + "\nSpolečná výstava fotografií v Győru.\n"
    });
    let before = pdfs(&second);
    let again = build_pdfs(&site, &second, &cache);
    let cached = all - 4;
    assert!(
        again.contains(&format!("{all} PDFs (4 printed, {cached} from the cache)")),
        "{again}"
    );
    let after = pdfs(&second);
    for (path, bytes) in &after {
        assert_eq!(
            path.starts_with("print/gyor/"),
            before[path] != *bytes,
            "{path}"
        );
    }
    let folder = second.join("print/gyor/cs");
    let office = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            p.extension().is_some_and(|x| x == "pdf") && !p.to_string_lossy().contains("print-shop")
        })
        .unwrap();
    // Print hyphenates: its soft hyphens are left out.
    let text = run("pdftotext", &[office.to_str().unwrap(), "-"]).replace('\u{AD}', "");
    assert!(text.contains("Společná výstava fotografií"), "{text}");

    // A photo changed under the same name: the folders that show it are
    // printed again, though their pages are as they were.
    std::fs::copy(example.join("rustavi/huta.jpg"), gyor.join("photo.jpg")).unwrap();
    let photo = build_pdfs(&site, &second, &cache);
    assert!(
        photo.contains(&format!("{all} PDFs (4 printed, {cached} from the cache)")),
        "{photo}"
    );
}
