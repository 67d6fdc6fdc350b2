"use client";
import type { Frame } from "@/lib/rollout";

const W = 600;
const H = 110;
const PAD = { l: 28, r: 8, t: 8, b: 18 };

function path(frames: Frame[], value: (f: Frame) => number, max: number, n: number): string {
  const x = (i: number) => PAD.l + (i * (W - PAD.l - PAD.r)) / Math.max(1, n - 1);
  const y = (v: number) => PAD.t + (H - PAD.t - PAD.b) * (1 - v / max);
  return frames.map((f, i) => `${i === 0 ? "M" : "L"}${x(i).toFixed(1)},${y(value(f)).toFixed(1)}`).join(" ");
}

/**
 * Ready pods per version and all pods over time, with a cursor at the shown tick. Lines differ by
 * colour and by dash (v2 dashed, total dotted); a visible legend names them. Clicking seeks.
 */
export function TimelineChart({ frames, index, end, onSeek }: { frames: Frame[]; index: number; end: number; onSeek: (i: number) => void }) {
  const shown = frames.slice(0, end + 1);
  const n = shown.length;
  if (n === 0) return null;
  const max = Math.max(1, ...shown.map((f) => f.total + f.terminating));
  const cx = PAD.l + (Math.min(index, n - 1) * (W - PAD.l - PAD.r)) / Math.max(1, n - 1);
  const outage = shown.map((f, i) => (f.servingReady === 0 && f.replicas > 0 ? i : -1)).filter((i) => i >= 0);
  const colW = (W - PAD.l - PAD.r) / Math.max(1, n - 1);
  return (
    <figure className="m-0">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        className="block h-auto w-full cursor-pointer"
        aria-hidden="true"
        onClick={(e) => {
          const r = e.currentTarget.getBoundingClientRect();
          const px = ((e.clientX - r.left) / r.width) * W;
          onSeek(Math.round(((px - PAD.l) / (W - PAD.l - PAD.r)) * (n - 1)));
        }}
      >
        {outage.map((i) => (
          <rect key={i} x={PAD.l + (i - 0.5) * colW} y={PAD.t} width={colW} height={H - PAD.t - PAD.b} className="fill-fail-soft" />
        ))}
        <line x1={PAD.l} x2={W - PAD.r} y1={H - PAD.b} y2={H - PAD.b} className="stroke-border" />
        <text x={PAD.l - 4} y={PAD.t + 8} textAnchor="end" className="fill-muted text-[10px]">{max}</text>
        <text x={PAD.l - 4} y={H - PAD.b} textAnchor="end" className="fill-muted text-[10px]">0</text>
        <path d={path(shown, (f) => f.total + f.terminating, max, n)} className="fill-none stroke-muted" strokeWidth={1.5} strokeDasharray="2 3" />
        <path d={path(shown, (f) => f.versions.v1.ready, max, n)} className="fill-none stroke-v1" strokeWidth={2.5} />
        <path d={path(shown, (f) => f.versions.v2.ready, max, n)} className="fill-none stroke-v2" strokeWidth={2.5} strokeDasharray="6 3" />
        <line x1={cx} x2={cx} y1={PAD.t} y2={H - PAD.b} className="stroke-accent" strokeWidth={2} />
        <text x={W - PAD.r} y={H - 4} textAnchor="end" className="fill-muted text-[10px]">틱 {n - 1}</text>
      </svg>
      <figcaption className="mt-1 flex flex-wrap gap-x-3 text-xs text-muted">
        <span><span className="text-v1 font-bold">━</span> v1 Ready</span>
        <span><span className="text-v2 font-bold">╍</span> v2 Ready</span>
        <span><span className="font-bold">┈</span> 전체 파드(종료 중 포함)</span>
        <span><span className="inline-block h-2 w-3 bg-fail-soft align-middle" /> Ready 파드 없음</span>
      </figcaption>
    </figure>
  );
}
