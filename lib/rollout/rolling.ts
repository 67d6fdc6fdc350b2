/**
 * One sync of a RollingUpdate Deployment (rolling.go): scale the new ReplicaSet up within
 * maxSurge, or scale old ones down within maxUnavailable — never both, except in the sync that
 * creates the new ReplicaSet.
 */
import { addReplicaSet, rsStatus, type ReplicaSet } from "./cluster";
import { findNewRs, maxRevision, oldRss, rsName, sumSpec, syncRevision } from "./deployment";
import { say } from "./narration";
import { resolveRollingUpdate } from "./numbers";
import { deploymentStatus, markCreated, storeStatus } from "./progress";
import { isScalingEvent, scaleForReplicasChange } from "./scaling";
import { note, scaleRs, type SimState } from "./state";
import { finishRolloutSync } from "./status-sync";

/** NewRSNewReplicas: how big the new ReplicaSet may be now. */
export function newRsNewReplicas(replicas: number, maxSurge: number, currentSpecSum: number, newSpec: number): number {
  const maxTotal = replicas + maxSurge;
  if (currentSpecSum >= maxTotal) return newSpec;
  return newSpec + Math.min(maxTotal - currentSpecSum, replicas - newSpec);
}

export function syncRolling(state: SimState, tick: number): void {
  const sc = state.scenario;
  const replicas = state.replicas;
  const { maxSurge, maxUnavailable } = resolveRollingUpdate(replicas, sc.maxSurge, sc.maxUnavailable);
  let newRs = findNewRs(state);
  const olds = oldRss(state);
  // Pods do not change during a sync, so this is the status the sync read at its start.
  const status = deploymentStatus(state.cluster.replicaSets, newRs);

  if (isScalingEvent(state)) {
    scaleForReplicasChange(state, newRs, olds, maxSurge, true);
    storeStatus(state.progress, status);
    return;
  }

  const maxTotal = replicas + maxSurge;
  let scaled = false;
  if (!newRs) {
    const size = newRsNewReplicas(replicas, maxSurge, sumSpec(olds), 0);
    newRs = addReplicaSet(state.cluster, rsName(state.template), state.template, maxRevision(olds) + 1, 0);
    scaleRs(state, newRs, size, maxSurge, true);
    markCreated(state.progress, tick);
    note(state, say.createNew(newRs.name, size, maxTotal));
  } else {
    syncRevision(newRs, olds);
  }

  scaled = reconcileNew(state, newRs, olds, maxSurge, maxTotal);
  if (!scaled) scaled = reconcileOld(state, newRs, olds, maxSurge, maxUnavailable);
  finishRolloutSync(state, status, newRs, tick);
}

function reconcileNew(state: SimState, newRs: ReplicaSet, olds: ReplicaSet[], maxSurge: number, maxTotal: number): boolean {
  const replicas = state.replicas;
  if (newRs.spec === replicas) return false;
  const from = newRs.spec;
  if (newRs.spec > replicas) {
    if (!scaleRs(state, newRs, replicas, maxSurge)) return false;
    note(state, say.scaleDownNewToReplicas(newRs.name, replicas));
    return true;
  }
  const to = newRsNewReplicas(replicas, maxSurge, sumSpec(olds) + newRs.spec, newRs.spec);
  if (!scaleRs(state, newRs, to, maxSurge)) return false;
  note(state, say.scaleUpNew(newRs.name, from, to, maxTotal));
  return true;
}

function reconcileOld(state: SimState, newRs: ReplicaSet, olds: ReplicaSet[], maxSurge: number, maxUnavailable: number): boolean {
  const replicas = state.replicas;
  if (sumSpec(olds) === 0) return false;
  const all = [...olds, newRs];
  const minAvailable = replicas - maxUnavailable;
  const newStatus = rsStatus(newRs);
  const newUnavailable = newRs.spec - newStatus.available;
  const maxScaledDown = sumSpec(all) - minAvailable - newUnavailable;
  if (maxScaledDown <= 0) {
    if (newUnavailable > 0) note(state, say.blockedByUnavailable(newUnavailable, minAvailable));
    return false;
  }

  // cleanupUnhealthyReplicas: NotReady old pods go first, they serve nobody.
  let cleaned = 0;
  for (const rs of olds) {
    if (cleaned >= maxScaledDown) break;
    if (rs.spec === 0) continue;
    const unhealthy = Math.max(0, rs.spec - rsStatus(rs).available);
    if (unhealthy === 0) continue;
    const n = Math.min(maxScaledDown - cleaned, unhealthy);
    scaleRs(state, rs, rs.spec - n, maxSurge);
    note(state, say.cleanup(rs.name, n));
    cleaned += n;
  }

  // scaleDownOldReplicaSetsForRollingUpdate: keep at least minAvailable available pods.
  const available = all.reduce((s, rs) => s + rsStatus(rs).available, 0);
  let scaledDown = 0;
  if (available > minAvailable) {
    const budget = available - minAvailable;
    for (const rs of olds) {
      if (scaledDown >= budget) break;
      if (rs.spec === 0) continue;
      const n = Math.min(rs.spec, budget - scaledDown);
      const from = rs.spec;
      scaleRs(state, rs, rs.spec - n, maxSurge);
      note(state, say.scaleDownOld(rs.name, from, rs.spec, minAvailable));
      scaledDown += n;
    }
  } else if (cleaned === 0 && newUnavailable > 0) {
    note(state, say.blockedByUnavailable(newUnavailable, minAvailable));
  }
  return cleaned + scaledDown > 0;
}
