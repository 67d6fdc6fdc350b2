import { describe, expect, test } from "vitest";
import { describeSetup, LESSON_PRESETS, paramsFromSetup } from "./lesson-presets";
import { paramErrors, STRATEGY_LIST } from "./params";

describe("lesson presets", () => {
  test("every strategy's preset is a valid setup", () => {
    for (const strategy of STRATEGY_LIST) expect(paramErrors(paramsFromSetup({ strategy })), strategy).toEqual({});
  });
  test("Canary starts at 10% as the notes describe (90/10)", () => {
    expect(LESSON_PRESETS.Canary.steps?.startsWith("10,")).toBe(true);
  });
  test("an author's props override the preset; numbers for maxSurge become text; unknown keys are dropped", () => {
    const p = paramsFromSetup({ strategy: "RollingUpdate", replicas: 3, maxSurge: 1, broken: true, ...({ colour: "red" } as object) });
    expect(p).toMatchObject({ strategy: "RollingUpdate", replicas: 3, maxSurge: "1", maxUnavailable: "25%", broken: true });
    expect(p).not.toHaveProperty("colour");
  });
  test("the setup line names what differs per strategy", () => {
    expect(describeSetup(paramsFromSetup({ strategy: "RollingUpdate" }))).toBe("replicas 10 · maxSurge 25% · maxUnavailable 25% · 준비 2틱 · 종료 1틱");
    expect(describeSetup(paramsFromSetup({ strategy: "Canary" }))).toContain("단계 10, pause 6, 50, pause 4");
    expect(describeSetup(paramsFromSetup({ strategy: "BlueGreen", broken: true }))).toMatch(/전환 후 blue 3틱 유지 .* v2 고장$/);
  });
});
