import { LessonRolloutDiagram } from "./LessonRolloutDiagram";

/** Author-facing rollout components, spread by the lead into the MDX components map. */
export const rolloutMdxComponents = { RolloutDiagram: LessonRolloutDiagram };
