"use client";
import type { Player } from "./useRolloutPlayer";
import { SPEEDS } from "./labels";
import { PauseIcon, PlayIcon, ResetIcon, StepBackIcon, StepForwardIcon } from "./icons";

const BTN =
  "inline-flex min-h-11 min-w-11 items-center justify-center gap-1 rounded-md border border-border bg-surface px-3 text-sm font-medium hover:bg-surface-2 disabled:opacity-50 disabled:cursor-not-allowed";

/** Play / pause, step back / forward, reset, speed and a scrubber — all native, keyboard-reachable controls. */
export function Controls({ player, label }: { player: Player; label: string }) {
  const { index, end, playing } = player;
  return (
    <div role="group" aria-label={`${label} 재생 조작`} className="flex flex-wrap items-center gap-2">
      <button type="button" className={BTN} onClick={player.reset} aria-label="처음으로 되돌리기">
        <ResetIcon />
        <span className="sr-only sm:not-sr-only">처음</span>
      </button>
      <button type="button" className={BTN} onClick={() => player.step(-1)} disabled={index <= 0} aria-label="한 틱 뒤로">
        <StepBackIcon />
      </button>
      <button
        type="button"
        className={`${BTN} min-w-24 border-accent`}
        onClick={player.toggle}
        aria-label={playing ? "일시정지" : "재생"}
        data-testid="play"
      >
        {playing ? <PauseIcon /> : <PlayIcon />}
        {playing ? "일시정지" : "재생"}
      </button>
      <button type="button" className={BTN} onClick={() => player.step(1)} disabled={index >= player.frames.length - 1} aria-label="한 틱 앞으로">
        <StepForwardIcon />
      </button>
      <label className="flex items-center gap-1 text-sm">
        <span className="text-muted">속도</span>
        <select
          className="min-h-11 rounded-md border border-border bg-bg px-2"
          value={player.speed}
          onChange={(e) => player.setSpeed(Number(e.target.value))}
        >
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </label>
      <label className="flex min-w-40 flex-1 items-center gap-2 text-sm">
        <span className="shrink-0 text-xs tabular-nums text-muted" aria-hidden="true">
          틱 {index}/{end}
        </span>
        <input
          type="range"
          className="min-h-11 w-full accent-[var(--accent)]"
          min={0}
          max={Math.max(end, index)}
          value={index}
          aria-label="틱 이동"
          aria-valuetext={`틱 ${index} / ${end}`}
          onChange={(e) => {
            player.pause();
            player.setIndex(Number(e.target.value));
          }}
        />
      </label>
    </div>
  );
}
