/**
 * A replicas change while ReplicaSets are mid-rollout (sync.go isScalingEvent / scale): the
 * controller spreads the change over the active ReplicaSets in proportion to their size, using the
 * max-replicas annotation each one carries from its last scale.
 */
import { rsStatus, type ReplicaSet } from "./cluster";
import { say } from "./narration";
import { roundDiv } from "./numbers";
import { note, scaleRs, type SimState } from "./state";

export function isScalingEvent(state: SimState): boolean {
  return state.cluster.replicaSets.some(
    (rs) => rs.spec > 0 && rs.desiredAnnotation !== undefined && rs.desiredAnnotation !== state.replicas,
  );
}

/** FindActiveOrLatest: the only active ReplicaSet, or the newest one when none is active. */
function findActiveOrLatest(newRs: ReplicaSet | undefined, olds: ReplicaSet[]): ReplicaSet | undefined {
  const all = [...olds, ...(newRs ? [newRs] : [])];
  if (all.length === 0) return undefined;
  const active = all.filter((rs) => rs.spec > 0);
  if (active.length === 1) return active[0];
  if (active.length === 0) return newRs ?? [...olds].sort((a, b) => b.seq - a.seq)[0];
  return undefined;
}

function proportion(rs: ReplicaSet, replicas: number, maxSurge: number, statusReplicas: number, toAdd: number, added: number): number {
  if (rs.spec === 0 || toAdd === 0 || toAdd === added) return 0;
  let fraction: number;
  if (replicas === 0) fraction = -rs.spec;
  else {
    let before = rs.maxAnnotation ?? 0;
    if (before === 0) before = statusReplicas;
    fraction = roundDiv(rs.spec * (replicas + maxSurge), before) - rs.spec;
  }
  const allowed = toAdd - added;
  return toAdd > 0 ? Math.min(fraction, allowed) : Math.max(fraction, allowed);
}

export function scaleForReplicasChange(
  state: SimState,
  newRs: ReplicaSet | undefined,
  olds: ReplicaSet[],
  maxSurge: number,
  rolling: boolean,
): void {
  const replicas = state.replicas;
  const single = findActiveOrLatest(newRs, olds);
  if (single) {
    const from = single.spec;
    if (scaleRs(state, single, replicas, maxSurge)) note(state, say.proportional(`${single.name} ${from}→${replicas}`));
    return;
  }
  if (newRs && newRs.spec === replicas && newRs.desiredAnnotation === replicas && rsStatus(newRs).available === replicas) {
    for (const old of olds) if (old.spec > 0) scaleRs(state, old, 0, maxSurge);
    return;
  }
  if (!rolling) return;
  const all = [...olds, ...(newRs ? [newRs] : [])].filter((rs) => rs.spec > 0);
  const current = all.reduce((s, rs) => s + rs.spec, 0);
  const statusReplicas = state.cluster.replicaSets.reduce((s, rs) => s + rsStatus(rs).replicas, 0);
  const allowedSize = replicas > 0 ? replicas + maxSurge : 0;
  const toAdd = allowedSize - current;
  // Larger first; ties: newer first when scaling up, older first when scaling down.
  if (toAdd > 0) all.sort((a, b) => b.spec - a.spec || b.seq - a.seq);
  else if (toAdd < 0) all.sort((a, b) => b.spec - a.spec || a.seq - b.seq);
  const sizes = new Map<ReplicaSet, number>();
  let added = 0;
  for (const rs of all) {
    const p = toAdd !== 0 ? proportion(rs, replicas, maxSurge, statusReplicas, toAdd, added) : 0;
    sizes.set(rs, rs.spec + p);
    added += p;
  }
  const parts: string[] = [];
  all.forEach((rs, i) => {
    let size = sizes.get(rs) ?? rs.spec;
    if (i === 0 && toAdd !== 0) size = Math.max(0, size + toAdd - added);
    parts.push(`${rs.name} ${rs.spec}→${size}`);
    scaleRs(state, rs, size, maxSurge, true);
  });
  if (parts.length > 0) note(state, say.proportional(parts.join(", ")));
}
