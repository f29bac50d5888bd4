//! Photos of the content: what they are and how large, read from their
//! headers only, with limits that stop a decompression bomb before a
//! single pixel is decoded.

use std::io::Cursor;
use std::path::Path;

use image::{ImageDecoder, ImageFormat, ImageReader, Limits};

use crate::error::Diagnostic;

/// The widest and tallest photo accepted, in pixels (a 100-megapixel
/// camera makes about 11600 × 8700).
pub const MAX_SIDE: u32 = 16_384;
/// The most memory one decoded photo may take.
pub const MAX_DECODED: u64 = 512 * 1024 * 1024;

/// The limits every photo is read with.
pub fn limits() -> Limits {
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_DECODED);
    limits
}

/// The kinds of photo twinpress resizes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PhotoFormat {
    Jpeg,
    Png,
    Webp,
}

/// A photo's header: its format and its size once turned upright.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct PhotoInfo {
    pub format: PhotoFormat,
    pub width: u32,
    pub height: u32,
}

/// Whether a file name is that of a photo twinpress resizes.
pub fn is_photo(path: &Path) -> bool {
    matches!(extension(path).as_str(), "jpg" | "jpeg" | "png" | "webp")
}

/// Image formats a phone or camera makes that browsers or twinpress
/// cannot use as they are.
pub fn is_unsupported_image(path: &Path) -> bool {
    matches!(
        extension(path).as_str(),
        "heic" | "heif" | "tif" | "tiff" | "bmp" | "avif" | "raw" | "cr2" | "nef" | "dng"
    )
}

fn extension(path: &Path) -> String {
    path.extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default()
}

/// Reads a photo and checks it whole (a JPEG cut short is found here,
/// by `check` too, not only when it is resized); `shown` is the path
/// messages name.
pub fn probe(disk_path: &Path, shown: &Path) -> Result<PhotoInfo, Diagnostic> {
    let bytes = std::fs::read(disk_path)
        .map_err(|e| Diagnostic::file(shown, format!("cannot read the photo: {e}")))?;
    let (format, mut decoder) = decoder(&bytes, shown)?;
    let (w, h) = decoder.dimensions();
    let orientation = decoder.orientation().map_err(|e| read_error(shown, e))?;
    let (width, height) = if turns_sideways(orientation) {
        (h, w)
    } else {
        (w, h)
    };
    Ok(PhotoInfo {
        format,
        width,
        height,
    })
}

/// Opens a photo within the limits: what it is, and a decoder that has
/// read its header. A file that is not a JPEG, PNG or WebP, or a JPEG
/// cut short, is refused with its name.
pub fn decoder<'a>(
    bytes: &'a [u8],
    shown: &Path,
) -> Result<(PhotoFormat, impl ImageDecoder + 'a), Diagnostic> {
    let bad = |what: String| {
        Diagnostic::file(shown, what)
            .with_help("export it again as a JPEG (photos) or PNG (drawings) from a photo editor")
    };
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| bad(format!("cannot read the photo: {e}")))?;
    let format = match reader.format() {
        Some(ImageFormat::Jpeg) => PhotoFormat::Jpeg,
        Some(ImageFormat::Png) => PhotoFormat::Png,
        Some(ImageFormat::WebP) => PhotoFormat::Webp,
        Some(other) => {
            let kind = other
                .extensions_str()
                .first()
                .map_or_else(|| "another kind of".to_string(), |e| e.to_uppercase());
            return Err(bad(format!(
                "this file is a {kind} image, not the JPEG, PNG or WebP its name says"
            )));
        }
        None => return Err(bad("this file is not an image".into())),
    };
    if format == PhotoFormat::Jpeg && !jpeg_is_complete(bytes) {
        return Err(Diagnostic::file(
            shown,
            "the photo is damaged or cut short: its data ends before the end of the image",
        )
        .with_help("copy the photo again from the camera or phone, or export it again as a JPEG"));
    }
    reader.limits(limits());
    let decoder = reader.into_decoder().map_err(|e| read_error(shown, e))?;
    Ok((format, decoder))
}

/// Whether an EXIF orientation swaps width and height.
fn turns_sideways(orientation: image::metadata::Orientation) -> bool {
    use image::metadata::Orientation::*;
    matches!(
        orientation,
        Rotate90 | Rotate270 | Rotate90FlipH | Rotate270FlipH
    )
}

/// What went wrong reading a photo, in words, with the file.
pub fn read_error(shown: &Path, e: image::ImageError) -> Diagnostic {
    use image::ImageError;
    let message = match &e {
        ImageError::Limits(_) => format!(
            "the photo is too large to open safely (at most {MAX_SIDE} × {MAX_SIDE} pixels and {} MiB decoded)",
            MAX_DECODED / 1024 / 1024
        ),
        ImageError::Decoding(_) => "the photo is damaged or cut short".to_string(),
        ImageError::Unsupported(_) => "this kind of image is not supported".to_string(),
        _ => format!("cannot read the photo: {e}"),
    };
    Diagnostic::file(shown, message).with_help(
        "export it again as a JPEG (photos) or PNG (drawings), at most a few thousand pixels wide",
    )
}

/// Whether a JPEG's data runs to its end marker. Decoders fill a photo cut
/// short (a copy that stopped half way) with grey rather than fail, so the
/// structure is walked: segments by their lengths (an EXIF thumbnail
/// inside one is skipped whole), entropy-coded data up to the next marker,
/// until the end-of-image marker. What follows it (some cameras add data)
/// does not matter.
pub fn jpeg_is_complete(bytes: &[u8]) -> bool {
    if !bytes.starts_with(&[0xFF, 0xD8]) {
        return false;
    }
    let mut i = 2;
    loop {
        // Fill bytes before a marker.
        while i < bytes.len() && bytes[i] == 0xFF && bytes.get(i + 1) == Some(&0xFF) {
            i += 1;
        }
        let (Some(&0xFF), Some(&marker)) = (bytes.get(i), bytes.get(i + 1)) else {
            return false;
        };
        i += 2;
        match marker {
            0xD9 => return true,
            // Markers without a length.
            0x01 | 0xD0..=0xD7 => continue,
            _ => {}
        }
        let Some(len) = bytes
            .get(i..i + 2)
            .map(|l| usize::from(u16::from_be_bytes([l[0], l[1]])))
        else {
            return false;
        };
        if len < 2 {
            return false;
        }
        i += len;
        if marker == 0xDA {
            // Entropy-coded data: up to a marker that is not a stuffed
            // zero or a restart.
            loop {
                match (bytes.get(i), bytes.get(i + 1)) {
                    (Some(&0xFF), Some(&next)) if next == 0x00 || (0xD0..=0xD7).contains(&next) => {
                        i += 2
                    }
                    (Some(&0xFF), Some(_)) => break,
                    (Some(_), _) => i += 1,
                    (None, _) => return false,
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn another_kind_of_image_is_named_by_its_format() {
        let gif = b"GIF89a\x01\x00\x01\x00\x00\x00\x00;";
        let Err(d) = decoder(gif, Path::new("content/partners/x/a.jpg")) else {
            panic!("a GIF was taken for a JPEG");
        };
        assert!(d.message.contains("a GIF image"), "{}", d.message);
    }

    #[test]
    fn a_jpeg_cut_short_is_told_from_a_whole_one() {
        // SOI, an APP1 holding a thumbnail's own EOI, SOS with data, EOI.
        let mut whole = vec![0xFF, 0xD8, 0xFF, 0xE1, 0x00, 0x06, 0xFF, 0xD9, 0x00, 0x00];
        whole.extend_from_slice(&[
            0xFF, 0xDA, 0x00, 0x02, 0x12, 0xFF, 0x00, 0x34, 0xFF, 0xD0, 0x56,
        ]);
        whole.extend_from_slice(&[0xFF, 0xD9]);
        assert!(jpeg_is_complete(&whole));
        let mut trailer = whole.clone();
        trailer.extend_from_slice(b"camera data");
        assert!(jpeg_is_complete(&trailer));
        for cut in 0..whole.len() - 1 {
            assert!(!jpeg_is_complete(&whole[..cut]), "cut at {cut}");
        }
    }
}
