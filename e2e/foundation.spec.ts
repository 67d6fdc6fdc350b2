import { test, expect } from "./fixtures";
import { lessonsOnDisk, pagesFromSitemap } from "./content-index";

const lessons = lessonsOnDisk();

test("the course map lists every lesson in order, and each link opens its lesson", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/Deploy Notes/);
  const cards = page.locator("[data-lesson-card]");
  await expect(cards).toHaveCount(lessons.length);
  for (const [i, lesson] of lessons.entries()) {
    await expect(cards.nth(i).getByRole("heading", { level: 2 })).toHaveText(lesson.title);
  }
  const last = lessons[lessons.length - 1];
  await page.getByRole("link", { name: last.title, exact: true }).first().click();
  await expect(page).toHaveURL(new RegExp(`/lessons/${last.slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(last.title);
});

test("a lesson shows its title, objectives, highlighted code and working prev/next links", async ({ page }) => {
  await page.goto("/lessons/cicd-pipeline");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(lessons.find((l) => l.slug === "cicd-pipeline")!.title);
  await expect(page.getByRole("heading", { name: "이 레슨을 마치면" })).toBeVisible();
  // shiki colours tokens: at least one span inside a code block has a theme colour variable.
  const token = page.locator("[data-rehype-pretty-code-figure] code span[style*='--shiki-light']").first();
  await expect(token).toBeAttached();
  const color = await token.evaluate((el) => getComputedStyle(el).color);
  expect(color).not.toBe(await page.locator("[data-rehype-pretty-code-figure] pre").first().evaluate((el) => getComputedStyle(el).color));
  await expect(page.locator("[data-rehype-pretty-code-figure]").first()).toContainText("Bash");
  const current = page.getByRole("navigation", { name: "레슨 목록", exact: true }).getByRole("link", { name: /CI\/CD 파이프라인/ });
  await expect(current).toHaveAttribute("aria-current", "page");
  await page.getByRole("link", { name: /다음 레슨/ }).click();
  await expect(page).not.toHaveURL(/cicd-pipeline$/);
});

test("the copy button puts the code block's command on the clipboard", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/lessons/cicd-pipeline");
  const figure = page.locator("[data-rehype-pretty-code-figure]").first();
  await figure.getByRole("button", { name: "코드 복사" }).click();
  await expect(figure.getByRole("button", { name: /복사됨/ })).toBeVisible();
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  expect(clip).toContain("docker build -t <docker hub ID>/hello:1.0.1 .");
  expect(clip).toBe((await figure.locator("pre").innerText()).replace(/\n$/, ""));
});

test("table of contents links scroll to their section, and scroll-spy marks it", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("/lessons/cicd-pipeline");
  const toc = page.getByRole("navigation", { name: "이 페이지의 목차", exact: true });
  const link = toc.getByRole("link").nth(3);
  const target = (await link.getAttribute("href"))!;
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.locator(target)).toBeInViewport();
  await expect(link).toHaveAttribute("aria-current", "location");
});

test("the theme toggle switches to dark and the choice survives a reload", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  const html = page.locator("html");
  await expect(html).not.toHaveClass(/dark/);
  const toggle = page.getByRole("button", { name: /^테마:/ });
  await toggle.click(); // system → light
  await toggle.click(); // light → dark
  await expect(html).toHaveClass(/dark/);
  await expect(toggle).toHaveAttribute("aria-label", /어두운 테마 \(누르면/);
  await page.reload();
  await expect(html).toHaveClass(/dark/);
  const bg = await page.locator("body").evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(bg).toBe("rgb(15, 18, 23)");
});

test("choosing light on a dark system gives the light theme", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  const bg = () => page.locator("body").evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await bg()).toBe("rgb(15, 18, 23)");
  await page.getByRole("button", { name: /^테마:/ }).click(); // system → light
  await expect(page.locator("html")).toHaveClass(/light/);
  expect(await bg()).toBe("rgb(255, 255, 255)");
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false, colorScheme: "dark" });
  test("the theme follows the system's dark preference, code blocks included", async ({ page }) => {
    await page.goto("/lessons/deployment-strategies");
    expect(await page.locator("body").evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgb(15, 18, 23)");
    // A shiki token takes its dark-theme colour.
    const token = page.locator("[data-rehype-pretty-code-figure] code[data-theme] span[style*='--shiki-dark']").first();
    const [colour, dark] = await token.evaluate((el) => [getComputedStyle(el).color, el.style.getPropertyValue("--shiki-dark")]);
    const probe = await page.evaluate((c) => {
      const el = document.createElement("span");
      el.style.color = c;
      document.body.append(el);
      return getComputedStyle(el).color;
    }, dark);
    expect(colour).toBe(probe);
  });
});

test("an unknown URL shows the styled 404 page", async ({ page }) => {
  const response = await page.goto("/lessons/no-such-lesson");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("페이지를 찾을 수 없습니다");
  await page.getByRole("link", { name: "코스 지도로 가기" }).click();
  await expect(page).toHaveURL(/\/$/);
});

test("every page in the sitemap loads with a title, a description and no console errors", async ({ page, request }) => {
  test.setTimeout(120_000);
  const xml = await (await request.get("/sitemap.xml")).text();
  const pages = pagesFromSitemap(xml);
  expect(pages).toEqual(expect.arrayContaining(["/", "/glossary", ...lessons.map((l) => `/lessons/${l.slug}`)]));
  expect((await (await request.get("/robots.txt")).text())).toContain("Sitemap:");
  for (const path of pages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "ko");
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /.{10,}/);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /.+/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
});
