import { describe, expect, it } from "vitest";
import { createSandbox, type Sandbox } from "./sandbox";
import { MISSION_1, MISSION_2, MISSIONS, missionProgress } from "./missions";
import { missionStepCount } from "@/lib/content/missions";

function runTypeForMe(sb: Sandbox, stepCommand: string) {
  const r = sb.run(stepCommand, { stdin: "pw" });
  return r;
}

describe("Mission 1 objectives", () => {
  it("has a prep step, 8 docker and 8 containerd steps with Korean titles and hints", () => {
    expect(MISSION_1.steps.filter((s) => s.group === "Docker")).toHaveLength(8);
    expect(MISSION_1.steps.filter((s) => s.group === "containerd")).toHaveLength(8);
    for (const s of MISSION_1.steps) {
      expect(s.title).toMatch(/[가-힣]/);
      expect(s.hint).toMatch(/[가-힣]/);
    }
    expect(MISSION_1.steps.find((s) => s.id === "d1")!.command("kim")).toBe("docker build -t kim/hello:1.0.0 .");
  });

  it("nothing is done in a fresh sandbox", () => {
    expect(missionProgress(MISSION_1, createSandbox().state())).toEqual([]);
  });

  it("each 'type for me' command ticks its own step, in order", () => {
    const sb = createSandbox({ user: "kim" });
    let sticky: string[] = [];
    for (const step of MISSION_1.steps) {
      const r = runTypeForMe(sb, step.command("kim"));
      expect([0, 1]).toContain(r.exitCode); // the c8 check ends with a grep that finds nothing
      expect(step.isDone(sb.state())).toBe(true);
      sticky = missionProgress(MISSION_1, sb.state(), sticky);
      expect(sticky).toContain(step.id);
    }
    expect(sticky).toHaveLength(MISSION_1.steps.length);
  });

  it("ticks from state, not from typed text: a failing command does not tick", () => {
    const sb = createSandbox();
    sb.run("docker push myid/hello:1.0.0"); // typed, but nothing was built or logged in
    sb.run("ctr images pull myid/hello:1.0.0"); // forgot docker.io/
    sb.run("ctr image ls -n k8s.io"); // -n in the wrong place
    expect(missionProgress(MISSION_1, sb.state())).toEqual([]);
  });

  it("importing into default does not tick the k8s.io step", () => {
    const sb = createSandbox();
    for (const id of ["prep", "d1", "d4"]) sb.run(MISSION_1.steps.find((s) => s.id === id)!.command("myid"), { stdin: "pw" });
    sb.run("ctr images pull docker.io/myid/hello:1.0.0");
    sb.run("ctr image export file.tar docker.io/myid/hello:1.0.0");
    sb.run("ctr image import file.tar");
    const c7 = MISSION_1.steps.find((s) => s.id === "c7")!;
    expect(c7.isDone(sb.state())).toBe(false);
    sb.run("ctr -n k8s.io image import file.tar");
    expect(c7.isDone(sb.state())).toBe(true);
  });

  it("uses the current Hub ID", () => {
    const sb = createSandbox({ user: "lee" });
    sb.run(MISSION_1.steps[0].command("lee"));
    sb.run("docker build -t myid/hello:1.0.0 .");
    expect(MISSION_1.steps.find((s) => s.id === "d1")!.isDone(sb.state())).toBe(false);
    sb.run("docker build -t lee/hello:1.0.0 .");
    expect(MISSION_1.steps.find((s) => s.id === "d1")!.isDone(sb.state())).toBe(true);
  });
});

describe("Mission 2 objectives", () => {
  it("each experiment step ticks when its figure was shown", () => {
    const sb = createSandbox({ scenario: "mission2" });
    for (const step of MISSION_2.steps) {
      expect(step.isDone(sb.state())).toBe(false);
      expect(sb.run(step.command(sb.state().user)).exitCode).toBe(0);
      expect(step.isDone(sb.state())).toBe(true);
    }
    expect(missionProgress(MISSIONS.mission2, sb.state())).toHaveLength(MISSION_2.steps.length);
  });

  it("the 471.0 MiB step needs the docker-save import, not just a pull", () => {
    const sb = createSandbox({ scenario: "mission2" });
    sb.run("ctr image pull docker.io/1pro/api-tester:latest && ctr image list");
    expect(MISSION_2.steps.find((s) => s.id === "e5")!.isDone(sb.state())).toBe(false);
  });
});

describe("the course map's step counts", () => {
  it("match the objectives reported to the progress store (Mission 1 without its prep step)", () => {
    expect(missionStepCount("mission1")).toBe(16);
    expect(missionStepCount("mission2")).toBe(MISSION_2.steps.length);
  });
});
