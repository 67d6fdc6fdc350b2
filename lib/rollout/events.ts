/**
 * Outside actions (a person with kubectl, or the Argo Rollouts plugin), applied just before the
 * controller sync of the tick they are scheduled at.
 */
import { abortBlueGreen, requestSwitch, requestSwitchBack } from "./bluegreen";
import { abortCanary, promoteCanary } from "./canary";
import { say } from "./narration";
import { emit, note, type SimState } from "./state";
import type { ScenarioEvent } from "./types";

function rollback(state: SimState, tick: number): void {
  const rss = [...state.cluster.replicaSets].sort((a, b) => b.revision - a.revision);
  // kubectl rollout undo goes to the last revision before the current one.
  const current = rss.find((rs) => rs.version === state.template);
  const previous = rss.find((rs) => rs !== current && (!current || rs.revision < current.revision));
  if (!current || !previous) {
    throw new Error(`tick ${tick}의 rollback: 되돌릴 이전 리비전이 없습니다 (새 ReplicaSet이 아직 만들어지지 않았습니다). rollback은 tick 2 이후에 두세요.`);
  }
  state.template = previous.version;
  emit(state, {
    from: "kubectl",
    reason: "RolloutUndo",
    message: `deployment.apps/web rolled back (template → ${previous.version}, revision ${previous.revision})`,
  });
  const maxRev = rss[0].revision;
  note(state, say.rollback(previous.version, previous.name, maxRev + 1));
}

export function applyEvent(state: SimState, event: ScenarioEvent, tick: number): void {
  const strategy = state.scenario.strategy;
  switch (event.type) {
    case "scale": {
      note(state, say.scale(state.replicas, event.replicas));
      emit(state, { from: "kubectl", reason: "Scaled", message: `deployment.apps/web scaled to ${event.replicas}` });
      state.replicas = event.replicas;
      return;
    }
    case "rollback":
      if (strategy === "BlueGreen") return requestSwitchBack(state);
      if (strategy === "Canary") return abortCanary(state);
      return rollback(state, tick);
    case "switch":
      emit(state, { from: "kubectl", reason: "SwitchRequested", message: "switch service/web to green requested" });
      return requestSwitch(state);
    case "switchBack":
      return requestSwitchBack(state);
    case "promote":
      return promoteCanary(state, event.full === true);
    case "abort":
      if (strategy === "BlueGreen") return abortBlueGreen(state);
      return abortCanary(state);
  }
}
