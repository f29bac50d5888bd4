//! PDFs of the print publications, printed by a headless Chromium.
//!
//! One browser is started for a build and driven over the DevTools
//! protocol; a few connections to it print in parallel, each reusing its
//! own tab from page to page. Before printing, each folder is measured in
//! print layout: a panel whose text does not fit is reported by name. The
//! PDFs are then finished with lopdf: document language, title and dates,
//! and for the print-shop variant the TrimBox and BleedBox a print shop's
//! software reads.
//!
//! The browser may reach nothing but the output folder: every host name
//! resolves to nothing, so a page that asked for a remote file would print
//! without it, never leak a request.

mod browser;
mod finish;

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::error::{Error, Result, Warning};
use crate::render::{Body, OutputFile, PdfJob};

pub use browser::find_chromium;

/// What printing made.
#[derive(Debug, Default)]
pub struct Printed {
    pub files: Vec<OutputFile>,
    pub warnings: Vec<Warning>,
}

/// A PDF's bytes and what measuring its page found.
type PrintedPage = (Vec<u8>, Vec<Warning>);

/// Prints every job from the pages already written under `root`.
/// `date` (`YYYY-MM-DD`) becomes the PDFs' creation date.
pub fn print_all(chromium: &Path, root: &Path, jobs: &[PdfJob], date: &str) -> Result<Printed> {
    if jobs.is_empty() {
        return Ok(Printed::default());
    }
    let browser = browser::Browser::launch(chromium)?;
    let workers = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .clamp(1, 4)
        .min(jobs.len());
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<(usize, Result<PrintedPage>)>> = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                let mut tab = match browser.tab() {
                    Ok(t) => t,
                    Err(e) => {
                        let i = next.fetch_add(1, Ordering::SeqCst);
                        if let Ok(mut r) = results.lock() {
                            r.push((i, Err(e)));
                        }
                        return;
                    }
                };
                loop {
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    let Some(job) = jobs.get(i) else { break };
                    let result = print_one(&mut tab, root, job, date);
                    if let Ok(mut r) = results.lock() {
                        r.push((i, result));
                    }
                }
            });
        }
    });
    let mut results = results.into_inner().unwrap_or_default();
    results.sort_by_key(|(i, _)| *i);
    let mut printed = Printed::default();
    for (i, result) in results {
        let (bytes, warnings) = result?;
        printed.warnings.extend(warnings);
        if let Some(job) = jobs.get(i) {
            printed.files.push(OutputFile {
                path: job.pdf.clone(),
                body: Body::Bytes(bytes),
            });
        }
    }
    if printed.files.len() != jobs.len() {
        return Err(Error::Pdf {
            message: format!(
                "only {} of {} PDFs were printed",
                printed.files.len(),
                jobs.len()
            ),
            help: "run the build again; if it keeps failing, run with `--chromium PATH` naming another Chromium".into(),
        });
    }
    Ok(printed)
}

fn print_one(tab: &mut browser::Tab, root: &Path, job: &PdfJob, date: &str) -> Result<PrintedPage> {
    let page: PathBuf = root.join(&job.html);
    let page = page.canonicalize().map_err(|e| Error::read(&page, e))?;
    tab.open(&file_url(&page))?;
    let mut warnings = Vec::new();
    if job.has_panels && job.trim.is_none() {
        for (panel, over_mm) in tab.overflowing_panels()? {
            warnings.push(Warning {
                message: format!(
                    "{}: the text of the panel “{panel}” is {over_mm:.0} mm too long for the folder and is cut off in print; shorten the text it shows (see README, “Print publications”)",
                    job.html
                ),
            });
        }
    }
    let pdf = tab.print_pdf()?;
    let pdf = finish::finish(&pdf, job, date).map_err(|message| Error::Pdf {
        message: format!("{}: {message}", job.pdf),
        help: "the browser printed a PDF that could not be read; try another Chromium with `--chromium PATH`".into(),
    })?;
    Ok((pdf, warnings))
}

/// A `file://` URL for an absolute path, percent-encoding what needs it.
fn file_url(path: &Path) -> String {
    let mut url = String::from("file://");
    let text = path.to_string_lossy().replace('\\', "/");
    if !text.starts_with('/') {
        url.push('/');
    }
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'/' | b'-' | b'_' | b'.' | b'~' | b':' => {
                url.push(b as char)
            }
            b => url.push_str(&format!("%{b:02X}")),
        }
    }
    url
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_urls_are_percent_encoded() {
        assert_eq!(
            file_url(Path::new("/tmp/my site/print/poissy/fr/index.html")),
            "file:///tmp/my%20site/print/poissy/fr/index.html"
        );
        assert_eq!(file_url(Path::new("/a/ż")), "file:///a/%C5%BC");
    }
}
