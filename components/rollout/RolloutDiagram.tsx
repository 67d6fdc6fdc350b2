"use client";
import { LazyMotion, useReducedMotion } from "framer-motion";
import { useEffect, useMemo, useState } from "react";
import { describeSetup, paramErrors, paramsFromSetup, type RolloutDiagramSetup, type RolloutParams } from "@/lib/rollout";
import { ActionBar } from "./ActionBar";
import { CanarySteps } from "./CanarySteps";
import { DiagramHeader } from "./DiagramHeader";
import { Controls } from "./Controls";
import { EventLog } from "./EventLog";
import { STRATEGY_LABEL } from "./labels";
import { ParamsPanel } from "./ParamsPanel";
import { RolloutStage } from "./RolloutStage";
import { TimelineChart } from "./TimelineChart";
import { useRolloutPlayer } from "./useRolloutPlayer";

const loadFeatures = () => import("./motion-features").then((m) => m.default);

export interface RolloutDiagramProps extends RolloutDiagramSetup {
  title?: string;
  /** One-sentence takeaway under the heading (lessons set it; the static placeholder shows it too). */
  caption?: string;
  /** Extra classes for everything under the heading (a lesson gives it the placeholder's height). */
  bodyClassName?: string;
  /** Open the parameter panel by default (the playground does). */
  paramsOpen?: boolean;
  showTraffic?: boolean;
  /** Controlled use (playground): called with every valid parameter change. */
  onParamsChange?: (p: RolloutParams) => void;
  initialParams?: RolloutParams;
  onReady?: () => void;
}

/** The animated rollout simulator: one strategy, its controls, chart, events and parameters. */
export function RolloutDiagram(props: RolloutDiagramProps) {
  const { onReady, onParamsChange } = props;
  const [draft, setDraft] = useState<RolloutParams>(() => props.initialParams ?? paramsFromSetup(props));
  const errors = useMemo(() => paramErrors(draft), [draft]);
  const [applied, setApplied] = useState(draft);
  useEffect(() => {
    if (Object.keys(errors).length === 0) {
      setApplied(draft);
      onParamsChange?.(draft);
    }
  }, [draft, errors, onParamsChange]);
  useEffect(() => onReady?.(), [onReady]);

  const player = useRolloutPlayer(applied);
  const reduced = useReducedMotion() ?? false;
  const label = props.title ?? `${STRATEGY_LABEL[applied.strategy]} 시뮬레이션`;
  const frame = player.frame;

  return (
    <LazyMotion features={loadFeatures} strict>
      <section aria-label={label} data-testid={`rollout-${applied.strategy}`} className="not-prose grid gap-3 rounded-xl border border-border bg-bg p-3 sm:p-4">
        <DiagramHeader label={label} setup={describeSetup(applied)} caption={props.caption} />
        <div className={`grid content-start gap-3 ${props.bodyClassName ?? ""}`}>
          {player.error ? <p className="text-sm text-fail">✕ {player.error}</p> : null}
          {frame ? (
            <>
              <RolloutStage frame={frame} reduced={reduced} showDots={player.playing} dotDuration={Math.min(0.8, 0.8 / player.speed)} />
              {applied.strategy === "Canary" ? <CanarySteps steps={applied.steps} frame={frame} /> : null}
              <TimelineChart frames={player.frames} index={player.index} end={player.end} onSeek={(i) => (player.pause(), player.setIndex(i))} />
              <Controls player={player} label={label} />
              <ActionBar strategy={applied.strategy} player={player} />
              <EventLog frames={player.frames} index={player.index} />
            </>
          ) : null}
          <details open={props.paramsOpen} className="rounded-md border border-border p-2">
            <summary className="flex min-h-11 cursor-pointer items-center text-sm font-medium">설정 바꾸기</summary>
            <div className="pt-2">
              <ParamsPanel params={draft} errors={errors} onChange={setDraft} showTraffic={props.showTraffic} />
            </div>
          </details>
        </div>
      </section>
    </LazyMotion>
  );
}
