// First-load JS budget of every exported page: gzip -9 of the module scripts the page's HTML loads
// (as /work/shared/tools/first-load-js measures it: <script src> without nomodule, each once).
// Budgets live in budgets.json (see its $comment for how the floor was measured).
// Usage: node scripts/check-budgets.mjs [outDir]   — prints a table, exits 1 when a page is over.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { gzipSync } from "node:zlib";

const out = path.resolve(process.argv[2] ?? "out");
const budgets = JSON.parse(readFileSync(path.resolve(path.dirname(new URL(import.meta.url).pathname), "..", "budgets.json"), "utf8"));
if (!existsSync(path.join(out, "index.html"))) {
  console.error(`check-budgets: ${out}/index.html is missing: run \`npm run build\` first`);
  process.exit(1);
}

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "_next" || e.name === "pagefind" ? [] : htmlFiles(p);
    return e.name.endsWith(".html") ? [p] : [];
  });
}
const urlOf = (file) => `/${path.relative(out, file).split(path.sep).join("/")}`.replace(/(\/index)?\.html$/, "") || "/";
const glob = (pattern) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]+")}$`);
const matches = (url, patterns) => patterns.some((p) => glob(p).test(url));

// GNU gzip when present, so the numbers equal the shared first-load-js tool's; zlib (±0.3 %) otherwise.
const sizeCache = new Map();
function gzipSize(file) {
  if (!sizeCache.has(file)) {
    let size;
    try {
      size = execFileSync("gzip", ["-9", "-c", file], { maxBuffer: 64 * 1024 * 1024 }).length;
    } catch {
      size = gzipSync(readFileSync(file), { level: 9 }).length;
    }
    sizeCache.set(file, size);
  }
  return sizeCache.get(file);
}

/** Bytes of first-load JS for one page, and any script it names that is not in the export. */
function firstLoad(file) {
  const html = readFileSync(file, "utf8");
  const srcs = new Set();
  for (const m of html.matchAll(/<script\b[^>]*>/gi)) {
    const tag = m[0];
    if (/\snomodule\b/i.test(tag)) continue; // modern browsers skip the polyfills
    const src = /\ssrc="([^"]*)"/i.exec(tag)?.[1];
    if (src && src.startsWith("/")) srcs.add(decodeURIComponent(src.split("?")[0]));
  }
  let bytes = 0;
  const missing = [];
  for (const src of srcs) {
    const p = path.join(out, src);
    if (existsSync(p)) bytes += gzipSize(p);
    else missing.push(src);
  }
  return { bytes, scripts: srcs.size, missing };
}

const kib = (bytes) => bytes / 1024;
const rows = [];
for (const file of htmlFiles(out)) {
  const url = urlOf(file);
  if (matches(url, budgets.ignorePages ?? [])) continue;
  // The floor page is a text page too: the shared layout may grow by textExtraKiB at most.
  const kind = url === budgets.floorPage ? "floor" : matches(url, budgets.widgetPages) ? "widget" : "text";
  const limit = budgets.floorKiB + (kind === "widget" ? budgets.widgetExtraKiB : budgets.textExtraKiB);
  const { bytes, scripts, missing } = firstLoad(file);
  rows.push({ url, kind, scripts, size: kib(bytes), limit, missing });
}
rows.sort((a, b) => a.url.localeCompare(b.url));

const pad = (s, n) => String(s).padEnd(n);
const padL = (s, n) => String(s).padStart(n);
const width = Math.max(...rows.map((r) => r.url.length), 4);
console.log(`First-load JS (gzip -9). Floor ${budgets.floorKiB} KiB (${budgets.floorPage}); Next.js alone ${budgets.nextFloorKiB} KiB.`);
console.log(`${pad("page", width)}  ${pad("kind", 6)}  ${padL("scripts", 7)}  ${padL("KiB", 7)}  ${padL("budget", 7)}  ${padL("+floor", 7)}`);
let failed = 0;
for (const r of rows) {
  const over = r.size > r.limit || r.missing.length > 0;
  if (over) failed += 1;
  const delta = r.size - budgets.floorKiB;
  console.log(
    `${pad(r.url, width)}  ${pad(r.kind, 6)}  ${padL(r.scripts, 7)}  ${padL(r.size.toFixed(1), 7)}  ${padL(r.limit.toFixed(1), 7)}  ${padL((delta >= 0 ? "+" : "") + delta.toFixed(1), 7)}${over ? "  OVER BUDGET" : ""}`,
  );
  for (const m of r.missing) console.log(`    missing script ${m}`);
}
if (!rows.some((r) => r.kind === "floor")) {
  console.error(`check-budgets: the floor page ${budgets.floorPage} is not in the export`);
  process.exit(1);
}
if (failed) {
  console.error(`\ncheck-budgets: ${failed} page(s) over budget (budgets.json). Split the widget code out with next/dynamic or drop a dependency.`);
  process.exit(1);
}
console.log(`check-budgets: ${rows.length} pages within budget (largest ${Math.max(...rows.map((r) => r.size)).toFixed(1)} KiB)`);
