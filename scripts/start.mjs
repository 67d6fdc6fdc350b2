// npm start: builds the site when out/ is missing or older than the sources, then serves it on :3000.
import { execSync, spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const SOURCES = ["app", "components", "content", "lib", "public", "next.config.ts", "package.json"];

function newestMtime(p) {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(p).reduce((max, name) => Math.max(max, newestMtime(path.join(p, name))), s.mtimeMs);
}

const built = existsSync("out/index.html") ? statSync("out/index.html").mtimeMs : 0;
const stale = SOURCES.some((s) => newestMtime(s) > built);
if (stale) {
  console.log(built ? "Sources changed since the last build: rebuilding…" : "No build yet: building…");
  execSync("npm run build", { stdio: "inherit" });
}
console.log("Serving out/ on http://localhost:3000");
const child = spawn(process.execPath, ["scripts/serve.mjs", "--port", process.env.PORT ?? "3000"], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
