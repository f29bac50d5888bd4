//! Dates, numbers and plural categories in each language's own form, from
//! ICU4X's CLDR data compiled into the binary.
//!
//! The formatters of a language are made once and shared by every page.

use icu_calendar::{Date, Iso};
use icu_datetime::DateTimeFormatter;
use icu_datetime::fieldsets::{M, MD, Y, YM, YMD};
use icu_decimal::DecimalFormatter;
use icu_locale_core::Locale;
use icu_plurals::{PluralCategory, PluralRules};

use crate::model::{PartialDate, Precision, When};

/// The ICU locale for a content language. Bare `en` is British English
/// here: European partnership sites write "18 October 2019".
pub fn icu_locale(lang: &str) -> Locale {
    let tag = match lang {
        "en" => "en-GB",
        other => other,
    };
    Locale::try_from_str(tag).unwrap_or(Locale::UNKNOWN)
}

/// The locale whose plural rules a language follows: its own without the
/// script. Plurals are the language's, whatever it is written in, but the
/// CLDR's fallback from a locale of another script than the language's
/// usual one goes to the root (`sr-Latn` would count like `und`, with
/// only `other`).
fn plural_locale(mut loc: Locale) -> Locale {
    loc.id.script = None;
    loc
}

fn iso(d: &PartialDate) -> Option<Date<Iso>> {
    let (y, m, day) = d.first_day();
    Date::try_new_iso(y, m, day).ok()
}

fn formatter<F>(locale: &Locale, fields: F) -> DateTimeFormatter<F>
where
    F: icu_datetime::scaffold::DateTimeMarkers
        + icu_datetime::scaffold::DateTimeNamesMarker
        + Clone,
    icu_datetime::provider::Baked: icu_datetime::scaffold::AllAnyCalendarFormattingDataMarkers<F>,
    F::D: icu_datetime::scaffold::DateDataMarkers,
    F::T: icu_datetime::scaffold::TimeMarkers,
    F::Z: icu_datetime::scaffold::ZoneMarkers,
    F: icu_datetime::scaffold::GetField<icu_datetime::fieldsets::enums::CompositeFieldSet>,
{
    DateTimeFormatter::try_new(locale.into(), fields.clone())
        .or_else(|_| DateTimeFormatter::try_new((&Locale::UNKNOWN).into(), fields))
        .expect("ICU4X has root date patterns compiled in")
}

/// Numbers and plural categories of one language: all that Fluent
/// needs, without the date formatters.
#[derive(Debug)]
pub struct Numbers {
    decimal: DecimalFormatter,
    plurals: PluralRules,
}

/// All the formatters of one language.
#[derive(Debug)]
pub struct Formats {
    ymd: DateTimeFormatter<YMD>,
    ym: DateTimeFormatter<YM>,
    y: DateTimeFormatter<Y>,
    md: DateTimeFormatter<MD>,
    m: DateTimeFormatter<M>,
    numbers: Numbers,
}

impl Formats {
    pub fn new(lang: &str) -> Formats {
        let loc = icu_locale(lang);
        Formats {
            ymd: formatter(&loc, YMD::long()),
            ym: formatter(&loc, YM::long()),
            y: formatter(&loc, Y::long()),
            md: formatter(&loc, MD::long()),
            m: formatter(&loc, M::long()),
            numbers: Numbers::new(lang),
        }
    }

    pub fn integer(&self, n: i64) -> String {
        self.numbers.integer(n)
    }

    pub fn decimal(&self, x: f64) -> String {
        self.numbers.decimal(x)
    }

    pub fn plural(&self, n: f64) -> &'static str {
        self.numbers.plural(n)
    }

    /// A date to the precision it was written with: "18 października 2019",
    /// "grudzień 2017", "2018".
    pub fn date(&self, d: &PartialDate) -> String {
        let (y, m, day) = d.first_day();
        let Ok(date) = Date::try_new_iso(y, m, day) else {
            return d.to_string();
        };
        match d.precision() {
            Precision::Day => self.ymd.format(&date).to_string(),
            Precision::Month => self.ym.format(&date).to_string(),
            Precision::Year => self.y.format(&date).to_string(),
        }
    }

    /// A date or a span, sharing what both ends share: "9–15 czerwca
    /// 2024", "9 czerwca – 3 lipca 2024", "czerwiec–sierpień 2024". Where
    /// the language's pattern does not allow sharing (the year or month
    /// comes first), both dates are written in full.
    pub fn when(&self, w: &When) -> String {
        let Some(end) = w.end else {
            return self.date(&w.start);
        };
        let (Some(a), Some(b)) = (iso(&w.start), iso(&end)) else {
            return w.to_string();
        };
        let full = || format!("{} – {}", self.date(&w.start), self.date(&end));
        let same_year = w.start.year == end.year;
        let year = self.y.format(&b).to_string();
        match w.start.precision() {
            Precision::Day if same_year && w.start.month == end.month => {
                let whole = self.ymd.format(&b).to_string();
                match days_apart(&self.ymd.format(&a).to_string(), &whole) {
                    // The days side by side, the rest of the date written
                    // once: "9–15 czerwca 2024", Hungarian "2024. június
                    // 9–15.", Lithuanian "2024 m. birželio 9–15 d.". A mark
                    // the day has before the rest goes with both days:
                    // German "9.–15. Juni 2024", Latvian "2024. gada
                    // 9.–15. jūnijs"; one that ends the date does not.
                    Some((head, from, to, tail)) => {
                        let mark_len = tail
                            .find(|c: char| c.is_whitespace() || c.is_alphanumeric())
                            .unwrap_or(tail.len());
                        let mark = if mark_len < tail.len() {
                            &tail[..mark_len]
                        } else {
                            ""
                        };
                        format!("{head}{from}{mark}–{to}{tail}")
                    }
                    None => full(),
                }
            }
            Precision::Day if same_year => {
                let whole = self.ymd.format(&b).to_string();
                if whole.ends_with(&year) {
                    format!("{} – {whole}", self.md.format(&a))
                } else {
                    full()
                }
            }
            Precision::Month if same_year => {
                let whole = self.ym.format(&b).to_string();
                if whole.ends_with(&year) {
                    format!("{}–{whole}", self.m.format(&a))
                } else {
                    full()
                }
            }
            Precision::Year => format!("{}–{}", self.date(&w.start), self.date(&end)),
            _ => full(),
        }
    }
}

/// Two full dates of the same month told apart by their days alone: what
/// they share before and after the days, and the two days, as written.
fn days_apart<'a>(a: &'a str, b: &'a str) -> Option<(&'a str, &'a str, &'a str, &'a str)> {
    let digit = |c: char| c.is_numeric();
    let mut head = a
        .char_indices()
        .zip(b.chars())
        .find(|((_, x), y)| x != y)
        .map_or(a.len().min(b.len()), |((i, _), _)| i);
    // A day's digits are not shared: 12 and 15 differ in the whole day.
    while a[..head].ends_with(digit) {
        head = a[..head].char_indices().next_back().map_or(0, |(i, _)| i);
    }
    let common_tail = a[head..]
        .chars()
        .rev()
        .zip(b[head..].chars().rev())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x.len_utf8())
        .sum::<usize>();
    let mut tail = common_tail;
    while a[a.len() - tail..].starts_with(digit) {
        tail -= a[a.len() - tail..].chars().next().map_or(0, char::len_utf8);
    }
    let from = &a[head..a.len() - tail];
    let to = &b[head..b.len() - tail];
    let days = |s: &str| !s.is_empty() && s.chars().all(digit);
    (days(from) && days(to)).then(|| (&a[..head], from, to, &a[a.len() - tail..]))
}

impl Numbers {
    pub fn new(lang: &str) -> Numbers {
        let loc = icu_locale(lang);
        Numbers {
            decimal: DecimalFormatter::try_new((&loc).into(), Default::default())
                .or_else(|_| {
                    DecimalFormatter::try_new((&Locale::UNKNOWN).into(), Default::default())
                })
                .expect("ICU4X has root number symbols compiled in"),
            plurals: PluralRules::try_new_cardinal((&plural_locale(loc.clone())).into())
                .or_else(|_| PluralRules::try_new_cardinal((&Locale::UNKNOWN).into()))
                .expect("ICU4X has root plural rules compiled in"),
        }
    }

    /// An integer with the language's grouping: "40 000", "40,000", "40.000".
    pub fn integer(&self, n: i64) -> String {
        self.decimal
            .format(&fixed_decimal::Decimal::from(n))
            .to_string()
    }

    /// A decimal number as written (13.3 → "13,3" in Polish).
    pub fn decimal(&self, x: f64) -> String {
        match format!("{x}").parse::<fixed_decimal::Decimal>() {
            Ok(d) => self.decimal.format(&d).to_string(),
            Err(_) => x.to_string(),
        }
    }

    /// The CLDR plural category of a count: `one`, `few`, `many`, `other`…
    pub fn plural(&self, n: f64) -> &'static str {
        let category = if n.fract() == 0.0 && n >= 0.0 && n < u64::MAX as f64 {
            self.plurals.category_for(n as u64)
        } else {
            match format!("{n}").parse::<fixed_decimal::Decimal>() {
                Ok(d) => self.plurals.category_for(&d),
                Err(_) => PluralCategory::Other,
            }
        };
        match category {
            PluralCategory::Zero => "zero",
            PluralCategory::One => "one",
            PluralCategory::Two => "two",
            PluralCategory::Few => "few",
            PluralCategory::Many => "many",
            PluralCategory::Other => "other",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> PartialDate {
        PartialDate::parse(s).unwrap()
    }

    #[test]
    fn dates_in_each_language() {
        let pl = Formats::new("pl");
        assert_eq!(pl.date(&d("2019-10-18")), "18 października 2019");
        assert_eq!(pl.date(&d("2017-12")), "grudzień 2017");
        assert_eq!(pl.date(&d("2018")), "2018");
        assert_eq!(Formats::new("cs").date(&d("2019-10-18")), "18. října 2019");
        assert_eq!(Formats::new("en").date(&d("2019-10-18")), "18 October 2019");
    }

    #[test]
    fn spans_in_each_language() {
        let w = When::parse("2024-06-09..2024-06-15").unwrap();
        assert_eq!(Formats::new("pl").when(&w), "9–15 czerwca 2024");
        assert_eq!(Formats::new("en").when(&w), "9–15 June 2024");
        assert_eq!(Formats::new("cs").when(&w), "9.–15. června 2024");
        assert_eq!(Formats::new("de").when(&w), "9.–15. Juni 2024");
        assert_eq!(Formats::new("fi").when(&w), "9.–15. kesäkuuta 2024");
        assert_eq!(Formats::new("nb").when(&w), "9.–15. juni 2024");
        assert_eq!(Formats::new("hu").when(&w), "2024. június 9–15.");
        assert_eq!(Formats::new("lt").when(&w), "2024 m. birželio 9–15 d.");
        assert_eq!(Formats::new("lv").when(&w), "2024. gada 9.–15. jūnijs");
        assert_eq!(Formats::new("hr").when(&w), "9.–15. lipnja 2024.");
        assert_eq!(Formats::new("ja").when(&w), "2024年6月9–15日");
        // A day that is also in the year is still found as the day.
        let twenties = When::parse("2020-03-02..2020-03-20").unwrap();
        assert_eq!(Formats::new("hu").when(&twenties), "2020. március 2–20.");
        let across = When::parse("2024-06-09..2024-07-03").unwrap();
        assert_eq!(Formats::new("pl").when(&across), "9 czerwca – 3 lipca 2024");
        let months = When::parse("2024-06..2024-08").unwrap();
        assert_eq!(Formats::new("pl").when(&months), "czerwiec–sierpień 2024");
        let years = When::parse("2024-12-30..2025-01-02").unwrap();
        assert_eq!(
            Formats::new("en").when(&years),
            "30 December 2024 – 2 January 2025"
        );
    }

    #[test]
    fn numbers_in_each_language() {
        assert_eq!(Formats::new("pl").integer(40000), "40\u{a0}000");
        assert_eq!(Formats::new("en").integer(40000), "40,000");
        assert_eq!(Formats::new("de").integer(40000), "40.000");
        assert_eq!(Formats::new("pl").decimal(13.3), "13,3");
    }

    #[test]
    fn plural_categories_for_baltic_languages() {
        let lt = Formats::new("lt");
        assert_eq!(lt.plural(1.0), "one");
        assert_eq!(lt.plural(21.0), "one");
        assert_eq!(lt.plural(2.0), "few");
        assert_eq!(lt.plural(10.0), "other");
        assert_eq!(lt.plural(0.5), "many");
        let lv = Formats::new("lv");
        assert_eq!(lv.plural(0.0), "zero");
        assert_eq!(lv.plural(11.0), "zero");
        assert_eq!(lv.plural(21.0), "one");
        assert_eq!(lv.plural(2.0), "other");
        let pl = Formats::new("pl");
        assert_eq!(pl.plural(1.0), "one");
        assert_eq!(pl.plural(3.0), "few");
        assert_eq!(pl.plural(5.0), "many");
        assert_eq!(pl.plural(22.0), "few");
    }

    #[test]
    fn a_language_counts_alike_in_every_script() {
        for tag in ["sr", "sr-Latn", "sr-Cyrl"] {
            let sr = Formats::new(tag);
            let counted = [1.0, 21.0, 3.0, 5.0, 11.0].map(|n| sr.plural(n));
            assert_eq!(counted, ["one", "one", "few", "other", "other"], "{tag}");
        }
        // The region still counts: European Portuguese has no `one` for 0.
        assert_eq!(Formats::new("pt").plural(0.0), "one");
        assert_eq!(Formats::new("pt-PT").plural(0.0), "other");
    }
}
