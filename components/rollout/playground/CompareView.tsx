"use client";
import { LazyMotion, useReducedMotion } from "framer-motion";
import type { RolloutParams } from "@/lib/rollout";
import { Controls } from "../Controls";
import { STRATEGY_LABEL } from "../labels";
import { podSummary } from "../PodGroups";
import { RolloutStage } from "../RolloutStage";
import { SummaryTable } from "./SummaryTable";
import { useComparePlayer } from "./useComparePlayer";

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
          {runs.map((r) => {
            const f = r.frames[Math.min(i, r.frames.length - 1)];
            return (
              <section key={r.strategy} aria-label={`${STRATEGY_LABEL[r.strategy]} 비교`} data-testid={`compare-${r.strategy}`} className="grid content-start gap-2 rounded-xl border border-border p-3">
                <h2 className="text-base font-bold">{STRATEGY_LABEL[r.strategy]}</h2>
                {r.error ? <p className="text-sm text-fail">✕ {r.error}</p> : null}
                {f ? (
                  <>
                    <RolloutStage frame={f} reduced={reduced} showDots={player.playing} dotDuration={Math.min(0.8, 0.8 / player.speed)} />
                    <p className="text-xs text-muted">{f.narration}</p>
                  </>
                ) : null}
              </section>
            );
          })}
        </div>
        <SummaryTable runs={runs} />
      </div>
    </LazyMotion>
  );
}
