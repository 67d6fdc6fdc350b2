import { test, expect } from "./fixtures";

test("on a phone the terminal stacks above the objectives, with 44px touch targets", async ({ page }) => {
  await page.goto("/sandbox");
  const input = page.getByTestId("sandbox-input");
  await expect(input).toBeEditable();
  const terminal = await page.getByRole("log").locator("xpath=ancestor::section[1]").boundingBox();
  const panel = await page.getByRole("heading", { name: "미션 목표" }).locator("xpath=ancestor::section[1]").boundingBox();
  expect(terminal && panel && panel.y >= terminal.y + terminal.height).toBe(true);
  for (const name of ["대신 입력하기: Dockerfile과 hello.js 내려받기", "화면 지우기", "적용"]) {
    const box = await page.getByRole("button", { name }).boundingBox();
    expect(box!.height, name).toBeGreaterThanOrEqual(44);
  }
  // The input's font is 16px so phones do not zoom into it.
  expect(await input.evaluate((el) => getComputedStyle(el).fontSize)).toBe("16px");
  await page.getByRole("button", { name: "대신 입력하기: Dockerfile과 hello.js 내려받기" }).click();
  await input.press("Enter");
  await expect(page.locator('[data-step="prep"]')).toHaveAttribute("data-done", "true");
  await expect(page.getByRole("log")).toContainText("% Total");
});
