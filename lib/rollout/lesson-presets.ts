/**
 * A lesson's `<RolloutDiagram>`: the strategies' presets as the notes describe them, how the props an
 * author writes become parameters, and the one-line setup text shown above a diagram.
 */
import { DEFAULT_PARAMS, type RolloutParams } from "./params";
import type { Strategy } from "./types";

/** How each strategy is set up in the lesson, as the notes describe it (e.g. Canary at 90/10 first). */
export const LESSON_PRESETS: Record<Strategy, Partial<RolloutParams>> = {
  Recreate: { replicas: 4, readyAfter: 2, terminateAfter: 2 },
  RollingUpdate: { replicas: 10, maxSurge: "25%", maxUnavailable: "25%", readyAfter: 2, terminateAfter: 1 },
  BlueGreen: { replicas: 4, readyAfter: 2, terminateAfter: 1, scaleDownDelay: 3 },
  Canary: { replicas: 10, readyAfter: 2, terminateAfter: 1, steps: "10, pause 6, 50, pause 4" },
};

/** Props an author may set in MDX; anything left out comes from the strategy's preset. */
export interface RolloutDiagramSetup {
  strategy: Strategy;
  replicas?: number;
  maxSurge?: string | number;
  maxUnavailable?: string | number;
  readyAfter?: number;
  terminateAfter?: number;
  broken?: boolean;
  steps?: string;
  deadline?: number;
  scaleDownDelay?: number;
  autoPromote?: boolean;
  rps?: number;
  seed?: number;
}

export function paramsFromSetup(setup: RolloutDiagramSetup): RolloutParams {
  const p: RolloutParams = { ...DEFAULT_PARAMS, ...LESSON_PRESETS[setup.strategy], strategy: setup.strategy };
  const record = p as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(setup)) {
    if (value === undefined || key === "strategy" || !(key in p)) continue;
    record[key] = key === "maxSurge" || key === "maxUnavailable" ? String(value) : value;
  }
  return p;
}

/** One line describing the setup in text (the placeholder and the screen-reader summary use it). */
export function describeSetup(p: RolloutParams): string {
  const parts = [`replicas ${p.replicas}`];
  if (p.strategy === "RollingUpdate") parts.push(`maxSurge ${p.maxSurge}`, `maxUnavailable ${p.maxUnavailable}`);
  if (p.strategy === "Canary") parts.push(`단계 ${p.steps}`);
  if (p.strategy === "BlueGreen") parts.push(`전환 후 blue ${p.scaleDownDelay}틱 유지`);
  parts.push(`준비 ${p.readyAfter}틱`, `종료 ${p.terminateAfter}틱`);
  if (p.broken) parts.push("v2 고장");
  return parts.join(" · ");
}
