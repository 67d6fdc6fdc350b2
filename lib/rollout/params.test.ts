import { describe, expect, test } from "vitest";
import {
  decodeParams,
  DEFAULT_PARAMS,
  encodeParams,
  formatSteps,
  initialFrame,
  paramErrors,
  paramsToScenario,
  parseIntOrPercentText,
  parseSteps,
  simulate,
} from "./index";

describe("text fields", () => {
  test("int or percent", () => {
    expect(parseIntOrPercentText("3")).toBe(3);
    expect(parseIntOrPercentText(" 25% ")).toBe("25%");
    expect(parseIntOrPercentText("25 %")).toHaveProperty("error");
    expect(parseIntOrPercentText("-1")).toHaveProperty("error");
    expect(parseIntOrPercentText("1.5")).toHaveProperty("error");
  });
  test("canary steps round-trip", () => {
    expect(parseSteps("10, pause, 50%, pause 3, pause:2")).toEqual([
      { setWeight: 10 },
      { pause: null },
      { setWeight: 50 },
      { pause: 3 },
      { pause: 2 },
    ]);
    expect(formatSteps(parseSteps("10, pause, 50, pause 3") as never)).toBe("10, pause, 50, pause 3");
    expect(parseSteps("10, wait")).toEqual({ error: expect.stringContaining('"wait"') });
    expect(parseSteps("150")).toEqual({ error: expect.stringContaining("150") });
    expect(parseSteps(" , ")).toHaveProperty("error");
  });
});

describe("paramErrors", () => {
  test("defaults are valid", () => expect(paramErrors(DEFAULT_PARAMS)).toEqual({}));
  test("reports API-server rejections on the right field", () => {
    expect(paramErrors({ ...DEFAULT_PARAMS, maxSurge: "0", maxUnavailable: "0%" })).toEqual({ maxUnavailable: expect.stringContaining("0") });
    expect(paramErrors({ ...DEFAULT_PARAMS, maxUnavailable: "120%" }).maxUnavailable).toMatch(/100%/);
    expect(paramErrors({ ...DEFAULT_PARAMS, maxSurge: "25" })).toEqual({});
    expect(paramErrors({ ...DEFAULT_PARAMS, replicas: 0 }).replicas).toMatch(/1~30/);
    expect(paramErrors({ ...DEFAULT_PARAMS, steps: "x" }).steps).toMatch(/"x"/);
  });
});

describe("paramsToScenario", () => {
  test("builds a scenario the engine accepts", () => {
    const s = paramsToScenario({ ...DEFAULT_PARAMS, strategy: "Canary", broken: true }, [{ at: 3, type: "abort" }], 30);
    expect(s).toMatchObject({ strategy: "Canary", replicas: 10, maxSurge: "25%", newVersionHealthy: false, ticks: 30 });
    expect(s.canary!.steps).toEqual([{ setWeight: 10 }, { pause: 5 }, { setWeight: 50 }, { pause: 5 }]);
    expect(simulate(s)).toHaveLength(30);
  });
  test("throws on invalid params", () => {
    expect(() => paramsToScenario({ ...DEFAULT_PARAMS, maxSurge: "x" }, [], 10)).toThrow(/"x"/);
  });
});

describe("URL form", () => {
  test("round-trips and only stores what differs", () => {
    const p = { ...DEFAULT_PARAMS, strategy: "BlueGreen" as const, replicas: 4, maxSurge: "1", broken: true, steps: "20, pause" };
    const q = encodeParams(p);
    expect(q).toBe("strategy=BlueGreen&replicas=4&maxSurge=1&broken=1&steps=20%2C+pause");
    expect(decodeParams(new URLSearchParams(q))).toEqual({ params: p, ignored: [] });
    expect(encodeParams(DEFAULT_PARAMS)).toBe("");
  });
  test("bad values fall back to defaults and are reported", () => {
    const { params, ignored } = decodeParams(new URLSearchParams("strategy=Shadow&replicas=500&broken=yes&maxUnavailable=0&maxSurge=0&rps=abc"));
    expect(params.strategy).toBe("RollingUpdate");
    expect(params.replicas).toBe(DEFAULT_PARAMS.replicas);
    expect(params.broken).toBe(false);
    expect(params.rps).toBe(DEFAULT_PARAMS.rps);
    expect(params.maxUnavailable).toBe("25%");
    expect(ignored.sort()).toEqual(["broken", "maxUnavailable", "replicas", "rps", "strategy"]);
  });
});

describe("initialFrame", () => {
  test("shows v1 fully rolled out before tick 1", () => {
    const f = initialFrame({ strategy: "RollingUpdate", replicas: 3, ticks: 5 });
    expect(f.tick).toBe(0);
    expect(f.versions.v1).toEqual({ spec: 3, ready: 3, notReady: 0, terminating: 0 });
    expect(f.pods.map((p) => p.id)).toEqual(["web-v1-1", "web-v1-2", "web-v1-3"]);
    expect(f.oldReady).toBe(3);
    expect(f.narration).toContain("v1 파드 3개");
    const bg = initialFrame({ strategy: "BlueGreen", replicas: 2, ticks: 5 });
    expect(bg.serviceSelector).toBe("blue");
  });
});
