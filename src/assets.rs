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
    /// Copies removed from the cache: of photos the site no longer has,
    /// or has changed.
    pub pruned: usize,
}

/// What [`make`] does with the copies in the cache that the site's
/// photos do not use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unused {
    /// Leaves them: the files are only some of the site's (a partial
    /// render in `serve`).
    Keep,
    /// Removes them: the files are all the site's.
    Remove,
}

/// Turns every photo job in `files` into the bytes of its copy. With a
/// `cache` folder, copies are taken from it and new ones kept in it.
/// `done` is called after each original, for a progress bar.
pub fn make(
    files: &mut [OutputFile],
    cache: Option<&Path>,
    unused: Unused,
    done: &(dyn Fn() + Sync),
) -> Result<Made> {
    let mut by_source: BTreeMap<PathBuf, Vec<usize>> = BTreeMap::new();
    for (i, f) in files.iter().enumerate() {
        if let Body::Image(job) = &f.body {
            by_source.entry(job.source.clone()).or_default().push(i);
        }
    }
    let pruned = |used: &std::collections::BTreeSet<String>| match (cache, unused) {
        (Some(dir), Unused::Remove) => prune(dir, used),
        _ => 0,
    };
    if by_source.is_empty() {
        return Ok(Made {
            pruned: pruned(&Default::default()),
            ..Made::default()
        });
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
    let mut used = std::collections::BTreeSet::new();
    for result in results {
        match result {
            Ok(made) => {
                for (i, bytes, entry) in made {
                    files[i].body = Body::Bytes(bytes);
                    used.insert(entry);
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
        pruned: pruned(&used),
    })
}

/// Removes from the cache folder `dir` the copies not named in `used`,
/// and what a write cut short left there a day ago or more; returns how
/// many copies it removed. Only names a copy or such a leftover has are
/// touched (the folder also keeps the output's record, and may be
/// anything a user named). A copy that cannot be removed stays, costing
/// only room.
fn prune(dir: &Path, used: &std::collections::BTreeSet<String>) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let day_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(24 * 3600);
    let mut removed = 0;
    for entry in entries.filter_map(|e| e.ok()) {
        let name = entry.file_name();
        let Some(name) = name.to_str() else {
            continue;
        };
        let kind = entry_kind(name);
        let gone = match kind {
            Some(Entry::Copy) => !used.contains(name),
            Some(Entry::Unfinished) => entry
                .metadata()
                .and_then(|m| m.modified())
                .is_ok_and(|t| t < day_ago),
            None => false,
        };
        if gone && std::fs::remove_file(entry.path()).is_ok() {
            removed += usize::from(kind == Some(Entry::Copy));
        }
    }
    removed
}

/// What a file of the cache folder is, by its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Entry {
    /// A copy, named by [`cache_name`].
    Copy,
    /// A copy being written, or whose writing was cut short ([`keep`]).
    Unfinished,
}

/// Tells a copy's name (`<32 hex digits>-<width>x<height>-p<n>-` and
/// `q<quality>.jpg` or `png`) and an unfinished one's (`….tmp<pid>-<n>`
/// in place of the extension) from any other.
fn entry_kind(name: &str) -> Option<Entry> {
    let (hash, rest) = name.split_at_checked(32)?;
    if !hash
        .bytes()
        .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
    {
        return None;
    }
    let mut parts = rest.strip_prefix('-')?.splitn(3, '-');
    let (size, pipeline, encoding) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let (w, h) = size.split_once('x')?;
    if !digits(w) || !digits(h) || !pipeline.strip_prefix('p').is_some_and(digits) {
        return None;
    }
    let (stem, ext) = encoding.rsplit_once('.').unwrap_or((encoding, ""));
    let quality = |stem: &str| stem.strip_prefix('q').is_some_and(digits);
    let unfinished = |ext: &str| {
        ext.strip_prefix("tmp")
            .and_then(|n| n.split_once('-'))
            .is_some_and(|(pid, n)| digits(pid) && digits(n))
    };
    match (stem, ext) {
        ("png", "") => Some(Entry::Copy),
        (q, "jpg") if quality(q) => Some(Entry::Copy),
        (q, ext) if (q == "png" || quality(q)) && unfinished(ext) => Some(Entry::Unfinished),
        _ => None,
    }
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

/// The copies of one original (the file's index, its bytes, its name in
/// the cache), or why they cannot be made.
type Copies = std::result::Result<Vec<(usize, Vec<u8>, String)>, Diagnostic>;

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
        let name = cache_name(&hash, job);
        match cache.and_then(|dir| std::fs::read(dir.join(&name)).ok()) {
            Some(bytes) => {
                cached.fetch_add(1, Ordering::Relaxed);
                out.push((i, bytes, name));
            }
            None => missing.push((i, job, name)),
        }
    }
    if missing.is_empty() {
        return Ok(out);
    }
    let upright = decode(&original, shown)?;
    for (i, job, name) in missing {
        let bytes = resize_and_encode(&upright, job)
            .map_err(|e| Diagnostic::file(shown, format!("cannot resize the photo: {e}")))?;
        encoded.fetch_add(1, Ordering::Relaxed);
        if let Some(dir) = cache {
            // A cache that cannot be written only costs time next build.
            let _ = keep(&dir.join(&name), &bytes);
        }
        out.push((i, bytes, name));
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

#[cfg(test)]
mod tests {
    use super::*;

    const HASH: &str = "0123456789abcdef0123456789abcdef";

    #[test]
    fn copies_and_unfinished_copies_are_told_by_their_names() {
        let job = |encoding| ImageJob {
            source: PathBuf::from("rynek.jpg"),
            shown: "content/partners/krakow/rynek.jpg".into(),
            width: 480,
            height: 320,
            encoding,
        };
        for encoding in [Encoding::Jpeg(80), Encoding::Png] {
            let name = cache_name(HASH, &job(encoding));
            assert_eq!(entry_kind(&name), Some(Entry::Copy), "{name}");
            let unfinished = Path::new(&name).with_extension("tmp4242-7");
            let unfinished = unfinished.to_str().unwrap();
            assert_eq!(
                entry_kind(unfinished),
                Some(Entry::Unfinished),
                "{unfinished}"
            );
        }
        for other in [
            "output-record",
            "notes.txt",
            "0123456789ABCDEF0123456789ABCDEF-480x320-p1-q80.jpg",
            "0123456789abcdef0123456789abcde-480x320-p1-q80.jpg",
            "0123456789abcdef0123456789abcdef-480x-p1-q80.jpg",
            "0123456789abcdef0123456789abcdef-480x320-x1-q80.jpg",
            "0123456789abcdef0123456789abcdef-480x320-p1-q80.jpeg",
            "0123456789abcdef0123456789abcdef-480x320-p1-q80.tmp-1",
            "0123456789abcdef0123456789abcdef-480x320-p1-gif",
            "Łódź",
        ] {
            assert_eq!(entry_kind(other), None, "{other}");
        }
    }

    #[test]
    fn pruning_removes_unused_copies_and_old_unfinished_ones_only() {
        let dir = tempfile::tempdir().unwrap();
        let copy = |n: u32| format!("{HASH}-{n}x100-p1-q80.jpg");
        let files = [
            copy(100),
            copy(200),
            copy(300),
            format!("{HASH}-100x100-p1-q80.tmp1-1"),
            format!("{HASH}-200x100-p1-png.tmp1-2"),
            "output-record".to_string(),
            "notes.txt".to_string(),
        ];
        for f in &files {
            std::fs::write(dir.path().join(f), f).unwrap();
        }
        // One unfinished copy was left two days ago, the other is being
        // written now.
        let two_days_ago =
            std::time::SystemTime::now() - std::time::Duration::from_secs(2 * 24 * 3600);
        std::fs::File::options()
            .write(true)
            .open(dir.path().join(&files[3]))
            .and_then(|f| f.set_modified(two_days_ago))
            .unwrap();
        let used = [copy(200)].into_iter().collect();
        assert_eq!(prune(dir.path(), &used), 2);
        let mut left: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        left.sort();
        let mut kept = vec![
            copy(200),
            files[4].clone(),
            "notes.txt".into(),
            "output-record".into(),
        ];
        kept.sort();
        assert_eq!(left, kept);
        // A folder that is not there prunes nothing.
        assert_eq!(prune(&dir.path().join("none"), &used), 0);
    }
}
