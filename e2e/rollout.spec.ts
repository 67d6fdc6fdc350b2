/**
 * The rollout simulator end to end: each strategy plays to completion, a broken v2 stalls on the
 * deadline and `kubectl rollout undo` recovers, Blue/Green moves all traffic at once, the canary
 * header lands on the canary, the compare view shows all four, controls work by keyboard, reduced
 * motion draws no travelling dots, and URL parameters restore a setup.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";

const SUMMARY = '[data-testid="pod-summary"]';

async function fast(page: Page) {
  await page.getByLabel("속도").first().selectOption("4");
}

async function playToEnd(page: Page) {
  await fast(page);
  await page.getByTestId("play").first().click();
}

test.describe("rollout playground", () => {
  for (const [strategy, extra] of [
    ["Recreate", ""],
    ["RollingUpdate", "&maxSurge=1&maxUnavailable=1"],
    ["BlueGreen", "&autoPromote=1&scaleDownDelay=1"],
    ["Canary", "&steps=25%2C+pause+1%2C+50%2C+pause+1"],
  ] as const) {
    test(`${strategy} plays to completion with every v2 pod Ready`, async ({ page }) => {
      await page.goto(`/playground?strategy=${strategy}&replicas=4&readyAfter=1&terminateAfter=1${extra}`);
      const diagram = page.getByTestId(`rollout-${strategy}`);
      await expect(diagram.locator(SUMMARY)).toContainText("v1 Ready 4, v2 Ready 0");
      await playToEnd(page);
      await expect(diagram.locator(SUMMARY)).toContainText("v1 Ready 0, v2 Ready 4, 준비 중 0, 종료 중 0", { timeout: 20_000 });
      await expect(page.getByTestId("play")).toHaveText(/재생/, { timeout: 5_000 }); // stops by itself at the end
    });
  }

  test("the timeline's traffic strip counts failed requests: Recreate drops some, RollingUpdate none", async ({ page }) => {
    for (const [strategy, failed] of [
      ["Recreate", /실패 \(합계 [1-9]\d*개\)/],
      ["RollingUpdate", /실패 \(합계 0개\)/],
    ] as const) {
      await page.goto(`/playground?strategy=${strategy}&replicas=4&readyAfter=1&terminateAfter=1`);
      await expect(page.getByTestId(`rollout-${strategy}`).getByTestId("traffic-legend")).toHaveText(failed);
    }
  });

  test("a broken v2 stalls, reports ProgressDeadlineExceeded, and undo recovers", async ({ page }) => {
    await page.goto("/playground?strategy=RollingUpdate&replicas=4&broken=1&deadline=2&readyAfter=1&terminateAfter=0");
    const diagram = page.getByTestId("rollout-RollingUpdate");
    await playToEnd(page);
    await expect(diagram).toContainText("ProgressDeadlineExceeded", { timeout: 20_000 });
    // Stalled: v1 keeps 3 Ready (maxUnavailable 1), v2 pods never Ready.
    await expect(diagram.locator(SUMMARY)).toContainText("v1 Ready 3, v2 Ready 0");
    await diagram.getByRole("button", { name: "kubectl rollout undo" }).click();
    await expect(diagram.locator(SUMMARY)).toContainText("v1 Ready 4, v2 Ready 0, 준비 중 0, 종료 중 0", { timeout: 15_000 });
    await expect(diagram).toContainText("rollout undo");
  });

  test("Blue/Green: the selector switch moves all traffic at once", async ({ page }) => {
    await page.goto("/playground?strategy=BlueGreen&replicas=4&readyAfter=1&rps=20");
    const diagram = page.getByTestId("rollout-BlueGreen");
    const forward = diagram.getByRole("button", { name: "한 틱 앞으로" });
    await forward.click();
    await forward.click();
    await expect(diagram.locator(SUMMARY)).toContainText("v2 Ready 4");
    await expect(diagram.locator(SUMMARY)).toContainText("v1 20, v2 0, 실패 0");
    await diagram.getByRole("button", { name: "Service selector를 green으로 전환" }).click();
    await diagram.getByRole("button", { name: "일시정지" }).click();
    await expect(diagram.locator(SUMMARY)).toContainText("v1 0, v2 20, 실패 0");
    await expect(diagram).toContainText("selector version=v2 (green)");
  });

  test("Canary: the X-Canary: always button lands on the canary", async ({ page }) => {
    await page.goto("/playground?strategy=Canary&replicas=10&readyAfter=0&steps=10%2C+pause");
    const diagram = page.getByTestId("rollout-Canary");
    await diagram.getByRole("button", { name: "한 틱 앞으로" }).click();
    await expect(diagram.locator(SUMMARY)).toContainText("v2 Ready 1");
    await diagram.getByRole("button", { name: "X-Canary: always 헤더로 요청 보내기" }).click();
    await expect(diagram.getByTestId("header-result")).toContainText("카나리의 web-v2-1 (v2) 응답 200");
  });

  test("the compare view shows all four strategies and a summary", async ({ page }) => {
    await page.goto("/playground?mode=compare&replicas=4&readyAfter=1");
    for (const s of ["Recreate", "RollingUpdate", "BlueGreen", "Canary"]) await expect(page.getByTestId(`compare-${s}`)).toBeVisible();
    const rows = page.getByTestId("compare-summary").locator("tbody tr");
    await expect(rows).toHaveCount(4);
    // Recreate is the only one with downtime.
    await expect(rows.nth(0).locator("td").first()).not.toHaveText("0");
    await expect(rows.nth(1).locator("td").first()).toHaveText("0");
  });

  test("controls work by keyboard", async ({ page }) => {
    await page.goto("/playground?strategy=RollingUpdate&replicas=4");
    const diagram = page.getByTestId("rollout-RollingUpdate");
    const scrubber = diagram.getByRole("slider", { name: "틱 이동" });
    await diagram.getByRole("button", { name: "한 틱 앞으로" }).focus();
    await page.keyboard.press("Enter");
    await expect(scrubber).toHaveAttribute("aria-valuetext", /^틱 1 /);
    await scrubber.focus();
    await page.keyboard.press("ArrowRight");
    await expect(scrubber).toHaveAttribute("aria-valuetext", /^틱 2 /);
    await page.keyboard.press("Shift+Tab"); // back to the speed select, then to the step buttons
    await diagram.getByTestId("play").focus();
    await page.keyboard.press("Space");
    await expect(diagram.getByTestId("play")).toHaveText(/일시정지/);
    await page.keyboard.press("Space");
    await expect(diagram.getByTestId("play")).toHaveText(/재생/);
    await expect(diagram.getByText(/틱 \d+/).first()).toBeVisible();
  });

  test("reduced motion: no travelling request dots", async ({ page }) => {
    await page.goto("/playground?strategy=RollingUpdate&replicas=4&readyAfter=1");
    await page.getByTestId("play").click();
    // The control: normally dots exist and fly (a running Web Animation on a dot).
    await expect(page.getByTestId("request-dots").first()).toBeAttached();
    await expect
      .poll(() => page.evaluate(() => [...document.querySelectorAll("[data-dot]")].some((d) => d.getAnimations().length > 0)), { timeout: 5_000 })
      .toBe(true);
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.reload();
    await page.getByTestId("play").click();
    await expect(page.getByRole("slider", { name: "틱 이동" })).toHaveAttribute("aria-valuetext", /^틱 2 /, { timeout: 5_000 });
    await expect(page.getByTestId("request-dots")).toHaveCount(0);
  });

  test("URL parameters restore a setup, and edits are written back", async ({ page }) => {
    await page.goto("/playground?strategy=Canary&replicas=7&steps=20%2C+pause&broken=1");
    await expect(page.getByRole("radio", { name: "Canary" })).toBeChecked();
    await expect(page.getByLabel("replicas")).toHaveValue("7");
    await expect(page.getByLabel("카나리 단계", { exact: true })).toHaveValue("20, pause");
    await expect(page.getByLabel("v2가 고장 (Ready가 되지 않음)")).toBeChecked();
    await page.getByLabel("replicas").fill("5");
    await expect(page).toHaveURL(/replicas=5/);
    await expect(page.getByTestId("rollout-Canary").locator(SUMMARY)).toContainText("v1 Ready 5");
  });

  test("maxSurge/maxUnavailable are resolved next to the inputs, with the rounding", async ({ page }) => {
    await page.goto("/playground?strategy=RollingUpdate&replicas=3");
    const resolved = page.getByTestId("resolved");
    await expect(resolved).toContainText("maxSurge 1, maxUnavailable 0");
    await expect(resolved).toContainText("0.75 → 내림 0");
    await page.getByLabel("maxSurge (정수 또는 %)").fill("0");
    await page.getByLabel("maxUnavailable (정수 또는 %)").fill("0");
    await expect(page.getByText("maxSurge가 0이면")).toBeVisible();
  });
});

test.describe("strategies lesson", () => {
  test("each strategy section has its diagram, loaded after the page", async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto("/lessons/deployment-strategies");
    // RollingUpdate appears twice: the normal rollout and the broken-v2 one.
    // Each diagram loads as the reader nears it: scroll to its section first.
    const SECTION = { Recreate: "recreate", RollingUpdate: "rolling-update", BlueGreen: "blue-green", Canary: "canary" } as const;
    for (const s of ["Recreate", "RollingUpdate", "BlueGreen", "Canary"] as const) {
      await page.locator(`h2#${SECTION[s]}`).scrollIntoViewIfNeeded();
      await expect(page.getByTestId(`rollout-${s}`).first()).toBeVisible({ timeout: 15_000 });
    }
    const broken = page.getByRole("region", { name: "v2가 Ready가 되지 않는 롤링 업데이트" });
    await broken.getByLabel("속도").selectOption("4");
    await broken.getByTestId("play").click();
    await expect(broken).toContainText("ProgressDeadlineExceeded", { timeout: 20_000 });
    await expect(broken.locator(SUMMARY)).toContainText("v1 Ready 8, v2 Ready 0");
    await expect(page.getByTestId("rollout-Canary").locator(SUMMARY)).toContainText("v1 Ready 10");
  });
});

test.describe("rollout accessibility", () => {
  for (const [name, url] of [
    ["playground", "/playground?strategy=Canary"],
    ["compare", "/playground?mode=compare"],
    ["lesson", "/lessons/deployment-strategies"],
  ] as const) {
    for (const scheme of ["light", "dark"] as const) {
      test(`${name} (${scheme}) has no axe violations once the simulator is loaded and moving`, async ({ page }) => {
        test.setTimeout(60_000);
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
        await page.goto(url);
        // In the lesson a diagram loads as the reader nears it.
        if (url.startsWith("/lessons/")) await page.locator("h2#recreate").scrollIntoViewIfNeeded();
        const forward = page.getByRole("button", { name: "한 틱 앞으로" }).first();
        await forward.click();
        await forward.click();
        // The lesson is long: check the diagrams there, the whole main landmark on the playground.
        const scope = name === "lesson" ? '[data-testid^="rollout-"]' : "main";
        const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).include(scope).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`)).toEqual([]);
      });
    }
  }
});
