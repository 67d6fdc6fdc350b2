import { test, expect } from "./fixtures";
import { readFileSync } from "node:fs";

test("reading a lesson to the end marks it read, and the course map and sidebar show it", async ({ page }) => {
  await page.goto("/lessons/intro");
  const tracker = page.getByRole("button", { name: /읽음/ });
  await tracker.scrollIntoViewIfNeeded();
  await expect(page.getByText("이 레슨을 다 읽었습니다.")).toBeVisible();
  await expect(tracker).toHaveAttribute("aria-pressed", "true");
  await page.goto("/lessons/cicd-pipeline"); // opened, not finished
  await expect.poll(() => page.evaluate(() => localStorage.getItem("deploy-notes:progress") ?? "")).toContain("cicd-pipeline");
  await page.goto("/");
  await expect(page.locator('[data-lesson-card="intro"] [data-lesson-status]')).toHaveAttribute("data-lesson-status", "done");
  await expect(page.locator('[data-lesson-card="cicd-pipeline"] [data-lesson-status]')).toHaveAttribute("data-lesson-status", "in-progress");
  await expect(page.locator('[data-lesson-card="cicd-tools"] [data-lesson-status]')).toHaveAttribute("data-lesson-status", "not-started");
  await expect(page.getByRole("link", { name: /이어서 학습하기: CI\/CD 파이프라인/ })).toBeVisible();
  await page.reload();
  await expect(page.locator('[data-lesson-card="intro"] [data-lesson-status]')).toHaveText(/완료/);
  await page.goto("/lessons/cicd-tools");
  const sidebar = page.getByRole("navigation", { name: "레슨 목록", exact: true });
  await expect(sidebar.locator('[data-lesson-slug="intro"] [data-lesson-mark]')).toHaveAttribute("data-lesson-mark", "done");
  await expect(sidebar.getByRole("link", { name: /코스 소개.*완료/ })).toBeVisible();
});

test("un-marking a read lesson by hand sticks", async ({ page }) => {
  await page.goto("/lessons/intro");
  const tracker = page.getByRole("button", { name: /읽음/ });
  await tracker.scrollIntoViewIfNeeded();
  await expect(tracker).toHaveAttribute("aria-pressed", "true");
  await tracker.click();
  await expect(tracker).toHaveAttribute("aria-pressed", "false");
  await page.mouse.wheel(0, 200);
  await expect(tracker).toHaveAttribute("aria-pressed", "false");
});

test("export, reset with confirmation, and import restore progress", async ({ page }, testInfo) => {
  await page.goto("/lessons/intro");
  await page.getByRole("button", { name: /읽음/ }).scrollIntoViewIfNeeded();
  await expect(page.getByText("이 레슨을 다 읽었습니다.")).toBeVisible();
  await page.goto("/");
  const panel = page.locator("[data-progress-panel]");
  await expect(panel).toContainText("읽은 레슨 1개");

  const downloadPromise = page.waitForEvent("download");
  await panel.getByRole("button", { name: "진도 내보내기" }).click();
  const file = testInfo.outputPath("progress.json");
  await (await downloadPromise).saveAs(file);
  expect(JSON.parse(readFileSync(file, "utf8")).lessons.intro.read).toBe(true);

  await panel.getByRole("button", { name: "진도 초기화…" }).click();
  const confirm = page.getByRole("dialog", { name: "진도를 모두 지울까요?" });
  await expect(confirm.getByRole("button", { name: "취소" })).toBeFocused();
  await confirm.getByRole("button", { name: "취소" }).click();
  await expect(panel).toContainText("읽은 레슨 1개");
  await panel.getByRole("button", { name: "진도 초기화…" }).click();
  await confirm.getByRole("button", { name: "모두 지우기" }).click();
  await expect(panel).toContainText("읽은 레슨 0개");
  await expect(page.locator('[data-lesson-card="intro"] [data-lesson-status]')).toHaveAttribute("data-lesson-status", "not-started");

  await panel.locator('input[type="file"]').setInputFiles(file);
  await expect(panel.getByRole("status")).toHaveText("진도를 가져왔습니다.");
  await expect(page.locator('[data-lesson-card="intro"] [data-lesson-status]')).toHaveAttribute("data-lesson-status", "done");
  await page.reload();
  await expect(panel).toContainText("읽은 레슨 1개");
});

test("an import file that is not progress is refused without touching what is stored", async ({ page }) => {
  await page.goto("/lessons/intro");
  await page.getByRole("button", { name: /읽음/ }).scrollIntoViewIfNeeded();
  // Saved before leaving: on a busy machine the store may not have loaded yet when the page is left.
  await expect(page.getByText("이 레슨을 다 읽었습니다.")).toBeVisible();
  await page.goto("/");
  const panel = page.locator("[data-progress-panel]");
  await panel.locator('input[type="file"]').setInputFiles({ name: "x.json", mimeType: "application/json", buffer: Buffer.from("<html>not json") });
  await expect(panel.getByRole("status")).toContainText("읽을 수 없습니다");
  await expect(panel).toContainText("읽은 레슨 1개");
});

test("corrupt saved progress is ignored key by key; the rest is kept", async ({ page }) => {
  await page.goto("/");
  await page.evaluate(() =>
    localStorage.setItem(
      "deploy-notes:progress",
      JSON.stringify({ version: 1, lessons: { intro: { read: true }, "cicd-pipeline": { read: "yes" } }, quizzes: { final: "garbage" }, missions: 7 }),
    ),
  );
  await page.reload();
  await expect(page.locator('[data-lesson-card="intro"] [data-lesson-status]')).toHaveAttribute("data-lesson-status", "done");
  await expect(page.locator('[data-lesson-card="cicd-pipeline"] [data-lesson-status]')).toHaveAttribute("data-lesson-status", "not-started");
});

test("with storage blocked the site still works and says progress is not saved", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("blocked", "SecurityError");
      },
    });
  });
  await page.goto("/lessons/intro");
  await expect(page.locator("[data-persistence-notice]")).toContainText("진도가 저장되지 않습니다");
  await page.getByRole("button", { name: "알겠어요" }).click();
  await expect(page.locator("[data-persistence-notice]")).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});
