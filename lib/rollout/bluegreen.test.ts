import { describe, expect, test } from "vitest";
import { simulate, summarize } from "./index";
import type { Scenario } from "./types";

const base: Scenario = {
  strategy: "BlueGreen",
  replicas: 4,
  readyAfter: 2,
  ticks: 12,
  blueGreen: { scaleDownDelay: 3 },
  traffic: { requestsPerTick: 20, seed: 3 },
};

describe("Blue/Green", () => {
  test("green is created at full size next to blue (twice the pods)", () => {
    const frames = simulate(base);
    expect(frames[0].versions.v2.spec).toBe(4);
    expect(frames[0].versions.v1.ready).toBe(4);
    expect(frames[0].total).toBe(8);
    expect(frames[0].events.map((e) => e.message)).toEqual(["Scaled up replica set web-green to 4"]);
    expect(frames.every((f) => f.serviceSelector === "blue")).toBe(true); // nobody switched
    expect(frames.every((f) => f.traffic.v2 === 0 && f.traffic.v1 === 20)).toBe(true);
  });

  test("a switch requested early waits until every green pod is Ready, then moves all traffic at once", () => {
    const frames = simulate({ ...base, events: [{ at: 1, type: "switch" }] });
    expect(frames[0].serviceSelector).toBe("blue");
    expect(frames[0].narration).toContain("0/4");
    expect(frames[1].serviceSelector).toBe("blue");
    const switchedAt = frames.findIndex((f) => f.serviceSelector === "green");
    expect(switchedAt).toBe(2); // green pods Ready at t3
    for (const f of frames) {
      if (f.serviceSelector === "green") {
        expect(f.versions.v2.ready).toBe(4);
        expect(f.traffic).toEqual({ v1: 0, v2: 20, failed: 0 });
      } else expect(f.traffic.v2).toBe(0);
    }
    // Blue keeps running for scaleDownDelay ticks, then goes to 0.
    expect(frames[switchedAt + 2].versions.v1.spec).toBe(4);
    expect(frames[switchedAt + 3].versions.v1.spec).toBe(0);
    const s = summarize(frames);
    expect(s).toEqual({ downtimeTicks: 0, failedRequests: 0, peakPods: 8, finishedAtTick: switchedAt + 4 });
  });

  test("switching back while blue still runs is instant", () => {
    const frames = simulate({ ...base, events: [{ at: 4, type: "switch" }, { at: 6, type: "switchBack" }] });
    expect(frames[3].serviceSelector).toBe("green");
    expect(frames[5].serviceSelector).toBe("blue");
    expect(frames[5].traffic.v1).toBe(20);
    expect(frames[5].narration).toContain("즉시");
    expect(frames.at(-1)!.versions.v1.spec).toBe(4); // no scale-down after a switch back
  });

  test("switching back after blue was scaled down brings blue up first", () => {
    const frames = simulate({ ...base, ticks: 16, events: [{ at: 4, type: "switch" }, { at: 9, type: "switchBack" }] });
    expect(frames[7].versions.v1.spec).toBe(0);
    expect(frames[8].serviceSelector).toBe("green"); // blue pods not Ready yet
    expect(frames[8].versions.v1.spec).toBe(4);
    const back = frames.findIndex((f) => f.serviceSelector === "blue" && f.tick > 9);
    expect(frames[back].versions.v1.ready).toBe(4);
    expect(frames.every((f) => f.traffic.failed === 0)).toBe(true);
  });

  test("a green that never becomes Ready never receives traffic", () => {
    const frames = simulate({ ...base, newVersionHealthy: false, progressDeadline: 4, events: [{ at: 3, type: "switch" }] });
    expect(frames.every((f) => f.serviceSelector === "blue" && f.traffic.v2 === 0 && f.traffic.failed === 0)).toBe(true);
    expect(frames.at(-1)!.condition).toBe("ProgressDeadlineExceeded");
    expect(frames[2].narration).toContain("전환할 수 없습니다");
  });

  test("abort drops green and keeps blue", () => {
    const frames = simulate({ ...base, newVersionHealthy: false, events: [{ at: 3, type: "switch" }, { at: 5, type: "abort" }] });
    expect(frames[4].versions.v2.spec).toBe(0);
    expect(frames[4].template).toBe("v1");
    expect(frames[4].done).toBe(true);
    expect(summarize(frames).finishedAtTick).toBeNull();
  });

  test("autoPromote switches by itself once green is Ready", () => {
    const frames = simulate({ ...base, blueGreen: { autoPromote: true, scaleDownDelay: 0 } });
    expect(frames[1].serviceSelector).toBe("blue");
    expect(frames[2].serviceSelector).toBe("green");
    expect(frames[2].versions.v1.spec).toBe(0); // no delay: blue goes at once
  });

  test("events that do not belong to Blue/Green are rejected", () => {
    expect(() => simulate({ ...base, events: [{ at: 2, type: "promote" }] })).toThrow(/BlueGreen/);
  });
});
