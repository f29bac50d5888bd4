// Checks a built site in a real browser and with the Nu HTML Checker:
//
//   node check.mjs <output folder> [netlify.toml]
//
// - axe-core (WCAG 2.0 and 2.1, levels A and AA) on every HTML page;
// - every request each page makes, failing on one to another host;
// - no cookie set by any page;
// - the headers of netlify.toml (the Content-Security-Policy among them)
//   sent with every file, failing on anything the policy blocks;
// - the keyboard: a skip link that shows when focused and leads to the
//   content, a visible focus, a menu reached with Tab alone, headings in
//   order, and a language switcher that names each language in itself;
// - the Nu HTML Checker (vnu.jar, run with Java) over every HTML file in
//   one run, errors only;
// - the names on every map, within it and clear of each other and of the
//   towns' marks (maps.mjs).
//
// Exits with 1 and a list of what failed, or 0.

import { readFile } from "node:fs/promises";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { chromium } from "playwright-core";
import { allFiles, basePath, headerRules, serve } from "./site.mjs";
import { mapProblems } from "./maps.mjs";

const require = createRequire(import.meta.url);
const [rootArg, tomlPath] = process.argv.slice(2);
const root = rootArg && path.resolve(rootArg);
if (!root) {
  console.error("usage: node check.mjs <output folder> [netlify.toml]");
  process.exit(2);
}
const browserPath = process.env.CHROMIUM || "/usr/bin/chromium";

const problems = [];
const fail = (page, what) => problems.push(`${page}: ${what}`);

async function checkPage(context, origin, rel) {
  const page = await context.newPage();
  const url = `${site}/${rel.replace(/index\.html$/, "")}`;
  page.on("request", (r) => {
    const u = new URL(r.url());
    if (u.protocol === "data:" || u.protocol === "blob:") return;
    if (u.origin !== origin) fail(rel, `requests ${r.url()} from another host`);
  });
  page.on("requestfailed", (r) => {
    if (new URL(r.url()).origin === origin) fail(rel, `request failed: ${r.url()}`);
  });
  page.on("response", (r) => {
    if (r.status() >= 400 && !rel.endsWith("404.html")) fail(rel, `${r.status()} for ${r.url()}`);
  });
  page.on("console", (m) => {
    // The 404 page is itself answered with 404, which Chromium logs.
    if (m.type() === "error" && !(rel.endsWith("404.html") && m.text().includes("404"))) {
      fail(rel, `console error: ${m.text()}`);
    }
  });
  page.on("pageerror", (e) => fail(rel, `script error: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`CSP blocks ${e.blockedURI || "inline"} (${e.violatedDirective})`);
    });
  });
  await page.goto(url, { waitUntil: "load" });
  // Lazy images load when scrolled to: load them all.
  await page.evaluate(async () => {
    for (const img of document.querySelectorAll("img[loading=lazy]")) img.loading = "eager";
    await Promise.all([...document.images].map((i) => i.decode().catch(() => {})));
  });
  await page.evaluate(() => document.fonts.ready);
  for (const p of await mapProblems(page)) fail(rel, p);

  await page.evaluate(require("axe-core").source);
  const result = await page.evaluate(() =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }),
  );
  for (const v of result.violations) {
    for (const node of v.nodes) {
      fail(rel, `axe ${v.id} (${v.impact}): ${v.help} at ${node.target.join(" ")}`);
    }
  }

  const headings = await page.evaluate(() =>
    [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((h) => Number(h.tagName[1])),
  );
  if (!rel.startsWith("print/") || rel.split("/").length <= 2) {
    if (headings[0] !== 1) fail(rel, `the first heading is h${headings[0]}, not h1`);
  }
  for (let i = 1; i < headings.length; i++) {
    if (headings[i] > headings[i - 1] + 1) {
      fail(rel, `heading h${headings[i]} follows h${headings[i - 1]}`);
    }
  }
  await page.close();
  return headings;
}

/// The keyboard on one page: the skip link first, visible, leading to
/// the content; every menu and language link reached with Tab, each with
/// a visible focus.
async function checkKeyboard(context, origin, rel) {
  const page = await context.newPage();
  const url = `${site}/${rel.replace(/index\.html$/, "")}`;
  await page.goto(url);
  const wanted = await page.evaluate(() =>
    [...document.querySelectorAll("header a, .main-nav a")].map((a) => a.href),
  );
  const reached = new Set();
  // Tab until the focus leaves the skip link and the header.
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press("Tab");
    const focus = await page.evaluate(() => {
      const a = document.activeElement;
      const s = getComputedStyle(a);
      const r = a.getBoundingClientRect();
      return {
        inHeader: !!a.closest("header") || a.classList.contains("skip-link"),
        cls: a.className,
        href: a.href,
        visible: r.top >= 0 && r.height > 0 && r.width > 0,
        outline: s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2,
      };
    });
    if (i === 0 && !focus.cls.includes("skip-link")) fail(rel, "Tab does not reach the skip link first");
    if (i > 0 && !focus.inHeader) break;
    if (focus.href) reached.add(focus.href);
    if (focus.href && !focus.visible) fail(rel, `the focused link to ${focus.href} is not visible`);
    if (focus.href && !focus.outline) fail(rel, `no visible focus on the link to ${focus.href}`);
  }
  for (const href of wanted) {
    if (!reached.has(href)) fail(rel, `Tab never reaches the link to ${href}`);
  }
  await page.goto(url);
  await page.keyboard.press("Tab");
  const skip = await page.evaluate(() => document.activeElement.getAttribute("href"));
  await page.keyboard.press("Enter");
  const target = await page.evaluate(() => document.activeElement.id);
  if (`#${target}` !== skip) fail(rel, `the skip link does not move the focus to ${skip}`);

  const switcher = await page.evaluate(() =>
    [...document.querySelectorAll(".languages a, .languages [aria-current]")].map((a) => ({
      text: a.textContent.trim(),
      lang: a.getAttribute("lang"),
      hreflang: a.getAttribute("hreflang"),
      link: a.tagName === "A",
    })),
  );
  for (const s of switcher) {
    if (!s.lang) fail(rel, `the language switcher's "${s.text}" has no lang`);
    if (s.link && s.hreflang !== s.lang) fail(rel, `the language switcher's "${s.text}" has no matching hreflang`);
    if (s.text.toLowerCase() === (s.lang || "").toLowerCase()) {
      fail(rel, `the language switcher names ${s.lang} by its code, not in itself`);
    }
  }
  await page.close();
}

if (!tomlPath) console.warn("no netlify.toml given: the pages are checked without its headers (CSP)");
const rules = await headerRules(tomlPath);
const base = await basePath(root);
const server = await serve(root, rules, base);
// Pages are opened at the site's own path, so that links made for a
// sub-path (`--base-url https://town.pl/partnerstwo/`) resolve.
const origin = `http://127.0.0.1:${server.address().port}`;
const site = `${origin}${base.replace(/\/$/, "")}`;
const browser = await chromium.launch({ executablePath: browserPath, args: ["--no-sandbox"] });
const context = await browser.newContext();
const files = (await allFiles(root)).filter((f) => f.endsWith(".html")).sort();
const pages = files.map((f) => path.relative(root, f).split(path.sep).join("/"));
/// Runs a check, turning a page that cannot be opened into a problem.
async function attempt(rel, check) {
  try {
    await check();
  } catch (e) {
    fail(rel, e.message.split("\n")[0]);
  }
}
for (const rel of pages) await attempt(rel, () => checkPage(context, origin, rel));
// The keyboard on every web page (the publications under print/ have no
// navigation; the index of them has).
const keyboard = pages.filter(
  (p) => !/(^|\/)print\/.+\//.test(p) && !p.endsWith("404.html") && !p.endsWith("print-shop.html"),
);
for (const rel of keyboard) await attempt(rel, () => checkKeyboard(context, origin, rel));
// Search finds every partner by every one of its names, and every entry
// of the index by a word of its text, in every language's search page.
const searchPages = pages.filter((p) => /(^|\/)search\/index\.html$/.test(p));
let searches = 0;
try {
  const data = JSON.parse(await readFile(path.join(root, "partners.json"), "utf8"));
  for (const rel of searchPages) {
    const page = await context.newPage();
    await page.goto(`${site}/${rel.replace(/index\.html$/, "")}`);
    const lang = await page.evaluate(() => document.documentElement.lang);
    for (const partner of data.partners) {
      // The partner's page in the search page's language, else in the
      // default language (the first of the list).
      const own = new URL(partner.url[lang] || Object.values(partner.url)[0]).pathname;
      const names = [partner.name, ...Object.values(partner.names)];
      // Each name as written, without case and accents, and its start.
      const fold = (n) => n.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
      const queries = new Set(names.flatMap((n) => [n, fold(n), [...fold(n)].slice(0, 4).join("")]));
      for (const query of queries) {
        await page.fill("#search-q", query);
        await page.press("#search-q", "Enter");
        const links = await page.$$eval("#search-results a", (as) => as.map((a) => a.pathname));
        searches++;
        if (!links.includes(own)) fail(rel, `searching for "${query}" does not find ${own}`);
      }
    }
    // Every entry by a word of its text: a whole word, or in a script
    // written without spaces, two letters from the middle of a phrase.
    const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
    const entries = await page.evaluate(() => self.TWINPRESS_SEARCH.entries);
    for (const entry of entries) {
      const words = entry.w.split(" ").filter((w) => [...w].length >= 2);
      const word = words[Math.floor(words.length / 2)];
      if (!word) continue;
      const letters = [...word];
      const query =
        unspaced.test(word) && letters.length >= 4
          ? letters.slice(Math.floor(letters.length / 2) - 1, Math.floor(letters.length / 2) + 1).join("")
          : word;
      await page.fill("#search-q", query);
      await page.press("#search-q", "Enter");
      const links = await page.$$eval("#search-results a", (as) => as.map((a) => a.getAttribute("href")));
      searches++;
      if (!links.includes(entry.u)) fail(rel, `searching for "${query}" does not find ${entry.u}`);
    }
    await page.close();
  }
} catch (e) {
  fail("search", e.message);
}
if (!searchPages.length || !searches) fail("search", "no search page, or nothing searched");
// No page sets a cookie.
for (const c of await context.cookies()) fail("cookies", `${c.name} set for ${c.domain}`);
await browser.close();
server.close();

const jar = path.join(path.dirname(require.resolve("vnu-jar/package.json")), "build/dist/vnu.jar");
const vnu = spawnSync("java", ["-jar", jar, "--errors-only", "--skip-non-html", root], {
  encoding: "utf8",
  maxBuffer: 64 * 1024 * 1024,
});
if (vnu.error) fail("vnu", `cannot run Java: ${vnu.error.message}`);
for (const line of `${vnu.stdout}\n${vnu.stderr}`.split("\n").filter((l) => l.trim())) {
  problems.push(`vnu ${line.replace(`file:${path.resolve(root)}/`, "")}`);
}

console.log(
  `${pages.length} pages checked with axe and the request recorder, ${keyboard.length} with the keyboard, ${searches} searches, all pages with vnu`,
);
if (problems.length) {
  console.error([...new Set(problems)].join("\n"));
  console.error(`${new Set(problems).size} problems`);
  process.exit(1);
}
