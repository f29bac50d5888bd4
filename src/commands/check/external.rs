//! `check --external`: asking each web address the site links to whether
//! it is still there, a few at a time, each within a time limit.

use std::collections::BTreeMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

/// An address that does not answer as it should, with where it is linked.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct Dead {
    pub url: String,
    pub problem: String,
    /// Where the link is: `content/…/pl.md:4:5` or `page en/partners/x/`.
    pub places: Vec<String>,
}

/// How the addresses are asked.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// For one address, from connecting to the last byte of the answer.
    pub timeout: Duration,
    /// Addresses asked at the same time.
    pub connections: usize,
}

/// Asks every address in `links` (address → where it is linked).
pub fn check(links: &BTreeMap<String, Vec<String>>, limits: Limits) -> Vec<Dead> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(limits.timeout))
        .http_status_as_error(false)
        .max_redirects(10)
        .user_agent(concat!(
            "twinpress/",
            env!("CARGO_PKG_VERSION"),
            " (link check)"
        ))
        .build()
        .into();
    let list: Vec<(&String, &Vec<String>)> = links.iter().collect();
    let next = AtomicUsize::new(0);
    let dead = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..limits.connections.clamp(1, 64).min(list.len()) {
            scope.spawn(|| {
                while let Some((url, places)) = list.get(next.fetch_add(1, Ordering::Relaxed)) {
                    if let Err(problem) = ask(&agent, url, limits.timeout) {
                        let found = Dead {
                            url: (*url).clone(),
                            problem,
                            places: (*places).clone(),
                        };
                        dead.lock().unwrap_or_else(|e| e.into_inner()).push(found);
                    }
                }
            });
        }
    });
    let mut dead = dead.into_inner().unwrap_or_else(|e| e.into_inner());
    dead.sort();
    dead
}

/// HEAD first; servers that refuse it are asked with GET.
fn ask(agent: &ureq::Agent, url: &str, timeout: Duration) -> Result<(), String> {
    let status = match agent.head(url).call() {
        Ok(r) => r.status().as_u16(),
        Err(e) => return Err(problem(e, timeout)),
    };
    let status = if matches!(status, 400 | 403 | 405 | 501) {
        match agent.get(url).call() {
            Ok(r) => r.status().as_u16(),
            Err(e) => return Err(problem(e, timeout)),
        }
    } else {
        status
    };
    if status < 400 {
        Ok(())
    } else {
        let reason = match status {
            404 | 410 => " (the page is gone)",
            401 | 403 => " (the page is not public)",
            500..=599 => " (the server has a problem; try again later)",
            _ => "",
        };
        Err(format!("answered {status}{reason}"))
    }
}

fn problem(e: ureq::Error, timeout: Duration) -> String {
    match e {
        ureq::Error::Timeout(_) => format!("did not answer within {} s", timeout.as_secs()),
        ureq::Error::HostNotFound => "its host was not found".into(),
        ureq::Error::ConnectionFailed => "could not be reached".into(),
        ureq::Error::Io(_) | ureq::Error::Protocol(_) | ureq::Error::BodyStalled => {
            "could not be reached, or broke off its answer".into()
        }
        ureq::Error::Tls(_) | ureq::Error::Rustls(_) | ureq::Error::TlsRequired => {
            "its secure connection (HTTPS) failed: its certificate may have expired or be for another address; open it in a browser, and link to another address if it stays broken".into()
        }
        ureq::Error::TooManyRedirects | ureq::Error::RedirectFailed => {
            "sends visitors round in circles (too many redirects)".into()
        }
        ureq::Error::BadUri(_) => "is not a web address written correctly".into(),
        // What remains is rare and technical; say it as it is.
        other => format!("could not be checked ({other})"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn connection_failures_are_said_in_words_not_library_text() {
        let t = Duration::from_secs(10);
        assert!(problem(ureq::Error::Tls("bad certificate"), t).contains("HTTPS"));
        assert!(problem(ureq::Error::TooManyRedirects, t).contains("redirects"));
        let io = std::io::Error::other("os error 104");
        assert!(!problem(ureq::Error::Io(io), t).contains("os error"));
    }
}
