import { describe, expect, test } from "vitest";
import { canaryPodsFor, simulate, summarize } from "./index";
import type { Scenario } from "./types";

const base: Scenario = {
  strategy: "Canary",
  replicas: 10,
  readyAfter: 1,
  ticks: 14,
  canary: { steps: [{ setWeight: 10 }, { pause: null }, { setWeight: 50 }, { pause: 2 }] },
  traffic: { requestsPerTick: 200, seed: 11 },
};

describe("Canary pod counts", () => {
  test.each([
    [10, 10, 1],
    [10, 3, 1],
    [50, 3, 2],
    [1, 10, 1],
    [0, 10, 0],
    [100, 7, 7],
    [33, 10, 4],
  ])("weight %i of %i replicas → %i canary pods", (w, n, pods) => {
    expect(canaryPodsFor(w, n, 100)).toBe(pods);
  });
});

describe("Canary steps", () => {
  test("the router moves to a weight only once that step's pods are Ready", () => {
    const frames = simulate(base);
    expect(frames[0].versions.v2.spec).toBe(1);
    expect(frames[0].canary!.weight).toBe(0); // pod not Ready yet
    expect(frames[0].traffic.v2).toBe(0);
    expect(frames[1].canary!.weight).toBe(10);
    expect(frames[1].canary!.status).toBe("paused");
    expect(frames[1].events.map((e) => e.reason)).toEqual(["RolloutStepCompleted", "RolloutPaused"]);
    expect(frames[1].versions.v1.ready).toBe(10); // stable stays at full size
  });

  test("an indefinite pause waits for promote", () => {
    const frames = simulate(base);
    expect(frames.slice(1).every((f) => f.canary!.status === "paused" && f.canary!.weight === 10)).toBe(true);
    expect(summarize(frames).finishedAtTick).toBeNull();
  });

  test("promote walks the remaining steps; timed pauses end by themselves; promotion swaps stable", () => {
    const frames = simulate({ ...base, events: [{ at: 4, type: "promote" }] });
    expect(frames[3].versions.v2.spec).toBe(5);
    expect(frames[3].canary!.weight).toBe(10); // keeps the previous weight while 50%'s pods start
    expect(frames[4].canary!.weight).toBe(50);
    expect(frames[4].canary!.pauseLeft).toBe(2);
    expect(frames[5].canary!.pauseLeft).toBe(1);
    expect(frames[6].canary!.status).toBe("promoting");
    expect(frames[6].versions.v2.spec).toBe(10);
    expect(frames[7].canary!.status).toBe("promoted");
    expect(frames[7].canary!.stableVersion).toBe("v2");
    expect(frames[7].versions.v1.spec).toBe(0);
    expect(frames[7].traffic).toEqual({ v1: 0, v2: 200, failed: 0 });
    expect(summarize(frames)).toMatchObject({ finishedAtTick: 8, downtimeTicks: 0, failedRequests: 0, peakPods: 20 });
  });

  test("promote --full skips every step", () => {
    const frames = simulate({ ...base, events: [{ at: 3, type: "promote", full: true }] });
    expect(frames[2].canary!.status).toBe("promoting");
    expect(frames[3].canary!.status).toBe("promoted");
  });

  test("traffic share follows the weight (≈10%, then ≈50%)", () => {
    const frames = simulate({ ...base, traffic: { requestsPerTick: 2000, seed: 5 }, events: [{ at: 4, type: "promote" }] });
    const share = (i: number) => frames[i].traffic.v2 / 2000;
    expect(share(2)).toBeGreaterThan(0.08);
    expect(share(2)).toBeLessThan(0.12);
    expect(share(5)).toBeGreaterThan(0.46);
    expect(share(5)).toBeLessThan(0.54);
  });

  test("abort sets the weight back to 0 at once and drops the canary", () => {
    const frames = simulate({ ...base, events: [{ at: 4, type: "abort" }] });
    expect(frames[3].canary!.weight).toBe(0);
    expect(frames[3].canary!.status).toBe("aborted");
    expect(frames[3].traffic.v2).toBe(0);
    expect(frames[3].versions.v2.spec).toBe(0);
    expect(frames[3].template).toBe("v1");
    expect(frames[3].done).toBe(true);
    expect(frames[3].events.map((e) => e.reason)).toContain("RolloutAborted");
  });

  test("a broken canary never gets weight and hits the progress deadline", () => {
    const frames = simulate({ ...base, newVersionHealthy: false, progressDeadline: 3, traffic: { requestsPerTick: 50, seed: 1, headerShare: 0.5 } });
    expect(frames.every((f) => f.canary!.weight === 0 && f.traffic.v2 === 0 && f.traffic.failed === 0)).toBe(true);
    expect(frames.at(-1)!.condition).toBe("ProgressDeadlineExceeded");
    expect(frames.at(-1)!.canary!.stepIndex).toBe(0);
  });

  test("header requests land on the canary once it has a Ready pod, whatever the weight", () => {
    const frames = simulate({
      ...base,
      canary: { steps: [{ setWeight: 1 }, { pause: null }], rules: { header: "X-Canary" } },
      traffic: { requestsPerTick: 100, seed: 9, headerShare: 0.3 },
    });
    const t3 = frames[2];
    const viaHeader = t3.requests.filter((r) => r.via === "header");
    expect(viaHeader.length).toBeGreaterThan(0);
    expect(viaHeader.every((r) => r.route === "canary" && r.version === "v2")).toBe(true);
    expect(t3.traffic.v2).toBeGreaterThanOrEqual(20);
    // Before the canary pod is Ready, header requests go to stable.
    expect(frames[0].requests.every((r) => r.version === "v1")).toBe(true);
  });

  test("scaling keeps stable at replicas and recomputes the canary size", () => {
    const frames = simulate({ ...base, events: [{ at: 4, type: "scale", replicas: 30 }] });
    expect(frames[3].versions.v1.spec).toBe(30);
    expect(frames[3].versions.v2.spec).toBe(3); // ceil(10% × 30)
    expect(frames[4].canary!.weight).toBe(10);
  });

  test("a setWeight step of 0 moves on without creating a canary", () => {
    const frames = simulate({ ...base, canary: { steps: [{ setWeight: 0 }, { pause: null }] } });
    expect(frames[0].versions.v2.spec).toBe(0);
    expect(frames[0].canary!.status).toBe("paused");
  });
});
