"use client";
import type { Frame } from "@/lib/rollout";

/**
 * Narration of the shown tick in a polite live region, and the `kubectl describe` style event lines
 * of the recent ticks (newest first).
 */
export function EventLog({ frames, index }: { frames: Frame[]; index: number }) {
  const frame = frames[index];
  if (!frame) return null;
  const recent: { tick: number; key: string; text: string; warning: boolean; from: string }[] = [];
  for (let i = index; i >= 1 && recent.length < 8; i--) {
    frames[i].events.forEach((e, j) =>
      recent.push({ tick: frames[i].tick, key: `${i}-${j}`, text: `${e.reason}: ${e.message}`, warning: e.type === "Warning", from: e.from }),
    );
  }
  return (
    <div className="grid gap-2">
      <div aria-live="polite" aria-atomic="true" className="min-h-16 rounded-md border border-border bg-surface p-2 text-sm leading-relaxed">
        <span className="mr-1 text-xs font-semibold text-muted">틱 {frame.tick}</span>
        {frame.narration}
      </div>
      <div className="rounded-md border border-border">
        <p className="flex flex-wrap justify-between gap-x-2 border-b border-border px-2 py-1 text-xs text-muted">
          <span>이벤트 (kubectl describe)</span>
          {frame.condition ? (
            <span className="font-mono">
              Progressing {frame.conditionStatus} · {frame.condition}
            </span>
          ) : null}
        </p>
        <ol className="m-0! h-28 list-none! overflow-auto px-2! py-1 font-mono text-xs leading-5" aria-label="최근 이벤트">
          {recent.length === 0 ? <li className="mt-0! font-sans text-muted">아직 이벤트가 없습니다.</li> : null}
          {recent.map((r) => (
            <li key={r.key} className={`mt-0! ${r.warning ? "text-fail" : ""}`}>
              <span className="text-muted">t{r.tick} </span>
              <span className="text-muted">[{r.from}] </span>
              {r.text}
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
