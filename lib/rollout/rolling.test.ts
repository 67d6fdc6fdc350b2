import { describe, expect, test } from "vitest";
import { simulate } from "./index";
import { newRsNewReplicas } from "./rolling";
import { run, triple } from "./test-helpers";

describe("RollingUpdate vectors from the spec", () => {
  test("replicas 10, 25%/25%, R = T = 0", () => {
    const frames = run({ strategy: "RollingUpdate", replicas: 10, ticks: 6 });
    expect(frames.slice(0, 5).map(triple)).toEqual([
      [8, 3, 11],
      [8, 5, 13],
      [3, 5, 8],
      [3, 10, 13],
      [0, 10, 10],
    ]);
    expect(frames[5].condition).toBe("NewReplicaSetAvailable");
    expect(frames[0].condition).toBe("NewReplicaSetCreated");
  });

  test("replicas 3, 25%/25% (the docs' example)", () => {
    const frames = run({ strategy: "RollingUpdate", replicas: 3, ticks: 6 });
    expect(frames.map(triple)).toEqual([
      [3, 1, 4],
      [2, 1, 3],
      [2, 2, 4],
      [1, 2, 3],
      [1, 3, 4],
      [0, 3, 3],
    ]);
  });

  test("describe events name the ReplicaSets and sizes", () => {
    const frames = run({ strategy: "RollingUpdate", replicas: 10, ticks: 2 });
    expect(frames[0].events.map((e) => e.message)).toEqual([
      "Scaled up replica set web-v2 to 3",
      "Scaled down replica set web-v1 to 8",
    ]);
    expect(frames[1].events.map((e) => e.message)).toEqual(["Scaled up replica set web-v2 to 5"]);
    expect(frames[0].narration).toContain("최소 8개");
  });

  test("a sync scales up or down, except the one that creates the new ReplicaSet", () => {
    const frames = run({ strategy: "RollingUpdate", replicas: 10, ticks: 6 });
    const kinds = frames.map((f) => new Set(f.events.map((e) => e.message.split(" ")[1])));
    expect([...kinds[0]].sort()).toEqual(["down", "up"]);
    for (const k of kinds.slice(1)) expect(k.size).toBeLessThanOrEqual(1);
  });

  test("readiness delay: new pods count as unavailable until Ready", () => {
    const frames = run({ strategy: "RollingUpdate", replicas: 4, readyAfter: 2, ticks: 12 });
    // surge 1, unavailable 1: the first old pod goes at once, the rest wait for new pods.
    expect(frames[0].versions.v2.notReady).toBe(1);
    expect(frames[0].oldReady).toBe(3);
    expect(frames.at(-1)!.done).toBe(true);
    expect(frames.every((f) => f.available >= 3)).toBe(true);
  });

  test("termination delay: terminating pods are extra and not Ready", () => {
    const frames = run({ strategy: "RollingUpdate", replicas: 10, terminateAfter: 2, ticks: 10 });
    expect(frames[0].terminating).toBe(2);
    expect(frames[0].total).toBe(11);
    expect(frames[1].total + frames[1].terminating).toBe(15); // 13 + 2 still terminating
    expect(frames[2].terminating).toBe(5); // the first two vanished at t3, five more go
    expect(frames.at(-1)!.done).toBe(true);
  });

  test("newRSNewReplicas", () => {
    expect(newRsNewReplicas(10, 3, 10, 0)).toBe(3);
    expect(newRsNewReplicas(10, 3, 13, 3)).toBe(3);
    expect(newRsNewReplicas(10, 3, 8, 5)).toBe(10);
    expect(newRsNewReplicas(3, 1, 3, 2)).toBe(3);
  });
});

describe("a broken v2", () => {
  const broken = { strategy: "RollingUpdate" as const, replicas: 10, newVersionHealthy: false, progressDeadline: 5, ticks: 30 };

  test("stalls at old = replicas − maxUnavailable, new = min(replicas, surge + unavailable)", () => {
    const frames = simulate(broken);
    for (const f of frames.slice(2)) {
      expect(triple(f)).toEqual([8, 0, 13]);
      expect(f.versions.v2).toEqual({ spec: 5, ready: 0, notReady: 5, terminating: 0 });
    }
    expect(frames.every((f) => f.traffic.failed === 0)).toBe(true);
    expect(frames[5].narration).toContain("v2 파드가 Ready가 되지 않습니다 (고장 난 버전). 그래도 Ready인 다른 파드가");
  });

  test("last move seen at t3, ProgressDeadlineExceeded at t9, never rolls back by itself", () => {
    const frames = simulate(broken);
    expect(frames[2].condition).toBe("ReplicaSetUpdated");
    expect(frames[7].condition).toBe("ReplicaSetUpdated");
    expect(frames[8].condition).toBe("ProgressDeadlineExceeded");
    expect(frames[8].conditionStatus).toBe("False");
    expect(frames[8].narration).toContain("ProgressDeadlineExceeded");
    expect(frames.at(-1)!.condition).toBe("ProgressDeadlineExceeded");
    expect(frames.every((f) => f.template === "v2")).toBe(true);
  });

  test.each([
    [3, "25%", "25%", [3, 0, 4], 1],
    [4, "25%", "25%", [3, 0, 5], 2],
    [10, 1, 0, [10, 0, 11], 1],
    [10, 0, 3, [7, 0, 10], 3],
    [5, "100%", 0, [5, 0, 10], 5],
  ] as const)("replicas %s, surge %s, unavailable %s stalls at %j", (n, s, u, stall, newSpec) => {
    const f = simulate({ strategy: "RollingUpdate", replicas: n, maxSurge: s, maxUnavailable: u, newVersionHealthy: false, ticks: 10 }).at(-1)!;
    expect(triple(f)).toEqual(stall);
    expect(f.versions.v2.spec).toBe(newSpec);
  });

  test("kubectl rollout undo drains the broken ReplicaSet, NotReady pods first", () => {
    const frames = simulate({ ...broken, events: [{ at: 11, type: "rollback" }], ticks: 14 });
    const undo = frames[10];
    expect(undo.template).toBe("v1");
    expect(undo.events.map((e) => e.message)).toContain("Scaled down replica set web-v2 to 0");
    expect(undo.replicaSets.find((r) => r.name === "web-v1")!.revision).toBe(3);
    expect(triple(undo)).toEqual([0, 8, 8]); // relative to the template (v1 again)
    expect(triple(frames[11])).toEqual([0, 10, 10]);
    expect(frames[11].done).toBe(true);
    expect(frames[11].liveVersion).toBe("v1");
    expect(frames[12].condition).toBe("NewReplicaSetAvailable");
    expect(frames.every((f) => f.available >= 8)).toBe(true);
  });

  test("the condition recovers when progress resumes after the deadline", () => {
    const frames = simulate({ ...broken, events: [{ at: 12, type: "rollback" }], ticks: 14 });
    expect(frames[10].condition).toBe("ProgressDeadlineExceeded");
    expect(frames[11].condition).toBe("ReplicaSetUpdated");
    expect(frames[11].narration).toContain("다시 진척");
  });

  test("rollback after a finished rollout goes back to v1 with the same rules", () => {
    const frames = simulate({ strategy: "RollingUpdate", replicas: 10, ticks: 12, events: [{ at: 7, type: "rollback" }] });
    expect(frames[5].liveVersion).toBe("v2");
    expect(triple(frames[6])).toEqual([10, 3, 13]); // v2 is "old" now
    expect(triple(frames[7])).toEqual([5, 3, 8]);
    expect(frames.at(-1)!.done).toBe(true);
    expect(frames.at(-1)!.liveVersion).toBe("v1");
  });

  test("rolling back twice goes forward again (revision history)", () => {
    const frames = simulate({ strategy: "RollingUpdate", replicas: 4, ticks: 20, events: [{ at: 8, type: "rollback" }, { at: 14, type: "rollback" }] });
    expect(frames[12].liveVersion).toBe("v1");
    expect(frames.at(-1)!.liveVersion).toBe("v2");
    expect(frames.at(-1)!.replicaSets.find((r) => r.name === "web-v2")!.revision).toBe(4);
  });
});

describe("proportional scaling", () => {
  test("stalled old 8 / new 5 scaled to 15 → old 11, new 7 (ints 3/2)", () => {
    const frames = simulate({
      strategy: "RollingUpdate",
      replicas: 10,
      maxSurge: 3,
      maxUnavailable: 2,
      newVersionHealthy: false,
      ticks: 6,
      events: [{ at: 5, type: "scale", replicas: 15 }],
    });
    expect(frames[3].versions.v1.spec).toBe(8);
    expect(frames[3].versions.v2.spec).toBe(5);
    expect(frames[4].versions.v1.spec).toBe(11);
    expect(frames[4].versions.v2.spec).toBe(7);
    expect(frames[4].narration).toContain("비례");
    expect(frames[4].replicas).toBe(15);
    // Next sync: old may now go down to 15 − 2 = 13? No: available is 11 < 13, nothing to scale down.
    expect(frames[5].versions.v1.spec).toBe(11);
  });

  test("with 25% the leftover goes to the largest ReplicaSet", () => {
    const f = simulate({
      strategy: "RollingUpdate",
      replicas: 10,
      newVersionHealthy: false,
      ticks: 5,
      events: [{ at: 5, type: "scale", replicas: 15 }],
    }).at(-1)!;
    // surge ceil(3.75) = 4 → 19 pods: old round(8·19/13) = 12, new round(5·19/13) = 7.
    expect([f.versions.v1.spec, f.versions.v2.spec]).toEqual([12, 7]);
  });

  test("scaling down mid-rollout shrinks both sides", () => {
    const f = simulate({
      strategy: "RollingUpdate",
      replicas: 10,
      maxSurge: 3,
      maxUnavailable: 2,
      newVersionHealthy: false,
      ticks: 5,
      events: [{ at: 5, type: "scale", replicas: 5 }],
    }).at(-1)!;
    // allowed 5 + 3 = 8: old round(8·8/13) = 5, new round(5·8/13) = 3.
    expect([f.versions.v1.spec, f.versions.v2.spec]).toEqual([5, 3]);
  });

  test("scaling a finished Deployment scales its only active ReplicaSet", () => {
    const frames = simulate({ strategy: "RollingUpdate", replicas: 4, ticks: 12, events: [{ at: 10, type: "scale", replicas: 6 }] });
    expect(frames[9].versions.v2.spec).toBe(6);
    expect(frames[9].events.map((e) => e.message)).toContain("Scaled up replica set web-v2 to 6");
    expect(frames.at(-1)!.done).toBe(true);
  });

  test("a scale before the first sync scales v1, then the rollout proceeds", () => {
    const frames = simulate({ strategy: "RollingUpdate", replicas: 4, ticks: 12, events: [{ at: 1, type: "scale", replicas: 8 }] });
    expect(frames[0].versions.v1.spec).toBe(8);
    expect(frames[0].versions.v2.spec).toBe(0);
    expect(frames.at(-1)!.versions.v2.ready).toBe(8);
    expect(frames.at(-1)!.done).toBe(true);
  });
});
