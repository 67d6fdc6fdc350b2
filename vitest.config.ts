import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

// Unit tests sit beside the pure logic in lib/ (and scripts/ helpers); e2e/ belongs to Playwright.
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
  },
});
