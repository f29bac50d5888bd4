//! Making the resized copies of photos: each original decoded once,
//! turned upright by its EXIF orientation, resized with a SIMD resizer and
//! re-encoded — which leaves behind EXIF, GPS positions and every other
//! metadata. Copies are kept in a cache folder by the original's content
//! and the copy's size and encoding, so an unchanged photo costs nothing
//! on the next build. The cache may be deleted at any time.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use fast_image_resize::{ResizeOptions, Resizer};
use image::{DynamicImage, ImageDecoder, ImageEncoder};
use rayon::prelude::*;

use crate::error::{Diagnostic, Error, Result};
use crate::render::fingerprint::short_hash;
use crate::render::photos::{Encoding, ImageJob};
use crate::render::{Body, OutputFile};
use crate::source::images;

/// Changes whenever the copies would come out different for the same
/// original (another resize filter, encoder settings): old cache entries
/// are then simply not found.
const PIPELINE: &str = "p1";

/// How the copies were made.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Made {
    /// Copies resized and encoded in this build.
    pub encoded: usize,
    /// Copies taken from the cache.
    pub cached: usize,
}

/// Turns every photo job in `files` into the bytes of its copy. With a
/// `cache` folder, copies are taken from it and new ones kept in it.
/// `done` is called after each original, for a progress bar.
pub fn make(
    files: &mut [OutputFile],
    cache: Option<&Path>,
    done: &(dyn Fn() + Sync),
) -> Result<Made> {
    let mut by_source: BTreeMap<PathBuf, Vec<usize>> = BTreeMap::new();
    for (i, f) in files.iter().enumerate() {
        if let Body::Image(job) = &f.body {
            by_source.entry(job.source.clone()).or_default().push(i);
        }
    }
    if by_source.is_empty() {
        return Ok(Made::default());
    }
    if let Some(dir) = cache {
        std::fs::create_dir_all(dir).map_err(|e| Error::write(dir, e))?;
    }
    let encoded = AtomicUsize::new(0);
    let cached = AtomicUsize::new(0);
    let groups: Vec<(&PathBuf, &Vec<usize>)> = by_source.iter().collect();
    let files_ref: &[OutputFile] = files;
    let results: Vec<Copies> = groups
        .par_iter()
        .map(|(source, indexes)| {
            let jobs: Vec<(usize, &ImageJob)> = indexes
                .iter()
                .filter_map(|&i| match &files_ref[i].body {
                    Body::Image(job) => Some((i, job)),
                    _ => None,
                })
                .collect();
            let made = copies_of(source, &jobs, cache, &encoded, &cached);
            done();
            made
        })
        .collect();
    let mut errors = Vec::new();
    for result in results {
        match result {
            Ok(made) => {
                for (i, bytes) in made {
                    files[i].body = Body::Bytes(bytes);
                }
            }
            Err(d) => errors.push(d),
        }
    }
    if !errors.is_empty() {
        errors.sort();
        return Err(Error::Invalid(errors));
    }
    Ok(Made {
        encoded: encoded.into_inner(),
        cached: cached.into_inner(),
    })
}

/// Reads the content files copied as they are (documents, a logo) into
/// memory, for a site served without being written.
pub fn read_copies(files: &mut [OutputFile]) -> Result<()> {
    for f in files.iter_mut() {
        if let Body::Copy(path) = &f.body {
            let bytes = std::fs::read(path).map_err(|e| Error::read(path, e))?;
            f.body = Body::Bytes(bytes);
        }
    }
    Ok(())
}

/// The copies of one original (the file's index, its bytes), or why they
/// cannot be made.
type Copies = std::result::Result<Vec<(usize, Vec<u8>)>, Diagnostic>;

/// The copies of one original, from the cache or made now.
fn copies_of(
    source: &Path,
    jobs: &[(usize, &ImageJob)],
    cache: Option<&Path>,
    encoded: &AtomicUsize,
    cached: &AtomicUsize,
) -> Copies {
    let Some(&(_, first)) = jobs.first() else {
        return Ok(Vec::new());
    };
    let shown = &first.shown;
    let original = std::fs::read(source)
        .map_err(|e| Diagnostic::file(shown, format!("cannot read the photo: {e}")))?;
    let hash = short_hash(&original, 16);
    let mut out = Vec::with_capacity(jobs.len());
    let mut missing = Vec::new();
    for &(i, job) in jobs {
        let entry = cache.map(|dir| dir.join(cache_name(&hash, job)));
        match entry.as_deref().and_then(|p| std::fs::read(p).ok()) {
            Some(bytes) => {
                cached.fetch_add(1, Ordering::Relaxed);
                out.push((i, bytes));
            }
            None => missing.push((i, job, entry)),
        }
    }
    if missing.is_empty() {
        return Ok(out);
    }
    let upright = decode(&original, shown)?;
    for (i, job, entry) in missing {
        let bytes = resize_and_encode(&upright, job)
            .map_err(|e| Diagnostic::file(shown, format!("cannot resize the photo: {e}")))?;
        encoded.fetch_add(1, Ordering::Relaxed);
        if let Some(path) = entry {
            // A cache that cannot be written only costs time next build.
            let _ = keep(&path, &bytes);
        }
        out.push((i, bytes));
    }
    Ok(out)
}

/// Decodes a photo within the limits and turns it upright.
pub fn decode(bytes: &[u8], shown: &Path) -> std::result::Result<DynamicImage, Diagnostic> {
    let (_, mut decoder) = images::decoder(bytes, shown)?;
    let orientation = decoder
        .orientation()
        .map_err(|e| images::read_error(shown, e))?;
    let mut image =
        DynamicImage::from_decoder(decoder).map_err(|e| images::read_error(shown, e))?;
    image.apply_orientation(orientation);
    Ok(image)
}

fn resize_and_encode(image: &DynamicImage, job: &ImageJob) -> std::result::Result<Vec<u8>, String> {
    let source = match job.encoding {
        Encoding::Jpeg(_) => DynamicImage::ImageRgb8(image.to_rgb8()),
        Encoding::Png => DynamicImage::ImageRgba8(image.to_rgba8()),
    };
    let resized = if (source.width(), source.height()) == (job.width, job.height) {
        source
    } else {
        let mut target = DynamicImage::new(job.width, job.height, source.color());
        Resizer::new()
            .resize(&source, &mut target, &ResizeOptions::new())
            .map_err(|e| e.to_string())?;
        target
    };
    let mut bytes = Vec::new();
    match job.encoding {
        Encoding::Jpeg(quality) => {
            image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, quality).write_image(
                resized.as_bytes(),
                resized.width(),
                resized.height(),
                resized.color().into(),
            )
        }
        Encoding::Png => image::codecs::png::PngEncoder::new(&mut bytes).write_image(
            resized.as_bytes(),
            resized.width(),
            resized.height(),
            resized.color().into(),
        ),
    }
    .map_err(|e| e.to_string())?;
    Ok(bytes)
}

/// The cache file of a copy: the original's content, the copy's size and
/// encoding, and the pipeline's version.
fn cache_name(hash: &str, job: &ImageJob) -> String {
    let encoding = match job.encoding {
        Encoding::Jpeg(q) => format!("q{q}.jpg"),
        Encoding::Png => "png".to_string(),
    };
    format!("{hash}-{}x{}-{PIPELINE}-{encoding}", job.width, job.height)
}

/// Writes a cache entry whole or not at all.
fn keep(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    let tmp = path.with_extension(format!("tmp{}-{n}", std::process::id()));
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(&tmp, path)
}
