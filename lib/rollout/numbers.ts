/**
 * maxSurge / maxUnavailable arithmetic, as apimachinery's intstr and the deployment controller's
 * ResolveFenceposts do it — in integer maths so that no float ever decides a pod count.
 */
import type { IntOrPercent } from "./types";

export const DEFAULT_MAX_SURGE: IntOrPercent = "25%";
export const DEFAULT_MAX_UNAVAILABLE: IntOrPercent = "25%";

type Parsed = { ok: true; value: number; percent: boolean } | { ok: false; error: string };

/** Reads an int-or-percent the way intstr does: an int, or digits followed by "%". */
export function parseIntOrPercent(field: string, raw: unknown): Parsed {
  if (typeof raw === "number") {
    if (!Number.isInteger(raw)) return { ok: false, error: `${field}: ${raw}은(는) 정수가 아닙니다. 정수나 "25%" 같은 백분율을 쓰세요.` };
    if (raw < 0) return { ok: false, error: `${field}: 음수(${raw})는 허용되지 않습니다.` };
    return { ok: true, value: raw, percent: false };
  }
  if (typeof raw === "string") {
    const m = /^(-?\d+)%$/.exec(raw);
    if (!m) {
      const hint = /^-?\d+$/.test(raw) ? ` 숫자만 쓰려면 따옴표 없이 ${raw}, 백분율이면 "${raw}%"로 쓰세요.` : "";
      return { ok: false, error: `${field}: "${raw}"은(는) 정수나 "%"로 끝나는 백분율이어야 합니다.${hint}` };
    }
    const value = Number(m[1]);
    if (value < 0) return { ok: false, error: `${field}: 음수(${raw})는 허용되지 않습니다.` };
    return { ok: true, value, percent: true };
  }
  return { ok: false, error: `${field}: 정수나 "25%" 같은 백분율이어야 합니다.` };
}

/**
 * What the API server would reject in a RollingUpdate strategy ([] when fine). Omitted values
 * take the 25% defaults, as the API server's defaulting does before validation.
 */
export function validateRollingUpdate(maxSurge?: IntOrPercent, maxUnavailable?: IntOrPercent): string[] {
  const errors: string[] = [];
  const surge = parseIntOrPercent("maxSurge", maxSurge ?? DEFAULT_MAX_SURGE);
  const unavailable = parseIntOrPercent("maxUnavailable", maxUnavailable ?? DEFAULT_MAX_UNAVAILABLE);
  if (!surge.ok) errors.push(surge.error);
  if (!unavailable.ok) errors.push(unavailable.error);
  if (unavailable.ok && unavailable.percent && unavailable.value > 100) {
    errors.push(`maxUnavailable: ${unavailable.value}%는 100%를 넘을 수 없습니다.`);
  }
  // The API server compares the literal values: 0 and "0%" are both zero.
  if (surge.ok && unavailable.ok && surge.value === 0 && unavailable.value === 0) {
    errors.push("maxUnavailable: maxSurge가 0이면 maxUnavailable도 0일 수 없습니다 (둘 다 0이면 롤아웃이 한 걸음도 못 나갑니다).");
  }
  return errors;
}

/** ceil(a / b) for non-negative integers, without floats. */
export function ceilDiv(a: number, b: number): number {
  return Math.floor((a + b - 1) / b);
}

/** floor(a / b) for non-negative integers. */
export function floorDiv(a: number, b: number): number {
  return (a - (a % b)) / b;
}

/** round(a / b), halves away from zero (Go's math.Round), for a ≥ 0, b > 0. */
export function roundDiv(a: number, b: number): number {
  return floorDiv(2 * a + b, 2 * b);
}

export function assertReplicas(replicas: number, field = "replicas"): void {
  if (typeof replicas !== "number" || !Number.isInteger(replicas)) {
    throw new Error(`${field}: ${String(replicas)}은(는) 0 이상의 정수여야 합니다.`);
  }
  if (replicas < 0) throw new Error(`${field}: 음수(${replicas})는 허용되지 않습니다.`);
  if (replicas > MAX_REPLICAS) throw new Error(`${field}: 시뮬레이터는 최대 ${MAX_REPLICAS}개까지 다룹니다 (${replicas}).`);
}

export const MAX_REPLICAS = 1000;

/**
 * Resolves maxSurge (rounded up) and maxUnavailable (rounded down) against `replicas`, applies the
 * fencepost rule (both 0 → maxUnavailable 1) and caps maxUnavailable at replicas.
 * Throws on what validateRollingUpdate rejects.
 */
export function resolveRollingUpdate(
  replicas: number,
  maxSurge?: IntOrPercent,
  maxUnavailable?: IntOrPercent,
): { maxSurge: number; maxUnavailable: number } {
  assertReplicas(replicas);
  const errors = validateRollingUpdate(maxSurge, maxUnavailable);
  if (errors.length > 0) throw new Error(errors.join(" "));
  const s = parseIntOrPercent("maxSurge", maxSurge ?? DEFAULT_MAX_SURGE);
  const u = parseIntOrPercent("maxUnavailable", maxUnavailable ?? DEFAULT_MAX_UNAVAILABLE);
  if (!s.ok || !u.ok) throw new Error("unreachable: validated above");
  const surge = s.percent ? ceilDiv(s.value * replicas, 100) : s.value;
  let unavailable = u.percent ? floorDiv(u.value * replicas, 100) : u.value;
  if (surge === 0 && unavailable === 0) unavailable = 1;
  if (unavailable > replicas) unavailable = replicas;
  return { maxSurge: surge, maxUnavailable: unavailable };
}

/** A short Korean explanation of the rounding, for the UI next to the inputs. */
export function explainRollingUpdate(replicas: number, maxSurge?: IntOrPercent, maxUnavailable?: IntOrPercent): string[] {
  const r = resolveRollingUpdate(replicas, maxSurge, maxUnavailable);
  const s = parseIntOrPercent("maxSurge", maxSurge ?? DEFAULT_MAX_SURGE);
  const u = parseIntOrPercent("maxUnavailable", maxUnavailable ?? DEFAULT_MAX_UNAVAILABLE);
  const lines: string[] = [];
  if (s.ok && s.percent) lines.push(`maxSurge ${s.value}% × ${replicas} = ${(s.value * replicas) / 100} → 올림 ${r.maxSurge}`);
  else lines.push(`maxSurge ${r.maxSurge} (정수 그대로)`);
  if (u.ok) {
    const raw = u.percent ? floorDiv(u.value * replicas, 100) : u.value;
    if (u.percent) lines.push(`maxUnavailable ${u.value}% × ${replicas} = ${(u.value * replicas) / 100} → 내림 ${raw}`);
    else lines.push(`maxUnavailable ${raw} (정수 그대로)`);
    const surgeRaw = s.ok ? (s.percent ? ceilDiv(s.value * replicas, 100) : s.value) : 0;
    if (surgeRaw === 0 && raw === 0 && replicas > 0) lines.push("둘 다 0이 되어 maxUnavailable을 1로 올립니다 (멈추지 않게 하는 규칙).");
    if (raw > replicas) lines.push(`maxUnavailable은 replicas(${replicas})를 넘을 수 없어 ${r.maxUnavailable}로 줄입니다.`);
  }
  lines.push(`파드는 최대 ${replicas + r.maxSurge}개, 사용 가능한 파드는 최소 ${replicas - r.maxUnavailable}개`);
  return lines;
}
