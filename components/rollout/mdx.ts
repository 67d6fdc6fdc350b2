import { RolloutDiagram } from "./RolloutDiagramLazy";

/** Author-facing rollout components, spread by the lead into the MDX components map. */
export const rolloutMdxComponents = { RolloutDiagram };
