import { test, expect } from "./fixtures";

test.use({ serviceWorkers: "allow" });

test("after one visit, lessons, the glossary and the sandbox load with the network cut", async ({ page, context }) => {
  await page.goto("/");
  // Wait until the worker is active and has precached the export.
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!registration.active) throw new Error("no active service worker");
  });
  await expect.poll(() => page.evaluate(async () => (await caches.keys()).some((k) => k.startsWith("deploy-notes-") && k !== "deploy-notes-runtime"))).toBe(true);
  await context.setOffline(true);
  await page.goto("/lessons/deployment-strategies");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("배포 전략");
  await page.goto("/glossary");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("용어집");
  // The sandbox island and its engine come from the cache too, and answer commands.
  await page.goto("/sandbox");
  const input = page.getByTestId("sandbox-input");
  await input.fill("docker image list");
  await input.press("Enter");
  await expect(page.getByRole("log")).toContainText("REPOSITORY");
  // Client-side navigation offline too.
  await page.getByRole("link", { name: "코스", exact: true }).first().click();
  await expect(page.locator("[data-lesson-card]").first()).toBeVisible();
  await context.setOffline(false);
});
