/**
 * The tick loop: (1) pods become Ready / vanish, outside actions apply, (2) one controller sync,
 * (3) ReplicaSets converge on their spec, (4) snapshot, then that tick's traffic.
 */
import { initialBlueGreen, syncBlueGreen, BLUE } from "./bluegreen";
import { initialCanary, syncCanary } from "./canary";
import { addReplicaSet, advancePods, newCluster, reconcileReplicaSets, seedReadyPods } from "./cluster";
import { rsName } from "./deployment";
import { applyEvent } from "./events";
import { say } from "./narration";
import { resolveRollingUpdate } from "./numbers";
import { completeProgress, emptyProgress } from "./progress";
import { seededRandom } from "./random";
import { syncRecreate } from "./recreate";
import { syncRolling } from "./rolling";
import { normalizeScenario } from "./scenario";
import { snapshot } from "./snapshot";
import type { SimState } from "./state";
import { endpointsOf, runTraffic } from "./traffic";
import type { Frame, Scenario, ScenarioEvent } from "./types";

function initialState(scenario: Scenario): SimState {
  const sc = normalizeScenario(scenario);
  const cluster = newCluster(sc.readyAfter, sc.terminateAfter, { v1: true, v2: sc.newVersionHealthy });
  const n = sc.replicas;
  const rolling = sc.strategy === "RollingUpdate";
  const v1 = addReplicaSet(cluster, sc.strategy === "BlueGreen" ? BLUE : rsName("v1"), "v1", 1, n);
  v1.desiredAnnotation = n;
  v1.maxAnnotation = n + (rolling ? resolveRollingUpdate(n, sc.maxSurge, sc.maxUnavailable).maxSurge : 0);
  seedReadyPods(cluster, v1, n);
  const state: SimState = {
    cluster,
    scenario: sc,
    replicas: n,
    // The template changes to v2 just before the first sync.
    template: "v2",
    progress: sc.strategy === "RollingUpdate" || sc.strategy === "Recreate" ? completeProgress(n) : emptyProgress(),
    events: [],
    notes: [],
  };
  if (sc.strategy === "BlueGreen") state.bg = initialBlueGreen();
  if (sc.strategy === "Canary") state.canary = initialCanary();
  return state;
}

/** The frame before tick 1: v1 fully rolled out, nothing changed yet (for a view's "tick 0"). */
export function initialFrame(scenario: Scenario): Frame {
  const state = initialState(scenario);
  const frame = snapshot(state, 0);
  frame.servingReady = state.replicas;
  frame.done = false; // the rollout has not started
  frame.narration = say.start(state.replicas);
  return frame;
}

export function simulate(scenario: Scenario): Frame[] {
  const state = initialState(scenario);
  const sc = state.scenario;
  const byTick = new Map<number, ScenarioEvent[]>();
  for (const e of scenario.events ?? []) byTick.set(e.at, [...(byTick.get(e.at) ?? []), e]);
  const random = scenario.traffic ? seededRandom(scenario.traffic.seed) : null;
  const frames: Frame[] = [];

  for (let tick = 1; tick <= sc.ticks; tick++) {
    const cluster = state.cluster;
    cluster.tick = tick;
    state.events = [];
    state.notes = [];
    const moved = advancePods(cluster);
    const stepNotes: string[] = [];
    for (const v of ["v1", "v2"] as const) if (moved.becameReady[v] > 0) stepNotes.push(say.becameReady(v, moved.becameReady[v]));
    if (moved.vanished > 0) stepNotes.push(say.vanished(moved.vanished));

    for (const e of byTick.get(tick) ?? []) applyEvent(state, e, tick);
    switch (sc.strategy) {
      case "RollingUpdate":
        syncRolling(state, tick);
        break;
      case "Recreate":
        syncRecreate(state, tick);
        break;
      case "BlueGreen":
        syncBlueGreen(state, tick);
        break;
      case "Canary":
        syncCanary(state, tick);
        break;
    }
    reconcileReplicaSets(cluster);

    const frame = snapshot(state, tick);
    const ep = endpointsOf(frame);
    frame.servingReady = ep.stable.length + (ep.weight > 0 ? ep.canary.length : 0);
    if (random && scenario.traffic) runTraffic(frame, scenario.traffic, sc.canaryRules, random);
    const notes = [...stepNotes, ...state.notes];
    if (frame.servingReady === 0 && sc.replicas > 0) notes.push(say.outage());
    // A broken v2 that is still wanted: say why nothing moves (once per tick, after what did happen).
    const waitingBroken = !cluster.healthy.v2 && frame.versions.v2.notReady > 0 && state.template === "v2";
    if (waitingBroken && !notes.some((n) => n.includes("고장"))) notes.push(say.brokenWaiting("v2", frame.servingReady > 0));
    if (notes.length === 0) notes.push(say.idle());
    frame.narration = notes.join(" ");
    frames.push(frame);
  }
  return frames;
}
