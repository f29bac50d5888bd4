//! The photo pipeline on 100 photos of 12 megapixels: the first build
//! (every photo decoded, turned upright, resized to every width and
//! encoded) and the rebuild from the cache.
//!
//!     cargo bench --bench photos
//!
//! The photos are made by the benchmark (4000 × 3000 JPEGs with detail, so
//! that they compress like photographs) into a copy of the test fixture
//! `czech-region`, in a temporary folder. The figures are in the README.

use std::path::Path;
use std::time::Instant;

use twinpress::commands::build::build;
use twinpress::config::BuildConfig;

const PHOTOS: usize = 100;
const WIDTH: u32 = 4000;
const HEIGHT: u32 = 3000;

fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from).into_iter().flatten() {
        let target = to.join(entry.path().strip_prefix(from).expect("inside"));
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).expect("a folder");
        } else {
            std::fs::copy(entry.path(), &target).expect("a copy");
        }
    }
}

/// A photo-like picture: smooth light with fine texture, different for
/// every `seed`.
fn photo(seed: u32) -> Vec<u8> {
    let mut state = seed.wrapping_mul(2_654_435_761).max(1);
    let img = image::RgbImage::from_fn(WIDTH, HEIGHT, |x, y| {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        let noise = (state % 24) as u8;
        let r = ((x * 255 / WIDTH) as u8).wrapping_add(noise);
        let g = ((y * 255 / HEIGHT) as u8).wrapping_add(noise / 2);
        let b = (((x + y + seed * 97) / 23 % 255) as u8).wrapping_add(noise);
        image::Rgb([r, g, b])
    });
    let mut bytes = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, 88)
        .encode_image(&img)
        .expect("a JPEG");
    bytes
}

fn main() {
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let site = tmp.path().join("site");
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/czech-region"),
        &site,
    );
    let folder = site.join("content/partners/krakow");
    let made = Instant::now();
    let mut total = 0;
    for i in 0..PHOTOS {
        let bytes = photo(i as u32);
        total += bytes.len();
        std::fs::write(folder.join(format!("photo-{i:03}.jpg")), bytes).expect("a photo");
    }
    println!(
        "{PHOTOS} photos of {WIDTH} × {HEIGHT} ({} MB) made in {:.1} s",
        total / 1_000_000,
        made.elapsed().as_secs_f64()
    );
    let mut config = BuildConfig::new(&site);
    config.output = tmp.path().join("public");
    config.cache = tmp.path().join("cache");
    for run in ["first build (no cache)", "rebuild (from the cache)"] {
        let started = Instant::now();
        let summary = build(&config, None).expect("the site builds");
        println!(
            "{run}: {:.2} s, {} photo copies encoded, {} from the cache",
            started.elapsed().as_secs_f64(),
            summary.photos.encoded,
            summary.photos.cached
        );
    }
    println!(
        "on {} threads",
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
}
