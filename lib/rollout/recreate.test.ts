import { describe, expect, test } from "vitest";
import { simulate, summarize } from "./index";
import { triple } from "./test-helpers";

describe("Recreate", () => {
  test("the spec vector: replicas 3, R = T = 0", () => {
    const frames = simulate({ strategy: "Recreate", replicas: 3, ticks: 3 });
    expect(frames.slice(0, 2).map(triple)).toEqual([
      [0, 0, 0],
      [0, 3, 3],
    ]);
    expect(frames[0].servingReady).toBe(0);
    expect(frames[0].narration).toContain("503");
    expect(frames[2].condition).toBe("NewReplicaSetAvailable");
  });

  test.each([0, 1, 2, 3])("creates nothing new until every old pod is gone (T = %i)", (T) => {
    const frames = simulate({ strategy: "Recreate", replicas: 5, terminateAfter: T, readyAfter: 1, ticks: 12 });
    for (const f of frames) {
      const oldPods = f.versions.v1.ready + f.versions.v1.notReady + f.versions.v1.terminating;
      if (oldPods > 0) expect(f.versions.v2.spec + f.versions.v2.ready + f.versions.v2.notReady).toBe(0);
    }
    // Old pods terminate from t1 for T ticks; the new ReplicaSet appears in the sync after they vanish.
    const firstNew = frames.findIndex((f) => f.versions.v2.spec > 0) + 1;
    expect(firstNew).toBe(T + 2 - (T === 0 ? 0 : 1));
    const s = summarize(frames);
    expect(s.downtimeTicks).toBe(firstNew); // outage until the new pods are Ready (R = 1)
    expect(s.finishedAtTick).toBe(firstNew + 1);
  });

  test("events: scale old to 0, then create the new ReplicaSet at full size", () => {
    const frames = simulate({ strategy: "Recreate", replicas: 4, ticks: 2 });
    expect(frames[0].events.map((e) => e.message)).toEqual(["Scaled down replica set web-v1 to 0"]);
    expect(frames[1].events.map((e) => e.message)).toEqual(["Scaled up replica set web-v2 to 4"]);
  });

  test("a broken v2 under Recreate is a full outage until someone acts", () => {
    const frames = simulate({
      strategy: "Recreate",
      replicas: 4,
      newVersionHealthy: false,
      progressDeadline: 3,
      ticks: 12,
      traffic: { requestsPerTick: 10, seed: 7 },
      events: [{ at: 9, type: "rollback" }],
    });
    for (const f of frames.slice(0, 8)) {
      expect(f.available).toBe(0);
      expect(f.traffic).toEqual({ v1: 0, v2: 0, failed: 10 });
    }
    expect(frames[3].narration).toContain("요청을 받을 Ready 파드가 없습니다");
    expect(frames[1].condition).toBe("ReplicaSetUpdated");
    expect(frames[2].condition).toBe("ReplicaSetUpdated"); // t3 sees the new pods appear
    expect(frames[6].condition).toBe("ProgressDeadlineExceeded"); // 3 + 3 < 7
    // Undo: v2 goes to 0 first, v1 comes back only after.
    expect(frames[8].versions.v2.spec).toBe(0);
    expect(frames[8].versions.v1.spec).toBe(0);
    expect(frames[9].versions.v1.ready).toBe(4);
    expect(frames.at(-1)!.done).toBe(true);
    expect(frames.at(-1)!.liveVersion).toBe("v1");
  });

  test("scaling during Recreate scales the only active ReplicaSet", () => {
    const frames = simulate({ strategy: "Recreate", replicas: 3, ticks: 6, events: [{ at: 4, type: "scale", replicas: 5 }] });
    expect(frames[3].versions.v2.spec).toBe(5);
    expect(frames.at(-1)!.versions.v2.ready).toBe(5);
  });
});
