"use client";
import { explainRollingUpdate, parseIntOrPercentText, resolveRollingUpdate, UI_LIMITS, type ParamErrors, type RolloutParams } from "@/lib/rollout";
import { NumberField, TextField, Toggle } from "./fields";

/** What maxSurge / maxUnavailable resolve to for these replicas, with the rounding explained. */
function Resolved({ params }: { params: RolloutParams }) {
  const s = parseIntOrPercentText(params.maxSurge);
  const u = parseIntOrPercentText(params.maxUnavailable);
  if (typeof s === "object" || typeof u === "object") return null;
  let lines: string[];
  let limits: { maxSurge: number; maxUnavailable: number };
  try {
    lines = explainRollingUpdate(params.replicas, s, u);
    limits = resolveRollingUpdate(params.replicas, s, u);
  } catch {
    return null;
  }
  return (
    <div className="rounded-md bg-surface p-2 text-xs sm:col-span-2" data-testid="resolved">
      <p className="font-semibold">
        계산 결과: maxSurge {limits.maxSurge}, maxUnavailable {limits.maxUnavailable} → 파드 최대 {params.replicas + limits.maxSurge}개, 사용 가능 최소{" "}
        {params.replicas - limits.maxUnavailable}개
      </p>
      <ul className="mt-1 list-disc pl-4 text-muted">
        {lines.slice(0, -1).map((l) => (
          <li key={l}>{l}</li>
        ))}
        <li>백분율은 replicas 기준으로 계산하며, maxSurge는 올림, maxUnavailable은 내림입니다.</li>
      </ul>
    </div>
  );
}

/** Per-strategy parameters. Changing one starts a new run (the diagram resets). */
export function ParamsPanel({ params, errors, onChange, showTraffic = false }: { params: RolloutParams; errors: ParamErrors; onChange: (p: RolloutParams) => void; showTraffic?: boolean }) {
  const set = <K extends keyof RolloutParams>(key: K, value: RolloutParams[K]) => onChange({ ...params, [key]: value });
  const st = params.strategy;
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <NumberField label="replicas" value={params.replicas} min={UI_LIMITS.replicas[0]} max={UI_LIMITS.replicas[1]} onChange={(v) => set("replicas", v)} error={errors.replicas} />
      {st === "RollingUpdate" ? (
        <>
          <TextField label="maxSurge (정수 또는 %)" value={params.maxSurge} onChange={(v) => set("maxSurge", v)} error={errors.maxSurge} placeholder="25%" />
          <TextField label="maxUnavailable (정수 또는 %)" value={params.maxUnavailable} onChange={(v) => set("maxUnavailable", v)} error={errors.maxUnavailable} placeholder="25%" />
          {!errors.maxSurge && !errors.maxUnavailable && !errors.replicas ? <Resolved params={params} /> : null}
        </>
      ) : null}
      <NumberField label="준비 지연 (Ready까지 틱)" value={params.readyAfter} min={0} max={UI_LIMITS.readyAfter[1]} onChange={(v) => set("readyAfter", v)} error={errors.readyAfter} />
      <NumberField label="종료 지연 (Terminating 틱)" value={params.terminateAfter} min={0} max={UI_LIMITS.terminateAfter[1]} onChange={(v) => set("terminateAfter", v)} error={errors.terminateAfter} />
      <NumberField
        label="progressDeadline (틱)"
        value={params.deadline}
        min={UI_LIMITS.deadline[0]}
        max={UI_LIMITS.deadline[1]}
        onChange={(v) => set("deadline", v)}
        error={errors.deadline}
        hint="이 틱 수 동안 진척이 없으면 ProgressDeadlineExceeded"
      />
      {st === "Canary" ? (
        <TextField
          label="카나리 단계"
          value={params.steps}
          onChange={(v) => set("steps", v)}
          error={errors.steps}
          placeholder="10, pause, 50, pause 3"
          hint="가중치(%)와 pause(무기한) 또는 pause N(틱)을 쉼표로"
        />
      ) : null}
      {st === "BlueGreen" ? (
        <>
          <NumberField label="전환 후 blue 유지 (틱)" value={params.scaleDownDelay} min={0} max={UI_LIMITS.scaleDownDelay[1]} onChange={(v) => set("scaleDownDelay", v)} error={errors.scaleDownDelay} />
          <Toggle label="green이 Ready가 되면 자동 전환 (autoPromotionEnabled)" checked={params.autoPromote} onChange={(v) => set("autoPromote", v)} />
        </>
      ) : null}
      {showTraffic ? (
        <>
          <NumberField label="틱당 요청 수" value={params.rps} min={0} max={UI_LIMITS.rps[1]} onChange={(v) => set("rps", v)} error={errors.rps} />
          <NumberField label="난수 시드" value={params.seed} min={-2147483648} max={2147483647} onChange={(v) => set("seed", Number.isInteger(v) ? v : 1)} />
        </>
      ) : null}
      <Toggle label="v2가 고장 (Ready가 되지 않음)" checked={params.broken} onChange={(v) => set("broken", v)} />
    </div>
  );
}
