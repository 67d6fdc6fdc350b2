"use client";
import { startTransition, useCallback, useEffect, useMemo, useState } from "react";
import { initialFrame, paramsToScenario, simulate, type Frame, type RolloutParams, type ScenarioEvent } from "@/lib/rollout";

/** How far ahead the simulation runs; actions near the end push it further. */
const HORIZON = 60;
/** Ticks shown after the rollout is at rest, so the ending is visible. */
const TAIL = 2;

export type ActionType = Exclude<ScenarioEvent["type"], "scale">;

export interface Player {
  frames: Frame[];
  frame: Frame | null;
  index: number;
  /** Last index worth playing to (rest reached, or the horizon). */
  end: number;
  playing: boolean;
  speed: number;
  error: string | null;
  setIndex: (i: number) => void;
  play: () => void;
  pause: () => void;
  toggle: () => void;
  step: (delta: number) => void;
  reset: () => void;
  setSpeed: (s: number) => void;
  /** A person acts now: the action lands on the next tick (events after it are dropped). */
  act: (type: ActionType, extra?: { full?: boolean }) => void;
}

export function restEnd(frames: Frame[]): number {
  // From the first frame after which the cluster stays at rest, plus a short tail.
  const last = frames.length - 1;
  if (!frames[last].done) return last;
  let i = last;
  while (i > 1 && frames[i - 1].done) i--;
  return Math.min(last, i + TAIL);
}

export function useRolloutPlayer(params: RolloutParams, options: { autoPlay?: boolean } = {}): Player {
  const [actions, setActions] = useState<ScenarioEvent[]>([]);
  const [horizon, setHorizon] = useState(HORIZON);
  const [index, setIndexState] = useState(0);
  const [playing, setPlaying] = useState(options.autoPlay ?? false);
  const [speed, setSpeed] = useState(1);

  // New parameters start a new run.
  useEffect(() => {
    setActions([]);
    setHorizon(HORIZON);
    setIndexState(0);
  }, [params]);

  const { frames, error } = useMemo(() => {
    try {
      const scenario = paramsToScenario(params, actions, horizon);
      return { frames: [initialFrame(scenario), ...simulate(scenario)], error: null };
    } catch (e) {
      return { frames: [] as Frame[], error: e instanceof Error ? e.message : String(e) };
    }
  }, [params, actions, horizon]);

  const end = frames.length > 0 ? restEnd(frames) : 0;
  const clamped = Math.min(index, Math.max(0, frames.length - 1));

  useEffect(() => {
    if (!playing) return;
    if (clamped >= end) {
      setPlaying(false);
      return;
    }
    // A tick is a transition: React renders it in small slices between frames instead of one long task.
    const timer = setTimeout(() => startTransition(() => setIndexState((i) => i + 1)), 1000 / speed);
    return () => clearTimeout(timer);
  }, [playing, clamped, end, speed]);

  const setIndex = useCallback((i: number) => setIndexState(Math.max(0, Math.min(i, frames.length - 1))), [frames.length]);
  const step = useCallback(
    (delta: number) => {
      setPlaying(false);
      setIndexState((i) => Math.max(0, Math.min(i + delta, frames.length - 1)));
    },
    [frames.length],
  );
  const reset = useCallback(() => {
    setPlaying(false);
    setActions([]);
    setHorizon(HORIZON);
    setIndexState(0);
  }, []);
  const act = useCallback(
    (type: ActionType, extra?: { full?: boolean }) => {
      const at = clamped + 1;
      setActions((prev) => {
        const kept = prev.filter((e) => e.at < at);
        const event = (type === "promote" ? { at, type, full: extra?.full === true } : { at, type }) as ScenarioEvent;
        return [...kept, event];
      });
      setHorizon((h) => Math.max(h, at + HORIZON));
      setIndexState(at);
      setPlaying(true);
    },
    [clamped],
  );

  return {
    frames,
    frame: frames[clamped] ?? null,
    index: clamped,
    end,
    playing,
    speed,
    error,
    setIndex,
    play: () => {
      if (clamped >= end) setIndexState(0);
      setPlaying(true);
    },
    pause: () => setPlaying(false),
    toggle: () => {
      if (playing) return setPlaying(false);
      if (clamped >= end) setIndexState(0);
      setPlaying(true);
    },
    step,
    reset,
    setSpeed,
    act,
  };
}
