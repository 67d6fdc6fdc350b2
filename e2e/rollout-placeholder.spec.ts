/**
 * Before a lesson's simulator loads, and with JavaScript off, its place shows the strategy's static
 * diagram and the setup in text, in a box exactly as tall as the simulator that replaces it.
 */
import type { Browser, Page } from "@playwright/test";
import { test, expect } from "./fixtures";

const LESSON = "/lessons/deployment-strategies";
const SLOT = '[data-testid="rollout-slot"]';

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("each diagram's place shows the static diagram and the setup in text", async ({ page }) => {
    await page.goto(LESSON);
    for (const [region, image, setup] of [
      ["Recreate 시뮬레이션", "Recreate 배포 구조", "replicas 4"],
      ["RollingUpdate 시뮬레이션", "RollingUpdate 배포 구조", "maxSurge 25%"],
      ["v2가 Ready가 되지 않는 롤링 업데이트", "RollingUpdate 배포 구조", "v2 고장"],
      ["Blue/Green 시뮬레이션", "Blue/Green 배포 구조", "전환 후 blue 3틱 유지"],
      ["Canary 시뮬레이션", "Canary 배포 구조", "단계 10, pause 6, 50, pause 4"],
    ] as const) {
      const box = page.getByRole("region", { name: region, exact: true });
      await expect(box.getByRole("img", { name: image })).toBeVisible();
      await expect(box).toContainText(setup);
      await expect(box).toContainText("처음 상태: v1 파드");
      // Playwright turns scripts off without the parser knowing, so Chromium hides <noscript> as if
      // scripts ran: check the note is in the page's HTML instead of on screen.
      expect(await box.locator("noscript").evaluate((el) => el.innerHTML)).toContain("JavaScript가 꺼져 있어 정지 그림만 보입니다");
    }
    await expect(page.getByTestId("play")).toHaveCount(0);
  });
});

async function slotHeights(page: Page): Promise<number[]> {
  return page.locator(SLOT).evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().height)));
}

async function staticHeights(browser: Browser, baseURL: string, width: number): Promise<number[]> {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 }, baseURL });
  const page = await context.newPage();
  await page.goto(LESSON);
  const heights = await slotHeights(page);
  await context.close();
  return heights;
}

for (const width of [360, 1280]) {
  test(`at ${width} px the loaded simulator is exactly as tall as its placeholder`, async ({ page, browser, baseURL }) => {
    test.setTimeout(60_000);
    const before = await staticHeights(browser, baseURL!, width);
    expect(before).toHaveLength(5);
    await page.setViewportSize({ width, height: 900 });
    await page.goto(LESSON);
    const slots = page.locator(SLOT);
    for (let i = 0; i < before.length; i++) {
      await slots.nth(i).scrollIntoViewIfNeeded();
      await expect(slots.nth(i)).toHaveAttribute("data-ready", "true", { timeout: 15_000 });
      await expect(slots.nth(i).getByTestId("play")).toBeVisible();
    }
    expect(await slotHeights(page)).toEqual(before);
  });
}
