//! site.yaml: the site, its languages, the home municipality, contact
//! and accessibility details.

use super::*;

impl Loader {
    pub(super) fn config(&mut self, file: &SourceFile, content: &Content) -> Option<SiteConfig> {
        let (raw, spans) = self.parse_yaml::<RawSite>(file, &file.text, 0)?;
        let doc = Doc {
            file: &file.path,
            spans,
        };
        let base_url = self
            .url(&doc, "base_url", &raw.base_url)
            .map(|u| if u.ends_with('/') { u } else { format!("{u}/") });
        let default_language = self.lang(&doc, "default_language", &raw.default_language);
        let mut languages = Vec::new();
        for (i, code) in raw.languages.iter().enumerate() {
            let path = join("languages", i);
            if let Some(l) = self.lang(&doc, &path, code) {
                if languages.contains(&l) {
                    self.error(doc.diag(&path, format!("the language `{l}` is listed twice")));
                } else {
                    languages.push(l);
                }
            }
        }
        if let Some(d) = &default_language
            && !languages.contains(d)
            && languages.len() == raw.languages.len()
        {
            self.error(
                doc.diag(
                    "languages",
                    format!("the default language `{d}` is not among the site's languages"),
                )
                .with_help(format!("add `{d}` to languages")),
            );
        }
        if let Some(d) = &default_language {
            self.langs = Some((d.clone(), languages.clone()));
        }
        let title = self.text(&doc, "title", &raw.title);
        let description = self.text(&doc, "description", &raw.description);
        let home = self.facts(&doc, "home", &raw.home);
        let color = match raw.identity.color.as_deref() {
            None => Some("#1f5fa8".to_string()),
            Some(c)
                if c.len() == 7
                    && c.starts_with('#')
                    && c[1..].bytes().all(|b| b.is_ascii_hexdigit()) =>
            {
                Some(c.to_ascii_lowercase())
            }
            Some(c) => {
                self.error(
                    doc.diag("identity/color", format!("`{c}` is not a colour"))
                        .with_help("write it as #rrggbb, e.g. \"#1f5fa8\" (quoted)"),
                );
                None
            }
        };
        let logo = match raw.identity.logo.as_ref() {
            None => None,
            Some(l) => {
                let path = PathBuf::from("content").join(l);
                let found = content
                    .statics
                    .iter()
                    .find(|s| s.path == path)
                    .map(document);
                if found.is_none() {
                    self.error(
                        doc.diag(
                            "identity/logo",
                            format!("the logo `{l}` is not in content/"),
                        )
                        .with_help("put the file in content/ and give its path relative to it"),
                    );
                }
                found
            }
        };
        let contact = raw.contact.as_ref().map(|c| Contact {
            organisation: self
                .text(&doc, "contact/organisation", &c.organisation)
                .unwrap_or(Localized::Same(String::new())),
            unit: self.opt_text(&doc, "contact/unit", &c.unit),
            address: c.address.clone(),
            email: c.email.clone(),
            phone: c.phone.as_ref().map(|p| p.0.clone()),
        });
        let accessibility = match &raw.accessibility {
            None => {
                self.problems.warn_at(
                    Diagnostic::file(
                        &file.path,
                        "there are no `accessibility:` details, so the accessibility statement says they are not published yet",
                    )
                    .with_help("add `accessibility:` with `published`, `status` and `contact` (see README, site.yaml)"),
                );
                None
            }
            Some(a) => {
                let published = self.date(&doc, "accessibility/published", &a.published.0);
                let updated = a
                    .updated
                    .as_ref()
                    .and_then(|u| self.date(&doc, "accessibility/updated", &u.0));
                let status = self.word(&doc, "accessibility/status", &a.status, Compliance::parse);
                let exceptions = self.opt_text(&doc, "accessibility/exceptions", &a.exceptions);
                let architecture =
                    self.opt_text(&doc, "accessibility/architecture", &a.architecture);
                let communication =
                    self.opt_text(&doc, "accessibility/communication", &a.communication);
                let procedure = self.opt_text(&doc, "accessibility/procedure", &a.procedure);
                match (published, status) {
                    (Some(published), Some(status)) => Some(Accessibility {
                        published,
                        updated,
                        status,
                        exceptions,
                        contact_name: a.contact.name.clone(),
                        contact_email: a.contact.email.clone(),
                        contact_phone: a.contact.phone.as_ref().map(|p| p.0.clone()),
                        architecture,
                        communication,
                        procedure,
                    }),
                    _ => None,
                }
            }
        };
        let privacy = raw.privacy.as_ref().map(|p| Privacy {
            officer_name: p.officer.name.clone(),
            officer_email: p.officer.email.clone(),
            officer_phone: p.officer.phone.as_ref().map(|x| x.0.clone()),
            hosting: self.opt_text(&doc, "privacy/hosting", &p.hosting),
            logs_days: p.logs_days,
            authority: self.opt_text(&doc, "privacy/authority", &p.authority),
            updated: p
                .updated
                .as_ref()
                .and_then(|u| self.date(&doc, "privacy/updated", &u.0)),
        });
        Some(SiteConfig {
            base_url: base_url?,
            default_language: default_language?,
            languages,
            title: title?,
            description: description?,
            home: home?,
            logo,
            color: color?,
            contact,
            accessibility,
            privacy,
        })
    }
}
