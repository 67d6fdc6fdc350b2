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
import { pressSearchShortcut } from "./search-actions";

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

// One test per page and width, so workers share them and a long lesson has its own time. Both
// themes are checked on one load: next-themes follows the emulated system setting as it changes.
for (const url of exportedPages()) {
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    test(`axe: ${url} (${name}, light and dark) has no WCAG 2.1 AA violations`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: "light" });
      await page.goto(url);
      await page.waitForLoadState("networkidle");
      const found: string[] = [];
      for (const scheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        // The theme really is the one asked for before axe looks at colours.
        if (scheme === "dark") await expect(page.locator("html")).toHaveClass(/\bdark\b/);
        else await expect(page.locator("html")).not.toHaveClass(/\bdark\b/);
        found.push(...(await axe(page)).map((v) => `[${scheme}] ${v}`));
      }
      expect(found, `${url} ${name}`).toEqual([]);
    });
  }
}

test("axe: the open search dialog and the phone menu have no violations", async ({ page }) => {
  await page.goto("/");
  await pressSearchShortcut(page);
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

// ---- Keyboard-only paths --------------------------------------------------------------------------

interface Focused {
  tag: string;
  type: string;
  name: string;
  ring: boolean;
  inside: string;
}

/** What has focus now, its accessible-ish name, and whether it (or a wrapper within two levels) shows a focus ring. */
const focused = (page: Page) =>
  page.evaluate((): Focused => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: "body", type: "", name: "", ring: false, inside: "" };
    const visible = (n: Element | null) => {
      if (!n) return false;
      const s = getComputedStyle(n);
      return (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0) || (s.boxShadow !== "none" && s.boxShadow !== "");
    };
    const labelled = el.getAttribute("aria-labelledby");
    const label =
      el.getAttribute("aria-label") ??
      (labelled ? document.getElementById(labelled)?.textContent : null) ??
      (el as HTMLInputElement).labels?.[0]?.textContent ??
      el.textContent ??
      "";
    return {
      tag: el.tagName.toLowerCase(),
      type: el.getAttribute("type") ?? "",
      name: label.trim().replace(/\s+/g, " ").slice(0, 60),
      ring: visible(el) || visible(el.parentElement) || visible(el.parentElement?.parentElement ?? null),
      inside: el.closest("[data-quiz]") ? "quiz" : el.closest("main") ? "main" : "",
    };
  });

/**
 * Presses Tab until the focused element matches, failing after `max` stops. Every stop on the way
 * must show a focus ring (WCAG 2.4.7), which is recorded in `noRing`.
 */
async function tabTo(page: Page, match: (f: Focused) => boolean, noRing: string[], max = 120): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const f = await focused(page);
    if (f.tag !== "body" && !f.ring) noRing.push(`${f.tag}[${f.type}] "${f.name}"`);
    if (match(f)) return f;
  }
  throw new Error(`no matching control within ${max} Tab presses`);
}

test("keyboard only: answer a quiz question and get feedback", async ({ page }) => {
  test.setTimeout(60_000);
  const noRing: string[] = [];
  await page.goto("/quiz/final");
  await expect(page.locator("[data-quiz]")).toBeVisible();
  const f = await tabTo(page, (x) => x.inside === "quiz" && (["radio", "checkbox"].includes(x.type) || x.tag === "textarea" || x.tag === "select" || (x.tag === "input" && x.type === "text")), noRing);
  if (f.type === "radio" || f.type === "checkbox") await page.keyboard.press("Space");
  else if (f.tag === "select") await page.keyboard.press("ArrowDown");
  else await page.keyboard.type("docker images");
  await tabTo(page, (x) => x.tag === "button" && x.name === "확인", noRing);
  await page.keyboard.press("Enter");
  await expect(page.locator("[data-quiz] [data-feedback]").first()).toBeVisible();
  await expect(page.locator("[data-quiz] [data-feedback]").first()).toContainText(/정답입니다|틀렸습니다/);
  expect(noRing, "focus stops without a visible focus ring").toEqual([]);
});

test("keyboard only: step a rollout diagram forward and scrub its timeline", async ({ page }) => {
  test.setTimeout(60_000);
  const noRing: string[] = [];
  await page.goto("/playground");
  const slider = page.getByRole("slider", { name: "틱 이동" }).first();
  await expect(slider).toBeVisible();
  const before = await slider.getAttribute("aria-valuetext");
  await tabTo(page, (x) => x.tag === "button" && x.name === "한 틱 앞으로", noRing);
  await page.keyboard.press("Enter");
  await expect(slider).not.toHaveAttribute("aria-valuetext", before ?? "");
  const afterStep = await slider.getAttribute("aria-valuetext");
  await tabTo(page, (x) => x.type === "range" && x.name === "틱 이동", noRing);
  await page.keyboard.press("ArrowRight");
  await expect(slider).not.toHaveAttribute("aria-valuetext", afterStep ?? "");
  expect(noRing, "focus stops without a visible focus ring").toEqual([]);
});

test("keyboard only: run a command in the sandbox terminal", async ({ page }) => {
  test.setTimeout(60_000);
  const noRing: string[] = [];
  await page.goto("/sandbox");
  await expect(page.getByRole("textbox", { name: "명령 입력" })).toBeEditable();
  await tabTo(page, (x) => x.tag === "input" && x.name.includes("명령 입력"), noRing);
  await page.keyboard.type("docker images");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("log").first()).toContainText("REPOSITORY");
  expect(noRing, "focus stops without a visible focus ring").toEqual([]);
});
