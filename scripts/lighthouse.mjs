// npm run lighthouse [-- --desktop] [-- /some/page …]
// Lighthouse 12 (performance, accessibility, best practices, SEO) on the home page, a lesson, the
// playground and a mission page of the built export, served locally with the production headers
// (scripts/serve.mjs). Offline: 127.0.0.1 only. Not part of `npm test`: the performance score is
// noisy on a busy machine; compare runs side by side rather than against a fixed number.
// Env: CHROME_PATH (default /usr/bin/chromium), LIGHTHOUSE_PORT (default 3190).
import { spawn, execFile } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const desktop = args.includes("--desktop");
const pages = args.filter((a) => a.startsWith("/"));
const PAGES = pages.length ? pages : ["/", "/lessons/deployment-strategies", "/playground", "/lessons/mission-docker-containerd"];
const port = Number(process.env.LIGHTHOUSE_PORT ?? 3190);
const base = `http://127.0.0.1:${port}`;
const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";

if (!existsSync(path.join(root, "out", "index.html"))) {
  console.error("lighthouse: out/ is missing: run `npm run build` first");
  process.exit(1);
}

const server = spawn(process.execPath, [path.join(root, "scripts", "serve.mjs"), "--port", String(port), "--host", "127.0.0.1"], { stdio: ["ignore", "ignore", "inherit"] });
const stop = () => server.kill("SIGTERM");
process.on("exit", stop);

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the server on ${base} did not start`);
}

async function audit(url) {
  const flags = [
    url,
    "--output=json",
    "--output-path=stdout",
    "--quiet",
    "--only-categories=performance,accessibility,best-practices,seo",
    "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
    ...(desktop ? ["--preset=desktop"] : []),
  ];
  const { stdout } = await promisify(execFile)(path.join(root, "node_modules", ".bin", "lighthouse"), flags, {
    env: { ...process.env, CHROME_PATH: chromePath },
    maxBuffer: 256 * 1024 * 1024,
  });
  const report = JSON.parse(stdout);
  const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
  const failing = Object.values(report.audits)
    .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode === "binary")
    .map((a) => a.id);
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    "best-practices": score("best-practices"),
    seo: score("seo"),
    lcp: report.audits["largest-contentful-paint"]?.displayValue ?? "",
    tbt: report.audits["total-blocking-time"]?.displayValue ?? "",
    cls: report.audits["cumulative-layout-shift"]?.displayValue ?? "",
    failing,
  };
}

try {
  await waitForServer();
  console.log(`Lighthouse ${desktop ? "desktop" : "mobile (simulated throttling)"} — ${base}`);
  const rows = [];
  for (const page of PAGES) {
    const r = await audit(`${base}${page}`);
    rows.push([page, r]);
    console.log(
      `${page.padEnd(36)} perf ${String(r.performance).padStart(3)}  a11y ${String(r.accessibility).padStart(3)}  ` +
        `best ${String(r["best-practices"]).padStart(3)}  seo ${String(r.seo).padStart(3)}   LCP ${r.lcp}  TBT ${r.tbt}  CLS ${r.cls}` +
        (r.failing.length ? `\n${" ".repeat(38)}failing: ${r.failing.join(", ")}` : ""),
    );
  }
} catch (err) {
  console.error(`lighthouse: ${err.message}`);
  process.exitCode = 1;
} finally {
  stop();
}
