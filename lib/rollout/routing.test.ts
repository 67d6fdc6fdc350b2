import { describe, expect, test } from "vitest";
import { routeRequest, routeWithReason, seededRandom } from "./index";
import type { CanaryRules } from "./types";

const rules: CanaryRules = { header: "X-Canary", cookie: "canary", weight: 10 };
const never = () => 0.999999; // weight draw = total → stable unless weight is 100%
const always = () => 0; // weight draw = 1 → canary whenever weight ≥ 1

describe("ingress-nginx canary precedence: header, then cookie, then weight", () => {
  test.each([
    ["header always", { headers: { "X-Canary": "always" } }, never, "canary", "header"],
    ["header never beats cookie always", { headers: { "X-Canary": "never" }, cookies: { canary: "always" } }, always, "stable", "header"],
    ["header is case-insensitive", { headers: { "x-canary": "always" } }, never, "canary", "header"],
    ["other header value falls through to cookie", { headers: { "X-Canary": "yes" }, cookies: { canary: "always" } }, never, "canary", "cookie"],
    ["cookie never beats weight", { cookies: { canary: "never" } }, always, "stable", "cookie"],
    ["cookie values are exact", { cookies: { canary: "Always" } }, never, "stable", "weight"],
    ["no header or cookie: weight", {}, always, "canary", "weight"],
    ["no header or cookie: weight miss", {}, never, "stable", "weight"],
  ] as const)("%s", (_name, request, random, to, via) => {
    expect(routeWithReason(rules, request, random)).toEqual({ to, via });
  });

  test("with canary-by-header-value only that exact value routes to the canary", () => {
    const r: CanaryRules = { header: "X-Canary", headerValue: "beta", cookie: "canary", weight: 0 };
    expect(routeRequest(r, { headers: { "X-Canary": "beta" } }, never)).toBe("canary");
    // "always" is just another value here: it falls through (and "never" does not force stable).
    expect(routeRequest(r, { headers: { "X-Canary": "always" } }, always)).toBe("stable");
    expect(routeRequest(r, { headers: { "X-Canary": "never" }, cookies: { canary: "always" } }, never)).toBe("canary");
  });

  test("without canary-by-header, headers are ignored", () => {
    expect(routeRequest({ weight: 0 }, { headers: { "X-Canary": "always" } }, always)).toBe("stable");
  });

  test("weight boundaries: 0 never, total always, weight-total respected", () => {
    const rnd = seededRandom(1);
    for (let i = 0; i < 200; i++) expect(routeRequest({ weight: 0 }, {}, rnd)).toBe("stable");
    for (let i = 0; i < 200; i++) expect(routeRequest({ weight: 100 }, {}, rnd)).toBe("canary");
    expect(routeRequest({ weight: 1, weightTotal: 1000 }, {}, () => 0.0005)).toBe("canary");
    expect(routeRequest({ weight: 1, weightTotal: 1000 }, {}, () => 0.0015)).toBe("stable");
  });

  test("weight 10 gives about 10% over many requests", () => {
    const rnd = seededRandom(123);
    let canary = 0;
    for (let i = 0; i < 10000; i++) if (routeRequest({ weight: 10 }, {}, rnd) === "canary") canary++;
    expect(canary).toBeGreaterThan(900);
    expect(canary).toBeLessThan(1100);
  });
});

describe("seededRandom", () => {
  test("is deterministic and in [0, 1)", () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBeGreaterThan(990);
  });
});
