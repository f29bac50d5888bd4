//! The synthetic site's partner pages as a Hugo site, to build the same
//! texts with Hugo side by side: one page per partner and language, its
//! title the partner's name, its profile's Markdown as it is, and each
//! page with a language switcher and hreflang alternates, as the
//! benchmark's twinpress pages have.

use std::path::Path;

const CONFIG_HEAD: &str = "baseURL = \"https://twins.example.org/\"\n\
    title = \"Twin towns\"\n\
    disableKinds = [\"taxonomy\", \"term\", \"RSS\"]\n";

const SINGLE: &str = r#"<!doctype html>
<html lang="{{ .Lang }}">
<head>
<meta charset="utf-8">
<title>{{ .Title }} – {{ .Site.Title }}</title>
<meta name="description" content="{{ .Params.summary }}">
{{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Lang }}" href="{{ .Permalink }}">
{{ end }}</head>
<body>
<nav><a href="{{ .Site.Home.RelPermalink }}">{{ .Site.Title }}</a>
<ul>{{ range .AllTranslations }}<li><a href="{{ .RelPermalink }}" hreflang="{{ .Lang }}" lang="{{ .Lang }}">{{ .Language.LanguageName }}</a></li>{{ end }}</ul>
</nav>
<main><h1>{{ .Title }}</h1>
<p>{{ .Params.summary }}</p>
{{ .Content }}
</main>
</body>
</html>
"#;

const LIST: &str = r#"<!doctype html>
<html lang="{{ .Lang }}">
<head><meta charset="utf-8"><title>{{ .Title }} – {{ .Site.Title }}</title></head>
<body><main><h1>{{ .Title }}</h1>
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
</main></body>
</html>
"#;

/// Writes into `to` the Hugo site of the partner pages of the twinpress
/// site `site` that `synth::write` made, in `languages` (the first the
/// default).
pub fn write(site: &Path, to: &Path, languages: &[&str]) -> std::io::Result<()> {
    let mut config = CONFIG_HEAD.to_string();
    config.push_str(&format!("defaultContentLanguage = \"{}\"\n", languages[0]));
    for (weight, lang) in languages.iter().enumerate() {
        config.push_str(&format!(
            "[languages.{lang}]\ncontentDir = \"content/{lang}\"\nlanguageName = \"{lang}\"\nweight = {}\n",
            weight + 1
        ));
    }
    std::fs::create_dir_all(to.join("layouts/_default"))?;
    std::fs::write(to.join("hugo.toml"), config)?;
    std::fs::write(to.join("layouts/_default/single.html"), SINGLE)?;
    std::fs::write(to.join("layouts/_default/list.html"), LIST)?;
    std::fs::write(to.join("layouts/index.html"), LIST)?;

    let mut partners: Vec<_> = std::fs::read_dir(site.join("content/partners"))?
        .map(|entry| entry.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    partners.sort();
    for folder in partners {
        let slug = folder.file_name().and_then(|n| n.to_str()).unwrap_or("x");
        let facts = std::fs::read_to_string(folder.join("partner.yaml"))?;
        let name = facts
            .lines()
            .find_map(|l| l.strip_prefix("name: "))
            .unwrap_or(slug);
        for lang in languages {
            let profile = std::fs::read_to_string(folder.join(format!("{lang}.md")))?;
            // The profile's front matter is YAML, as Hugo reads it; the
            // title goes in first.
            let page = profile.replacen("---\n", &format!("---\ntitle: \"{name}\"\n"), 1);
            let dir = to.join("content").join(lang).join("partners");
            std::fs::create_dir_all(&dir)?;
            std::fs::write(dir.join(format!("{slug}.md")), page)?;
        }
    }
    Ok(())
}
