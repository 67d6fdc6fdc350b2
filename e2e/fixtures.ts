import { test as base, expect } from "@playwright/test";

/**
 * Every e2e test uses this `test`: it fails the test on any console error, uncaught page error or
 * failed sub-resource (script, style, prefetch, font), so "no console errors on any page" holds for
 * every page a test visits. A 404 *document* is left to the test that asks for it.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (msg) => {
        // Chromium's "Failed to load resource" line names no URL: the response hook below does.
        if (msg.type() === "error" && !msg.text().startsWith("Failed to load resource")) errors.push(`console: ${msg.text()}`);
      });
      page.on("pageerror", (err) => errors.push(`pageerror: ${err.message}`));
      page.on("response", (response) => {
        if (response.status() >= 400 && !response.request().isNavigationRequest()) {
          errors.push(`HTTP ${response.status()}: ${response.url()}`);
        }
      });
      await use(errors);
      expect(errors, "console errors or failed requests on the page").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
