/**
 * The parameters a learner edits in the diagram / playground, their URL form, and how they turn
 * into a Scenario. Text fields keep what the learner typed ("25%", "3") so errors can point at it.
 */
import { DEFAULT_CANARY_STEPS } from "./canary";
import { validateRollingUpdate } from "./numbers";
import type { CanaryStep, IntOrPercent, Scenario, ScenarioEvent, Strategy } from "./types";

export interface RolloutParams {
  strategy: Strategy;
  replicas: number;
  maxSurge: string;
  maxUnavailable: string;
  readyAfter: number;
  terminateAfter: number;
  broken: boolean;
  deadline: number;
  /** Canary steps in short form: "10, pause, 50, pause 3". */
  steps: string;
  /** Requests per tick. */
  rps: number;
  seed: number;
  /** Blue/Green: ticks blue keeps running after the switch. */
  scaleDownDelay: number;
  /** Blue/Green: switch by itself once green is Ready. */
  autoPromote: boolean;
}

export const STRATEGY_LIST: Strategy[] = ["Recreate", "RollingUpdate", "BlueGreen", "Canary"];

export const UI_LIMITS = {
  replicas: [1, 30],
  readyAfter: [0, 10],
  terminateAfter: [0, 10],
  deadline: [1, 100],
  rps: [0, 200],
  scaleDownDelay: [0, 50],
} as const;

export const DEFAULT_PARAMS: RolloutParams = {
  strategy: "RollingUpdate",
  replicas: 10,
  maxSurge: "25%",
  maxUnavailable: "25%",
  readyAfter: 2,
  terminateAfter: 1,
  broken: false,
  deadline: 10,
  steps: "10, pause 5, 50, pause 5",
  rps: 20,
  seed: 1,
  scaleDownDelay: 3,
  autoPromote: false,
};

/** "3" → 3, "25%" → "25%"; anything else is an error message. */
export function parseIntOrPercentText(text: string): IntOrPercent | { error: string } {
  const t = text.trim();
  if (/^\d+$/.test(t)) return Number(t);
  if (/^\d+%$/.test(t)) return t as `${number}%`;
  return { error: `"${text}"은(는) 0 이상의 정수(예: 1)나 백분율(예: 25%)이어야 합니다.` };
}

/** "10, pause, 50, pause 3" → steps; an error names the piece it could not read. */
export function parseSteps(text: string): CanaryStep[] | { error: string } {
  const steps: CanaryStep[] = [];
  const parts = text.split(",").map((p) => p.trim()).filter((p) => p.length > 0);
  if (parts.length === 0) return { error: "단계가 비어 있습니다. 예: 10, pause, 50, pause 3" };
  for (const part of parts) {
    let m: RegExpExecArray | null;
    if ((m = /^(\d+)%?$/.exec(part))) {
      const w = Number(m[1]);
      if (w > 100) return { error: `가중치 ${w}는 0~100이어야 합니다.` };
      steps.push({ setWeight: w });
    } else if (/^pause$/i.test(part)) steps.push({ pause: null });
    else if ((m = /^pause\s*:?\s*(\d+)$/i.exec(part))) steps.push({ pause: Number(m[1]) });
    else return { error: `"${part}"을(를) 읽을 수 없습니다. 가중치(예: 10)나 pause, pause 3을 쓰세요.` };
  }
  return steps;
}

export function formatSteps(steps: CanaryStep[]): string {
  return steps.map((s) => ("setWeight" in s ? String(s.setWeight) : s.pause === null ? "pause" : `pause ${s.pause}`)).join(", ");
}

export type ParamErrors = Partial<Record<keyof RolloutParams, string>>;

export function paramErrors(p: RolloutParams): ParamErrors {
  const errors: ParamErrors = {};
  const surge = parseIntOrPercentText(p.maxSurge);
  const unavailable = parseIntOrPercentText(p.maxUnavailable);
  if (typeof surge === "object") errors.maxSurge = surge.error;
  if (typeof unavailable === "object") errors.maxUnavailable = unavailable.error;
  if (typeof surge !== "object" && typeof unavailable !== "object") {
    const api = validateRollingUpdate(surge, unavailable);
    for (const e of api) {
      if (e.startsWith("maxSurge")) errors.maxSurge ??= e;
      else errors.maxUnavailable ??= e;
    }
  }
  for (const key of Object.keys(UI_LIMITS) as (keyof typeof UI_LIMITS)[]) {
    const [min, max] = UI_LIMITS[key];
    const v = p[key];
    if (!Number.isInteger(v) || v < min || v > max) errors[key] = `${min}~${max} 사이의 정수여야 합니다.`;
  }
  const steps = parseSteps(p.steps);
  if (!Array.isArray(steps)) errors.steps = steps.error;
  return errors;
}

/** Builds the Scenario; throws with the first error when the params are invalid. */
export function paramsToScenario(p: RolloutParams, events: ScenarioEvent[], ticks: number): Scenario {
  const errors = Object.values(paramErrors(p));
  if (errors.length > 0) throw new Error(errors[0]);
  const steps = parseSteps(p.steps);
  return {
    strategy: p.strategy,
    replicas: p.replicas,
    maxSurge: parseIntOrPercentText(p.maxSurge) as IntOrPercent,
    maxUnavailable: parseIntOrPercentText(p.maxUnavailable) as IntOrPercent,
    readyAfter: p.readyAfter,
    terminateAfter: p.terminateAfter,
    newVersionHealthy: !p.broken,
    progressDeadline: p.deadline,
    ticks,
    events,
    canary: { steps: Array.isArray(steps) ? steps : DEFAULT_CANARY_STEPS },
    blueGreen: { autoPromote: p.autoPromote, scaleDownDelay: p.scaleDownDelay },
    traffic: { requestsPerTick: p.rps, seed: p.seed },
  };
}

const NUMERIC: (keyof RolloutParams)[] = ["replicas", "readyAfter", "terminateAfter", "deadline", "rps", "seed", "scaleDownDelay"];
const BOOLEAN: (keyof RolloutParams)[] = ["broken", "autoPromote"];
const TEXT: (keyof RolloutParams)[] = ["maxSurge", "maxUnavailable", "steps"];

/** URL query string holding only what differs from `defaults` (so shared links stay short). */
export function encodeParams(p: RolloutParams, defaults: RolloutParams = DEFAULT_PARAMS): string {
  const q = new URLSearchParams();
  for (const key of Object.keys(p) as (keyof RolloutParams)[]) {
    if (p[key] === defaults[key]) continue;
    const v = p[key];
    q.set(key, typeof v === "boolean" ? (v ? "1" : "0") : String(v));
  }
  return q.toString();
}

/**
 * Reads params from a query string. Unknown or unreadable values fall back to the default and are
 * reported, so a broken link still opens a working playground and says what it ignored.
 */
export function decodeParams(
  query: { get(name: string): string | null },
  defaults: RolloutParams = DEFAULT_PARAMS,
): { params: RolloutParams; ignored: string[] } {
  const params: RolloutParams = { ...defaults };
  const ignored: string[] = [];
  const strategy = query.get("strategy");
  if (strategy !== null) {
    if ((STRATEGY_LIST as string[]).includes(strategy)) params.strategy = strategy as Strategy;
    else ignored.push("strategy");
  }
  const record = params as unknown as Record<string, unknown>;
  for (const key of NUMERIC) {
    const raw = query.get(key);
    if (raw === null) continue;
    if (/^-?\d+$/.test(raw)) record[key] = Number(raw);
    else ignored.push(key);
  }
  for (const key of BOOLEAN) {
    const raw = query.get(key);
    if (raw === null) continue;
    if (raw === "1" || raw === "0") record[key] = raw === "1";
    else ignored.push(key);
  }
  for (const key of TEXT) {
    const raw = query.get(key);
    if (raw !== null) record[key] = raw.slice(0, 200);
  }
  // Values that parse but are out of range also fall back, field by field.
  const errors = paramErrors(params);
  for (const key of Object.keys(errors) as (keyof RolloutParams)[]) {
    record[key] = defaults[key];
    if (!ignored.includes(key)) ignored.push(key);
  }
  return { params, ignored };
}
