// Serving a built site to a browser, for the checks beside this file.

import { createServer } from "node:http";
import { readFile, readdir, stat } from "node:fs/promises";
import path from "node:path";
import { parse as parseToml } from "smol-toml";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".jpg": "image/jpeg",
  ".png": "image/png",
  ".webp": "image/webp",
  ".woff2": "font/woff2",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".pdf": "application/pdf",
  ".ics": "text/calendar; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
};

/// The `[[headers]]` rules of a netlify.toml, as [pattern, headers].
export async function headerRules(file) {
  if (!file) return [];
  const toml = parseToml(await readFile(file, "utf8"));
  return (toml.headers || []).map((h) => [h.for, h.values || {}]);
}

/// Netlify's matching: `*` at the end matches the rest of the path.
function matches(pattern, urlPath) {
  if (pattern.endsWith("*")) return urlPath.startsWith(pattern.slice(0, -1));
  return urlPath === pattern;
}

export async function allFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await allFiles(full)));
    else out.push(full);
  }
  return out;
}

/// The path the site lives under (`/partnerstwo/`), from its base_url.
export async function basePath(dir) {
  try {
    return new URL(JSON.parse(await readFile(path.join(dir, "partners.json"), "utf8")).site).pathname;
  } catch {
    return "/";
  }
}

export function serve(dir, rules, base) {
  const server = createServer(async (req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (!urlPath.startsWith(base)) {
      res.writeHead(404).end();
      return;
    }
    let file = path.join(dir, urlPath.slice(base.length));
    if (!file.startsWith(dir)) {
      res.writeHead(400).end();
      return;
    }
    let status = 200;
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, "index.html");
      await stat(file);
    } catch {
      status = 404;
      file = path.join(dir, "404.html");
    }
    const headers = { "Content-Type": TYPES[path.extname(file)] || "application/octet-stream" };
    for (const [pattern, values] of rules) {
      if (!matches(pattern, urlPath)) continue;
      for (const [k, v] of Object.entries(values)) {
        headers[k] = headers[k] && k !== "Content-Type" ? `${headers[k]}, ${v}` : v;
      }
    }
    res.writeHead(status, headers);
    res.end(await readFile(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}
