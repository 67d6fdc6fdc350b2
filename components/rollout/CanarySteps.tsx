"use client";
import { parseSteps, type Frame } from "@/lib/rollout";

/** The canary plan as a list, the current step marked in text (not only by colour). */
export function CanarySteps({ steps, frame }: { steps: string; frame: Frame }) {
  const parsed = parseSteps(steps);
  if (!Array.isArray(parsed) || !frame.canary) return null;
  const c = frame.canary;
  return (
    <ol aria-label="카나리 단계 진행" className="m-0! flex list-none! flex-wrap gap-1 pl-0! text-xs">
      {parsed.map((s, i) => {
        const done = i < c.stepIndex || c.status === "promoted";
        const current = i === c.stepIndex && c.status !== "promoted" && c.status !== "aborted";
        const text = "setWeight" in s ? `가중치 ${s.setWeight}%` : s.pause === null ? "멈춤 (promote 대기)" : `멈춤 ${s.pause}틱`;
        return (
          <li
            key={i}
            aria-current={current ? "step" : undefined}
            className={`mt-0! rounded border px-2 py-1 ${current ? "border-accent font-semibold" : "border-border"} ${done ? "text-muted" : ""}`}
          >
            {done ? "✓ " : current ? "▶ " : ""}
            {text}
            {current && c.pauseLeft !== null ? ` (${c.pauseLeft}틱 남음)` : ""}
          </li>
        );
      })}
      <li className={`mt-0! rounded border px-2 py-1 ${c.status === "promoted" ? "border-accent font-semibold" : "border-border"}`}>
        {c.status === "promoted" ? "✓ " : ""}승격
      </li>
      {c.status === "aborted" ? <li className="mt-0! rounded border border-fail px-2 py-1 font-semibold text-fail">✕ 중단됨</li> : null}
    </ol>
  );
}
