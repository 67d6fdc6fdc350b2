/** Figures for the playground's compare table. */
import type { Frame, Summary } from "./types";

export function summarize(frames: Frame[]): Summary {
  let downtimeTicks = 0;
  let failedRequests = 0;
  let peakPods = 0;
  let finishedAtTick: number | null = null;
  for (const f of frames) {
    if (f.servingReady === 0 && f.replicas > 0) downtimeTicks++;
    failedRequests += f.traffic.failed;
    peakPods = Math.max(peakPods, f.total + f.terminating);
    if (finishedAtTick === null && f.done && f.liveVersion === "v2") finishedAtTick = f.tick;
  }
  return { downtimeTicks, failedRequests, peakPods, finishedAtTick };
}
