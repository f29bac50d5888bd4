//! The search index of one language: partners (by every name they go
//! by), activities, reports and pages, with the words of their texts. The
//! search page's script loads it and searches in the browser: no server,
//! nothing sent anywhere.

use std::sync::OnceLock;

use super::*;

/// One thing the search can find. Its fields are written in the order
/// of their names, as a JSON object of them would be.
#[derive(Serialize)]
struct Entry {
    /// A line under the title (country and status, date and place).
    d: String,
    /// What it is: `partner`, `activity`, `report`, `page`.
    k: &'static str,
    /// Every name it goes by (a town's own name, its exonyms, and their
    /// Latin transliterations), matched before the words of its text.
    n: Vec<String>,
    /// Its title in the page's language.
    t: String,
    /// Where it is.
    u: String,
    /// The words of its text, each once.
    w: String,
}

/// A language's index, its fields in the order of their names.
#[derive(Serialize)]
struct Index<'a> {
    /// How many were found, `{count}` standing for the number.
    count: String,
    entries: Vec<Entry>,
    /// What each kind of entry is called.
    kinds: BTreeMap<&'a str, String>,
    /// What the search says when nothing is found.
    none: String,
}

/// The words of the partners' profile texts, each text's found once: by
/// the first page that renders the text, as it reads it anyway, or else
/// by the index.
pub struct ProfileWords<'a>(rustc_hash::FxHashMap<&'a str, Vec<(&'a Lang, Found)>>);

/// A text's words, once found.
type Found = OnceLock<Box<str>>;

impl<'a> ProfileWords<'a> {
    pub fn new(site: &'a Site) -> ProfileWords<'a> {
        ProfileWords(
            site.partners
                .iter()
                .map(|p| {
                    let texts = p.texts.keys().map(|lang| (lang, OnceLock::new()));
                    (p.id.as_str(), texts.collect())
                })
                .collect(),
        )
    }

    /// Where the words of `p`'s text in `lang` go, while no page has
    /// found them.
    pub(super) fn unread(&self, p: &Partner, lang: &Lang) -> Option<&Found> {
        self.get(p, lang).filter(|words| words.get().is_none())
    }

    fn get(&self, p: &Partner, lang: &Lang) -> Option<&Found> {
        let texts = self.0.get(p.id.as_str())?;
        texts
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, words)| words)
    }

    /// Adds the words of `p`'s text in `lang` to `words`, found now if
    /// no page did.
    fn add(&self, words: &mut markdown::Words, p: &Partner, lang: &Lang, text: &Text) {
        match self.get(p, lang) {
            Some(found) => words.found(found.get_or_init(|| markdown::words(&text.body).into())),
            None => words.markdown(&text.body),
        }
    }
}

/// Where a language's index is published.
pub fn path(urls: &Urls, lang: &Lang) -> String {
    urls.path(lang, "search/data.js")
}

/// The index as a script that sets `TWINPRESS_SEARCH` (a script rather
/// than JSON: it loads from the file system too, and needs no `fetch`).
pub fn data(site: &Site, i18n: &I18n, urls: &Urls, lang: &Lang, env: &super::Env) -> Vec<u8> {
    let profiles = env.words;
    let cx = Ctx::new(site, i18n, urls, lang, env.own_pages);
    let mut entries = Vec::new();
    for p in &site.partners {
        let mut names = vec![p.facts.name.clone()];
        names.extend(p.facts.names.values().cloned());
        let mut latin: Vec<String> = names.iter().map(|n| any_ascii::any_ascii(n)).collect();
        names.append(&mut latin);
        names.push(p.slug.replace('-', " "));
        names.sort();
        names.dedup();
        let mut words = markdown::Words::default();
        if let Some((text, fallback)) = cx.text_of(&p.texts) {
            words.markdown(text.summary.as_deref().unwrap_or(""));
            profiles.add(&mut words, p, fallback.unwrap_or(lang), text);
        }
        if let Some(region) = &p.facts.region {
            words.plain(pick(region, site, lang).text);
        }
        for area in &p.areas {
            words.plain(&crate::i18n::marks::plain(&cx.tr.t(&area.message_id())));
        }
        entries.push(Entry {
            k: "partner",
            t: p.facts.name_in(lang).to_string(),
            u: cx.partner_url(p),
            d: format!(
                "{} · {}",
                cx.country(p.facts.country),
                cx.tr.t(&p.status.message_id())
            ),
            n: names,
            w: words.into_string(),
        });
    }
    for a in &site.activities {
        let mut words = markdown::Words::default();
        if let Some(summary) = &a.summary {
            words.markdown(pick(summary, site, lang).text);
        }
        if let Some(place) = &a.place {
            words.plain(pick(&place.name, site, lang).text);
        }
        for p in a.partners.iter().filter_map(|id| site.partner(id)) {
            words.plain(p.facts.name_in(lang));
        }
        entries.push(Entry {
            k: "activity",
            t: pick(&a.title, site, lang).text.to_string(),
            u: format!("{}#{}", urls.link(cx.nav, &activity_route(site, a)), a.id),
            d: format!(
                "{} · {}",
                cx.tr.when(&a.when),
                cx.tr.t(&a.kind.message_id())
            ),
            n: Vec::new(),
            w: words.into_string(),
        });
    }
    for r in &site.reports {
        let text = cx.text_of(&r.texts);
        entries.push(Entry {
            k: "report",
            t: crate::render::report_title(&cx.tr, r.year, text.map(|(t, _)| t)),
            u: urls.link(cx.nav, &report_route(r.year)),
            d: r.year.to_string(),
            n: Vec::new(),
            w: text
                .map(|(t, _)| markdown::words(&t.body))
                .unwrap_or_default(),
        });
    }
    for (i, page) in site.pages.iter().enumerate() {
        let Some((text, _)) = cx.text_of(&page.texts) else {
            continue;
        };
        entries.push(Entry {
            k: "page",
            t: text.title.clone().unwrap_or_default(),
            u: urls.link(cx.nav, &page_route(site, i, cx.nav)),
            d: text.summary.clone().unwrap_or_default(),
            n: Vec::new(),
            w: markdown::words(&text.body),
        });
    }
    let kinds: BTreeMap<&str, String> = ["partner", "activity", "report", "page"]
        .into_iter()
        .map(|k| (k, cx.tr.t(&format!("search-kind-{k}"))))
        .collect();
    let index = Index {
        count: cx
            .tr
            .t_with("search-count", &[("count", Arg::from("{count}"))]),
        entries,
        kinds,
        none: cx.tr.t("search-none"),
    };
    // Written straight into bytes: made into a JSON value first, every
    // text would be copied, and written through `format!`, read in many
    // small pieces.
    let mut script = b"self.TWINPRESS_SEARCH=".to_vec();
    serde_json::to_writer(&mut script, &index)
        .expect("strings, lists and maps with string keys are written to memory without fail");
    script.extend_from_slice(b";\n");
    script
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The index is written as its JSON value would be, whose objects
    /// keep their keys in the order of their names: the fields are in
    /// that order, so that the file is the same as when it was made
    /// through a value.
    #[test]
    fn the_index_is_written_as_its_json_value_would_be() {
        let entry = |k, n: &[&str]| Entry {
            d: "Francja · \"aktywne\"".into(),
            k,
            n: n.iter().map(|s| s.to_string()).collect(),
            t: "Poissy <3".into(),
            u: "/partners/poissy/".into(),
            w: "współpraca jumelage".into(),
        };
        let index = Index {
            count: "{count} wyników".into(),
            entries: vec![entry("partner", &["Poissy", "Puasi"]), entry("page", &[])],
            kinds: [
                ("partner", "Partner".into()),
                ("activity", "Wydarzenie".into()),
            ]
            .into(),
            none: "Nic".into(),
        };
        let value = serde_json::to_value(&index).unwrap();
        let written = serde_json::to_string(&index).unwrap();
        assert_eq!(written, value.to_string());
        assert!(
            written.starts_with(r#"{"count":"{count} wyników","entries":[{"d":"#),
            "{written}"
        );
    }
}
