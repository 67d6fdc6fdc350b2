// Serves the static export in out/ (what any static host would do) with the site's headers: the
// config postbuild generated (serve.json + CSP and security headers) in deploy/generated/serve.json.
// Usage: node scripts/serve.mjs [--port 3000] [--host 127.0.0.1]
//
// It runs serve-handler (the engine of the `serve` package) in this process rather than the serve
// CLI: the CLI rejects header values over 2048 characters, and the CSP with one hash per inline
// script of the export is longer. Same clean URLs, 404.html and gzip as `serve`.
import { existsSync, readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import compression from "compression";
import handler from "serve-handler";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > -1 ? process.argv[i + 1] : fallback;
};
const port = Number(arg("port", process.env.PORT ?? "3000"));
const host = arg("host", process.env.HOST ?? "0.0.0.0");

if (!existsSync(path.join(root, "out", "index.html"))) {
  console.error("out/ is missing: run `npm run build` first (or `npm start`, which builds when needed).");
  process.exit(1);
}

// Without the generated config (an out/ from before postbuild wrote it) serving still works, minus the CSP.
const generated = path.join(root, "deploy", "generated", "serve.json");
const configFile = existsSync(generated) ? generated : path.join(root, "serve.json");
if (configFile !== generated) console.warn("serve: deploy/generated/serve.json is missing (run `npm run build`): serving without the CSP");
const config = { ...JSON.parse(readFileSync(configFile, "utf8")), public: path.join(root, "out") };

const compress = compression();
const server = http.createServer((req, res) => {
  compress(req, res, () => {
    handler(req, res, config).catch((err) => {
      console.error(err);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
});
server.on("error", (err) => {
  console.error(`serve: ${err.message}`);
  process.exit(1);
});
server.listen(port, host, () => console.log(`Serving out/ on http://${host}:${port}`));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(0));
