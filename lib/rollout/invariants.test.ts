import { describe, expect, test } from "vitest";
import { resolveRollingUpdate, simulate } from "./index";
import type { IntOrPercent } from "./types";

const PAIRS: [IntOrPercent, IntOrPercent][] = [
  ["25%", "25%"],
  [1, 0],
  [0, 1],
  [2, 1],
  ["50%", "0%"],
  ["0%", "50%"],
  ["100%", "100%"],
  [3, 3],
  ["10%", "10%"],
  ["30%", 0],
];
const cases: [number, IntOrPercent, IntOrPercent, number, number][] = [];
for (let n = 1; n <= 12; n++)
  for (const [s, u] of PAIRS)
    for (const R of [0, 1, 2, 3]) for (const T of [0, 1, 2, 3]) cases.push([n, s, u, R, T]);

describe("RollingUpdate invariants over a grid", () => {
  test(`${cases.length} combinations hold the limits and finish`, () => {
    let checked = 0;
    for (const [n, s, u, R, T] of cases) {
      const { maxSurge, maxUnavailable } = resolveRollingUpdate(n, s, u);
      const frames = simulate({ strategy: "RollingUpdate", replicas: n, maxSurge: s, maxUnavailable: u, readyAfter: R, terminateAfter: T, ticks: 4 * n + 20 });
      const label = `n=${n} s=${s} u=${u} R=${R} T=${T}`;
      for (const f of frames) {
        if (f.total > n + maxSurge) throw new Error(`${label} t${f.tick}: ${f.total} pods > ${n + maxSurge}`);
        if (f.available < n - maxUnavailable) throw new Error(`${label} t${f.tick}: ${f.available} available < ${n - maxUnavailable}`);
        const specSum = f.versions.v1.spec + f.versions.v2.spec;
        if (specSum > n + maxSurge) throw new Error(`${label} t${f.tick}: spec sum ${specSum}`);
        checked++;
      }
      const last = frames.at(-1)!;
      expect(last.done, label).toBe(true);
      expect(last.versions.v2.ready, label).toBe(n);
      expect(last.condition, label).toBe("NewReplicaSetAvailable");
    }
    expect(checked).toBeGreaterThan(10000);
  });

  test("a broken v2 never takes availability below the limit either", () => {
    for (let n = 1; n <= 12; n++)
      for (const [s, u] of PAIRS) {
        const { maxSurge, maxUnavailable } = resolveRollingUpdate(n, s, u);
        const frames = simulate({ strategy: "RollingUpdate", replicas: n, maxSurge: s, maxUnavailable: u, newVersionHealthy: false, readyAfter: 1, ticks: 15 });
        const last = frames.at(-1)!;
        expect(last.oldReady).toBe(n - maxUnavailable);
        expect(last.versions.v2.spec).toBe(Math.min(n, maxSurge + maxUnavailable));
        expect(last.versions.v2.ready).toBe(0);
        for (const f of frames) expect(f.available).toBeGreaterThanOrEqual(n - maxUnavailable);
      }
  });
});

describe("determinism", () => {
  test("same scenario and seed give identical frames", () => {
    const scenario = {
      strategy: "Canary" as const,
      replicas: 9,
      readyAfter: 1,
      ticks: 25,
      events: [{ at: 6, type: "promote" as const }],
      traffic: { requestsPerTick: 40, seed: 42, headerShare: 0.2, cookieShare: 0.1 },
    };
    expect(JSON.stringify(simulate(scenario))).toBe(JSON.stringify(simulate(scenario)));
  });

  test("a different seed changes the requests but not the pods", () => {
    const base = { strategy: "RollingUpdate" as const, replicas: 6, readyAfter: 1, ticks: 10 };
    const a = simulate({ ...base, traffic: { requestsPerTick: 50, seed: 1 } });
    const b = simulate({ ...base, traffic: { requestsPerTick: 50, seed: 2 } });
    expect(a.map((f) => f.pods)).toEqual(b.map((f) => f.pods));
    expect(a.map((f) => f.requests)).not.toEqual(b.map((f) => f.requests));
  });

  test("pod ids are stable across frames and never reused", () => {
    const frames = simulate({ strategy: "RollingUpdate", replicas: 5, readyAfter: 1, terminateAfter: 1, ticks: 15 });
    const seen = new Map<string, string>();
    for (const f of frames)
      for (const p of f.pods) {
        const prev = seen.get(p.id);
        if (prev) expect(prev).toBe(p.version);
        seen.set(p.id, p.version);
      }
    expect(frames[0].pods.map((p) => p.id).slice(0, 3)).toEqual(["web-v1-1", "web-v1-2", "web-v1-3"]);
    expect(seen.size).toBe(10);
  });

  test("the scenario object is not mutated", () => {
    const scenario = { strategy: "RollingUpdate" as const, replicas: 3, ticks: 5, events: [{ at: 2, type: "scale" as const, replicas: 4 }] };
    const copy = JSON.parse(JSON.stringify(scenario));
    simulate(scenario);
    expect(scenario).toEqual(copy);
  });
});
