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
  Recreate: "min-h-[62.5rem] sm:min-h-[53rem]",
  RollingUpdate: "min-h-[65rem] sm:min-h-[56rem]",
  BlueGreen: "min-h-[62rem] sm:min-h-[54rem]",
  Canary: "min-h-[74rem] sm:min-h-[63rem] md:min-h-[59rem]",
};
