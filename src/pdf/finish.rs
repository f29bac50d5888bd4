//! The last touches to a printed PDF: document language and title for
//! readers and screen readers, reproducible dates, and for the print-shop
//! variant the page boxes that tell a print shop where to cut.

use lopdf::{Dictionary, Document, Object, StringFormat};

use crate::render::PdfJob;
use crate::render::print::{BLEED_MM, SLUG_MM};

const POINTS_PER_MM: f64 = 72.0 / 25.4;

/// A PDF text string: UTF-16BE with its byte order mark.
fn text_string(text: &str) -> Object {
    let mut bytes = vec![0xFE, 0xFF];
    for unit in text.encode_utf16() {
        bytes.extend(unit.to_be_bytes());
    }
    Object::String(bytes, StringFormat::Hexadecimal)
}

fn rectangle(x0: f64, y0: f64, x1: f64, y1: f64) -> Object {
    Object::Array(
        [x0, y0, x1, y1]
            .into_iter()
            .map(|v| Object::Real((v * 100.0).round() as f32 / 100.0))
            .collect(),
    )
}

/// `date` is `YYYY-MM-DD`.
pub fn finish(pdf: &[u8], job: &PdfJob, date: &str) -> Result<Vec<u8>, String> {
    let mut doc = Document::load_mem(pdf).map_err(|e| e.to_string())?;
    {
        let catalog = doc.catalog_mut().map_err(|e| e.to_string())?;
        catalog.set("Lang", Object::string_literal(job.lang.as_str()));
        let mut preferences = Dictionary::new();
        preferences.set("DisplayDocTitle", Object::Boolean(true));
        catalog.set("ViewerPreferences", Object::Dictionary(preferences));
    }
    let pdf_date = format!("D:{}000000Z", date.replace('-', ""));
    let info_id = doc.trailer.get(b"Info").and_then(Object::as_reference).ok();
    let mut info = Dictionary::new();
    if let Some(id) = info_id
        && let Ok(existing) = doc.get_dictionary(id)
    {
        info = existing.clone();
    }
    info.set("Title", text_string(&job.title));
    info.set("CreationDate", Object::string_literal(pdf_date.clone()));
    info.set("ModDate", Object::string_literal(pdf_date));
    match info_id {
        Some(id) => {
            if let Ok(object) = doc.get_object_mut(id) {
                *object = Object::Dictionary(info);
            }
        }
        None => {
            let id = doc.add_object(Object::Dictionary(info));
            doc.trailer.set("Info", Object::Reference(id));
        }
    }
    if let Some(trim) = job.trim {
        let offset = (BLEED_MM + SLUG_MM) * POINTS_PER_MM;
        let bleed = BLEED_MM * POINTS_PER_MM;
        let (w, h) = (trim.width * POINTS_PER_MM, trim.height * POINTS_PER_MM);
        for id in doc.get_pages().into_values() {
            // The browser rounds the sheet to its own units; the page is
            // laid out from the top left, and PDF measures from the bottom.
            let height = doc
                .get_dictionary(id)
                .ok()
                .and_then(|page| page.get(b"MediaBox").ok())
                .and_then(|b| b.as_array().ok())
                .and_then(|b| b.get(3))
                .and_then(|v| v.as_float().ok())
                .map_or(h + 2.0 * offset, f64::from);
            let top = height - offset;
            let trim_box = rectangle(offset, top - h, offset + w, top);
            let bleed_box = rectangle(
                offset - bleed,
                top - h - bleed,
                offset + w + bleed,
                top + bleed,
            );
            if let Ok(page) = doc.get_dictionary_mut(id) {
                page.set("TrimBox", trim_box);
                page.set("BleedBox", bleed_box);
            }
        }
    }
    let mut out = Vec::with_capacity(pdf.len() + 512);
    doc.save_to(&mut out).map_err(|e| e.to_string())?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_are_utf16_with_a_byte_order_mark() {
        let Object::String(bytes, _) = text_string("Łódź") else {
            panic!("not a string")
        };
        assert_eq!(&bytes[..4], &[0xFE, 0xFF, 0x01, 0x41]);
    }
}
