/**
 * One sync of a Recreate Deployment (recreate.go): scale every old ReplicaSet to 0, wait until
 * no old pod exists at all (Terminating ones count), only then create the new ReplicaSet.
 */
import { addReplicaSet } from "./cluster";
import { findNewRs, maxRevision, oldRss, rsName, syncRevision } from "./deployment";
import { say } from "./narration";
import { deploymentStatus, markCreated, storeStatus } from "./progress";
import { isScalingEvent, scaleForReplicasChange } from "./scaling";
import { note, scaleRs, type SimState } from "./state";
import { finishRolloutSync } from "./status-sync";

export function syncRecreate(state: SimState, tick: number): void {
  const replicas = state.replicas;
  let newRs = findNewRs(state);
  const olds = oldRss(state);
  const status = deploymentStatus(state.cluster.replicaSets, newRs);
  if (newRs) syncRevision(newRs, olds);

  if (isScalingEvent(state)) {
    scaleForReplicasChange(state, newRs, olds, 0, false);
    storeStatus(state.progress, status);
    return;
  }

  const active = olds.filter((rs) => rs.spec > 0);
  if (active.length > 0) {
    const n = active.reduce((s, rs) => s + rs.spec, 0);
    for (const rs of active) scaleRs(state, rs, 0, 0);
    note(state, say.recreateDown(n));
    finishRolloutSync(state, status, newRs, tick);
    return;
  }

  const oldPods = olds.reduce((s, rs) => s + rs.pods.length, 0);
  if (oldPods > 0) {
    note(state, say.recreateWait(oldPods));
    finishRolloutSync(state, status, newRs, tick);
    return;
  }

  if (!newRs) {
    newRs = addReplicaSet(state.cluster, rsName(state.template), state.template, maxRevision(olds) + 1, 0);
    scaleRs(state, newRs, replicas, 0, true);
    markCreated(state.progress, tick);
    note(state, say.recreateUp(newRs.name, replicas));
  } else if (scaleRs(state, newRs, replicas, 0)) {
    note(state, say.recreateUp(newRs.name, replicas));
  }
  finishRolloutSync(state, status, newRs, tick);
}
