import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { MISSION_1, MISSION_2 } from "../lib/sandbox/missions";

/** The sandbox terminal, driven by the keyboard like a learner would. */
function terminal(page: Page) {
  const input = page.getByTestId("sandbox-input");
  const log = page.getByRole("log");
  return {
    input,
    log,
    async type(line: string, password?: string) {
      await input.click();
      await input.pressSequentially(line);
      await input.press("Enter");
      if (password !== undefined) {
        await expect(input).toHaveAttribute("type", "password");
        await input.pressSequentially(password);
        await input.press("Enter");
        await expect(input).toHaveAttribute("type", "text");
      }
    },
  };
}

const needsPassword = (cmd: string) => cmd.includes("docker login") || cmd.includes("--user");

test("Mission 1 can be completed by typing, and every objective ticks", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/sandbox");
  const t = terminal(page);
  await expect(t.input).toBeEditable();
  // A typical first mistake: ctr needs the full name; nothing ticks for it.
  await t.type("ctr images pull myid/hello:1.0.0");
  await expect(t.log).toContainText("lookup myid on 8.8.8.8:53: no such host");
  for (const step of MISSION_1.steps) {
    const cmd = step.command("myid");
    await t.type(cmd, needsPassword(cmd) ? "practice-pw" : undefined);
    await expect(page.locator(`[data-step="${step.id}"]`)).toHaveAttribute("data-done", "true");
  }
  await expect(page.getByTestId("sandbox-progress")).toHaveText(`${MISSION_1.steps.length}개 중 ${MISSION_1.steps.length}개 완료`);
  await expect(page.locator('[data-step][data-done="false"]')).toHaveCount(0);
  await expect(t.log).toContainText("Login Succeeded");
  await expect(t.log).toContainText("Mounted from library/node");
  await expect(t.log).not.toContainText("practice-pw");
});

test("Mission 2 shows the four sizes and the layer view explains them", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto("/sandbox?mission=mission2");
  await expect(page.getByRole("link", { name: /미션 2/ })).toHaveAttribute("aria-current", "page");
  const t = terminal(page);
  for (const step of MISSION_2.steps) await t.type(step.command("myid"));
  for (const size of ["490MB", "248.3 MiB", "471.0 MiB", "linux/amd64,linux/arm64", '"Architecture": "amd64"']) {
    await expect(t.log).toContainText(size);
  }
  await expect(page.locator('[data-step][data-done="true"]')).toHaveCount(MISSION_2.steps.length);
  await expect(page.getByTestId("figure-docker")).toContainText("490MB");
  await expect(page.getByTestId("figure-ctr-pulled")).toContainText("248.3 MiB");
  await expect(page.getByTestId("figure-ctr-imported")).toContainText("471.0 MiB");
});

test("reload keeps the session and progress; reset clears both", async ({ page }) => {
  await page.goto("/sandbox");
  const t = terminal(page);
  await t.type("ctr ns list");
  await expect(page.locator('[data-step="c1"]')).toHaveAttribute("data-done", "true");
  await t.type("ctr -n k8s.io image list");
  await expect(page.locator('[data-step="c2"]')).toHaveAttribute("data-done", "true");

  await page.reload();
  await expect(page.locator('[data-step="c1"]')).toHaveAttribute("data-done", "true");
  await expect(page.locator('[data-step="c2"]')).toHaveAttribute("data-done", "true");
  await expect(t.log).toContainText("REF TYPE DIGEST SIZE PLATFORMS LABELS");
  // History survives too.
  await t.input.click();
  await t.input.press("ArrowUp");
  await expect(t.input).toHaveValue("ctr -n k8s.io image list");

  await page.getByRole("button", { name: "처음부터 다시 (기록 지우기)" }).click();
  await expect(page.locator('[data-step][data-done="true"]')).toHaveCount(0);
  await expect(t.log).not.toContainText("REF TYPE DIGEST");
  await page.reload();
  await expect(page.locator('[data-step][data-done="true"]')).toHaveCount(0);
  await expect(t.log).not.toContainText("REF TYPE DIGEST");
});

test("hostile input is shown as text, never as markup", async ({ page }) => {
  let dialog = false;
  page.on("dialog", async (d) => {
    dialog = true;
    await d.dismiss();
  });
  await page.goto("/sandbox");
  const t = terminal(page);
  await t.type(`echo '<img src=x onerror=alert(1)><b>bold</b>'`);
  await expect(t.log).toContainText("<img src=x onerror=alert(1)><b>bold</b>");
  await t.type("<script>alert(1)</script>");
  await expect(t.log).toContainText("<script>alert(1)</script>");
  await expect(t.log.locator("img, b, script")).toHaveCount(0);
  expect(dialog).toBe(false);
});

test("keyboard: Tab completes, the type-for-me button fills, Ctrl+L clears, password is masked", async ({ page }) => {
  await page.goto("/sandbox");
  const t = terminal(page);
  await t.input.click();
  await t.input.pressSequentially("doc");
  await t.input.press("Tab");
  await expect(t.input).toHaveValue("docker ");
  await t.input.pressSequentially("im");
  await t.input.press("Tab");
  await expect(t.input).toHaveValue("docker image");
  await expect(t.log.locator("..")).toContainText("image  images");
  await t.input.fill("");

  await page.getByLabel("Docker Hub ID").fill("kim");
  await page.getByRole("button", { name: "적용" }).click();
  await page.getByRole("button", { name: "대신 입력하기: 이미지 빌드하기" }).click();
  await expect(t.input).toHaveValue("docker build -t kim/hello:1.0.0 .");
  await expect(t.input).toBeFocused();

  await t.input.fill("docker login -u kim");
  await t.input.press("Enter");
  await expect(t.input).toHaveAttribute("type", "password");
  await expect(page.getByText("Password:", { exact: true })).toBeVisible();
  await t.input.press("Escape");
  await expect(t.input).toHaveAttribute("type", "text");
  await expect(t.log).toContainText("docker login -u kim^C");

  await t.input.press("Control+l");
  await expect(t.log).not.toContainText("docker login");
});

test("the sandbox passes axe (WCAG 2.1 A/AA) in light and dark, with output on screen", async ({ page }) => {
  const { default: AxeBuilder } = await import("@axe-core/playwright");
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/sandbox?mission=mission2");
    const t = terminal(page);
    await t.type("docker pull 1pro/api-tester:latest");
    await t.type("docker rmi nope");
    await expect(t.log).toContainText("No such image");
    const results = await new AxeBuilder({ page }).include("[data-sandbox-root]").withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.map((v) => `${scheme}: ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  }
});
