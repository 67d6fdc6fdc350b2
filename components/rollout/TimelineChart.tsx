"use client";
import { useId, useMemo, type MouseEvent } from "react";
import type { Frame } from "@/lib/rollout";

/** viewBox width and the heights of the two panels (pods, then traffic). */
const W = 600;
const H = 100;
const TH = 36;

function linePath(frames: Frame[], value: (f: Frame) => number, max: number): string {
  const n = frames.length;
  const x = (i: number) => (i * W) / Math.max(1, n - 1);
  const y = (v: number) => 4 + (H - 8) * (1 - v / max);
  return frames.map((f, i) => `${i === 0 ? "M" : "L"}${x(i).toFixed(1)},${y(value(f)).toFixed(1)}`).join(" ");
}

/**
 * One path per series for the traffic panel: a column per tick, stacked bottom-up v1, v2, failed,
 * each as its share of the requests sent that tick. Three paths instead of a rect per tick and
 * series keep the SVG small when a run is long.
 */
function trafficPaths(frames: Frame[]) {
  const n = frames.length;
  const colW = W / Math.max(1, n - 1);
  const out = { v1: "", v2: "", failed: "" };
  frames.forEach((f, i) => {
    const sent = f.traffic.v1 + f.traffic.v2 + f.traffic.failed;
    if (sent === 0) return;
    const x0 = Math.max(0, i * colW - colW / 2);
    const w = Math.min(W, i * colW + colW / 2) - x0;
    let bottom = TH;
    for (const key of ["v1", "v2", "failed"] as const) {
      const h = (f.traffic[key] / sent) * TH;
      if (h > 0) out[key] += `M${x0.toFixed(1)},${(bottom - h).toFixed(2)}h${w.toFixed(1)}v${h.toFixed(2)}h${(-w).toFixed(1)}z`;
      bottom -= h;
    }
  });
  return out;
}

interface Series {
  n: number;
  max: number;
  total: string;
  v1: string;
  v2: string;
  outage: number[];
  traffic: ReturnType<typeof trafficPaths>;
  sentAny: boolean;
  failedTotal: number;
}

function series(frames: Frame[]): Series {
  const max = Math.max(1, ...frames.map((f) => f.total + f.terminating));
  return {
    n: frames.length,
    max,
    total: linePath(frames, (f) => f.total + f.terminating, max),
    v1: linePath(frames, (f) => f.versions.v1.ready, max),
    v2: linePath(frames, (f) => f.versions.v2.ready, max),
    outage: frames.map((f, i) => (f.servingReady === 0 && f.replicas > 0 ? i : -1)).filter((i) => i >= 0),
    traffic: trafficPaths(frames),
    sentAny: frames.some((f) => f.traffic.v1 + f.traffic.v2 + f.traffic.failed > 0),
    failedTotal: frames.reduce((sum, f) => sum + f.traffic.failed, 0),
  };
}

/**
 * Under the stage: Ready pods per version and all pods over time, then each tick's requests split
 * by the version that served them and the failures, with a cursor at the shown tick. Lines differ by
 * colour and by dash (v2 dashed, total dotted), bars by colour and by pattern (v2 striped); a visible
 * legend names them. The SVGs stretch to a fixed height (non-scaling strokes); labels are HTML so
 * they never distort. The series are computed once per run, so a tick only moves the cursor.
 * Clicking seeks (the scrubber is the keyboard way to do the same).
 */
export function TimelineChart({ frames, index, end, onSeek }: { frames: Frame[]; index: number; end: number; onSeek: (i: number) => void }) {
  const id = useId();
  const s = useMemo(() => series(frames.slice(0, end + 1)), [frames, end]);
  if (s.n === 0) return null;
  const colW = W / Math.max(1, s.n - 1);
  const cx = (Math.min(index, s.n - 1) * W) / Math.max(1, s.n - 1);
  const seek = (e: MouseEvent<SVGSVGElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    onSeek(Math.round(((e.clientX - r.left) / r.width) * (s.n - 1)));
  };
  const cursor = (height: number) => <line x1={cx} x2={cx} y1={0} y2={height} vectorEffect="non-scaling-stroke" className="stroke-accent" strokeWidth={2} />;
  // useId may contain characters that are awkward inside url(#…): keep the safe ones.
  const safeId = id.replace(/[^\w-]/g, "");
  const stripes = `v2-stripes-${safeId}`;
  const crosses = `failed-crosses-${safeId}`;
  return (
    <figure className="m-0 grid gap-1">
      <div className="flex gap-1">
        <div aria-hidden="true" className="flex h-24 w-5 shrink-0 flex-col justify-between text-right text-[10px] tabular-nums text-muted">
          <span>{s.max}</span>
          <span>0</span>
        </div>
        <svg viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" className="block h-24 w-full cursor-pointer border-b border-border" aria-hidden="true" onClick={seek}>
          {s.outage.map((i) => (
            <rect key={i} x={(i - 0.5) * colW} y={0} width={colW} height={H} className="fill-fail-soft" />
          ))}
          <path d={s.total} vectorEffect="non-scaling-stroke" className="fill-none stroke-muted" strokeWidth={1.5} strokeDasharray="2 3" />
          <path d={s.v1} vectorEffect="non-scaling-stroke" className="fill-none stroke-v1" strokeWidth={2.5} />
          <path d={s.v2} vectorEffect="non-scaling-stroke" className="fill-none stroke-v2" strokeWidth={2.5} strokeDasharray="6 3" />
          {cursor(H)}
        </svg>
      </div>
      {s.sentAny ? (
        <div className="flex gap-1">
          <div aria-hidden="true" className="flex h-9 w-5 shrink-0 items-center justify-end text-[10px] text-muted">
            요청
          </div>
          <svg viewBox={`0 0 ${W} ${TH}`} preserveAspectRatio="none" className="block h-9 w-full cursor-pointer" aria-hidden="true" onClick={seek}>
            <defs>
              <pattern id={stripes} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect width={6} height={6} className="fill-v2" />
                <rect width={2} height={6} className="fill-bg" opacity={0.55} />
              </pattern>
              {/* Failures are cross-hatched, so they differ from v1's solid bars by more than colour. */}
              <pattern id={crosses} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect width={6} height={6} className="fill-fail" />
                <rect width={1.5} height={6} className="fill-bg" opacity={0.6} />
                <rect width={6} height={1.5} className="fill-bg" opacity={0.6} />
              </pattern>
            </defs>
            <path d={s.traffic.v1} className="fill-v1" />
            <path d={s.traffic.v2} fill={`url(#${stripes})`} />
            <path d={s.traffic.failed} fill={`url(#${crosses})`} />
            {cursor(TH)}
          </svg>
        </div>
      ) : null}
      <figcaption className="flex flex-wrap gap-x-3 text-xs text-muted">
        <span><span className="font-bold text-v1">━</span> v1 Ready</span>
        <span><span className="font-bold text-v2">╍</span> v2 Ready</span>
        <span><span className="font-bold">┈</span> 전체 파드(종료 중 포함)</span>
        <span><span className="inline-block h-2 w-3 bg-fail-soft align-middle" /> Ready 파드 없음</span>
        {s.sentAny ? (
          <span data-testid="traffic-legend">
            요청 비율: <span className="inline-block h-2 w-3 bg-v1 align-middle" /> v1{" "}
            <span className="inline-block h-2 w-3 bg-v2 align-middle" style={{ backgroundImage: "repeating-linear-gradient(45deg, transparent 0 2px, rgb(255 255 255 / 0.55) 2px 3px)" }} /> v2{" "}
            <span className="inline-block h-2 w-3 bg-fail align-middle" style={{ backgroundImage: "repeating-linear-gradient(45deg, transparent 0 2px, rgb(255 255 255 / 0.6) 2px 3px), repeating-linear-gradient(-45deg, transparent 0 2px, rgb(255 255 255 / 0.6) 2px 3px)" }} /> 실패 (합계 {s.failedTotal}개)
          </span>
        ) : null}
        <span className="ml-auto tabular-nums">0–{s.n - 1}틱</span>
      </figcaption>
    </figure>
  );
}
