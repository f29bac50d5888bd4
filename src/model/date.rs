//! Dates as people write them: a year, a month or a day, and spans.
//!
//! `2018`, `2017-12`, `2019-10-18`, `2024-06-09..2024-06-15`. The precision
//! written is the precision shown, so a date keeps which parts it has.

use std::fmt;

/// A date known to the year, the month or the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    pub year: i32,
    /// 1–12, or `None` for a year alone.
    pub month: Option<u8>,
    /// 1–31, or `None` when only the month or year is known.
    pub day: Option<u8>,
}

impl PartialDate {
    pub fn ymd(year: i32, month: u8, day: u8) -> PartialDate {
        PartialDate {
            year,
            month: Some(month),
            day: Some(day),
        }
    }

    pub fn parse(text: &str) -> Result<PartialDate, String> {
        let text = text.trim();
        let bad = || format!("`{text}` is not a date; write it as 2019, 2019-10 or 2019-10-18");
        let parts: Vec<&str> = text.split('-').collect();
        let num = |s: &str, len: usize| -> Result<u32, String> {
            if s.len() == len && s.bytes().all(|b| b.is_ascii_digit()) {
                s.parse().map_err(|_| bad())
            } else {
                Err(bad())
            }
        };
        let year = num(parts.first().copied().unwrap_or(""), 4)? as i32;
        if year == 0 {
            return Err(format!(
                "`{text}` has the year 0000, which the calendar does not have; write the year, like 2019"
            ));
        }
        let month = match parts.get(1) {
            Some(m) => Some(num(m, 2)? as u8),
            None => None,
        };
        let day = match parts.get(2) {
            Some(d) => Some(num(d, 2)? as u8),
            None => None,
        };
        if parts.len() > 3 {
            return Err(bad());
        }
        if let Some(m) = month
            && !(1..=12).contains(&m)
        {
            return Err(format!("`{text}` has no month {m}; months are 01 to 12"));
        }
        if let (Some(m), Some(d)) = (month, day) {
            let last = days_in_month(year, m);
            if d == 0 || d > last {
                return Err(format!(
                    "`{text}` does not exist: {year}-{m:02} has {last} days"
                ));
            }
        }
        Ok(PartialDate { year, month, day })
    }

    /// The first day the date covers (`2017-12` → 2017-12-01).
    pub fn first_day(&self) -> (i32, u8, u8) {
        (self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The last day the date covers (`2017-12` → 2017-12-31).
    pub fn last_day(&self) -> (i32, u8, u8) {
        let month = self.month.unwrap_or(12);
        (
            self.year,
            month,
            self.day.unwrap_or_else(|| days_in_month(self.year, month)),
        )
    }

    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (None, _) => Precision::Year,
            (Some(_), None) => Precision::Month,
            (Some(_), Some(_)) => Precision::Day,
        }
    }
}

/// Which parts of a date are known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    Year,
    Month,
    Day,
}

impl fmt::Display for PartialDate {
    /// The ISO form, valid in `<time datetime>`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

/// A four-digit year (`2024`), as in file names and `facts_as_of`.
pub fn parse_year(text: &str) -> Option<i32> {
    let text = text.trim();
    (text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
        .filter(|&year| year != 0)
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        _ => 28,
    }
}

/// A date or a span of dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct When {
    pub start: PartialDate,
    /// The last date of a span; `None` for a single date.
    pub end: Option<PartialDate>,
}

impl When {
    pub fn parse(text: &str) -> Result<When, String> {
        match text.split_once("..") {
            None => Ok(When {
                start: PartialDate::parse(text)?,
                end: None,
            }),
            Some((a, b)) => {
                let start = PartialDate::parse(a)?;
                let end = PartialDate::parse(b)?;
                if start.precision() != end.precision() {
                    return Err(format!(
                        "both ends of the span `{text}` must be written to the same precision (2024-06-09..2024-06-15)"
                    ));
                }
                if end < start {
                    return Err(format!("the span `{text}` ends before it starts"));
                }
                Ok(When {
                    start,
                    end: if end == start { None } else { Some(end) },
                })
            }
        }
    }

    pub fn last(&self) -> PartialDate {
        self.end.unwrap_or(self.start)
    }

    pub fn year(&self) -> i32 {
        self.start.year
    }

    /// Whether its last day is before `today` (of which the first day
    /// counts): a month's activity is past only once the month is.
    pub fn is_past(&self, today: PartialDate) -> bool {
        self.last().last_day() < today.first_day()
    }
}

impl fmt::Display for When {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.end {
            None => write!(f, "{}", self.start),
            Some(end) => write!(f, "{}..{}", self.start, end),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_span_is_past_once_its_last_day_is() {
        let today = PartialDate::ymd(2025, 11, 20);
        assert!(When::parse("2025-11-19").unwrap().is_past(today));
        assert!(!When::parse("2025-11-20").unwrap().is_past(today));
        assert!(!When::parse("2025-11").unwrap().is_past(today));
        assert!(
            !When::parse("2025-10-30..2025-11-21")
                .unwrap()
                .is_past(today)
        );
        assert!(When::parse("2025-10").unwrap().is_past(today));
    }

    #[test]
    fn parses_each_precision() {
        assert_eq!(
            PartialDate::parse("2018").unwrap().precision(),
            Precision::Year
        );
        assert_eq!(
            PartialDate::parse("2017-12").unwrap(),
            PartialDate {
                year: 2017,
                month: Some(12),
                day: None
            }
        );
        assert_eq!(
            PartialDate::parse("2019-10-18").unwrap(),
            PartialDate::ymd(2019, 10, 18)
        );
    }

    #[test]
    fn refuses_impossible_dates() {
        assert!(
            PartialDate::parse("2019-02-30")
                .unwrap_err()
                .contains("28 days")
        );
        assert!(PartialDate::parse("2020-02-29").is_ok());
        assert!(PartialDate::parse("2019-13").is_err());
        assert!(PartialDate::parse("19-10-18").is_err());
        assert!(PartialDate::parse("2019/10/18").is_err());
        assert!(PartialDate::parse("2019-10-18-1").is_err());
        assert!(PartialDate::parse("").is_err());
    }

    #[test]
    fn years() {
        assert_eq!(parse_year("2024"), Some(2024));
        assert_eq!(parse_year("24"), None);
        assert_eq!(parse_year("0000"), None);
        assert!(
            PartialDate::parse("0000-05-01")
                .unwrap_err()
                .contains("year 0000")
        );
        assert_eq!(PartialDate::parse("0001").unwrap().year, 1);
        assert_eq!(parse_year("+202"), None);
        assert_eq!(parse_year("2024-01"), None);
    }

    #[test]
    fn spans() {
        let w = When::parse("2024-06-09..2024-06-15").unwrap();
        assert_eq!(w.start, PartialDate::ymd(2024, 6, 9));
        assert_eq!(w.last(), PartialDate::ymd(2024, 6, 15));
        assert_eq!(w.to_string(), "2024-06-09..2024-06-15");
        assert!(When::parse("2024-06-15..2024-06-09").is_err());
        assert!(When::parse("2024-06..2024-06-09").is_err());
    }

    #[test]
    fn ranges_of_partial_dates() {
        let d = PartialDate::parse("2024-02").unwrap();
        assert_eq!(d.first_day(), (2024, 2, 1));
        assert_eq!(d.last_day(), (2024, 2, 29));
        assert_eq!(
            PartialDate::parse("2023").unwrap().last_day(),
            (2023, 12, 31)
        );
    }
}
