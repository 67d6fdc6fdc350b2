import { ArgoCdTopologyDiagram } from "./ArgoCdTopologyDiagram";
import { PipelineFlowDiagram } from "./PipelineFlowDiagram";
import { StrategyDiagram } from "./StrategyDiagram";

/** Author-facing diagram components, spread by the lead into the MDX components map. */
export const diagramMdxComponents = {
  PipelineFlowDiagram,
  ArgoCdTopologyDiagram,
  StrategyDiagram,
};
