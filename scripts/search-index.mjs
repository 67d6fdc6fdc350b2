// Builds the full-text search index of the export (out/pagefind/) with pagefind's Node API.
// Only elements marked data-pagefind-body (lesson articles, glossary) are indexed, so navigation
// and widgets do not pollute results. Korean is detected from <html lang="ko">.
import * as pagefind from "pagefind";

const { index, errors } = await pagefind.createIndex({ forceLanguage: "ko" });
if (!index) {
  console.error("search-index: pagefind could not start:", errors);
  process.exit(1);
}
const added = await index.addDirectory({ path: "out" });
if (added.errors.length) {
  console.error("search-index:", added.errors);
  process.exit(1);
}
const written = await index.writeFiles({ outputPath: "out/pagefind" });
if (written.errors.length) {
  console.error("search-index:", written.errors);
  process.exit(1);
}
console.log(`search-index: ${added.page_count} pages indexed into out/pagefind`);
await pagefind.close();
