import { describe, expect, test } from "vitest";
import { simulate } from "./index";
import type { Scenario } from "./types";

const ok: Scenario = { strategy: "RollingUpdate", replicas: 3, ticks: 5 };

describe("invalid input throws a clear error", () => {
  test.each([
    ["negative replicas", { replicas: -1 }, /replicas: 음수/],
    ["non-integer replicas", { replicas: 2.5 }, /replicas: 2.5/],
    ["too many replicas", { replicas: 5000 }, /최대 1000/],
    ["both zero", { maxSurge: 0, maxUnavailable: 0 }, /maxSurge가 0이면/],
    ["percent both zero", { maxSurge: "0%", maxUnavailable: 0 }, /maxSurge가 0이면/],
    ["25 without %", { maxSurge: "25" }, /"25"/],
    ["over 100% unavailable", { maxUnavailable: "150%" }, /100%를 넘을 수 없습니다/],
    ["ticks 0", { ticks: 0 }, /ticks: 0은\(는\) 1~10000/],
    ["ticks too many", { ticks: 10001 }, /ticks/],
    ["ticks not integer", { ticks: 3.5 }, /ticks/],
    ["negative readyAfter", { readyAfter: -1 }, /readyAfter/],
    ["negative terminateAfter", { terminateAfter: -2 }, /terminateAfter/],
    ["deadline 0", { progressDeadline: 0 }, /progressDeadline/],
    ["unknown strategy", { strategy: "Shadow" }, /strategy/],
    ["event outside the run", { events: [{ at: 9, type: "rollback" }] }, /events\[0\]\.at/],
    ["event at 0", { events: [{ at: 0, type: "rollback" }] }, /events\[0\]\.at/],
    ["switch on a Deployment", { events: [{ at: 2, type: "switch" }] }, /RollingUpdate 전략에서 쓸 수 없습니다/],
    ["unknown event", { events: [{ at: 2, type: "explode" }] }, /알 수 없는 동작/],
    ["scale to a negative size", { events: [{ at: 2, type: "scale", replicas: -3 }] }, /events\[0\]\.replicas/],
    ["rollback before any new ReplicaSet", { events: [{ at: 1, type: "rollback" }] }, /이전 리비전이 없습니다/],
    ["traffic share out of range", { traffic: { requestsPerTick: 1, seed: 1, headerShare: 2 } }, /headerShare/],
    ["traffic count negative", { traffic: { requestsPerTick: -1, seed: 1 } }, /requestsPerTick/],
    ["canary weight over total", { strategy: "Canary", canary: { steps: [{ setWeight: 120 }] } }, /setWeight/],
    ["canary step shape", { strategy: "Canary", canary: { steps: [{ weight: 10 }] } }, /canary.steps\[0\]/],
    ["newVersionHealthy not boolean", { newVersionHealthy: "no" }, /newVersionHealthy/],
  ])("%s", (_name, patch, message) => {
    expect(() => simulate({ ...ok, ...(patch as object) } as Scenario)).toThrow(message);
  });

  test("valid edge cases run", () => {
    expect(simulate({ ...ok, replicas: 0 }).at(-1)!.total).toBe(0);
    expect(simulate({ ...ok, ticks: 10, maxSurge: 0, maxUnavailable: "1%" }).at(-1)!.done).toBe(true);
    expect(simulate({ ...ok, ticks: 1 })).toHaveLength(1);
  });

  test("frames[i] is the snapshot after tick i + 1", () => {
    expect(simulate({ ...ok, ticks: 4 }).map((f) => f.tick)).toEqual([1, 2, 3, 4]);
  });
});
