import { progressStepIds } from "@/lib/sandbox/missions";

/** How many objectives of a sandbox mission count on the course map (Mission 1: 8 docker + 8 containerd). */
export function missionStepCount(id: "mission1" | "mission2"): number {
  return progressStepIds(id).length;
}
