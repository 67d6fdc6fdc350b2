// Runs after `next build` has written out/. Later steps (search index, CSP hashes) hook in here.
import { existsSync } from "node:fs";

if (!existsSync("out/index.html")) {
  console.error("postbuild: out/index.html is missing — did next build export the site?");
  process.exit(1);
}
console.log("postbuild: out/ ready");
