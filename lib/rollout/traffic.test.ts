import { describe, expect, test } from "vitest";
import { endpointsOf, serve, simulate, summarize, REQUEST_SAMPLE } from "./index";

describe("traffic behind a plain Service", () => {
  test("a version's share is its Ready pods over all Ready pods", () => {
    // Replica-ratio "canary": 9 + 1 Ready pods ≈ 10%. Stall a rollout at 8 v1 / 2 v2? Use a scale trick instead:
    const frames = simulate({ strategy: "RollingUpdate", replicas: 4, readyAfter: 1, ticks: 10, traffic: { requestsPerTick: 4000, seed: 3 } });
    for (const f of frames) {
      const ready = f.versions.v1.ready + f.versions.v2.ready;
      const expected = f.versions.v2.ready / ready;
      expect(Math.abs(f.traffic.v2 / 4000 - expected)).toBeLessThan(0.04);
      expect(f.traffic.v1 + f.traffic.v2 + f.traffic.failed).toBe(4000);
    }
  });

  test("requests are sampled (first 20) with the pod that served them", () => {
    const f = simulate({ strategy: "RollingUpdate", replicas: 4, ticks: 2, traffic: { requestsPerTick: 50, seed: 1 } })[1];
    expect(f.requests).toHaveLength(REQUEST_SAMPLE);
    const ids = new Set(f.pods.filter((p) => p.phase === "Ready").map((p) => p.id));
    for (const r of f.requests) {
      expect(ids.has(r.to!)).toBe(true);
      expect(r.ok).toBe(true);
      expect(r.version).toBe(f.pods.find((p) => p.id === r.to)!.version);
    }
    expect(f.requests.map((r) => r.id)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  test("no Ready endpoint → every request fails (503)", () => {
    const frames = simulate({ strategy: "Recreate", replicas: 3, readyAfter: 2, ticks: 5, traffic: { requestsPerTick: 10, seed: 1 } });
    expect(frames[0].traffic).toEqual({ v1: 0, v2: 0, failed: 10 });
    expect(frames[0].requests.every((r) => r.to === null && !r.ok)).toBe(true);
    expect(summarize(frames)).toEqual({ downtimeTicks: 3, failedRequests: 30, peakPods: 3, finishedAtTick: 4 });
  });

  test("terminating pods get no traffic", () => {
    const frames = simulate({ strategy: "RollingUpdate", replicas: 6, terminateAfter: 3, ticks: 8, traffic: { requestsPerTick: 100, seed: 2 } });
    for (const f of frames) {
      const terminating = new Set(f.pods.filter((p) => p.phase !== "Ready").map((p) => p.id));
      expect(f.requests.some((r) => r.to !== null && terminating.has(r.to))).toBe(false);
    }
  });

  test("a request served by a broken pod fails with its error", () => {
    const ep = { stable: [{ id: "x", rs: "web-v2", version: "v2" as const, phase: "Ready" as const, healthy: false }], canary: [], ingress: false, weight: 0 };
    expect(serve(ep, {}, {}, () => 0, 0)).toEqual({ id: 0, to: "x", version: "v2", ok: false, route: undefined, via: undefined });
  });

  test("endpointsOf follows the Blue/Green selector", () => {
    const frames = simulate({ strategy: "BlueGreen", replicas: 2, ticks: 3, events: [{ at: 2, type: "switch" }] });
    expect(endpointsOf(frames[0]).stable.map((p) => p.rs)).toEqual(["web-blue", "web-blue"]);
    expect(endpointsOf(frames[1]).stable.map((p) => p.rs)).toEqual(["web-green", "web-green"]);
  });

  test("header and cookie shares reach the canary", () => {
    const frames = simulate({
      strategy: "Canary",
      replicas: 10,
      ticks: 4,
      canary: { steps: [{ setWeight: 0 }, { pause: null }] },
      traffic: { requestsPerTick: 1000, seed: 4, headerShare: 0.2 },
    });
    // weight 0 and no canary pods: everything on stable
    expect(frames.at(-1)!.traffic.v2).toBe(0);
    const g = simulate({
      strategy: "Canary",
      replicas: 10,
      ticks: 4,
      canary: { steps: [{ setWeight: 1 }, { pause: null }] },
      traffic: { requestsPerTick: 1000, seed: 4, cookieShare: 0.3 },
    }).at(-1)!;
    const share = g.traffic.v2 / 1000;
    expect(share).toBeGreaterThan(0.27); // 30% cookie + 1% of the rest
    expect(share).toBeLessThan(0.36);
  });
});
