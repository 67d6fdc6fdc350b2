// Every internal href/src/srcset and #anchor in out/**/*.html (and every <loc> of out/sitemap.xml)
// must resolve: to a file of the export (as a static host resolves clean URLs: x, x.html,
// x/index.html) and, for a fragment, to an element with that id on the target page.
// Usage: node scripts/check-links.mjs [outDir]   — prints problems as `page: link → reason`, exits 1.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const out = path.resolve(process.argv[2] ?? "out");
if (!existsSync(path.join(out, "index.html"))) {
  console.error(`check-links: ${out}/index.html is missing: run \`npm run build\` first`);
  process.exit(1);
}

const ORIGIN = "http://site.invalid";
const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", "#39": "'", "#x27": "'" };
const decodeEntities = (s) =>
  s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e) => {
    if (ENTITIES[e.toLowerCase()]) return ENTITIES[e.toLowerCase()];
    if (e[0] === "#") return String.fromCodePoint(e[1].toLowerCase() === "x" ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return m;
  });

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return htmlFiles(p);
    return e.name.endsWith(".html") ? [p] : [];
  });
}

/** The URL path a file is served at: lessons/x.html → /lessons/x, index.html → /. */
const urlOf = (file) => `/${path.relative(out, file).split(path.sep).join("/")}`.replace(/(\/index)?\.html$/, "") || "/";

/** The file a URL path resolves to, the way serve and deploy/nginx.conf resolve clean URLs. */
function resolveFile(pathname) {
  const rel = decodeURIComponent(pathname).replace(/^\/+/, "");
  const candidates = [rel, `${rel.replace(/\/$/, "")}.html`, path.join(rel, "index.html")];
  for (const c of candidates) {
    const p = path.join(out, c);
    if (p.startsWith(out) && existsSync(p) && statSync(p).isFile()) return p;
  }
  return null;
}

/** Markup without script bodies and comments, so payload text is never mistaken for links. */
const markup = (html) => html.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, "<script>").replace(/<!--[\s\S]*?-->/g, "");

const idCache = new Map();
function idsOf(file) {
  if (!idCache.has(file)) {
    const ids = new Set();
    for (const m of markup(readFileSync(file, "utf8")).matchAll(/<[a-z][^>]*?\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) {
      ids.add(decodeEntities(m[1] ?? m[2]));
    }
    idCache.set(file, ids);
  }
  return idCache.get(file);
}

function linksOf(html) {
  const links = [];
  for (const m of markup(html).matchAll(/\s(href|src|xlink:href|srcset|poster|action)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) {
    const value = decodeEntities(m[2] ?? m[3]);
    if (m[1].toLowerCase() === "srcset") links.push(...value.split(",").map((s) => s.trim().split(/\s+/)[0]).filter(Boolean));
    else links.push(value);
  }
  return links;
}

const problems = [];
let internal = 0;
let anchors = 0;
let external = 0;

function check(fromFile, fromUrl, link) {
  const where = path.relative(out, fromFile);
  if (/^\s*javascript:/i.test(link)) return problems.push(`${where}: ${link} → javascript: URL`);
  if (/^(https?:|mailto:|tel:|data:|blob:)/i.test(link) || link.startsWith("//")) {
    external += 1;
    return;
  }
  let url;
  try {
    url = new URL(link, ORIGIN + fromUrl);
  } catch {
    return problems.push(`${where}: ${link} → not a valid URL`);
  }
  if (url.origin !== ORIGIN) return;
  internal += 1;
  const target = url.pathname === fromUrl && !link.split("#")[0] ? fromFile : resolveFile(url.pathname);
  if (!target) return problems.push(`${where}: ${link} → no such file in out/`);
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (!fragment || fragment === "top") return; // "#" and "#top" mean the top of the page
  anchors += 1;
  if (!target.endsWith(".html")) return problems.push(`${where}: ${link} → anchor on a non-HTML file`);
  if (!idsOf(target).has(fragment)) problems.push(`${where}: ${link} → no element with id "${fragment}" on ${urlOf(target)}`);
}

const pages = htmlFiles(out);
for (const file of pages) {
  const fromUrl = urlOf(file);
  for (const link of linksOf(readFileSync(file, "utf8"))) check(file, fromUrl, link);
}

// The sitemap is a list of links too: a page it announces must exist.
const sitemap = path.join(out, "sitemap.xml");
if (existsSync(sitemap)) {
  for (const m of readFileSync(sitemap, "utf8").matchAll(/<loc>([^<]+)<\/loc>/g)) {
    internal += 1;
    const pathname = new URL(m[1]).pathname;
    if (!resolveFile(pathname)) problems.push(`sitemap.xml: ${m[1]} → no page ${pathname} in out/`);
  }
}

if (problems.length) {
  console.error([...new Set(problems)].join("\n"));
  console.error(`\ncheck-links: ${new Set(problems).size} broken links in ${pages.length} pages`);
  process.exit(1);
}
console.log(`check-links: ${pages.length} pages, ${internal} internal links (${anchors} with anchors) resolve; ${external} external links not checked`);
