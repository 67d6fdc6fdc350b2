"use client";
import { LazyMotion, useReducedMotion } from "framer-motion";
import { memo } from "react";
import type { Frame, RolloutParams } from "@/lib/rollout";
import { Controls } from "../Controls";
import { STRATEGY_LABEL } from "../labels";
import { podSummary } from "../PodGroups";
import { RolloutStage } from "../RolloutStage";
import { SummaryTable } from "./SummaryTable";
import { useComparePlayer, type CompareRun } from "./useComparePlayer";

const loadFeatures = () => import("../motion-features").then((m) => m.default);

/** Four strategies side by side under one clock, then the summary table. */
export function CompareView({ params }: { params: RolloutParams }) {
  const { runs, player } = useComparePlayer(params);
  const reduced = useReducedMotion() ?? false;
  const i = player.index;
  const live = runs
    .map((r) => {
      const f = r.frames[Math.min(i, r.frames.length - 1)];
      return f ? `${STRATEGY_LABEL[r.strategy]}: ${podSummary(f)}` : "";
    })
    .join(" / ");
  return (
    <LazyMotion features={loadFeatures} strict>
      <div className="grid gap-4" data-testid="compare">
        <Controls player={player} label="네 전략 비교" />
        <p aria-live="polite" className="sr-only">
          틱 {i}. {live}
        </p>
        <div className="grid gap-3 lg:grid-cols-2">
          {runs.map((r) => (
            <CompareColumn key={r.strategy} run={r} frame={r.frames[Math.min(i, r.frames.length - 1)]} reduced={reduced} playing={player.playing} speed={player.speed} />
          ))}
        </div>
        <SummaryTable runs={runs} />
      </div>
    </LazyMotion>
  );
}

/**
 * One strategy's column. Memoised on the frame: a strategy that finished early keeps its last frame
 * and stops re-rendering while the others play on.
 */
const CompareColumn = memo(function CompareColumn({ run, frame, reduced, playing, speed }: { run: CompareRun; frame: Frame | undefined; reduced: boolean; playing: boolean; speed: number }) {
  return (
    <section aria-label={`${STRATEGY_LABEL[run.strategy]} 비교`} data-testid={`compare-${run.strategy}`} className="grid content-start gap-2 rounded-xl border border-border p-3 [contain:layout]">
      <h2 className="text-base font-bold">{STRATEGY_LABEL[run.strategy]}</h2>
      {run.error ? <p className="text-sm text-fail">✕ {run.error}</p> : null}
      {frame ? (
        <>
          <RolloutStage frame={frame} reduced={reduced} showDots={playing} dotDuration={Math.min(0.8, 0.8 / speed)} />
          <p className="text-xs text-muted">{frame.narration}</p>
        </>
      ) : null}
    </section>
  );
});
