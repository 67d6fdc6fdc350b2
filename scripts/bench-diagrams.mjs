// npm run bench:diagrams — plays the playground's compare mode (four rollout diagrams animating
// together) in headless Chromium for a few seconds and prints the long tasks (> 50 ms) that the
// browser's own PerformanceObserver saw. A benchmark, not a test: it prints figures.
// Needs a build in out/ (npm run build).
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";

const PORT = 3199;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const server = spawn(process.execPath, ["scripts/serve.mjs", "--port", String(PORT), "--host", "127.0.0.1"], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 1500));

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
try {
  // 1× is how a learner watches; 4× packs four times the ticks (and dot flights) into the same seconds.
  for (const speed of [1, 4]) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await page.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longTasks.push(Math.round(e.duration));
      }).observe({ type: "longtask", buffered: true });
    });
    await page.goto(`http://127.0.0.1:${PORT}/playground?mode=compare&replicas=12&readyAfter=2&terminateAfter=1`);
    const compare = page.getByTestId("compare");
    await compare.waitFor();
    await compare.getByRole("combobox", { name: "속도" }).selectOption(String(speed));
    await page.evaluate(() => (window.__longTasks.length = 0)); // count only while animating
    await compare.getByTestId("play").click();
    const frames = await page.evaluate(async (seconds) => {
      let n = 0;
      const end = performance.now() + seconds * 1000;
      await new Promise((resolve) => {
        const tick = () => (n++, performance.now() < end ? requestAnimationFrame(tick) : resolve(undefined));
        requestAnimationFrame(tick);
      });
      return n;
    }, SECONDS);
    const tasks = await page.evaluate(() => window.__longTasks);
    console.log(
      `four diagrams at ${speed}×, ${SECONDS} s of play: ${Math.round(frames / SECONDS)} fps, long tasks (> 50 ms) ${tasks.length}${tasks.length ? ` (max ${Math.max(...tasks)} ms; ${tasks.join(", ")})` : ""}`,
    );
    await page.close();
  }
  console.log(`machine load average: ${(await import("node:os")).loadavg()[0].toFixed(1)} (figures inflate on a busy machine)`);
} finally {
  await browser.close();
  server.kill();
}
