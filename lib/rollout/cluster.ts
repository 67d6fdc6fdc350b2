/**
 * ReplicaSets and their pods: the part of the cluster that is not the deployment controller.
 * Pods become Ready `readyAfter` ticks after creation (never, for a broken version) and stay
 * Terminating `terminateAfter` ticks after deletion. A ReplicaSet creates or deletes pods until its
 * non-terminating count equals its spec, deleting NotReady before Ready, then the most recently
 * Ready, then the newest — the ReplicaSet controller's ranking.
 */
import type { Version } from "./types";

export interface Pod {
  id: string;
  rs: string;
  version: Version;
  healthy: boolean;
  /** Creation order, for "newest first" ties. */
  seq: number;
  createdAt: number;
  readyAt: number | null;
  deletedAt: number | null;
}

export interface ReplicaSet {
  name: string;
  version: Version;
  revision: number;
  /** Creation order: "oldest first" in the controller means lowest seq. */
  seq: number;
  spec: number;
  pods: Pod[];
  nextPodNumber: number;
  /** deployment.kubernetes.io/desired-replicas and max-replicas annotations (proportional scaling). */
  desiredAnnotation?: number;
  maxAnnotation?: number;
}

export interface RsStatus {
  /** Non-terminating pods. */
  replicas: number;
  /** Ready non-terminating pods (no minReadySeconds in the simulator, so ready = available). */
  available: number;
}

export interface Cluster {
  tick: number;
  readyAfter: number;
  terminateAfter: number;
  healthy: Record<Version, boolean>;
  replicaSets: ReplicaSet[];
  rsSeq: number;
  podSeq: number;
}

export function newCluster(readyAfter: number, terminateAfter: number, healthy: Record<Version, boolean>): Cluster {
  return { tick: 0, readyAfter, terminateAfter, healthy, replicaSets: [], rsSeq: 0, podSeq: 0 };
}

export function addReplicaSet(cluster: Cluster, name: string, version: Version, revision: number, spec: number): ReplicaSet {
  const rs: ReplicaSet = { name, version, revision, seq: cluster.rsSeq++, spec, pods: [], nextPodNumber: 1 };
  cluster.replicaSets.push(rs);
  return rs;
}

/** Adds `count` pods that are already Ready (the starting state: v1 fully rolled out). */
export function seedReadyPods(cluster: Cluster, rs: ReplicaSet, count: number): void {
  for (let i = 0; i < count; i++) {
    const pod = makePod(cluster, rs);
    pod.readyAt = 0;
    rs.pods.push(pod);
  }
}

function makePod(cluster: Cluster, rs: ReplicaSet): Pod {
  return {
    id: `${rs.name}-${rs.nextPodNumber++}`,
    rs: rs.name,
    version: rs.version,
    healthy: cluster.healthy[rs.version],
    seq: cluster.podSeq++,
    createdAt: cluster.tick,
    readyAt: null,
    deletedAt: null,
  };
}

export const isLive = (p: Pod): boolean => p.deletedAt === null;
export const isReady = (p: Pod): boolean => p.deletedAt === null && p.readyAt !== null;

export function rsStatus(rs: ReplicaSet): RsStatus {
  let replicas = 0;
  let available = 0;
  for (const p of rs.pods) {
    if (p.deletedAt !== null) continue;
    replicas++;
    if (p.readyAt !== null) available++;
  }
  return { replicas, available };
}

export interface AdvanceResult {
  becameReady: Record<Version, number>;
  vanished: number;
}

/** Step 1 of a tick: pods created R ticks ago become Ready, pods deleted T ticks ago vanish. */
export function advancePods(cluster: Cluster): AdvanceResult {
  const { tick, readyAfter, terminateAfter } = cluster;
  const result: AdvanceResult = { becameReady: { v1: 0, v2: 0 }, vanished: 0 };
  for (const rs of cluster.replicaSets) {
    let kept = 0;
    for (const p of rs.pods) {
      if (p.deletedAt !== null) {
        if (p.deletedAt + terminateAfter <= tick) {
          result.vanished++;
          continue;
        }
      } else if (p.readyAt === null && p.healthy && p.createdAt + readyAfter <= tick) {
        p.readyAt = tick;
        result.becameReady[p.version]++;
      }
      rs.pods[kept++] = p;
    }
    rs.pods.length = kept;
  }
  return result;
}

/** Deletion ranking: NotReady first, then most recently Ready, then newest. */
function deletionOrder(a: Pod, b: Pod): number {
  const ar = a.readyAt === null ? 0 : 1;
  const br = b.readyAt === null ? 0 : 1;
  if (ar !== br) return ar - br;
  if (a.readyAt !== null && b.readyAt !== null && a.readyAt !== b.readyAt) return b.readyAt - a.readyAt;
  return b.seq - a.seq;
}

/** Step 3 of a tick: every ReplicaSet converges on its spec. */
export function reconcileReplicaSets(cluster: Cluster): void {
  const { tick, readyAfter, terminateAfter } = cluster;
  for (const rs of cluster.replicaSets) {
    const live = rs.pods.filter(isLive);
    if (live.length < rs.spec) {
      for (let i = live.length; i < rs.spec; i++) {
        const pod = makePod(cluster, rs);
        if (readyAfter === 0 && pod.healthy) pod.readyAt = tick;
        rs.pods.push(pod);
      }
    } else if (live.length > rs.spec) {
      const victims = live.sort(deletionOrder).slice(0, live.length - rs.spec);
      for (const v of victims) v.deletedAt = tick;
      if (terminateAfter === 0) rs.pods = rs.pods.filter(isLive);
    }
  }
}

export function findRs(cluster: Cluster, name: string): ReplicaSet | undefined {
  return cluster.replicaSets.find((rs) => rs.name === name);
}
