/** Shared helpers for the rollout tests (not part of the engine). */
import { simulate } from "./simulate";
import type { Frame, Scenario } from "./types";

export const triple = (f: Frame): [number, number, number] => [f.oldReady, f.newReady, f.total];

export function run(s: Partial<Scenario> & Pick<Scenario, "strategy" | "replicas">): Frame[] {
  return simulate({ ticks: 20, ...s });
}
