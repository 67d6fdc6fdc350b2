/**
 * Public types of the rollout simulator. The engine models the Kubernetes deployment controller
 * (RollingUpdate / Recreate), two plain Deployments behind one Service (Blue/Green) and
 * ingress-nginx canary routing (Canary), tick by tick, as described in /work/shared/rollout-spec.md.
 */

/** An int or a percentage string, like Kubernetes' intstr.IntOrString. */
export type IntOrPercent = number | `${number}%`;

export type Strategy = "Recreate" | "RollingUpdate" | "BlueGreen" | "Canary";

/** The simulator only ever knows two versions: the running one and the one being rolled out. */
export type Version = "v1" | "v2";

export type PodPhase = "NotReady" | "Ready" | "Terminating";

/** An outside action, applied just before tick `at`'s controller sync. */
export type ScenarioEvent =
  | { at: number; type: "rollback" }
  | { at: number; type: "scale"; replicas: number }
  | { at: number; type: "switch" }
  | { at: number; type: "switchBack" }
  | { at: number; type: "promote"; full?: boolean }
  | { at: number; type: "abort" };

export type CanaryStep = { setWeight: number } | { pause: number | null };

/** ingress-nginx canary annotations (canary-by-header, -header-value, -by-cookie, -weight, -weight-total). */
export interface CanaryRules {
  header?: string;
  headerValue?: string;
  cookie?: string;
  weight?: number;
  weightTotal?: number;
}

export interface CanaryConfig {
  steps?: CanaryStep[];
  /** Routing rules; the weight comes from the steps, so `weight` here is ignored by simulate(). */
  rules?: CanaryRules;
}

export interface BlueGreenConfig {
  /** Argo's autoPromotionEnabled: switch by itself once green is Ready. Default false (a person switches). */
  autoPromote?: boolean;
  /** Ticks blue keeps running after the switch so that switching back is instant (Argo: 30 s). Default 30. */
  scaleDownDelay?: number;
}

export interface TrafficConfig {
  requestsPerTick: number;
  seed: number;
  /** Share (0–1) of requests carrying the canary header (value: rules.headerValue or "always"). */
  headerShare?: number;
  /** Share (0–1) of requests carrying the canary cookie with value "always". */
  cookieShare?: number;
}

export interface Scenario {
  strategy: Strategy;
  replicas: number;
  maxSurge?: IntOrPercent;
  maxUnavailable?: IntOrPercent;
  readyAfter?: number;
  terminateAfter?: number;
  newVersionHealthy?: boolean;
  progressDeadline?: number;
  ticks: number;
  events?: ScenarioEvent[];
  canary?: CanaryConfig;
  blueGreen?: BlueGreenConfig;
  traffic?: TrafficConfig;
}

export interface VersionCounts {
  /** Sum of spec.replicas over the ReplicaSets of this version. */
  spec: number;
  ready: number;
  notReady: number;
  terminating: number;
}

export type RsRole = "new" | "old" | "blue" | "green" | "stable" | "canary";

export interface ReplicaSetView {
  name: string;
  version: Version;
  revision: number;
  role: RsRole;
  spec: number;
  ready: number;
  notReady: number;
  terminating: number;
}

export interface PodView {
  /** Stable across frames, so a view can animate each pod. */
  id: string;
  rs: string;
  version: Version;
  phase: PodPhase;
  /** false for pods of a broken version (they never become Ready: think CrashLoopBackOff). */
  healthy: boolean;
}

export type ConditionReason =
  | "NewReplicaSetCreated"
  | "FoundNewReplicaSet"
  | "ReplicaSetUpdated"
  | "NewReplicaSetAvailable"
  | "ProgressDeadlineExceeded";

/** One line of `kubectl describe` Events (or an action by a person / by Argo Rollouts). */
export interface KubeEvent {
  type: "Normal" | "Warning";
  reason: string;
  from: "deployment-controller" | "kubectl" | "rollouts-controller";
  message: string;
}

export interface RequestView {
  id: number;
  /** Pod that served it, null when there was no Ready endpoint (503). */
  to: string | null;
  version: Version | null;
  ok: boolean;
  /** Canary only: where the ingress routed it, and why. */
  route?: "stable" | "canary";
  via?: "header" | "cookie" | "weight";
}

export interface TrafficCounts {
  v1: number;
  v2: number;
  failed: number;
}

export interface CanaryView {
  /** Weight the router applies this tick (0 while the canary has no Ready pod). */
  weight: number;
  weightTotal: number;
  /** Index of the step being worked on; equals steps.length once all steps are done. */
  stepIndex: number;
  stepCount: number;
  status: "progressing" | "paused" | "promoting" | "promoted" | "aborted";
  stableVersion: Version;
  /** Ticks left in a timed pause, null when not in one. */
  pauseLeft: number | null;
}

export interface BlueGreenView {
  selector: "blue" | "green";
  pendingSwitch: boolean;
  /** Tick at which blue will be scaled to 0, null when none is planned. */
  scaleDownAt: number | null;
}

export interface Frame {
  tick: number;
  replicas: number;
  /** The Deployment's current template (v1 again after a rollback). */
  template: Version;
  /** Ready pods outside / inside the ReplicaSet matching the template. */
  oldReady: number;
  newReady: number;
  /** Non-terminating pods. */
  total: number;
  terminating: number;
  /** Ready, non-terminating pods. */
  available: number;
  /** Ready pods the default traffic (no header/cookie) can reach; 0 means an outage. */
  servingReady: number;
  versions: Record<Version, VersionCounts>;
  replicaSets: ReplicaSetView[];
  pods: PodView[];
  /** Progressing condition of the Deployment being rolled out (green / canary for those strategies). */
  condition: ConditionReason | null;
  conditionStatus: "True" | "False" | null;
  /** Blue/Green only. */
  serviceSelector?: "blue" | "green";
  blueGreen?: BlueGreenView;
  /** Canary only. */
  canary?: CanaryView;
  traffic: TrafficCounts;
  /** The first requests of the tick (at most REQUEST_SAMPLE), for drawing request dots. */
  requests: RequestView[];
  events: KubeEvent[];
  /** Korean narration of what changed in this tick and why. */
  narration: string;
  /** The cluster is at rest: every pod belongs to the live version, all Ready, nothing terminating. */
  done: boolean;
  /** Version that serves default traffic once done (or mostly, during a rollout). */
  liveVersion: Version;
}

export interface Summary {
  downtimeTicks: number;
  failedRequests: number;
  /** Most pods existing at once, terminating ones included (they still hold resources). */
  peakPods: number;
  /** First tick at which v2 is fully live and nothing else runs, or null. */
  finishedAtTick: number | null;
}
