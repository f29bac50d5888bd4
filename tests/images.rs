//! Photos: made here with EXIF orientation and GPS written in, built, and
//! checked in the output — upright, without metadata, in several widths,
//! cached, and bad files refused with their name.

mod common;

use common::*;
use image::{ImageEncoder, RgbImage};
use twinpress::commands::build::build;

/// EXIF (a little-endian TIFF) with an orientation and a GPS position,
/// whose map datum is a string to look for in the output.
fn exif(orientation: u16) -> Vec<u8> {
    const DATUM: &[u8] = b"SECRET-GPS-DATUM\0";
    let mut t = Vec::new();
    t.extend_from_slice(b"II*\0");
    t.extend_from_slice(&8u32.to_le_bytes());
    let entry = |t: &mut Vec<u8>, tag: u16, kind: u16, count: u32, value: u32| {
        t.extend_from_slice(&tag.to_le_bytes());
        t.extend_from_slice(&kind.to_le_bytes());
        t.extend_from_slice(&count.to_le_bytes());
        t.extend_from_slice(&value.to_le_bytes());
    };
    // IFD0 at 8: orientation and the GPS IFD's place (38).
    t.extend_from_slice(&2u16.to_le_bytes());
    entry(&mut t, 0x0112, 3, 1, u32::from(orientation));
    entry(&mut t, 0x8825, 4, 1, 38);
    t.extend_from_slice(&0u32.to_le_bytes());
    // GPS IFD at 38: version, N, latitude (at 92), datum (at 116).
    t.extend_from_slice(&4u16.to_le_bytes());
    entry(&mut t, 0x0000, 1, 4, u32::from_le_bytes([2, 3, 0, 0]));
    entry(&mut t, 0x0001, 2, 2, u32::from_le_bytes([b'N', 0, 0, 0]));
    entry(&mut t, 0x0002, 5, 3, 92);
    entry(&mut t, 0x0012, 2, DATUM.len() as u32, 116);
    t.extend_from_slice(&0u32.to_le_bytes());
    assert_eq!(t.len(), 92);
    for (n, d) in [(52u32, 1u32), (10, 1), (1234, 100)] {
        t.extend_from_slice(&n.to_le_bytes());
        t.extend_from_slice(&d.to_le_bytes());
    }
    t.extend_from_slice(DATUM);
    t
}

/// A landscape JPEG, `width` × `height` as stored, red on its left half,
/// with the EXIF above.
fn photo(width: u32, height: u32, orientation: u16) -> Vec<u8> {
    let img = RgbImage::from_fn(width, height, |x, _| {
        if x < width / 2 {
            image::Rgb([220, 30, 30])
        } else {
            image::Rgb([30, 30, 220])
        }
    });
    let mut bytes = Vec::new();
    let mut encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, 90);
    encoder.set_exif_metadata(exif(orientation)).unwrap();
    encoder
        .write_image(img.as_raw(), width, height, image::ExtendedColorType::Rgb8)
        .unwrap();
    bytes
}

const LISTED: &str = "images:\n  - file: rynek.jpg\n    alt: {cs: Hlavní náměstí, en: The main square, de: Der Hauptmarkt}\n    credit: Jana Nováková, CC BY 4.0\n";

fn site_with_photo(bytes: &[u8]) -> (tempfile::TempDir, std::path::PathBuf) {
    let (tmp, site) = copy_fixture("czech-region");
    let folder = site.join("content/partners/krakow");
    std::fs::write(folder.join("rynek.jpg"), bytes).unwrap();
    let yaml = std::fs::read_to_string(folder.join("partner.yaml")).unwrap();
    std::fs::write(folder.join("partner.yaml"), format!("{yaml}{LISTED}")).unwrap();
    (tmp, site)
}

#[test]
fn a_photo_is_turned_upright_resized_and_stripped_of_its_metadata() {
    // Stored 1000 × 600, to be shown turned a quarter clockwise.
    let original = photo(1000, 600, 6);
    assert!(original.windows(16).any(|w| w == b"SECRET-GPS-DATUM"));
    let (tmp, site) = site_with_photo(&original);
    let out = tmp.path().join("out");
    let summary = build(&config(&site, &out), None).unwrap();

    let copies = tree(&out.join("partners/krakow"));
    let names: Vec<&String> = copies.keys().collect();
    assert!(
        !copies.contains_key("rynek.jpg"),
        "the original was published: {names:?}"
    );
    for name in ["rynek-480w.jpg", "rynek-600w.jpg", "rynek-print.jpg"] {
        let bytes = copies
            .get(name)
            .unwrap_or_else(|| panic!("{name} missing in {names:?}"));
        assert!(
            !bytes.windows(4).any(|w| w == b"Exif"),
            "{name} kept its EXIF"
        );
        assert!(
            !bytes.windows(16).any(|w| w == b"SECRET-GPS-DATUM"),
            "{name} kept GPS"
        );
        // Upright: portrait now, and the red half on top.
        let img = image::load_from_memory(bytes).unwrap().to_rgb8();
        assert!(img.height() > img.width(), "{name} is not upright");
        let top = img.get_pixel(img.width() / 2, img.height() / 8);
        let bottom = img.get_pixel(img.width() / 2, img.height() * 7 / 8);
        assert!(top[0] > 150 && top[2] < 100, "{name}: top is {top:?}");
        assert!(
            bottom[2] > 150 && bottom[0] < 100,
            "{name}: bottom is {bottom:?}"
        );
    }
    let small = image::load_from_memory(&copies["rynek-480w.jpg"]).unwrap();
    assert_eq!((small.width(), small.height()), (480, 800));

    // The page offers every width, with its size, lazily, with alt text.
    let page = read(&out, "partners/krakow/index.html");
    assert!(
        page.contains("/kraj/partners/krakow/rynek-480w.jpg 480w"),
        "{page}"
    );
    assert!(page.contains("/kraj/partners/krakow/rynek-600w.jpg 600w"));
    let img = img_with(&page, "rynek-480w.jpg 480w");
    for attr in [
        r#"width="480""#,
        r#"height="800""#,
        r#"alt="Hlavní náměstí""#,
        r#"loading="lazy""#,
    ] {
        assert!(has(&img, attr), "{attr} missing in {img}");
    }
    assert!(page.contains("Jana Nováková, CC BY 4.0"));
    let en = read(&out, "en/partners/krakow/index.html");
    assert!(
        has(&img_with(&en, "480w"), r#"alt="The main square""#),
        "{en}"
    );
    assert_eq!(summary.photos.encoded, 3);
    assert_eq!(summary.photos.cached, 0);

    // The second build takes every copy from the cache.
    let again = build(&config(&site, &out), None).unwrap();
    assert_eq!(again.photos.encoded, 0, "a photo was encoded again");
    assert_eq!(again.photos.cached, 3);
    assert_eq!(
        tree(&out.join("partners/krakow")),
        copies,
        "the copies changed"
    );
}

#[test]
fn a_photo_in_a_text_is_shown_in_its_copies() {
    let (tmp, site) = site_with_photo(&photo(2000, 1000, 1));
    std::fs::write(
        site.join("content/partners/krakow/cs.md"),
        "---\nsummary: S.\n---\n![Náměstí v létě](rynek.jpg)\n",
    )
    .unwrap();
    let out = tmp.path().join("out");
    build(&config(&site, &out), None).unwrap();
    let page = read(&out, "partners/krakow/index.html");
    let img = img_with(&page, "Náměstí v létě");
    assert!(
        has(
            &img,
            r#"srcset="/kraj/partners/krakow/rynek-480w.jpg 480w, /kraj/partners/krakow/rynek-800w.jpg 800w, /kraj/partners/krakow/rynek-1200w.jpg 1200w, /kraj/partners/krakow/rynek-1600w.jpg 1600w""#
        ),
        "{img}"
    );
    assert!(
        has(&img, r#"width="800""#) && has(&img, r#"loading="lazy""#),
        "{img}"
    );
    // In print, the print copy, loaded from beside the page (the printing
    // browser reaches no host), not lazily.
    let print = read(&out, "print/krakow/cs/index.html");
    let img = img_with(&print, "rynek-print.jpg");
    assert!(
        has(&img, r#"src="../../../partners/krakow/rynek-print.jpg""#),
        "{img}"
    );
    assert!(!img.contains("lazy") && !img.contains("srcset"), "{img}");
}

/// Builds a site whose photo is `bytes` over an earlier good build, and
/// returns the error; the earlier output must stay as it was.
fn refused(bytes: &[u8]) -> String {
    let (tmp, site) = site_with_photo(&photo(800, 600, 1));
    let out = tmp.path().join("out");
    build(&config(&site, &out), None).unwrap();
    let before = tree(&out);
    std::fs::write(site.join("content/partners/krakow/rynek.jpg"), bytes).unwrap();
    let error = build(&config(&site, &out), None).unwrap_err().to_string();
    assert_eq!(tree(&out), before, "a failed build changed the output");
    error
}

#[test]
fn a_truncated_photo_is_refused_with_its_name() {
    let whole = photo(800, 600, 1);
    let error = refused(&whole[..whole.len() / 2]);
    assert!(
        error.contains("content/partners/krakow/rynek.jpg"),
        "{error}"
    );
    assert!(error.contains("damaged or cut short"), "{error}");
}

#[test]
fn a_decompression_bomb_is_refused_before_it_is_decoded() {
    // A PNG header claiming 100 000 × 100 000 pixels, and almost no data.
    let mut png = Vec::new();
    png.extend_from_slice(b"\x89PNG\r\n\x1a\n");
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(b"IHDR");
    ihdr.extend_from_slice(&100_000u32.to_be_bytes());
    ihdr.extend_from_slice(&100_000u32.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    png.extend_from_slice(&13u32.to_be_bytes());
    png.extend_from_slice(&ihdr);
    png.extend_from_slice(&crc32(&ihdr).to_be_bytes());
    let error = refused(&png);
    assert!(
        error.contains("content/partners/krakow/rynek.jpg"),
        "{error}"
    );
    assert!(error.contains("too large to open safely"), "{error}");
}

#[test]
fn a_file_that_is_not_an_image_is_refused_with_its_name() {
    let error = refused(b"this is not a photo at all");
    assert!(
        error.contains("content/partners/krakow/rynek.jpg"),
        "{error}"
    );
    assert!(error.contains("not an image"), "{error}");
}

#[test]
fn a_listed_photo_needs_alt_text_unless_decorative() {
    let (tmp, site) = copy_fixture("czech-region");
    let folder = site.join("content/partners/krakow");
    std::fs::write(folder.join("rynek.jpg"), photo(800, 600, 1)).unwrap();
    std::fs::write(folder.join("IMG_0001.HEIC"), b"heic").unwrap();
    let yaml = std::fs::read_to_string(folder.join("partner.yaml")).unwrap();
    std::fs::write(
        folder.join("partner.yaml"),
        format!("{yaml}images:\n  - file: rynek.jpg\n  - file: IMG_0001.HEIC\n    alt: x\n"),
    )
    .unwrap();
    let error = build(&config(&site, &tmp.path().join("out")), None)
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("content/partners/krakow/partner.yaml:")
            && error.contains("the photo `rynek.jpg` has no alt text"),
        "{error}"
    );
    assert!(
        error.contains("`IMG_0001.HEIC` is not a photo twinpress can show"),
        "{error}"
    );

    std::fs::write(
        folder.join("partner.yaml"),
        format!("{yaml}images:\n  - file: rynek.jpg\n    decorative: true\n"),
    )
    .unwrap();
    let out = tmp.path().join("out");
    let summary = build(&config(&site, &out), None).unwrap();
    let img = img_with(&read(&out, "partners/krakow/index.html"), "rynek-480w.jpg");
    assert!(img.contains(" alt ") || img.contains(r#"alt="""#), "{img}");
    // The HEIC is published as a download, with a warning saying so.
    assert!(
        summary.warnings.iter().any(|w| w.message.starts_with(
            "content/partners/krakow/IMG_0001.HEIC is not a kind of image browsers show"
        )),
        "{:?}",
        summary.warnings
    );
}

/// The `<img>` tag of `html` that contains `needle`.
fn img_with(html: &str, needle: &str) -> String {
    html.split("<img")
        .skip(1)
        .map(|t| format!("<img{}", &t[..=t.find('>').unwrap()]))
        .find(|t| t.contains(needle))
        .unwrap_or_else(|| panic!("no <img> with {needle} in {html}"))
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xffff_ffffu32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xedb8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

#[test]
fn the_folder_shows_the_first_listed_photo_and_warns_when_it_is_too_small() {
    let (tmp, site) = site_with_photo(&photo(800, 600, 1));
    let out = tmp.path().join("out");
    let summary = build(&config(&site, &out), None).unwrap();
    let folder = read(&out, "print/krakow/cs/index.html");
    let img = img_with(&folder, "rynek-print.jpg");
    assert!(has(&img, r#"alt="Hlavní náměstí""#), "{img}");
    assert!(!img.contains("lazy"), "{img}");
    // 800 pixels print 80 mm at only 254 ppi.
    let warning = summary
        .warnings
        .iter()
        .find(|w| {
            w.message
                .contains("content/partners/krakow/rynek.jpg is 800 pixels wide")
        })
        .unwrap_or_else(|| panic!("no warning in {:?}", summary.warnings));
    assert!(
        warning
            .message
            .contains("use a photo at least 945 pixels wide")
            && warning
                .message
                .contains("under `images:` in content/partners/krakow/partner.yaml"),
        "{}",
        warning.message
    );

    let (tmp, site) = site_with_photo(&photo(1200, 800, 1));
    let summary = build(&config(&site, &tmp.path().join("out")), None).unwrap();
    assert!(
        !summary
            .warnings
            .iter()
            .any(|w| w.message.contains("rynek.jpg")),
        "{:?}",
        summary.warnings
    );
}

#[test]
fn an_activity_shows_its_photos_from_the_year_folder() {
    let (tmp, site) = copy_fixture("czech-region");
    let year = site.join("content/activities/2024");
    std::fs::create_dir_all(&year).unwrap();
    std::fs::write(year.join("festival.jpg"), photo(900, 600, 1)).unwrap();
    let file = site.join("content/activities/2024.yaml");
    let yaml = std::fs::read_to_string(&file).unwrap();
    let listed = "  images:\n    - file: festival.jpg\n      alt: {cs: Pódium festivalu, en: The festival stage, de: Die Festivalbühne}\n";
    std::fs::write(&file, format!("{}\n{listed}", yaml.trim_end())).unwrap();
    let out = tmp.path().join("out");
    build(&config(&site, &out), None).unwrap();
    assert!(out.join("activities/2024/festival-480w.jpg").is_file());
    assert!(!out.join("activities/2024/festival.jpg").exists());
    let page = read(&out, "en/activities/index.html");
    let img = img_with(&page, "festival-480w.jpg");
    assert!(has(&img, r#"alt="The festival stage""#), "{img}");

    // A photo that is not in the year's folder is named with its line.
    std::fs::write(
        &file,
        format!(
            "{}\n{}",
            yaml.trim_end(),
            listed.replace("festival.jpg", "stage.jpg")
        ),
    )
    .unwrap();
    let error = build(&config(&site, &out), None).unwrap_err().to_string();
    assert!(error.contains("content/activities/2024.yaml:"), "{error}");
    assert!(
        error.contains("the photo `stage.jpg` is not in content/activities/2024/"),
        "{error}"
    );
}

#[test]
fn a_page_lists_its_photos_in_its_default_language_front_matter() {
    let (tmp, site) = copy_fixture("czech-region");
    let folder = site.join("content/pages/o-nas");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join("urad.jpg"), photo(900, 600, 1)).unwrap();
    std::fs::write(
        folder.join("cs.md"),
        "---\ntitle: O nás\nimages:\n  - file: urad.jpg\n    alt: {cs: Budova úřadu, en: The office building, de: Das Amtsgebäude}\n---\nText.\n",
    )
    .unwrap();
    let out = tmp.path().join("out");
    build(&config(&site, &out), None).unwrap();
    let page = read(&out, "en/o-nas/index.html");
    let img = img_with(&page, "urad-480w.jpg");
    assert!(has(&img, r#"alt="The office building""#), "{img}");

    // Without alt text, the front matter's line is named.
    std::fs::write(
        folder.join("cs.md"),
        "---\ntitle: O nás\nimages:\n  - file: urad.jpg\n---\nText.\n",
    )
    .unwrap();
    let error = build(&config(&site, &out), None).unwrap_err().to_string();
    assert!(error.contains("content/pages/o-nas/cs.md:4:"), "{error}");
    assert!(
        error.contains("the photo `urad.jpg` has no alt text"),
        "{error}"
    );
}

#[test]
fn two_photos_published_under_one_name_are_refused() {
    let (tmp, site) = site_with_photo(&photo(800, 600, 1));
    let folder = site.join("content/partners/krakow");
    std::fs::write(folder.join("Rynek.jpg"), photo(900, 600, 1)).unwrap();
    let error = build(&config(&site, &tmp.path().join("out")), None)
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("would be published under one name, `rynek`"),
        "{error}"
    );
    assert!(error.contains("rename one of the two files"), "{error}");
}

#[test]
fn check_finds_a_photo_cut_short() {
    let whole = photo(800, 600, 1);
    let (_tmp, site) = site_with_photo(&whole[..whole.len() / 2]);
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_twinpress"))
        .args(["check", "--root"])
        .arg(&site)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(
        text.contains("content/partners/krakow/rynek.jpg: the photo is damaged or cut short"),
        "{text}"
    );
}

#[test]
fn photos_listed_in_a_translation_are_refused() {
    let (tmp, site) = copy_fixture("czech-region");
    let folder = site.join("content/pages/o-nas");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join("cs.md"), "---\ntitle: O nás\n---\nText.\n").unwrap();
    std::fs::write(
        folder.join("en.md"),
        "---\ntitle: About\nimages:\n  - file: x.jpg\n---\nText.\n",
    )
    .unwrap();
    let error = build(&config(&site, &tmp.path().join("out")), None)
        .unwrap_err()
        .to_string();
    assert!(error.contains("content/pages/o-nas/en.md:4:"), "{error}");
    assert!(error.contains("move this list to cs.md"), "{error}");
}

#[test]
fn files_beside_activities_that_are_not_shown_are_named_in_a_warning() {
    let (tmp, site) = copy_fixture("czech-region");
    let year = site.join("content/activities/2024");
    std::fs::create_dir_all(&year).unwrap();
    std::fs::write(year.join("program.pdf"), "%PDF").unwrap();
    let summary = build(&config(&site, &tmp.path().join("out")), None).unwrap();
    assert!(
        summary.warnings.iter().any(|w| w.message
            == "content/activities/2024/program.pdf is not published: activities show only the photos listed under `images:` in content/activities/2024.yaml"),
        "{:?}",
        summary.warnings
    );
}

/// The names of the photo copies in a cache folder, and of the other
/// files there.
fn cache_files(cache: &std::path::Path) -> (Vec<String>, Vec<String>) {
    let mut names: Vec<String> = std::fs::read_dir(cache)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    names.into_iter().partition(|n| n.ends_with(".jpg"))
}

#[test]
fn a_build_removes_the_cached_copies_of_photos_changed_or_gone() {
    let (_tmp, site) = site_with_photo(&photo(1000, 600, 1));
    let config = config(&site, &site.join("public"));
    let first = build(&config, None).unwrap();
    let n = first.photos.encoded;
    assert!(n >= 3, "{n} copies");
    assert_eq!(first.photos.pruned, 0);
    let (copies, _) = cache_files(&config.cache);
    assert_eq!(copies.len(), n, "{copies:?}");
    // A file of the user's own in the cache folder is left alone.
    std::fs::write(config.cache.join("notes.jpg.txt"), "mine").unwrap();

    // The photo changed: its old copies go, the new ones stay.
    let photo_file = site.join("content/partners/krakow/rynek.jpg");
    std::fs::write(&photo_file, photo(1000, 600, 3)).unwrap();
    let changed = build(&config, None).unwrap();
    assert_eq!((changed.photos.encoded, changed.photos.pruned), (n, n));
    let (now, others) = cache_files(&config.cache);
    assert_eq!(now.len(), n);
    assert!(
        now.iter().all(|n| !copies.contains(n)),
        "{now:?} {copies:?}"
    );
    assert_eq!(others, ["notes.jpg.txt", "output-record"]);
    // Built again unchanged, every copy is used and stays.
    let again = build(&config, None).unwrap();
    assert_eq!((again.photos.cached, again.photos.pruned), (n, 0));

    // The photo gone from the site: so are its copies.
    std::fs::remove_file(&photo_file).unwrap();
    let yaml = site.join("content/partners/krakow/partner.yaml");
    let text = std::fs::read_to_string(&yaml).unwrap().replace(LISTED, "");
    std::fs::write(&yaml, text).unwrap();
    let gone = build(&config, None).unwrap();
    assert_eq!(gone.photos.pruned, n);
    assert_eq!(cache_files(&config.cache).0, Vec::<String>::new());
}
