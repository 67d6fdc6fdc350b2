/**
 * Security headers and the Content-Security-Policy as served (scripts/serve.mjs with the config
 * postbuild generates), and proof in Chromium that the policy blocks nothing the site itself does:
 * every exported page is opened and every widget on it used while a `securitypolicyviolation`
 * listener records what the browser refused. (The fixture also fails on "Refused to …" console
 * errors, so every other spec runs under the same policy.)
 */
import type { Page } from "@playwright/test";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { test, expect } from "./fixtures";
import { pressSearchShortcut } from "./search-actions";

const out = path.resolve(__dirname, "..", "out");

/** Every page of the export as [URL path, file]: /index → /, 404.html → /404; Next's _not-found copy skipped. */
function exportedPages(dir = out): [string, string][] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e): [string, string][] => {
    const file = path.join(dir, e.name);
    if (e.isDirectory()) return e.name.startsWith("_next") || e.name === "pagefind" ? [] : exportedPages(file);
    if (!e.name.endsWith(".html") || e.name === "_not-found.html") return [];
    const url = `/${path.relative(out, file).replace(/\.html$/, "")}`.replace(/\/index$/, "/").replace(/^\/\/$/, "/");
    return [[url, file]];
  });
}

/** Inline <script> bodies (written independently of scripts/csp.mjs, so a bug there shows here). */
function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)].filter((m) => !/\ssrc=/.test(m[1] ?? "")).map((m) => m[2]);
}
const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

function directives(csp: string): Map<string, string[]> {
  return new Map(csp.split(";").map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name, values]));
}

/**
 * Records CSP violations from the first byte of every document the page opens. They are reported
 * to the test process as they happen, so none is lost when a click navigates or the test reloads.
 */
async function watchCsp(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.exposeFunction("__reportCspViolation", (v: string) => seen.push(v));
  await page.addInitScript(() => {
    const report = (window as unknown as { __reportCspViolation: (v: string) => void }).__reportCspViolation;
    document.addEventListener("securitypolicyviolation", (e) => {
      report(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"} on ${location.pathname} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  return seen;
}

const EXPECTED_HEADERS: Record<string, RegExp> = {
  "x-content-type-options": /^nosniff$/,
  "referrer-policy": /^strict-origin-when-cross-origin$/,
  "permissions-policy": /camera=\(\)/,
  "cross-origin-opener-policy": /^same-origin$/,
  "x-frame-options": /^DENY$/,
};

test("every page is served with the CSP and security headers; HTML is revalidated, hashed assets are immutable", async ({ request }) => {
  const pages = exportedPages();
  expect(pages.map(([url]) => url)).toEqual(expect.arrayContaining(["/", "/404", "/glossary"]));
  for (const [url] of pages) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(200);
    const h = res.headers();
    for (const [name, value] of Object.entries(EXPECTED_HEADERS)) expect(h[name], `${name} on ${url}`).toMatch(value);
    expect(h["cache-control"], url).toBe("no-cache");
    const csp = directives(h["content-security-policy"] ?? "");
    const script = csp.get("script-src") ?? [];
    expect(script, url).toContain("'self'");
    expect(script).not.toContain("'unsafe-eval'");
    expect(script).not.toContain("'unsafe-inline'");
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
    expect(csp.get("worker-src")).toEqual(["'self'"]);
  }
  // An unknown URL: the 404 page, with the same headers.
  const missing = await request.get("/no/such/page");
  expect(missing.status()).toBe(404);
  expect(missing.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");

  const html = readFileSync(path.join(out, "index.html"), "utf8");
  const chunk = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(html)![1];
  const asset = await request.get(chunk);
  expect(asset.status()).toBe(200);
  expect(asset.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(asset.headers()["content-security-policy"]).toBeTruthy();
});

test("the policy lists the hash of every inline script in the export, and nothing else is inline", async ({ request }) => {
  const csp = (await request.get("/")).headers()["content-security-policy"];
  const allowed = new Set(directives(csp).get("script-src"));
  let count = 0;
  for (const [url, file] of exportedPages()) {
    const html = readFileSync(file, "utf8");
    for (const body of inlineScripts(html)) {
      count += 1;
      expect(allowed.has(sha256(body)), `inline script on ${url}: ${body.slice(0, 60)}`).toBe(true);
    }
    expect(html, `inline event handler on ${url}`).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=\s*["']/i);
  }
  expect(count).toBeGreaterThan(0);
});

// One test per page, so workers share the pages. Every control in <main> is used once (quiz answers,
// filters, copy buttons, player controls, the sandbox prompt…), capped at 10 so a long page stays quick.
for (const [url] of exportedPages()) {
  test(`no CSP violation on ${url} while its widgets are used`, async ({ page }) => {
    test.setTimeout(90_000);
    const violations = await watchCsp(page);
    await page.goto(url);
    await page.waitForLoadState("networkidle");
    const controls = page.locator("main").locator("button:visible, summary:visible, input:visible, select:visible, textarea:visible");
    const n = Math.min(await controls.count(), 10);
    for (let i = 0; i < n; i++) {
      const control = controls.nth(i);
      try {
        const [tag, type] = await control.evaluate((el) => [el.tagName.toLowerCase(), el.getAttribute("type") ?? "text"], null, { timeout: 500 });
        if (tag === "select") await control.selectOption({ index: 1 }, { timeout: 500 });
        else if (tag === "textarea" || (tag === "input" && !["checkbox", "radio", "range", "button", "submit"].includes(type))) {
          await control.fill("docker images", { timeout: 500 });
          await control.press("Enter", { timeout: 500 });
        } else await control.click({ timeout: 500 });
      } catch {
        // The control moved, closed or was disabled by an earlier click: not what this test checks.
      }
      if (new URL(page.url()).pathname !== url) await page.goto(url);
    }
    expect(violations, `CSP violations on ${url}`).toEqual([]);
  });
}

test("client-side navigation, the theme toggle and search (pagefind WebAssembly) run under the policy", async ({ page }) => {
  const violations = await watchCsp(page);
  await page.goto("/");
  // A client-side navigation loads the next page's RSC payload with fetch: connect-src 'self'.
  await page.locator("[data-lesson-card] a").first().click();
  await expect(page).toHaveURL(/\/lessons\//);
  await page.getByRole("button", { name: /^테마:/ }).click();
  await pressSearchShortcut(page);
  const dialog = page.getByRole("dialog", { name: "사이트 검색" });
  await dialog.getByRole("combobox", { name: "검색어" }).fill("카나리");
  // pagefind fetches its index and compiles its .wasm on first use: slow on a busy CI machine.
  await expect(dialog.getByRole("option").first()).toBeVisible({ timeout: 20_000 });
  expect(violations).toEqual([]);
});

test("a page framed by another origin is refused (frame-ancestors 'none')", async ({ page, baseURL, consoleErrors }) => {
  const blocked: string[] = [];
  page.on("console", (m) => {
    if (/frame-ancestors|Refused to (frame|display)/i.test(m.text())) blocked.push(m.text());
  });
  // about:blank hosting an iframe of the site: the browser must not render the framed document.
  await page.setContent(`<iframe src="${baseURL}/" title="framed"></iframe>`);
  const frame = page.frameLocator("iframe");
  await expect(frame.locator("[data-lesson-card]").first()).toHaveCount(0);
  await expect.poll(() => blocked.length).toBeGreaterThan(0);
  // The refusal is the expected console error here; anything else still fails the fixture.
  const others = consoleErrors.filter((e) => !/frame-ancestors|Refused to (frame|display)/i.test(e));
  consoleErrors.splice(0, consoleErrors.length, ...others);
});
