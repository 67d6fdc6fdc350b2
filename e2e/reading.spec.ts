import { test, expect } from "./fixtures";

test("the first mention of a glossary term shows its definition on focus and hover, and links to the glossary", async ({ page }) => {
  await page.goto("/lessons/deployment-strategies");
  const hint = page.locator(".term-hint").first();
  const link = hint.getByRole("link");
  const tip = hint.getByRole("tooltip");
  await expect(tip).toBeHidden();
  await link.focus();
  await expect(tip).toBeVisible();
  await expect(link).toHaveAccessibleDescription(/.{10,}/);
  await page.keyboard.press("Escape");
  await expect(tip).toBeHidden();
  await link.hover();
  await expect(tip).toBeVisible();
  const href = await link.getAttribute("href");
  expect(href).toMatch(/^\/glossary#[a-z0-9-]+$/);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.locator(href!.slice("/glossary".length))).toBeInViewport();
});

test("only the first link to a term in a lesson carries the hint", async ({ page }) => {
  await page.goto("/lessons/deployment-strategies");
  const hrefs = await page.locator(".term-hint > a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  expect(hrefs.length).toBeGreaterThan(2);
  expect(new Set(hrefs).size).toBe(hrefs.length);
});

test("a lesson prints cleanly: no navigation, wrapped code, corrections kept", async ({ page }) => {
  await page.goto("/lessons/deployment-strategies");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("navigation", { name: "레슨 목록", exact: true })).toBeHidden();
  await expect(page.locator('[data-callout="correction"]').first()).toBeVisible();
  const whiteSpace = await page.locator(".prose pre").first().evaluate((el) => getComputedStyle(el).whiteSpace);
  expect(whiteSpace).toBe("pre-wrap");
});

test("a lesson read in the dark theme prints light", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/lessons/deployment-strategies");
  await expect(page.locator("html")).toHaveClass(/dark/);
  await page.emulateMedia({ media: "print", colorScheme: "dark" });
  expect(await page.locator("body").evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgb(255, 255, 255)");
});
