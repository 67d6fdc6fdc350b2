// Runs after `next build` (and the search index) has written out/. Hashes every inline <script> of
// the export into one Content-Security-Policy and writes it, with the other security headers, for
// each way the site is served:
//   deploy/generated/serve.json          `serve` (npm start, e2e), base settings from serve.json
//   deploy/generated/security-headers.conf   nginx (deploy/nginx.conf includes it)
//   out/_headers                          Netlify / Cloudflare Pages style static hosts
// Next's inline scripts change with every build, so these files are build output (git-ignored).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildCsp, headersFile, inlineHandlers, inlineScripts, nginxHeaders, securityHeaders, serveConfig, sha256 } from "./csp.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = path.join(root, "out");
const generated = path.join(root, "deploy", "generated");

if (!existsSync(path.join(out, "index.html"))) {
  console.error("postbuild: out/index.html is missing — did next build export the site?");
  process.exit(1);
}

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return htmlFiles(p);
    return e.name.endsWith(".html") ? [p] : [];
  });
}

const hashes = new Set();
let scripts = 0;
const problems = [];
const pages = htmlFiles(out);
for (const file of pages) {
  const html = readFileSync(file, "utf8");
  for (const body of inlineScripts(html)) {
    scripts += 1;
    hashes.add(sha256(body));
  }
  // An onclick="…" attribute would be blocked by the policy: fail here, not in a visitor's browser.
  for (const handler of inlineHandlers(html)) problems.push(`${path.relative(root, file)}: inline event handler ${handler}=`);
}
if (problems.length) {
  console.error(`postbuild: inline event handlers cannot run under the CSP:\n${problems.join("\n")}`);
  process.exit(1);
}

// Sorted so the same export gives byte-identical configs.
const csp = buildCsp([...hashes].sort());
const headers = securityHeaders(csp);
const base = JSON.parse(readFileSync(path.join(root, "serve.json"), "utf8"));

mkdirSync(generated, { recursive: true });
writeFileSync(path.join(generated, "serve.json"), `${JSON.stringify(serveConfig(base, headers), null, 2)}\n`);
writeFileSync(path.join(generated, "security-headers.conf"), nginxHeaders(headers));
writeFileSync(path.join(generated, "csp.txt"), `${csp}\n`);
writeFileSync(path.join(out, "_headers"), headersFile(headers));

console.log(
  `postbuild: ${pages.length} pages, ${scripts} inline scripts, ${hashes.size} distinct hashes; ` +
    `CSP header ${Buffer.byteLength(csp)} bytes → deploy/generated/, out/_headers`,
);
// Proxies cap response headers (ingress-nginx proxy-buffer-size 4k by default; deploy/k8s raises it).
if (Buffer.byteLength(csp) > 14_000) {
  console.error("postbuild: the CSP is over 14 kB: raise proxy-buffer-size in deploy/k8s/ingress.yaml or move to per-page policies");
  process.exit(1);
}
