/**
 * Blue/Green with plain Kubernetes: two Deployments (web-blue = v1, web-green = v2) and one
 * Service whose selector picks the live one. Green is created at full size; the selector moves
 * all traffic at once, and only when every green pod is Ready. Blue keeps running for
 * `scaleDownDelay` ticks after the switch (Argo's scaleDownDelaySeconds) so a switch back is instant.
 */
import { addReplicaSet, findRs, rsStatus, type ReplicaSet } from "./cluster";
import { say } from "./narration";
import { deploymentStatus, markCreated } from "./progress";
import { emit, note, scaleRs, type BlueGreenState, type SimState } from "./state";
import { finishRolloutSync } from "./status-sync";

export const BLUE = "web-blue";
export const GREEN = "web-green";

export function initialBlueGreen(): BlueGreenState {
  return { selector: "blue", pendingSwitch: false, pendingSwitchBack: false, scaleDownAt: null, autoDone: false };
}

function blueRs(state: SimState): ReplicaSet {
  const rs = findRs(state.cluster, BLUE);
  if (!rs) throw new Error("unreachable: blue always exists");
  return rs;
}

function setSelector(state: SimState, bg: BlueGreenState, to: "blue" | "green"): void {
  bg.selector = to;
  emit(state, {
    from: "kubectl",
    reason: "SelectorChanged",
    message: `service/web selector → version=${to === "green" ? "v2" : "v1"} (${to})`,
  });
}

/** A person asks to switch the Service to green; it happens once green is fully Ready. */
export function requestSwitch(state: SimState): void {
  const bg = state.bg!;
  bg.pendingSwitch = true;
  bg.pendingSwitchBack = false;
}

export function requestSwitchBack(state: SimState): void {
  const bg = state.bg!;
  bg.pendingSwitch = false;
  bg.scaleDownAt = null;
  const blue = blueRs(state);
  if (blue.spec !== state.replicas) scaleRs(state, blue, state.replicas, 0);
  if (bg.selector === "blue") return;
  if (rsStatus(blue).available >= state.replicas) {
    setSelector(state, bg, "blue");
    note(state, say.switchedBack());
  } else {
    bg.pendingSwitchBack = true;
    note(state, say.switchBackWait(rsStatus(blue).available, state.replicas));
  }
}

export function abortBlueGreen(state: SimState): void {
  requestSwitchBack(state);
  const green = findRs(state.cluster, GREEN);
  if (green) scaleRs(state, green, 0, 0);
  state.template = "v1";
  note(state, say.bgAbort());
}

export function syncBlueGreen(state: SimState, tick: number): void {
  const bg = state.bg!;
  const replicas = state.replicas;
  const blue = blueRs(state);
  let green = findRs(state.cluster, GREEN);
  const greenStatus = deploymentStatus(green ? [green] : [], green);
  const aborted = state.template === "v1";

  if (!green && !aborted) {
    green = addReplicaSet(state.cluster, GREEN, "v2", 1, 0);
    scaleRs(state, green, replicas, 0, true);
    markCreated(state.progress, tick);
    note(state, say.greenCreate(replicas));
  } else if (green && green.spec > 0 && green.spec !== replicas) {
    scaleRs(state, green, replicas, 0);
  }
  if (blue.spec > 0 && blue.spec !== replicas) scaleRs(state, blue, replicas, 0);

  const wantsSwitch = bg.pendingSwitch || (state.scenario.autoPromote && !bg.autoDone && bg.selector === "blue" && !aborted);
  if (wantsSwitch && green) {
    if (replicas > 0 && green.spec === replicas && greenStatus.available >= replicas) {
      setSelector(state, bg, "green");
      bg.pendingSwitch = false;
      bg.autoDone = true;
      bg.scaleDownAt = tick + state.scenario.scaleDownDelay;
      note(state, say.switched());
    } else if (bg.pendingSwitch) {
      note(state, state.cluster.healthy.v2 ? say.switchWait(greenStatus.available, replicas) : say.bgBrokenGreen());
    }
  }
  if (bg.pendingSwitchBack && rsStatus(blue).available >= replicas) {
    bg.pendingSwitchBack = false;
    setSelector(state, bg, "blue");
    note(state, say.switchedBack());
  }
  if (bg.selector === "green" && bg.scaleDownAt !== null && tick >= bg.scaleDownAt) {
    scaleRs(state, blue, 0, 0);
    bg.scaleDownAt = null;
    note(state, say.blueScaledDown(state.scenario.scaleDownDelay));
  }
  if (green && green.spec > 0) finishRolloutSync(state, greenStatus, green, tick);
}
