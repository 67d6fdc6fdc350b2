// Serves the static export in out/ (what any static host would do), with serve.json's headers.
// Usage: node scripts/serve.mjs [--port 3000] [--host 127.0.0.1]
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > -1 ? process.argv[i + 1] : fallback;
};
const port = arg("port", process.env.PORT ?? "3000");
const host = arg("host", process.env.HOST ?? "0.0.0.0");

if (!existsSync(path.join(root, "out", "index.html"))) {
  console.error("out/ is missing: run `npm run build` first (or `npm start`, which builds when needed).");
  process.exit(1);
}

// The serve binary itself (not npx), so stopping this process stops the server too.
const child = spawn(
  path.join(root, "node_modules", ".bin", "serve"),
  [path.join(root, "out"), "--listen", `tcp://${host}:${port}`, "--config", path.join(root, "serve.json"), "--no-clipboard", "--no-port-switching"],
  { stdio: "inherit" },
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
