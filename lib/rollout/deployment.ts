/**
 * How the deployment controller sorts its ReplicaSets: the "new" one matches the template, all
 * others are "old", oldest first (creation order).
 */
import type { ReplicaSet } from "./cluster";
import type { SimState } from "./state";

export const rsName = (version: string): string => `web-${version}`;

export function findNewRs(state: SimState): ReplicaSet | undefined {
  return state.cluster.replicaSets.find((rs) => rs.version === state.template);
}

export function oldRss(state: SimState): ReplicaSet[] {
  return state.cluster.replicaSets.filter((rs) => rs.version !== state.template).sort((a, b) => a.seq - b.seq);
}

export function maxRevision(rss: ReplicaSet[]): number {
  return rss.reduce((m, rs) => Math.max(m, rs.revision), 0);
}

export const sumSpec = (rss: ReplicaSet[]): number => rss.reduce((s, rs) => s + rs.spec, 0);

/** getAllReplicaSetsAndSyncRevision for an existing new ReplicaSet (after a rollback). */
export function syncRevision(newRs: ReplicaSet, olds: ReplicaSet[]): void {
  const maxOld = maxRevision(olds);
  if (newRs.revision <= maxOld) newRs.revision = maxOld + 1;
}
