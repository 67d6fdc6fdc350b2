/**
 * The end of every rollout sync: update the Progressing condition from the status the sync read
 * and narrate what it means (stalls, deadline, completion).
 */
import type { ReplicaSet } from "./cluster";
import { say } from "./narration";
import { syncRolloutStatus, type DeploymentStatus } from "./progress";
import { note, type SimState } from "./state";

export function finishRolloutSync(
  state: SimState,
  status: DeploymentStatus,
  newRs: ReplicaSet | undefined,
  tick: number,
  desired = state.replicas,
): void {
  const before = state.progress.reason;
  const change = syncRolloutStatus(state.progress, status, desired, state.scenario.progressDeadline, tick);
  if (change === "timedOut") note(state, say.timedOut(state.scenario.progressDeadline));
  else if (change === "progressing" && before === "ProgressDeadlineExceeded") note(state, say.resumed());
  else if (change === "complete" && newRs && state.scenario.strategy !== "Canary") note(state, say.complete(newRs.name));
}
