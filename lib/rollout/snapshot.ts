/** Step 4 of a tick: the frame a view renders. */
import type { Cluster } from "./cluster";
import type { SimState } from "./state";
import type { Frame, PodView, ReplicaSetView, RsRole, Version, VersionCounts } from "./types";

function roleOf(state: SimState, name: string, version: Version): RsRole {
  switch (state.scenario.strategy) {
    case "BlueGreen":
      return name === "web-green" ? "green" : "blue";
    case "Canary":
      return version === state.canary!.stableVersion ? "stable" : "canary";
    default:
      return version === state.template ? "new" : "old";
  }
}

function liveVersionOf(state: SimState, oldReady: number, newReady: number): Version {
  if (state.bg) return state.bg.selector === "green" ? "v2" : "v1";
  if (state.canary) return state.canary.stableVersion;
  if (newReady >= oldReady) return state.template;
  return state.template === "v1" ? "v2" : "v1";
}

export function snapshot(state: SimState, tick: number): Frame {
  const cluster: Cluster = state.cluster;
  const versions: Record<Version, VersionCounts> = {
    v1: { spec: 0, ready: 0, notReady: 0, terminating: 0 },
    v2: { spec: 0, ready: 0, notReady: 0, terminating: 0 },
  };
  const pods: PodView[] = [];
  const replicaSets: ReplicaSetView[] = [];
  let oldReady = 0;
  let newReady = 0;
  for (const rs of cluster.replicaSets) {
    const view: ReplicaSetView = {
      name: rs.name,
      version: rs.version,
      revision: rs.revision,
      role: roleOf(state, rs.name, rs.version),
      spec: rs.spec,
      ready: 0,
      notReady: 0,
      terminating: 0,
    };
    const vc = versions[rs.version];
    vc.spec += rs.spec;
    for (const p of rs.pods) {
      const phase = p.deletedAt !== null ? "Terminating" : p.readyAt !== null ? "Ready" : "NotReady";
      if (phase === "Terminating") view.terminating++;
      else if (phase === "Ready") view.ready++;
      else view.notReady++;
      pods.push({ id: p.id, rs: p.rs, version: p.version, phase, healthy: p.healthy });
    }
    vc.ready += view.ready;
    vc.notReady += view.notReady;
    vc.terminating += view.terminating;
    if (rs.version === state.template) newReady += view.ready;
    else oldReady += view.ready;
    replicaSets.push(view);
  }
  const total = versions.v1.ready + versions.v1.notReady + versions.v2.ready + versions.v2.notReady;
  const terminating = versions.v1.terminating + versions.v2.terminating;
  const liveVersion = liveVersionOf(state, oldReady, newReady);
  const other: Version = liveVersion === "v1" ? "v2" : "v1";
  const lv = versions[liveVersion];
  const ov = versions[other];
  const done =
    lv.ready === state.replicas && lv.notReady === 0 && lv.terminating === 0 &&
    ov.ready + ov.notReady + ov.terminating === 0 && (!state.bg || !state.bg.pendingSwitchBack);

  const frame: Frame = {
    tick,
    replicas: state.replicas,
    template: state.template,
    oldReady,
    newReady,
    total,
    terminating,
    available: versions.v1.ready + versions.v2.ready,
    servingReady: 0,
    versions,
    replicaSets,
    pods,
    condition: state.progress.reason,
    conditionStatus: state.progress.status,
    traffic: { v1: 0, v2: 0, failed: 0 },
    requests: [],
    events: state.events,
    narration: "",
    done,
    liveVersion,
  };
  if (state.bg) {
    frame.serviceSelector = state.bg.selector;
    frame.blueGreen = { selector: state.bg.selector, pendingSwitch: state.bg.pendingSwitch, scaleDownAt: state.bg.scaleDownAt };
  }
  if (state.canary) {
    const cs = state.canary;
    const steps = state.scenario.canarySteps;
    const step = steps[cs.stepIndex];
    const canaryReady = versions[cs.stableVersion === "v1" ? "v2" : "v1"].ready;
    frame.canary = {
      weight: canaryReady > 0 && cs.status !== "promoted" ? cs.weight : 0,
      weightTotal: state.scenario.canaryRules.weightTotal,
      stepIndex: cs.stepIndex,
      stepCount: steps.length,
      status: cs.status,
      stableVersion: cs.stableVersion,
      pauseLeft:
        cs.status === "paused" && step && "pause" in step && step.pause !== null && cs.pauseStartedAt !== null
          ? Math.max(0, cs.pauseStartedAt + step.pause - tick)
          : null,
    };
  }
  return frame;
}
