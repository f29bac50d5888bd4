//! Which resized copies of each photo the site needs: a few widths for
//! screens (for `srcset`) and one for print at 300 ppi. The copies are
//! made later, by `assets`; originals are never published.

use std::path::PathBuf;

use crate::model::Photo;
use crate::source::images::PhotoFormat;

/// Widths offered to browsers, in pixels.
pub const WEB_WIDTHS: [u32; 4] = [480, 800, 1200, 1600];
/// The widest print copy: a report's full text width (170 mm) at 300 ppi.
pub const PRINT_WIDTH: u32 = 2000;
/// Print resolution.
pub const PRINT_PPI: f64 = 300.0;

/// How a copy is encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Encoding {
    /// Photographs; the quality for the encoder.
    Jpeg(u8),
    /// Drawings and anything with transparency.
    Png,
}

/// One resized copy to make.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageJob {
    /// The original on disk.
    pub source: PathBuf,
    /// The original as messages name it (`content/partners/x/rynek.jpg`).
    pub shown: PathBuf,
    pub width: u32,
    pub height: u32,
    pub encoding: Encoding,
}

/// One copy's place in the output and its size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Copy {
    /// Relative to the output folder.
    pub path: String,
    pub width: u32,
    pub height: u32,
}

/// The copies of one photo.
#[derive(Debug, Clone)]
pub struct Plan {
    pub web: Vec<Copy>,
    pub print: Copy,
    format: PhotoFormat,
}

/// How a photo's web and print copies are encoded: PNG stays PNG (it may
/// be a drawing, or transparent); photographs become JPEG.
fn encodings(format: PhotoFormat) -> (Encoding, Encoding, &'static str) {
    match format {
        PhotoFormat::Png => (Encoding::Png, Encoding::Png, "png"),
        PhotoFormat::Jpeg | PhotoFormat::Webp => (Encoding::Jpeg(80), Encoding::Jpeg(90), "jpg"),
    }
}

/// The pixels a photo needs to print `mm` wide at 300 ppi.
pub fn pixels_for_mm(mm: f64) -> u32 {
    (mm / 25.4 * PRINT_PPI).ceil() as u32
}

impl Plan {
    /// The copies of `photo`, published in `folder` (`partners/krakow/`).
    pub fn new(photo: &Photo, folder: &str) -> Plan {
        let (w, h) = (photo.info.width.max(1), photo.info.height.max(1));
        let stem = &photo.stem;
        let (_, _, extension) = encodings(photo.info.format);
        let scaled = |width: u32| {
            let width = width.min(w);
            let height =
                ((u64::from(h) * u64::from(width) + u64::from(w) / 2) / u64::from(w)).max(1);
            (width, height as u32)
        };
        let mut widths: Vec<u32> = WEB_WIDTHS.iter().copied().filter(|&x| x < w).collect();
        let largest = w.min(WEB_WIDTHS[WEB_WIDTHS.len() - 1]);
        if !widths.contains(&largest) {
            widths.push(largest);
        }
        let web = widths
            .into_iter()
            .map(|width| {
                let (width, height) = scaled(width);
                Copy {
                    path: format!("{folder}{stem}-{width}w.{extension}"),
                    width,
                    height,
                }
            })
            .collect();
        let (pw, ph) = scaled(PRINT_WIDTH);
        Plan {
            web,
            print: Copy {
                path: format!("{folder}{stem}-print.{extension}"),
                width: pw,
                height: ph,
            },
            format: photo.info.format,
        }
    }

    /// What makes each copy, for the output.
    pub fn jobs(&self, photo: &Photo) -> Vec<(String, ImageJob)> {
        let (web, print, _) = encodings(self.format);
        let job = |c: &Copy, encoding: Encoding| {
            (
                c.path.clone(),
                ImageJob {
                    source: photo.disk_path.clone(),
                    shown: photo.path.clone(),
                    width: c.width,
                    height: c.height,
                    encoding,
                },
            )
        };
        let mut jobs: Vec<(String, ImageJob)> = self.web.iter().map(|c| job(c, web)).collect();
        jobs.push(job(&self.print, print));
        jobs
    }

    /// The copy shown by browsers without `srcset`: the middle one.
    pub fn fallback(&self) -> &Copy {
        &self.web[(self.web.len() - 1) / 2]
    }

    /// Whether the photo is sharp when printed `mm` wide (a pixel short
    /// of 300 ppi does not show).
    pub fn prints_sharp_at(photo: &Photo, mm: f64) -> bool {
        f64::from(photo.info.width) >= f64::from(pixels_for_mm(mm)) * 0.98
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::images::PhotoInfo;

    fn photo(width: u32, height: u32, format: PhotoFormat) -> Photo {
        Photo {
            name: "Rynek Główny.JPG".into(),
            stem: "rynek-glowny".into(),
            path: "content/partners/krakow/Rynek Główny.JPG".into(),
            disk_path: "/site/content/partners/krakow/Rynek Główny.JPG".into(),
            info: PhotoInfo {
                format,
                width,
                height,
            },
            alt: None,
            credit: None,
            decorative: false,
            listed: true,
        }
    }

    #[test]
    fn a_phone_photo_gets_every_width_and_a_print_copy() {
        let p = photo(4032, 3024, PhotoFormat::Jpeg);
        let plan = Plan::new(&p, "partners/krakow/");
        let widths: Vec<u32> = plan.web.iter().map(|c| c.width).collect();
        assert_eq!(widths, [480, 800, 1200, 1600]);
        assert_eq!(plan.web[0].height, 360);
        assert_eq!(plan.web[0].path, "partners/krakow/rynek-glowny-480w.jpg");
        assert_eq!(plan.print.width, 2000);
        assert_eq!(plan.print.path, "partners/krakow/rynek-glowny-print.jpg");
        assert_eq!(plan.jobs(&p).len(), 5);
    }

    #[test]
    fn a_small_photo_is_never_enlarged() {
        let plan = Plan::new(&photo(1000, 500, PhotoFormat::Png), "pages/x/");
        let widths: Vec<u32> = plan.web.iter().map(|c| c.width).collect();
        assert_eq!(widths, [480, 800, 1000]);
        assert_eq!(plan.print.width, 1000);
        assert!(plan.print.path.ends_with(".png"));
        let tiny = Plan::new(&photo(300, 200, PhotoFormat::Jpeg), "x/");
        assert_eq!(tiny.web.len(), 1);
        assert_eq!((tiny.web[0].width, tiny.web[0].height), (300, 200));
    }

    #[test]
    fn sharpness_in_print_is_judged_at_300_ppi() {
        // 97 mm at 300 ppi is 1146 pixels.
        assert!(Plan::prints_sharp_at(
            &photo(1200, 800, PhotoFormat::Jpeg),
            97.0
        ));
        assert!(!Plan::prints_sharp_at(
            &photo(800, 600, PhotoFormat::Jpeg),
            97.0
        ));
    }
}
