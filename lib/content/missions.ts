/**
 * How many objectives each sandbox mission has, for progress counts on the course map.
 * Mission 1: 8 docker + 8 containerd steps; Mission 2: the size experiment.
 */
const STEP_COUNTS: Record<"mission1" | "mission2", number> = { mission1: 16, mission2: 6 };

export function missionStepCount(id: "mission1" | "mission2"): number {
  return STEP_COUNTS[id];
}
