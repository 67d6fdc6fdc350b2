import { test, expect } from "./fixtures";
import { pressSearchShortcut } from "./search-actions";

/** term typed → a page title the results must include */
const CASES: [string, RegExp][] = [
  ["카나리", /배포 전략/],
  ["canary", /배포 전략/],
  ["네임스페이스", /미션 1/],
  ["k8s.io", /미션 1/],
  ["maxSurge", /배포 전략/],
  // Korean particles attached: the stem must still be found.
  ["네임스페이스를", /미션 1/],
  ["카나리는", /배포 전략/],
  ["롤백이", /배포 전략/],
];

test("search finds Korean and English terms, with particles attached, by keyboard", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto("/");
  for (const [term, title] of CASES) {
    await pressSearchShortcut(page);
    const dialog = page.getByRole("dialog", { name: "사이트 검색" });
    const box = dialog.getByRole("combobox", { name: "검색어" });
    await expect(box).toBeFocused();
    await box.fill(term);
    const options = dialog.getByRole("option");
    await expect(options.first(), `results for ${term}`).toBeVisible();
    await expect(options.filter({ hasText: title }).first(), `${term} → ${title}`).toBeVisible();
    await expect(dialog.locator("mark").first()).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
  }
});

test("arrow keys choose a result and Enter opens its section", async ({ page }) => {
  await page.goto("/glossary");
  await pressSearchShortcut(page, "Control+k");
  const box = page.getByRole("combobox", { name: "검색어" });
  await box.fill("네임스페이스를");
  const options = page.getByRole("option");
  await expect(options.first()).toBeVisible();
  const count = await options.count();
  await page.keyboard.press("ArrowDown");
  await expect(options.nth(count > 1 ? 1 : 0)).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("ArrowUp");
  await expect(options.first()).toHaveAttribute("aria-selected", "true");
  const href = await options.first().getAttribute("data-href");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
  await expect(page.getByRole("dialog", { name: "사이트 검색" })).toBeHidden();
});

test("a query with markup or control characters is treated as text", async ({ page }) => {
  await page.goto("/");
  page.on("dialog", (d) => {
    throw new Error(`dialog opened: ${d.message()}`);
  });
  await page.getByRole("button", { name: "검색" }).click();
  const box = page.getByRole("combobox", { name: "검색어" });
  await box.fill("<img src=x onerror=alert(1)>\u0007" + "가".repeat(500));
  await expect(page.getByRole("status").filter({ hasText: /결과|찾는 중/ })).toBeVisible();
  await expect(page.getByRole("dialog", { name: "사이트 검색" }).locator("img")).toHaveCount(0);
});
