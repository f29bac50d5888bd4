//! Where each page lives: the default language at the root, the others
//! under `/<lang>/`, all below the path of `base_url`.

use crate::model::{Lang, Site};

/// Builds links for one site.
#[derive(Debug, Clone)]
pub struct Urls {
    /// `https://example.pl/partnerstwo/`
    base_url: String,
    /// `/partnerstwo/`
    base_path: String,
    default: Lang,
}

impl Urls {
    pub fn new(site: &Site) -> Urls {
        Urls::at(
            site.config.base_url.clone(),
            site.config.default_language.clone(),
        )
    }

    /// Links below `base_url` (`https://example.pl/partnerstwo/`), the
    /// `default` language's at its root.
    pub fn at(base_url: String, default: Lang) -> Urls {
        let after_scheme = base_url
            .split_once("://")
            .map_or(base_url.as_str(), |(_, r)| r);
        let base_path = match after_scheme.find('/') {
            Some(i) => after_scheme[i..].to_string(),
            None => "/".to_string(),
        };
        Urls {
            base_url,
            base_path,
            default,
        }
    }

    /// The output path of a page (`en/partners/poissy/`) for its route
    /// (`partners/poissy/`) in a language.
    pub fn path(&self, lang: &Lang, route: &str) -> String {
        self.under("", lang, route)
    }

    /// A root-relative link (`/partnerstwo/en/partners/poissy/`).
    pub fn link(&self, lang: &Lang, route: &str) -> String {
        self.under(&self.base_path, lang, route)
    }

    /// A link to a file that is the same in every language (`style.css`).
    pub fn asset(&self, path: &str) -> String {
        [self.base_path.as_str(), path].concat()
    }

    /// The absolute address of a page, for hreflang and the sitemap.
    pub fn absolute(&self, lang: &Lang, route: &str) -> String {
        self.under(&self.base_url, lang, route)
    }

    /// `start`, then the page's path: made in one piece, as every page
    /// asks for many of them.
    fn under(&self, start: &str, lang: &Lang, route: &str) -> String {
        if *lang == self.default {
            [start, route].concat()
        } else {
            [start, lang.as_str(), "/", route].concat()
        }
    }

    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The path of `base_url` (`/partnerstwo/`), which every link inside
    /// the site starts with.
    pub fn base_path(&self) -> &str {
        &self.base_path
    }

    /// The scheme and host of `base_url` (`https://example.pl`).
    pub fn origin(&self) -> &str {
        self.base_url
            .strip_suffix(self.base_path.as_str())
            .unwrap_or(&self.base_url)
    }
}

/// The file a route is written to (`partners/poissy/` → `…/index.html`).
pub fn file_of(path: &str) -> String {
    if path.is_empty() || path.ends_with('/') {
        format!("{path}index.html")
    } else {
        path.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn urls(base: &str) -> Urls {
        Urls {
            base_url: base.to_string(),
            base_path: String::new(),
            default: Lang::parse("pl").unwrap(),
        }
        .rebased()
    }

    impl Urls {
        fn rebased(mut self) -> Urls {
            let after = self
                .base_url
                .split_once("://")
                .map_or(self.base_url.as_str(), |(_, r)| r);
            self.base_path = after
                .find('/')
                .map_or("/".to_string(), |i| after[i..].to_string());
            self
        }
    }

    #[test]
    fn default_language_at_the_root() {
        let u = urls("https://example.pl/");
        let pl = Lang::parse("pl").unwrap();
        let en = Lang::parse("en").unwrap();
        assert_eq!(u.link(&pl, "partners/"), "/partners/");
        assert_eq!(u.link(&en, "partners/"), "/en/partners/");
        assert_eq!(u.absolute(&en, ""), "https://example.pl/en/");
    }

    #[test]
    fn base_url_with_a_path() {
        let u = urls("https://example.pl/partnerstwo/");
        let en = Lang::parse("en").unwrap();
        assert_eq!(
            u.link(&en, "partners/poissy/"),
            "/partnerstwo/en/partners/poissy/"
        );
        assert_eq!(u.asset("style.css"), "/partnerstwo/style.css");
    }

    #[test]
    fn routes_to_files() {
        assert_eq!(file_of(""), "index.html");
        assert_eq!(file_of("en/partners/"), "en/partners/index.html");
        assert_eq!(file_of("404.html"), "404.html");
    }
}
