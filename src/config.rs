//! Where the site is, where the output goes, and what the command line
//! overrides.
//!
//! Settings from files (site.yaml) and overrides from flags stay separate:
//! flags are `Option`s applied on top by the command, so a default flag can
//! never silently win over the file.

use std::path::PathBuf;

/// What a build needs to know beyond the site's own files.
#[derive(Debug, Clone)]
pub struct BuildConfig {
    /// The site folder (holds `content/`).
    pub root: PathBuf,
    /// The output folder; `root/public` unless given.
    pub output: PathBuf,
    /// Replaces `base_url` of site.yaml (a preview deploy, a staging host).
    pub base_url: Option<String>,
    /// Where resized photos are kept between builds; `root/.twinpress/cache`
    /// unless given.
    pub cache: PathBuf,
    /// The day the build treats as today, as (year, month, day).
    pub today: (i32, u8, u8),
}

impl BuildConfig {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        let root = root.into();
        BuildConfig {
            output: root.join("public"),
            cache: root.join(".twinpress").join("cache"),
            root,
            base_url: None,
            today: today(),
        }
    }
}

/// Today's date in UTC, or the date of `SOURCE_DATE_EPOCH` when it is set,
/// so that builds can be reproduced byte for byte on another day.
pub fn today() -> (i32, u8, u8) {
    let secs = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_secs() as i64)
                .unwrap_or(0)
        });
    civil_from_days(secs.div_euclid(86_400))
}

/// Days since 1970-01-01 to a Gregorian date (Howard Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i32, u8, u8) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_to_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(19_723), (2024, 1, 1));
        assert_eq!(civil_from_days(20_412), (2025, 11, 20));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
    }
}
