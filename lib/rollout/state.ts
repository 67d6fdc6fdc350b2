/**
 * The mutable state one simulation run carries from tick to tick, and the helpers every strategy
 * uses to scale a ReplicaSet the way scaleReplicaSetAndRecordEvent does (event + annotations).
 */
import type { Cluster, ReplicaSet } from "./cluster";
import type { ProgressState } from "./progress";
import type { CanaryRules, CanaryStep, KubeEvent, Strategy, Version } from "./types";

export interface NormalizedScenario {
  strategy: Strategy;
  replicas: number;
  maxSurge: number | `${number}%`;
  maxUnavailable: number | `${number}%`;
  readyAfter: number;
  terminateAfter: number;
  newVersionHealthy: boolean;
  progressDeadline: number;
  ticks: number;
  canarySteps: CanaryStep[];
  canaryRules: Required<Pick<CanaryRules, "weightTotal">> & CanaryRules;
  autoPromote: boolean;
  scaleDownDelay: number;
}

export interface BlueGreenState {
  selector: "blue" | "green";
  pendingSwitch: boolean;
  pendingSwitchBack: boolean;
  scaleDownAt: number | null;
  /** autoPromote switches only once; a switch back is a person's decision. */
  autoDone: boolean;
}

export interface CanaryState {
  stepIndex: number;
  /** Weight the ingress applies (the last step whose pods became Ready). */
  weight: number;
  /** Weight of the step being worked on, which decides the canary's pod count. */
  targetWeight: number;
  pauseStartedAt: number | null;
  status: "progressing" | "paused" | "promoting" | "promoted" | "aborted";
  stableVersion: Version;
}

export interface SimState {
  cluster: Cluster;
  scenario: NormalizedScenario;
  replicas: number;
  template: Version;
  progress: ProgressState;
  events: KubeEvent[];
  notes: string[];
  bg?: BlueGreenState;
  canary?: CanaryState;
}

export function emit(state: SimState, event: Omit<KubeEvent, "type" | "from"> & Partial<KubeEvent>): void {
  state.events.push({ type: "Normal", from: "deployment-controller", ...event });
}

export function note(state: SimState, text: string): void {
  state.notes.push(text);
}

/**
 * scaleReplicaSetAndRecordEvent: changes spec (no-op when equal), records the event and stamps
 * the desired/max replicas annotations. Returns whether the spec changed.
 */
export function scaleRs(state: SimState, rs: ReplicaSet, to: number, maxSurge: number, force = false): boolean {
  const from = rs.spec;
  if (from === to && !force) return false;
  rs.desiredAnnotation = state.replicas;
  rs.maxAnnotation = state.replicas + maxSurge;
  if (from === to) return false;
  rs.spec = to;
  emit(state, { reason: "ScalingReplicaSet", message: `Scaled ${to > from ? "up" : "down"} replica set ${rs.name} to ${to}` });
  return true;
}
