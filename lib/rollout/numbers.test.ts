import { describe, expect, test } from "vitest";
import { explainRollingUpdate, resolveRollingUpdate, validateRollingUpdate } from "./index";
import { ceilDiv, floorDiv, roundDiv } from "./numbers";

describe("resolveRollingUpdate", () => {
  test.each([
    // replicas, surge, unavailable, expected surge, expected unavailable
    [1, undefined, undefined, 1, 0],
    [3, undefined, undefined, 1, 0],
    [4, undefined, undefined, 1, 1],
    [10, undefined, undefined, 3, 2],
    [0, undefined, undefined, 0, 0],
    [7, "25%", "25%", 2, 1],
    [10, "0%", "10%", 0, 1],
    [3, "0%", "10%", 0, 1], // both round to 0 → fencepost makes unavailable 1
    [5, 0, "10%", 0, 1],
    [10, 2, 0, 2, 0],
    [10, "150%", "100%", 15, 10],
    [3, 1, 5, 1, 3], // int unavailable is capped at replicas
    [100, "1%", "1%", 1, 1],
    [99, "1%", "1%", 1, 0],
  ] as const)("replicas %s, surge %s, unavailable %s → %s/%s", (n, s, u, es, eu) => {
    expect(resolveRollingUpdate(n, s, u)).toEqual({ maxSurge: es, maxUnavailable: eu });
  });

  test("percent maths is integer maths (no float drift)", () => {
    // 0.07 * 100 is 7.000000000000001 in floats; ceil would give 8.
    expect(resolveRollingUpdate(100, "7%", "7%")).toEqual({ maxSurge: 7, maxUnavailable: 7 });
    expect(resolveRollingUpdate(300, "29%", "29%")).toEqual({ maxSurge: 87, maxUnavailable: 87 });
  });

  test("throws on what the API server rejects", () => {
    expect(() => resolveRollingUpdate(3, 0, 0)).toThrow(/maxUnavailable/);
    expect(() => resolveRollingUpdate(3, "25" as never, 1)).toThrow(/"25"/);
    expect(() => resolveRollingUpdate(-1)).toThrow(/음수/);
    expect(() => resolveRollingUpdate(2.5)).toThrow(/정수/);
  });
});

describe("validateRollingUpdate", () => {
  test("accepts valid combinations", () => {
    expect(validateRollingUpdate()).toEqual([]);
    expect(validateRollingUpdate(0, "25%")).toEqual([]);
    expect(validateRollingUpdate("200%", 0)).toEqual([]);
    expect(validateRollingUpdate(0)).toEqual([]); // unavailable defaults to 25%
    expect(validateRollingUpdate(undefined, "100%")).toEqual([]);
  });
  test.each([
    [0, 0, /maxSurge가 0이면/],
    ["0%", 0, /maxSurge가 0이면/],
    [0, "0%", /maxSurge가 0이면/],
    [1, "101%", /100%를 넘을 수 없습니다/],
    [-1, 1, /음수/],
    [1, -2, /음수/],
    ["-5%", 1, /음수/],
    ["25", 1, /"25"/],
    [1, "abc", /"abc"/],
    [1.5, 1, /정수가 아닙니다/],
  ] as const)("rejects %s / %s", (s, u, re) => {
    const errors = validateRollingUpdate(s as never, u as never);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join(" ")).toMatch(re);
  });
});

describe("integer helpers and explanation", () => {
  test("ceil/floor/round", () => {
    expect(ceilDiv(75, 100)).toBe(1);
    expect(ceilDiv(100, 100)).toBe(1);
    expect(floorDiv(75, 100)).toBe(0);
    expect(roundDiv(8 * 18, 13)).toBe(11);
    expect(roundDiv(5 * 18, 13)).toBe(7);
    expect(roundDiv(5, 2)).toBe(3); // halves away from zero, like Go's math.Round
  });
  test("explains the rounding in Korean", () => {
    const lines = explainRollingUpdate(3);
    expect(lines[0]).toBe("maxSurge 25% × 3 = 0.75 → 올림 1");
    expect(lines[1]).toBe("maxUnavailable 25% × 3 = 0.75 → 내림 0");
    expect(lines.at(-1)).toBe("파드는 최대 4개, 사용 가능한 파드는 최소 3개");
    expect(explainRollingUpdate(3, "0%", "10%").join("\n")).toMatch(/1로 올립니다/);
  });
});
