"use client";
import type { Frame } from "@/lib/rollout";

const W = 600;
const H = 100;

function path(frames: Frame[], value: (f: Frame) => number, max: number, n: number): string {
  const x = (i: number) => (i * W) / Math.max(1, n - 1);
  const y = (v: number) => 4 + (H - 8) * (1 - v / max);
  return frames.map((f, i) => `${i === 0 ? "M" : "L"}${x(i).toFixed(1)},${y(value(f)).toFixed(1)}`).join(" ");
}

/**
 * Ready pods per version and all pods over time, with a cursor at the shown tick. Lines differ by
 * colour and by dash (v2 dashed, total dotted); a visible legend names them. The SVG stretches to a
 * fixed height on every screen (non-scaling strokes); labels are HTML so they never distort.
 * Clicking seeks (the scrubber is the keyboard way to do the same).
 */
export function TimelineChart({ frames, index, end, onSeek }: { frames: Frame[]; index: number; end: number; onSeek: (i: number) => void }) {
  const shown = frames.slice(0, end + 1);
  const n = shown.length;
  if (n === 0) return null;
  const max = Math.max(1, ...shown.map((f) => f.total + f.terminating));
  const cx = (Math.min(index, n - 1) * W) / Math.max(1, n - 1);
  const colW = W / Math.max(1, n - 1);
  const outage = shown.map((f, i) => (f.servingReady === 0 && f.replicas > 0 ? i : -1)).filter((i) => i >= 0);
  return (
    <figure className="m-0">
      <div className="flex gap-1">
        <div aria-hidden="true" className="flex h-24 flex-col justify-between text-right text-[10px] tabular-nums text-muted">
          <span>{max}</span>
          <span>0</span>
        </div>
        <svg
          viewBox={`0 0 ${W} ${H}`}
          preserveAspectRatio="none"
          className="block h-24 w-full cursor-pointer border-b border-border"
          aria-hidden="true"
          onClick={(e) => {
            const r = e.currentTarget.getBoundingClientRect();
            onSeek(Math.round(((e.clientX - r.left) / r.width) * (n - 1)));
          }}
        >
          {outage.map((i) => (
            <rect key={i} x={(i - 0.5) * colW} y={0} width={colW} height={H} className="fill-fail-soft" />
          ))}
          <path d={path(shown, (f) => f.total + f.terminating, max, n)} vectorEffect="non-scaling-stroke" className="fill-none stroke-muted" strokeWidth={1.5} strokeDasharray="2 3" />
          <path d={path(shown, (f) => f.versions.v1.ready, max, n)} vectorEffect="non-scaling-stroke" className="fill-none stroke-v1" strokeWidth={2.5} />
          <path d={path(shown, (f) => f.versions.v2.ready, max, n)} vectorEffect="non-scaling-stroke" className="fill-none stroke-v2" strokeWidth={2.5} strokeDasharray="6 3" />
          <line x1={cx} x2={cx} y1={0} y2={H} vectorEffect="non-scaling-stroke" className="stroke-accent" strokeWidth={2} />
        </svg>
      </div>
      <figcaption className="mt-1 flex flex-wrap gap-x-3 text-xs text-muted">
        <span><span className="font-bold text-v1">━</span> v1 Ready</span>
        <span><span className="font-bold text-v2">╍</span> v2 Ready</span>
        <span><span className="font-bold">┈</span> 전체 파드(종료 중 포함)</span>
        <span><span className="inline-block h-2 w-3 bg-fail-soft align-middle" /> Ready 파드 없음</span>
        <span className="ml-auto tabular-nums">0–{n - 1}틱</span>
      </figcaption>
    </figure>
  );
}
