// The names on a site's maps, as the browser lays them out: each within
// its map, none running into another, and none over another town's mark
// (but home's, which is written whatever the crowd).
//
//   node maps.mjs <output folder>
//
// checks every page with a map; check.mjs runs the same check on every
// page it opens. Exits with 1 and a list of what failed, or 0.

import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { allFiles, basePath, serve } from "./site.mjs";

/// What is wrong with the names on the maps of the open page.
export async function mapProblems(page) {
  return page.evaluate(() => {
    const problems = [];
    const overlap = (a, b) =>
      a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;
    for (const svg of document.querySelectorAll("svg.map")) {
      const view = svg.viewBox.baseVal;
      const texts = [...svg.querySelectorAll("text")].map((t) => ({
        name: t.querySelector("tspan").textContent,
        box: t.getBBox(),
      }));
      const marks = [...svg.querySelectorAll("circle")].map((c) => ({
        name: c.parentNode.querySelector("title")?.textContent,
        box: c.getBBox(),
      }));
      texts.forEach(({ name, box }, i) => {
        if (box.x < -0.5 || box.y < -0.5 || box.x + box.width > view.width + 0.5 || box.y + box.height > view.height + 0.5) {
          problems.push(`the name "${name}" runs out of the map ${svg.id || svg.getAttribute("aria-labelledby")}`);
        }
        for (const other of texts.slice(i + 1)) {
          if (overlap(box, other.box)) problems.push(`the names "${name}" and "${other.name}" run into each other`);
        }
        // The first name is home's.
        if (i === 0) return;
        for (const mark of marks) {
          if (mark.name !== name && overlap(box, mark.box)) {
            problems.push(`the name "${name}" covers the mark of ${mark.name}`);
          }
        }
      });
    }
    return problems;
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] && path.resolve(process.argv[2]);
  if (!root) {
    console.error("usage: node maps.mjs <output folder>");
    process.exit(2);
  }
  const base = await basePath(root);
  const server = await serve(root, [], base);
  const site = `http://127.0.0.1:${server.address().port}${base.replace(/\/$/, "")}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox"],
  });
  const page = await browser.newPage();
  const problems = [];
  let maps = 0;
  for (const file of (await allFiles(root)).filter((f) => f.endsWith(".html")).sort()) {
    if (!/<svg class="?map/.test(await readFile(file, "utf8"))) continue;
    const rel = path.relative(root, file).split(path.sep).join("/");
    await page.goto(`${site}/${rel.replace(/index\.html$/, "")}`, { waitUntil: "load" });
    await page.evaluate(() => document.fonts.ready);
    maps++;
    for (const p of await mapProblems(page)) problems.push(`${rel}: ${p}`);
  }
  await browser.close();
  server.close();
  console.log(`${maps} pages with maps checked`);
  if (!maps) problems.push("no page with a map");
  if (problems.length) {
    console.error(problems.join("\n"));
    console.error(`${problems.length} problems`);
    process.exit(1);
  }
}
