import type { Strategy } from "@/lib/rollout";

/**
 * Height of a lesson diagram's body (everything under the heading and caption) as it first appears:
 * tick 0, settings closed. Measured in the lesson column (tallest at 360 px below the sm breakpoint,
 * at 640 px above it), plus about 1rem of slack. A broken-v2 setup measures the same as a working
 * one. The static placeholder and the loaded simulator both take it, and the heading above it is
 * the same component in both, so nothing below the diagram moves when the simulator arrives.
 * e2e/rollout-placeholder.spec.ts fails if they drift apart.
 */
export const DIAGRAM_BODY_MIN_HEIGHT: Record<Strategy, string> = {
  Recreate: "min-h-[59rem] sm:min-h-[49.5rem]",
  RollingUpdate: "min-h-[61.5rem] sm:min-h-[52.5rem]",
  BlueGreen: "min-h-[58.5rem] sm:min-h-[50.5rem]",
  Canary: "min-h-[70.5rem] sm:min-h-[59.5rem] md:min-h-[56.5rem]",
};
