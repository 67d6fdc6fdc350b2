"use client";
import { startTransition, useEffect, useMemo, useState } from "react";
import { initialFrame, paramsToScenario, simulate, STRATEGY_LIST, type Frame, type RolloutParams, type Strategy } from "@/lib/rollout";
import { restEnd, type Player } from "../useRolloutPlayer";

const HORIZON = 80;

export interface CompareRun {
  strategy: Strategy;
  frames: Frame[];
  end: number;
  error: string | null;
}

/**
 * All four strategies on the same parameters, traffic and seed, under one clock. Blue/Green switches
 * by itself here (autoPromotionEnabled) so every column can finish without a person.
 */
export function useComparePlayer(params: RolloutParams): { runs: CompareRun[]; player: Player } {
  const runs = useMemo(
    () =>
      STRATEGY_LIST.map((strategy): CompareRun => {
        try {
          const scenario = paramsToScenario({ ...params, strategy, autoPromote: true }, [], HORIZON);
          const frames = [initialFrame(scenario), ...simulate(scenario)];
          return { strategy, frames, end: restEnd(frames), error: null };
        } catch (e) {
          return { strategy, frames: [], end: 0, error: e instanceof Error ? e.message : String(e) };
        }
      }),
    [params],
  );
  const end = Math.max(0, ...runs.map((r) => r.end));
  const [index, setIndexState] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(1);
  useEffect(() => setIndexState(0), [params]);
  useEffect(() => {
    if (!playing) return;
    if (index >= end) {
      setPlaying(false);
      return;
    }
    // A tick is a transition: React renders it in small slices between frames instead of one long task.
    const timer = setTimeout(() => startTransition(() => setIndexState((i) => i + 1)), 1000 / speed);
    return () => clearTimeout(timer);
  }, [playing, index, end, speed]);

  const longest = runs.reduce((a, b) => (b.frames.length > a.frames.length ? b : a), runs[0]);
  const clamp = (i: number) => Math.max(0, Math.min(i, end));
  const player: Player = {
    frames: longest.frames.slice(0, end + 1),
    frame: longest.frames[index] ?? null,
    index,
    end,
    playing,
    speed,
    error: null,
    setIndex: (i) => setIndexState(clamp(i)),
    play: () => setPlaying(true),
    pause: () => setPlaying(false),
    toggle: () => {
      if (playing) return setPlaying(false);
      if (index >= end) setIndexState(0);
      setPlaying(true);
    },
    step: (d) => {
      setPlaying(false);
      setIndexState((i) => clamp(i + d));
    },
    reset: () => {
      setPlaying(false);
      setIndexState(0);
    },
    setSpeed,
    act: () => undefined,
  };
  return { runs, player };
}
