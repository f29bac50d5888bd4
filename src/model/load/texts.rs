//! The Markdown texts: partner profiles, pages and yearly reports, one
//! file per language, with their front matter.

use super::*;

impl Loader {
    /// The `<lang>.md` files of one folder, by language. Pages and reports
    /// need the default language's text; a partner may have no profile, but
    /// once it has one, the default language's is required.
    ///
    /// `own` are the languages the folder's pages are made in besides the
    /// site's (a partner's own languages), None when they are not known (a
    /// partner.yaml with mistakes): a text in a language of neither is
    /// published nowhere, which is warned of.
    pub(super) fn texts(
        &mut self,
        folder: &Path,
        files: &[&SourceFile],
        kind: TextKind,
        own: Option<&[Lang]>,
    ) -> BTreeMap<Lang, Text> {
        let mut out = BTreeMap::new();
        // Languages with a file, read or not, and the file: a broken text
        // has its own message and is not also called missing.
        let mut written: BTreeMap<Lang, &Path> = BTreeMap::new();
        for file in files {
            let stem = file.path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
            if !crate::source::has_extension(&file.path, &["md"]) {
                self.error(Diagnostic::file(&file.path, "unexpected file").with_help(
                    "this folder holds <lang>.md files; documents and images are kept as they are",
                ));
                continue;
            }
            let lang = match Lang::parse(stem) {
                Ok(l) => l,
                Err(e) => {
                    self.error(
                        Diagnostic::file(
                            &file.path,
                            format!("the file name must be a language code: {e}"),
                        )
                        .with_help("name it after its language, like pl.md, en.md or sr-Latn.md"),
                    );
                    continue;
                }
            };
            // Names that differ only in case (`DE.md`, `de.md`) are one
            // language, which a system that tells case apart holds twice.
            if let Some(first) = written.get(&lang) {
                self.error(
                    Diagnostic::new(
                        &file.path,
                        1,
                        1,
                        format!(
                            "a second text in `{lang}`: {} is one already",
                            first.display()
                        ),
                    )
                    .with_help(format!(
                        "keep one of them: a folder holds one text per language, and `{}` and `{}` name the same one, capitals or not",
                        first.file_name().unwrap_or_default().display(),
                        file.path.file_name().unwrap_or_default().display()
                    )),
                );
                continue;
            }
            written.insert(lang.clone(), &file.path);
            if let Some(text) = self.markdown(file, kind) {
                out.insert(lang, text);
            }
        }
        let Some((default, languages)) = self.langs.clone() else {
            return out;
        };
        if let Some(own) = own {
            self.warn_unpublished(&out, &languages, own, kind);
        }
        if out.contains_key(&default) {
            for l in languages.iter().filter(|l| !out.contains_key(*l)) {
                self.missing
                    .entry(l.clone())
                    .or_default()
                    .push(folder.join(format!("{l}.md")).display().to_string());
            }
        } else if let Some(other) = out.values().next()
            && !written.contains_key(&default)
        {
            self.error(
                Diagnostic::new(
                    &other.file,
                    1,
                    1,
                    format!("there is no text in the default language `{default}` beside this one"),
                )
                .with_help(format!(
                    "write {}; the other languages fall back to it",
                    folder.join(format!("{default}.md")).display()
                )),
            );
        } else if files.is_empty() && kind != TextKind::Profile {
            self.error(
                Diagnostic::file(folder, "this folder has no text")
                    .with_help(format!("write {default}.md in it")),
            );
        }
        out
    }

    /// Warns of each text in a language that none of its pages is made in.
    fn warn_unpublished(
        &mut self,
        texts: &BTreeMap<Lang, Text>,
        site: &[Lang],
        own: &[Lang],
        kind: TextKind,
    ) {
        let list = |langs: &[Lang]| {
            langs
                .iter()
                .map(|l| format!("`{l}`"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        for (lang, text) in texts {
            if site.contains(lang) || own.contains(lang) {
                continue;
            }
            let (message, help) = if kind == TextKind::Profile {
                (
                    format!(
                        "this text is in `{lang}`, which neither the site's languages ({}) nor the partner's ({}) include, so it is published nowhere",
                        list(site),
                        if own.is_empty() {
                            "none".to_string()
                        } else {
                            list(own)
                        },
                    ),
                    format!(
                        "add `{lang}` to `languages` in partner.yaml to make the partner's page and folder in `{lang}`"
                    ),
                )
            } else {
                (
                    format!(
                        "this text is in `{lang}`, which the site's languages ({}) do not include, so it is published nowhere",
                        list(site),
                    ),
                    format!("add `{lang}` to `languages` in content/site.yaml to publish it"),
                )
            };
            self.problems
                .warn_at(Diagnostic::file(&text.file, message).with_help(help));
        }
    }

    pub(super) fn markdown(&mut self, file: &SourceFile, kind: TextKind) -> Option<Text> {
        // Every Markdown text of a kind was prepared, its text taken from
        // the content; one that was not still has its text.
        let prepared = match self.prepared.remove(&file.path) {
            Some(prepared) => prepared,
            None => Prepared::new(&file.path, file.text.clone(), kind),
        };
        let Prepared {
            kind,
            body,
            body_line,
            meta,
            placeholder,
        } = match prepared {
            Ok(prepared) => prepared,
            Err(d) => {
                self.error(d);
                return None;
            }
        };
        let meta = match meta {
            Err(d) => {
                self.error(d);
                return None;
            }
            Ok(meta) => meta,
        };
        match meta {
            Meta::Profile(parsed) => {
                let (meta, spans) = self.parsed(parsed)?;
                let doc = Doc {
                    file: &file.path,
                    spans,
                };
                let translated_from = self.translated_from(&doc, &meta.translated_from);
                self.warn_placeholders(&doc, meta.summary.as_deref(), placeholder);
                Some(Text {
                    file: file.path.clone(),
                    title: None,
                    summary: meta.summary,
                    common_ground: meta.common_ground,
                    menu: None,
                    slug: None,
                    body,
                    body_line,
                    translated_from,
                })
            }
            Meta::Page(parsed) => {
                let (meta, spans) = self.parsed(parsed)?;
                let doc = Doc {
                    file: &file.path,
                    spans,
                };
                // A report without a title is called as its language
                // calls a year's report ("Report 2025").
                let untitled = meta.title.as_deref().is_none_or(|t| t.trim().is_empty());
                if untitled && (kind == TextKind::Page || meta.title.is_some()) {
                    self.error(
                        doc.diag("", "the text has no title").with_help(
                            "add `title: …` to the front matter between the `---` lines",
                        ),
                    );
                }
                if let Some(s) = &meta.slug
                    && let Err(e) = check_slug(s)
                {
                    self.error(doc.diag("slug", e.message).with_help(e.help));
                }
                let translated_from = self.translated_from(&doc, &meta.translated_from);
                self.warn_placeholders(&doc, meta.summary.as_deref(), placeholder);
                if !meta.images.is_empty() {
                    let default = format!("{}.md", self.default_lang());
                    let in_default = file.path.file_name().is_some_and(|n| *n == *default);
                    if kind == TextKind::Page && in_default {
                        self.page_images
                            .insert(file.path.clone(), (meta.images, doc.spans.clone()));
                    } else {
                        self.error(doc.diag("images", match kind {
                            TextKind::Page => format!("a page lists its photos in its `{default}` text only, for every language"),
                            _ => "a yearly report does not show photos".to_string(),
                        }).with_help(match kind {
                            TextKind::Page => format!("move this list to {default}, the default language's text, and translate the alt texts there"),
                            _ => "remove `images:`; show a photo in the text with ![what it shows](photo.jpg)".to_string(),
                        }));
                    }
                }
                Some(Text {
                    file: file.path.clone(),
                    title: meta.title,
                    summary: meta.summary,
                    common_ground: Vec::new(),
                    menu: meta.menu,
                    slug: meta.slug,
                    body,
                    body_line,
                    translated_from,
                })
            }
        }
    }

    /// Warns of the words `new` or `init` wrote for the writer to
    /// replace, in the summary or the body, which would be published.
    fn warn_placeholders(
        &mut self,
        doc: &Doc,
        summary: Option<&str>,
        body: Option<(usize, usize, scaffold::Placeholder)>,
    ) {
        let summary = summary.and_then(scaffold::summary);
        // Where the first of them is, and what is left.
        let (command, (line, column), what) = match (summary, body) {
            (None, None) => return,
            (Some(p), None) => (
                p.command,
                doc.spans.position("summary"),
                "its summary".into(),
            ),
            (None, Some((line, column, p))) => (p.command, (line, column), quoted(p)),
            (Some(p), Some((line, _, _))) => (
                p.command,
                doc.spans.position("summary"),
                format!("its summary, and its text at line {line}"),
            ),
        };
        self.problems.warn_at(
            Diagnostic::new(
                doc.file,
                line,
                column,
                format!(
                    "this text still holds the words `twinpress {command}` wrote for you to replace: {what}"
                ),
            )
            .with_help("write the text's own words there: as they are, they are published"),
        );
    }

    pub(super) fn translated_from(
        &mut self,
        doc: &Doc,
        raw: &Option<RawTranslatedFrom>,
    ) -> Option<(Lang, String)> {
        let raw = raw.as_ref()?;
        let lang = self.lang(doc, "translated_from/lang", &raw.lang)?;
        Some((lang, raw.hash.clone()))
    }

    // ----- reports, pages -------------------------------------------------

    pub(super) fn reports(&mut self, content: &Content) -> Vec<Report> {
        let mut out = Vec::new();
        for (folder, (texts, statics)) in folders_under(content, "content/reports/") {
            let Some(year) = parse_year(&folder) else {
                self.error(
                    Diagnostic::file(
                        format!("content/reports/{folder}"),
                        "report folders are named after their year",
                    )
                    .with_help("rename it to the year, like content/reports/2024/"),
                );
                continue;
            };
            for s in statics {
                self.problems.warn(format!(
                    "{}: files beside a report are not published yet",
                    s.path.display()
                ));
            }
            let texts = self.texts(
                Path::new(&format!("content/reports/{folder}")),
                &texts,
                TextKind::Report,
                Some(&[]),
            );
            out.push(Report { year, texts });
        }
        out
    }

    pub(super) fn pages(&mut self, content: &Content) -> Vec<Page> {
        let mut out = Vec::new();
        for (id, (texts, statics)) in folders_under(content, "content/pages/") {
            if folder_slug(self, &id, &format!("content/pages/{id}")).is_none() {
                continue;
            }
            let texts = self.texts(
                Path::new(&format!("content/pages/{id}")),
                &texts,
                TextKind::Page,
                Some(&[]),
            );
            let folder = format!("content/pages/{id}/");
            let default_file = PathBuf::from(format!("{folder}{}.md", self.default_lang()));
            let (files, photos) = match self.page_images.remove(&default_file) {
                Some((images, spans)) => {
                    let doc = Doc {
                        file: &default_file,
                        spans,
                    };
                    self.photos(&doc, "", &folder, &statics, &images)
                }
                None => self.split_photos(&statics),
            };
            out.push(Page {
                id,
                texts,
                files,
                photos,
            });
        }
        out.sort_by(|a, b| {
            (a.menu().unwrap_or(i32::MAX), &a.id).cmp(&(b.menu().unwrap_or(i32::MAX), &b.id))
        });
        out
    }
}

/// The front matter of a kind of text, read.
enum Meta {
    Profile(Parsed<RawProfileMeta>),
    /// Of a page or a report.
    Page(Parsed<RawPageMeta>),
}

/// A Markdown text as far as it reads on its own, before the model puts
/// it in its place: its body, and the front matter read, unless the text
/// nests too deep.
pub(super) struct Prepared {
    kind: TextKind,
    /// The body, in the memory the file's text was read into.
    body: String,
    body_line: usize,
    /// The front matter, or the text's mistake of nesting too deep.
    meta: std::result::Result<Meta, Diagnostic>,
    /// A placeholder of `new` or `init` left in the body, and its line and
    /// column in the file.
    placeholder: Option<(usize, usize, scaffold::Placeholder)>,
}

impl Prepared {
    /// Reads `text`, of the file at `path`, as a text of `kind`, keeping
    /// the body where the text is (its front matter taken off its start,
    /// so that no text is held twice); a front matter that is not closed
    /// is the error.
    pub(super) fn new(
        path: &Path,
        mut text: String,
        kind: TextKind,
    ) -> std::result::Result<Self, Diagnostic> {
        let split = frontmatter::split(&text).map_err(|u| {
            Diagnostic::new(path, u.line, 1, "the front matter is not closed")
                .with_help("end it with a line of three dashes `---` before the text")
        })?;
        let body_line = body_line(&text, split.body);
        let empty = split.front_matter.trim().is_empty();
        let (front_matter, offset) = (split.front_matter, split.front_matter_offset);
        let meta = match crate::source::limits::markdown(path, split.body, body_line - 1) {
            Err(too_deep) => Err(too_deep),
            Ok(()) if empty => Ok(match kind {
                TextKind::Profile => Meta::Profile((Some(Default::default()), Vec::new())),
                TextKind::Page | TextKind::Report => {
                    Meta::Page((Some(Default::default()), Vec::new()))
                }
            }),
            Ok(()) => Ok(match kind {
                TextKind::Profile => Meta::Profile(yaml::parse_all(path, front_matter, offset)),
                TextKind::Page | TextKind::Report => {
                    Meta::Page(yaml::parse_all(path, front_matter, offset))
                }
            }),
        };
        let placeholder = scaffold::body(split.body).map(|(at, p)| {
            let before = &split.body[..at];
            let line_start = before.rfind('\n').map_or(0, |i| i + 1);
            let line = body_line + before.matches('\n').count();
            (line, before[line_start..].chars().count() + 1, p)
        });
        let body_start = text.len() - split.body.len();
        text.replace_range(..body_start, "");
        Ok(Prepared {
            kind,
            body: text,
            body_line,
            meta,
            placeholder,
        })
    }
}

/// A placeholder's words as a message quotes them.
fn quoted(p: scaffold::Placeholder) -> String {
    let words = p.words.trim_end();
    let more = if words.ends_with('.') { "" } else { "…" };
    format!("“{words}{more}”")
}

/// The line of `text` its `body` (a part at its end) starts on.
pub(super) fn body_line(text: &str, body: &str) -> usize {
    text[..text.len() - body.len()].matches('\n').count() + 1
}
