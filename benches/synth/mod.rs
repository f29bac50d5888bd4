//! A synthetic site in the content format, for the benchmarks: N partners
//! with facts and timelines, a profile of 400–800 words in each of L
//! languages (lists, a table, links to other partners and to the web),
//! activities over several years, yearly reports and free pages. The
//! same seed gives the same site, byte for byte.

pub mod hugo;

use std::fmt::Write as _;
use std::path::Path;

/// What to make.
#[derive(Debug, Clone, Copy)]
pub struct Shape {
    pub partners: usize,
    /// Site languages, the first of them the default (at most 12).
    pub languages: usize,
    pub seed: u64,
}

impl Shape {
    /// The shape whose build makes about `pages` partner pages: one per
    /// partner and site language, 8 languages.
    pub fn pages(pages: usize, seed: u64) -> Shape {
        Shape {
            partners: pages.div_ceil(8),
            languages: 8,
            seed,
        }
    }

    /// The site's languages, the default first.
    pub fn languages(&self) -> &'static [&'static str] {
        &LANGUAGES[..self.languages.clamp(1, LANGUAGES.len())]
    }
}

/// Languages the example's locales cover, in the order sites take them.
const LANGUAGES: [&str; 12] = [
    "pl", "en", "de", "fr", "cs", "it", "sv", "ka", "uk", "lt", "lv", "nl",
];
const COUNTRIES: [&str; 12] = [
    "PL", "GB", "DE", "FR", "CZ", "IT", "SE", "GE", "UA", "LT", "LV", "NL",
];
const AREAS: [&str; 8] = [
    "culture",
    "education",
    "sport",
    "youth",
    "economy",
    "tourism",
    "heritage",
    "environment",
];
const SYLLABLES: [&str; 24] = [
    "bor", "ka", "lin", "wa", "ród", "sze", "mo", "ta", "ny", "gó", "ra", "ve", "lé", "no", "stą",
    "dör", "fel", "ri", "ča", "vo", "ße", "lu", "ks", "ań",
];
const WORDS: [&str; 48] = [
    "partnership",
    "town",
    "school",
    "exchange",
    "youth",
    "festival",
    "visit",
    "council",
    "culture",
    "museum",
    "river",
    "market",
    "square",
    "orchestra",
    "football",
    "library",
    "agreement",
    "delegation",
    "teachers",
    "students",
    "choir",
    "heritage",
    "bridge",
    "park",
    "współpraca",
    "miasto",
    "młodzież",
    "Städtepartnerschaft",
    "Begegnung",
    "jumelage",
    "échange",
    "spolupráce",
    "gemellaggio",
    "vänort",
    "თანამშრომლობა",
    "партнерство",
    "együttműködés",
    "bendradarbiavimas",
    "hermanamiento",
    "seniors",
    "sport",
    "tourism",
    "economy",
    "environment",
    "volunteers",
    "artists",
    "photography",
    "cuisine",
];

/// A small, fast generator (xorshift64*), so the site depends on the seed
/// alone.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

fn name(random: &mut Random) -> String {
    let mut name = String::new();
    for _ in 0..2 + random.below(3) {
        name.push_str(random.pick(&SYLLABLES));
    }
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => name,
    }
}

fn sentence(random: &mut Random) -> String {
    let n = 8 + random.below(10);
    let words: Vec<&str> = (0..n).map(|_| random.pick(&WORDS)).collect();
    let mut s = words.join(" ");
    if let Some(first) = s.get(..1) {
        s.replace_range(..1, &first.to_uppercase());
    }
    s.push('.');
    s
}

/// A profile of 400–800 words (a section more at most): paragraphs, a
/// list, a table and links.
fn profile(random: &mut Random, slugs: &[String], lang: &str) -> String {
    let target = 400 + random.below(300);
    let mut out = format!("---\nsummary: {}\n---\n", sentence(random));
    let front_matter = out.len();
    let mut section = 0;
    // Sections are added until the text has its words: the last one may
    // go a section over.
    while out[front_matter..].split_whitespace().count() < target {
        section += 1;
        let _ = writeln!(out, "## {} {section}\n", random.pick(&WORDS));
        for _ in 0..3 {
            let s = sentence(random);
            let other = &slugs[random.below(slugs.len())];
            let _ = write!(
                out,
                "{s} **{}** [{}](../{other}/) and [more](https://example.org/{lang}/{}). ",
                random.pick(&WORDS),
                random.pick(&WORDS),
                random.below(1000)
            );
        }
        out.push_str("\n\n");
        for _ in 0..4 {
            let _ = writeln!(out, "- {}", sentence(random));
        }
        out.push('\n');
        if section % 2 == 0 {
            out.push_str("| year | people | what |\n|---|---:|---|\n");
            for year in 2019..2023 {
                let _ = writeln!(
                    out,
                    "| {year} | {} | {} |",
                    random.below(200),
                    random.pick(&WORDS)
                );
            }
            out.push('\n');
        }
    }
    out
}

/// Writes the site into `root` (which should be empty).
pub fn write(root: &Path, shape: Shape) -> std::io::Result<()> {
    let mut random = Random(shape.seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
    let languages = shape.languages();
    let content = root.join("content");
    std::fs::create_dir_all(&content)?;
    let localized = |random: &mut Random, f: &mut dyn FnMut(&mut Random) -> String| {
        let mut out = String::from("{");
        for (i, lang) in languages.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            let _ = write!(out, "{lang}: \"{}\"", f(random));
        }
        out.push('}');
        out
    };
    let title = localized(&mut random, &mut |_| "Twin towns".into());
    std::fs::write(
        content.join("site.yaml"),
        format!(
            "base_url: https://twins.example.org/\ndefault_language: {}\nlanguages: [{}]\n\
             title: {title}\ndescription: {title}\n\
             home: {{name: Synthtown, kind: city, country: PL, languages: [pl], location: {{lat: 52.1, lon: 20.8}}}}\n\
             accessibility: {{published: 2024-01-15, status: full, contact: {{name: A. Person, email: a11y@example.org}}}}\n",
            languages[0],
            languages.join(", ")
        ),
    )?;

    let slugs: Vec<String> = (0..shape.partners).map(|i| format!("town-{i}")).collect();
    for (i, slug) in slugs.iter().enumerate() {
        let folder = content.join("partners").join(slug);
        std::fs::create_dir_all(&folder)?;
        let country = i % COUNTRIES.len();
        let areas: Vec<&str> = (0..1 + random.below(3))
            .map(|_| random.pick(&AREAS))
            .collect();
        let mut areas = areas;
        areas.sort_unstable();
        areas.dedup();
        let mut yaml = format!(
            "name: {} {i}\nkind: city\ncountry: {}\nlanguages: [{}]\n\
             location: {{lat: {:.4}, lon: {:.4}}}\npopulation: {}\nfacts_as_of: 2024\n\
             areas: [{}]\ntimeline:\n",
            name(&mut random),
            COUNTRIES[country],
            LANGUAGES[country],
            36.0 + random.below(3000) as f64 / 100.0,
            -9.0 + random.below(4000) as f64 / 100.0,
            5_000 + random.below(500_000),
            areas.join(", ")
        );
        let signed = 1990 + random.below(30);
        let _ = write!(
            yaml,
            "  - date: {signed}-0{}-1{}\n    event: agreement\n    signatories: [{} {}, {} {}]\n",
            1 + random.below(9),
            random.below(10),
            name(&mut random),
            name(&mut random),
            name(&mut random),
            name(&mut random)
        );
        if random.below(3) == 0 {
            let _ = write!(
                yaml,
                "  - date: {}\n    event: renewal\n",
                signed + 5 + random.below(5)
            );
        }
        std::fs::write(folder.join("partner.yaml"), yaml)?;
        for lang in languages {
            std::fs::write(
                folder.join(format!("{lang}.md")),
                profile(&mut random, &slugs, lang),
            )?;
        }
    }

    let activities = content.join("activities");
    std::fs::create_dir_all(&activities)?;
    for year in 2019..=2024 {
        let mut yaml = String::new();
        for _ in 0..(shape.partners / 4).max(1) {
            let partner = &slugs[random.below(slugs.len().max(1))];
            let title = localized(&mut random, &mut |r| sentence(r).replace('"', ""));
            let _ = write!(
                yaml,
                "- title: {title}\n  date: \"{year}-{:02}\"\n  kind: visit\n  partners: [{partner}]\n  \
                 areas: [{}]\n  participants: {}\n",
                1 + random.below(12),
                random.pick(&AREAS),
                2 + random.below(60)
            );
        }
        std::fs::write(activities.join(format!("{year}.yaml")), yaml)?;
    }

    for year in 2020..=2024 {
        let folder = content.join("reports").join(year.to_string());
        std::fs::create_dir_all(&folder)?;
        for lang in languages {
            let mut text = format!(
                "---\ntitle: Report {year}\nsummary: {}\n---\n",
                sentence(&mut random)
            );
            for _ in 0..3 {
                let _ = writeln!(
                    text,
                    "## {}\n\n{}\n",
                    random.pick(&WORDS),
                    sentence(&mut random)
                );
            }
            std::fs::write(folder.join(format!("{lang}.md")), text)?;
        }
    }

    for (i, page) in ["about", "strategy", "contact"].iter().enumerate() {
        let folder = content.join("pages").join(page);
        std::fs::create_dir_all(&folder)?;
        for lang in languages {
            std::fs::write(
                folder.join(format!("{lang}.md")),
                format!(
                    "---\ntitle: {page}\nmenu: {}\n---\n{}\n",
                    10 * (i + 1),
                    sentence(&mut random)
                ),
            )?;
        }
    }
    Ok(())
}
