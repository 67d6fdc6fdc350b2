import { test, expect } from "./fixtures";
import { lessonsOnDisk } from "./content-index";

const lessons = lessonsOnDisk();

test("on a 360px phone the menu opens the lesson list and navigates", async ({ page }) => {
  await page.goto("/lessons/cicd-pipeline");
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, "no horizontal page scroll").toBeLessThanOrEqual(360);
  await page.getByRole("button", { name: "메뉴와 레슨 목록 열기" }).click();
  const menu = page.getByRole("dialog", { name: "메뉴" });
  await expect(menu).toBeVisible();
  const list = menu.getByRole("navigation", { name: "레슨 목록 (메뉴)" });
  await expect(list.getByRole("link")).toHaveCount(lessons.length);
  await expect(list.getByRole("link", { name: /CI\/CD 파이프라인/ })).toHaveAttribute("aria-current", "page");
  const target = lessons[0];
  await list.getByRole("link", { name: new RegExp(target.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) }).click();
  await expect(page).toHaveURL(new RegExp(`/lessons/${target.slug}$`));
  await expect(menu).toBeHidden();
});

test("on a phone the table of contents is a collapsible list", async ({ page }) => {
  await page.goto("/lessons/cicd-pipeline");
  const summary = page.getByText("이 페이지의 목차", { exact: true });
  await summary.click();
  const toc = page.getByRole("navigation", { name: "이 페이지의 목차 (접이식)" });
  await expect(toc.getByRole("link").first()).toBeVisible();
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "메뉴와 레슨 목록 열기" }).click();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog", { name: "메뉴" })).toBeHidden();
});
