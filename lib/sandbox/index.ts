/** Public surface of the mission sandbox engine. */
export { createSandbox, restoreSandbox, normalizeUser, PROMPT, type Sandbox, type RunResult, type SandboxOptions } from "./sandbox";
export type { SandboxState, Scenario } from "./state";
export type { Completion } from "./complete";
export type { Chunk } from "./io";
export { layerModel, type LayerRow } from "./content";
export { MISSIONS, missionProgress, progressStepIds, type Mission, type MissionStep } from "./missions";
export { apiTesterFigures, ctrBytes, dockerSize, type SizeFigures } from "./figures";
