/**
 * The Deployment's Progressing condition, as syncRolloutStatus / DeploymentProgressing /
 * DeploymentTimedOut compute it (pkg/controller/deployment/progress.go, util/deployment_util.go).
 * The status is the one the sync read at its start, so pods created in tick t count as progress
 * in tick t + 1.
 */
import { rsStatus, type ReplicaSet } from "./cluster";
import type { ConditionReason } from "./types";

export interface DeploymentStatus {
  replicas: number;
  updated: number;
  ready: number;
  available: number;
}

export interface ProgressState {
  reason: ConditionReason | null;
  status: "True" | "False" | null;
  /** Tick of the condition's lastUpdateTime (the last move seen). */
  lastUpdate: number;
  /** Status stored by the previous sync (deployment.status). */
  previous: DeploymentStatus;
}

export function deploymentStatus(all: ReplicaSet[], newRs: ReplicaSet | undefined): DeploymentStatus {
  let replicas = 0;
  let available = 0;
  for (const rs of all) {
    const s = rsStatus(rs);
    replicas += s.replicas;
    available += s.available;
  }
  const updated = newRs ? rsStatus(newRs).replicas : 0;
  return { replicas, updated, ready: available, available };
}

/** A Deployment that has fully rolled out `replicas` pods of its current template. */
export function completeProgress(replicas: number): ProgressState {
  const s = { replicas, updated: replicas, ready: replicas, available: replicas };
  return { reason: "NewReplicaSetAvailable", status: "True", lastUpdate: 0, previous: s };
}

/** A Deployment that does not exist yet (green, canary). */
export function emptyProgress(): ProgressState {
  return { reason: null, status: null, lastUpdate: 0, previous: { replicas: 0, updated: 0, ready: 0, available: 0 } };
}

/** getNewReplicaSet sets NewReplicaSetCreated when it creates the new ReplicaSet. */
export function markCreated(p: ProgressState, tick: number): void {
  setCondition(p, "NewReplicaSetCreated", "True", tick);
}

function setCondition(p: ProgressState, reason: ConditionReason, status: "True" | "False", tick: number): void {
  // SetDeploymentCondition ignores an update with the same status and reason.
  if (p.reason === reason && p.status === status) return;
  p.reason = reason;
  p.status = status;
  p.lastUpdate = tick;
}

function progressing(old: DeploymentStatus, now: DeploymentStatus): boolean {
  const oldOld = old.replicas - old.updated;
  const nowOld = now.replicas - now.updated;
  return now.updated > old.updated || nowOld < oldOld || now.ready > old.ready || now.available > old.available;
}

export type ProgressChange = "complete" | "progressing" | "timedOut" | null;

/** syncRolloutStatus: returns what changed (for narration). `status` is what this sync read. */
export function syncRolloutStatus(
  p: ProgressState,
  status: DeploymentStatus,
  desired: number,
  deadline: number,
  tick: number,
): ProgressChange {
  const previous = p.previous;
  p.previous = status;
  const isComplete = status.replicas === status.updated && p.reason === "NewReplicaSetAvailable";
  if (isComplete) return null;
  if (status.updated === desired && status.replicas === desired && status.available === desired) {
    const was = p.reason;
    setCondition(p, "NewReplicaSetAvailable", "True", tick);
    return was === "NewReplicaSetAvailable" ? null : "complete";
  }
  if (progressing(previous, status)) {
    // The Progressing condition is special: lastUpdateTime moves on every bit of progress.
    p.reason = "ReplicaSetUpdated";
    p.status = "True";
    p.lastUpdate = tick;
    return "progressing";
  }
  if (p.reason === null || p.reason === "NewReplicaSetAvailable") return null;
  if (p.reason === "ProgressDeadlineExceeded") return null;
  if (p.lastUpdate + deadline < tick) {
    setCondition(p, "ProgressDeadlineExceeded", "False", tick);
    return "timedOut";
  }
  return null;
}

/** syncDeploymentStatus (scaling syncs): stores the status, leaves the condition alone. */
export function storeStatus(p: ProgressState, status: DeploymentStatus): void {
  p.previous = status;
}
