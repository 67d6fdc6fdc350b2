import { test, expect } from "./fixtures";
import { lessonsOnDisk, type LessonOnDisk } from "./content-index";

/*
 * The lesson pages against their MDX sources: every h2 the author wrote is rendered with its id,
 * every correction callout is on the page, every glossary anchor a lesson links to exists, and the
 * tool map filter narrows its list by mouse and by keyboard. Expectations are read from the files,
 * so adding a section or a correction updates the test by itself.
 */

const lessons = lessonsOnDisk();

/** Lines outside fenced code blocks (a `## ` inside a bash fence is a comment, not a heading). */
function proseLines(source: string): string[] {
  const out: string[] = [];
  let fenced = false;
  for (const line of source.split("\n")) {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      continue;
    }
    if (!fenced) out.push(line);
  }
  return out;
}

interface H2 {
  text: string;
  id: string;
}

/** `## 텍스트 {#id}` headings; every h2 in these lessons pins an explicit English id. */
function h2s(lesson: LessonOnDisk): H2[] {
  return proseLines(lesson.source)
    .map((line) => /^##\s+(.+?)\s*\{#([A-Za-z][\w-]*)\}\s*$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ text: m[1].replace(/`/g, ""), id: m[2] }));
}

function correctionCount(lesson: LessonOnDisk): number {
  return (lesson.source.match(/<Callout\s+kind="correction"/g) ?? []).length;
}

function glossaryIds(lesson: LessonOnDisk): string[] {
  return [...new Set([...lesson.source.matchAll(/\]\(\/glossary#([\w-]+)\)/g)].map((m) => m[1]))];
}

test("the lesson sources are what this suite expects (so the checks below cannot pass vacuously)", () => {
  expect(lessons.map((l) => l.slug)).toEqual([
    "intro",
    "cicd-pipeline",
    "cicd-tools",
    "deployment-strategies",
    "mission-docker-containerd",
    "mission-image-size",
  ]);
  for (const lesson of lessons) expect(h2s(lesson).length, lesson.file).toBeGreaterThanOrEqual(4);
  const strategies = lessons.find((l) => l.slug === "deployment-strategies")!;
  expect(h2s(strategies).map((h) => h.id)).toEqual(
    expect.arrayContaining(["recreate", "rolling-update", "blue-green", "canary"]),
  );
  expect(correctionCount(strategies)).toBeGreaterThanOrEqual(5);
});

for (const lesson of lessons) {
  test(`${lesson.file}: title, every h2 section and every correction are rendered`, async ({ page }) => {
    await page.goto(`/lessons/${lesson.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(lesson.title);

    for (const h of h2s(lesson)) {
      const heading = page.locator(`h2[id="${h.id}"]`);
      await expect(heading, `h2 #${h.id}`).toHaveCount(1);
      await expect(heading).toContainText(h.text);
    }

    const corrections = page.locator('[data-callout="correction"]');
    await expect(corrections).toHaveCount(correctionCount(lesson));
    for (let i = 0; i < correctionCount(lesson); i++) {
      const c = corrections.nth(i);
      // Both sides of the comparison and a primary source link.
      await expect(c.getByText("노트의 설명", { exact: true })).toBeVisible();
      await expect(c.getByText("실제로는", { exact: true })).toBeVisible();
      await expect(c.locator('a[href^="https://"]').first()).toBeAttached();
    }
  });
}

test("the correction texts say what is actually true", async ({ page }) => {
  await page.goto("/lessons/deployment-strategies");
  const rolling = page.locator('[data-callout="correction"]', { hasText: "스스로 롤백하지 않는다" });
  await expect(rolling).toContainText("ProgressDeadlineExceeded");
  await expect(rolling).toContainText("kubectl rollout undo");
  await expect(rolling.locator('a[href*="kubernetes.io/docs/concepts/workloads/controllers/deployment/"]').first()).toBeAttached();

  await page.goto("/lessons/mission-image-size");
  const cause = page.locator('[data-callout="correction"]', { hasText: "서로 다른 것을 잰다" });
  await expect(cause).toContainText("압축");
  await expect(cause.locator('a[href*="containerd/containerd"]')).toBeAttached();

  await page.goto("/lessons/mission-docker-containerd");
  await expect(page.locator('[data-callout="correction"]', { hasText: "crt" })).toContainText("ctr image list");
});

test("every glossary anchor a lesson links to exists on /glossary", async ({ page }) => {
  const wanted = [...new Set(lessons.flatMap(glossaryIds))];
  expect(wanted.length).toBeGreaterThanOrEqual(20);
  await page.goto("/glossary");
  for (const id of wanted) {
    await expect(page.locator(`[id="${id}"]`), `/glossary#${id}`).toHaveCount(1);
  }
  // And the links are really on the lesson pages (first mention links to the term).
  await page.goto("/lessons/deployment-strategies");
  await expect(page.locator('a[href$="/glossary#pod"]').first()).toBeAttached();
});

test.describe("static HTML", () => {
  // The strategy diagrams stand in for the simulators until they load: check them in the page's HTML.
  test.use({ javaScriptEnabled: false });
  test("the strategy diagrams are accessible images with a Korean title", async ({ page }) => {
    await page.goto("/lessons/deployment-strategies");
    for (const name of ["Recreate 배포 구조", "RollingUpdate 배포 구조", "Blue/Green 배포 구조", "Canary 배포 구조"]) {
      await expect(page.getByRole("img", { name }).first()).toBeVisible();
    }
  });
});

test.describe("tool map", () => {
  const visibleTools = (page: import("@playwright/test").Page) => page.locator("[data-tool]:visible");

  test("the full list is in the static HTML, before any JavaScript runs", async ({ request }) => {
    const html = await (await request.get("/lessons/cicd-tools")).text();
    const ids = [...html.matchAll(/data-tool="([\w-]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(15);
    expect(ids).toEqual(expect.arrayContaining(["github-actions", "gitlab-ci", "argo-cd", "buildah", "openshift"]));
  });

  test("a category button narrows the list and shows which one is pressed", async ({ page }) => {
    await page.goto("/lessons/cicd-tools");
    const map = page.getByTestId("tool-map");
    await expect(visibleTools(page)).toHaveCount(15);

    const ci = map.getByRole("button", { name: "CI", exact: true });
    await ci.click();
    await expect(ci).toHaveAttribute("aria-pressed", "true");
    await expect(visibleTools(page)).toHaveCount(3);
    await expect(map.locator('[data-tool="circleci"]')).toBeVisible();
    await expect(map.locator('[data-tool="jenkins"]')).toBeHidden();
    await expect(map.getByText("도구 3개 표시 중")).toBeVisible();

    await map.getByRole("button", { name: "전체" }).click();
    await expect(ci).toHaveAttribute("aria-pressed", "false");
    await expect(visibleTools(page)).toHaveCount(15);
  });

  test("the filter works from the keyboard alone", async ({ page }) => {
    await page.goto("/lessons/cicd-tools");
    const map = page.getByTestId("tool-map");
    const build = map.getByRole("button", { name: "컨테이너 빌드" });
    await build.focus();
    await page.keyboard.press("Space");
    await expect(build).toHaveAttribute("aria-pressed", "true");
    await expect(visibleTools(page)).toHaveCount(3);
    await expect(map.locator('[data-tool="kaniko"]')).toBeVisible();

    // Shift+Tab reaches the previous button (CD); Enter selects it.
    await page.keyboard.press("Shift+Tab");
    await expect(map.getByRole("button", { name: "CD", exact: true })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(visibleTools(page)).toHaveCount(2);
    await expect(map.locator('[data-tool="spinnaker"]')).toBeVisible();
    await expect(map.locator('[data-tool="kaniko"]')).toBeHidden();
  });
});
