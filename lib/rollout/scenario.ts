/**
 * Checks a Scenario and fills in defaults. Anything the simulator cannot take at face value is a
 * thrown Error with a message naming the field — never a silent guess.
 */
import { DEFAULT_CANARY_STEPS } from "./canary";
import { assertReplicas, DEFAULT_MAX_SURGE, DEFAULT_MAX_UNAVAILABLE, validateRollingUpdate } from "./numbers";
import type { NormalizedScenario } from "./state";
import type { Scenario, ScenarioEvent, Strategy } from "./types";

export const MAX_TICKS = 10000;
const STRATEGIES: Strategy[] = ["Recreate", "RollingUpdate", "BlueGreen", "Canary"];

const EVENT_STRATEGIES: Record<ScenarioEvent["type"], Strategy[]> = {
  rollback: STRATEGIES,
  scale: STRATEGIES,
  switch: ["BlueGreen"],
  switchBack: ["BlueGreen"],
  promote: ["Canary"],
  abort: ["BlueGreen", "Canary"],
};

function int(field: string, value: unknown, min: number, max: number): number {
  if (typeof value !== "number" || !Number.isInteger(value)) throw new Error(`${field}: ${String(value)}은(는) 정수여야 합니다.`);
  if (value < min || value > max) throw new Error(`${field}: ${value}은(는) ${min}~${max} 범위여야 합니다.`);
  return value;
}

function share(field: string, value: unknown): number {
  if (value === undefined) return 0;
  if (typeof value !== "number" || !(value >= 0 && value <= 1)) throw new Error(`${field}: 0~1 사이의 비율이어야 합니다 (${String(value)}).`);
  return value;
}

export function normalizeScenario(s: Scenario): NormalizedScenario {
  if (!s || typeof s !== "object") throw new Error("scenario: 객체가 필요합니다.");
  if (!STRATEGIES.includes(s.strategy)) throw new Error(`strategy: "${String(s.strategy)}"은(는) ${STRATEGIES.join(", ")} 중 하나여야 합니다.`);
  assertReplicas(s.replicas);
  const errors = validateRollingUpdate(s.maxSurge, s.maxUnavailable);
  if (errors.length > 0) throw new Error(errors.join(" "));
  const ticks = int("ticks", s.ticks, 1, MAX_TICKS);
  const readyAfter = int("readyAfter", s.readyAfter ?? 0, 0, 1000);
  const terminateAfter = int("terminateAfter", s.terminateAfter ?? 0, 0, 1000);
  const progressDeadline = int("progressDeadline", s.progressDeadline ?? 600, 1, 1_000_000);
  if (s.newVersionHealthy !== undefined && typeof s.newVersionHealthy !== "boolean") {
    throw new Error("newVersionHealthy: true 또는 false여야 합니다.");
  }

  for (const [i, e] of (s.events ?? []).entries()) {
    const field = `events[${i}]`;
    if (!e || !(e.type in EVENT_STRATEGIES)) throw new Error(`${field}.type: 알 수 없는 동작 "${String(e?.type)}"입니다.`);
    int(`${field}.at`, e.at, 1, ticks);
    if (!EVENT_STRATEGIES[e.type].includes(s.strategy)) {
      throw new Error(`${field}: "${e.type}"은(는) ${s.strategy} 전략에서 쓸 수 없습니다 (${EVENT_STRATEGIES[e.type].join(", ")} 전용).`);
    }
    if (e.type === "scale") assertReplicas(e.replicas, `${field}.replicas`);
  }

  const rules = { header: "X-Canary", cookie: "canary", ...(s.canary?.rules ?? {}) };
  const weightTotal = int("canary.rules.weightTotal", rules.weightTotal ?? 100, 1, 1_000_000);
  if (rules.header !== undefined && (typeof rules.header !== "string" || rules.header.length === 0)) {
    throw new Error("canary.rules.header: 비어 있지 않은 헤더 이름이어야 합니다.");
  }
  const steps = s.canary?.steps ?? DEFAULT_CANARY_STEPS;
  if (!Array.isArray(steps)) throw new Error("canary.steps: 배열이어야 합니다.");
  steps.forEach((step, i) => {
    if (step && "setWeight" in step) int(`canary.steps[${i}].setWeight`, step.setWeight, 0, weightTotal);
    else if (step && "pause" in step) {
      if (step.pause !== null) int(`canary.steps[${i}].pause`, step.pause, 0, MAX_TICKS);
    } else throw new Error(`canary.steps[${i}]: { setWeight } 또는 { pause }여야 합니다.`);
  });

  if (s.traffic) {
    int("traffic.requestsPerTick", s.traffic.requestsPerTick, 0, 10000);
    if (typeof s.traffic.seed !== "number" || !Number.isFinite(s.traffic.seed)) throw new Error("traffic.seed: 숫자여야 합니다.");
    share("traffic.headerShare", s.traffic.headerShare);
    share("traffic.cookieShare", s.traffic.cookieShare);
  }

  return {
    strategy: s.strategy,
    replicas: s.replicas,
    maxSurge: s.maxSurge ?? DEFAULT_MAX_SURGE,
    maxUnavailable: s.maxUnavailable ?? DEFAULT_MAX_UNAVAILABLE,
    readyAfter,
    terminateAfter,
    newVersionHealthy: s.newVersionHealthy ?? true,
    progressDeadline,
    ticks,
    canarySteps: steps,
    canaryRules: { ...rules, weightTotal },
    autoPromote: s.blueGreen?.autoPromote ?? false,
    scaleDownDelay: int("blueGreen.scaleDownDelay", s.blueGreen?.scaleDownDelay ?? 30, 0, MAX_TICKS),
  };
}
