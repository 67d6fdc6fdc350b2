/**
 * Canary with ingress-nginx: a stable and a canary ReplicaSet, each behind its own Service, and a
 * canary Ingress. Pod counts follow Argo Rollouts' traffic-routed canary: canary pods =
 * ceil(weight × replicas / total) (at least 1 while the weight is above 0); the router moves to a
 * step's weight only once that step's canary pods are Ready. After the last step the canary is
 * promoted: it grows to full size, becomes stable, and the old stable goes to 0.
 */
import { addReplicaSet, findRs, type ReplicaSet } from "./cluster";
import { rsName } from "./deployment";
import { say } from "./narration";
import { ceilDiv } from "./numbers";
import { deploymentStatus, markCreated } from "./progress";
import { emit, note, scaleRs, type CanaryState, type SimState } from "./state";
import { finishRolloutSync } from "./status-sync";
import type { CanaryStep, Version } from "./types";

export const DEFAULT_CANARY_STEPS: CanaryStep[] = [{ setWeight: 10 }, { pause: null }, { setWeight: 50 }, { pause: 3 }];

export function initialCanary(): CanaryState {
  return { stepIndex: 0, weight: 0, targetWeight: 0, pauseStartedAt: null, status: "progressing", stableVersion: "v1" };
}

export function canaryPodsFor(weight: number, replicas: number, total: number): number {
  if (weight <= 0 || replicas === 0) return 0;
  return Math.max(1, ceilDiv(weight * replicas, total));
}

const other = (v: Version): Version => (v === "v1" ? "v2" : "v1");

function canaryRs(state: SimState): ReplicaSet | undefined {
  return findRs(state.cluster, rsName(other(state.canary!.stableVersion)));
}

function ensureCanaryRs(state: SimState, tick: number): ReplicaSet {
  const existing = canaryRs(state);
  if (existing) return existing;
  const v = other(state.canary!.stableVersion);
  const rs = addReplicaSet(state.cluster, rsName(v), v, 2, 0);
  markCreated(state.progress, tick);
  return rs;
}

function rolloutEvent(state: SimState, reason: string, message: string): void {
  emit(state, { from: "rollouts-controller", reason, message });
}

export function promoteCanary(state: SimState, full: boolean): void {
  const cs = state.canary!;
  if (cs.status === "aborted" || cs.status === "promoted") {
    note(state, say.ignored("promote", "이미 끝났거나 중단된 롤아웃입니다."));
    return;
  }
  const steps = state.scenario.canarySteps;
  if (full) {
    cs.stepIndex = steps.length;
    cs.pauseStartedAt = null;
    note(state, say.promoteFull());
  } else if (cs.stepIndex < steps.length && "pause" in steps[cs.stepIndex]) {
    cs.stepIndex++;
    cs.pauseStartedAt = null;
    cs.status = "progressing";
    note(state, say.promoteStep());
  } else {
    note(state, say.ignored("promote", "지금은 멈춤 단계가 아니라 건너뛸 것이 없습니다."));
    return;
  }
  rolloutEvent(state, "RolloutResumed", full ? "Rollout is fully promoted" : "Rollout is resumed");
}

export function abortCanary(state: SimState): void {
  const cs = state.canary!;
  if (cs.status === "promoted" || cs.status === "aborted") {
    note(state, say.ignored("abort", "이미 끝났거나 중단된 롤아웃입니다."));
    return;
  }
  cs.status = "aborted";
  cs.weight = 0;
  cs.targetWeight = 0;
  cs.pauseStartedAt = null;
  state.template = cs.stableVersion;
  const rs = canaryRs(state);
  if (rs) scaleRs(state, rs, 0, 0);
  rolloutEvent(state, "RolloutAborted", "Rollout aborted update to revision 2");
  note(state, say.canaryAbort());
}

export function syncCanary(state: SimState, tick: number): void {
  const cs = state.canary!;
  const replicas = state.replicas;
  const total = state.scenario.canaryRules.weightTotal;
  const steps = state.scenario.canarySteps;
  const stable = findRs(state.cluster, rsName(cs.stableVersion))!;
  let canary = canaryRs(state);
  const status = deploymentStatus(canary ? [canary] : [], canary);
  const canaryReady = status.available;
  if (cs.status !== "aborted") scaleRs(state, stable, replicas, 0);
  // A replicas change resizes the canary for the weight it is at (Argo recomputes it every reconcile).
  if (canary && (cs.status === "paused" || cs.status === "progressing") && cs.targetWeight > 0) {
    scaleRs(state, canary, canaryPodsFor(cs.targetWeight, replicas, total), 0);
  }

  // One sync may finish several steps (a weight whose pods are Ready, then a pause that starts).
  for (let guard = 0; guard <= steps.length + 1; guard++) {
    if (cs.status === "aborted" || cs.status === "promoted") break;
    if (cs.status === "promoting" || cs.stepIndex >= steps.length) {
      if (cs.status !== "promoting") {
        cs.status = "promoting";
        note(state, say.promoting(replicas));
      }
      canary = ensureCanaryRs(state, tick);
      scaleRs(state, canary, replicas, 0);
      if (canary.spec === replicas && canaryReady >= replicas) {
        const oldStable = stable;
        cs.stableVersion = canary.version;
        cs.status = "promoted";
        cs.weight = 0;
        cs.targetWeight = 0;
        scaleRs(state, oldStable, 0, 0);
        rolloutEvent(state, "RolloutCompleted", `Rollout completed update to revision 2: ${canary.name} is now stable`);
        note(state, say.promoted());
      }
      break;
    }
    const step = steps[cs.stepIndex];
    if ("setWeight" in step) {
      const w = step.setWeight;
      const pods = canaryPodsFor(w, replicas, total);
      canary = pods > 0 ? ensureCanaryRs(state, tick) : canary;
      const changed = canary ? scaleRs(state, canary, pods, 0) : false;
      if (changed) note(state, say.canaryPods(pods, Math.round((w * 100) / total)));
      cs.targetWeight = w;
      if (canary && canaryReady >= pods && canary.spec === pods) {
        cs.weight = w;
        cs.stepIndex++;
        rolloutEvent(state, "RolloutStepCompleted", `Rollout step ${cs.stepIndex}/${steps.length} completed (setWeight: ${w})`);
        note(state, say.canaryWeight(Math.round((w * 100) / total)));
        continue;
      }
      if (!canary && pods === 0) {
        cs.weight = 0;
        cs.stepIndex++;
        continue;
      }
      if (!changed) note(state, state.cluster.healthy[canary!.version] ? say.canaryWeightWait(w) : say.brokenWaiting(canary!.version));
      break;
    }
    // A pause: timed, or until a person promotes.
    if (cs.pauseStartedAt === null) {
      cs.pauseStartedAt = tick;
      cs.status = "paused";
      rolloutEvent(state, "RolloutPaused", step.pause === null ? "Rollout is paused (CanaryPauseStep)" : `Rollout is paused for ${step.pause} ticks`);
      note(state, step.pause === null ? say.pauseIndefinite() : say.pauseTimed(step.pause));
    } else if (step.pause === null) note(state, say.pausedWaiting());
    else if (tick - cs.pauseStartedAt < step.pause) note(state, say.pausedLeft(cs.pauseStartedAt + step.pause - tick));
    if (step.pause !== null && tick - cs.pauseStartedAt >= step.pause) {
      cs.pauseStartedAt = null;
      cs.status = "progressing";
      cs.stepIndex++;
      note(state, say.pauseEnded());
      continue;
    }
    break;
  }
  if (canary && cs.status !== "aborted") finishRolloutSync(state, status, canary, tick, canary.spec);
}
