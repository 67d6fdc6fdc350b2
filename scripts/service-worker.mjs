// Writes out/sw.js: the service worker with this build's precache list and version.
// Runs after `next build` (and the search index), before postbuild.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const OUT = "out";
// Fonts are fetched per unicode-range slice as pages need them and cached then, not all up front.
const SKIP = [/^\/_next\/static\/media\//, /^\/404(\.html)?$/, /^\/_not-found/, /^\/sw\.js$/, /\.map$/];

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const hash = createHash("sha256");
const urls = [];
for (const file of walk(OUT).sort()) {
  let url = "/" + path.relative(OUT, file).split(path.sep).join("/");
  if (SKIP.some((re) => re.test(url))) continue;
  hash.update(url).update(readFileSync(file));
  // Pages are cached under their clean URL, as the site links to them (/lessons/x, not x.html).
  if (url.endsWith(".html")) url = url === "/index.html" ? "/" : url.replace(/(\/index)?\.html$/, "");
  urls.push(url);
}
const version = hash.digest("hex").slice(0, 16);
const template = readFileSync("scripts/sw-template.js", "utf8");
writeFileSync(path.join(OUT, "sw.js"), template.replace("__VERSION__", version).replace("__PRECACHE__", JSON.stringify(urls)));
console.log(`service-worker: out/sw.js version ${version}, ${urls.length} URLs precached`);
