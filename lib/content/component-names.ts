/**
 * Every component an author may use in a lesson's MDX, by the name written in the MDX.
 * The validator (check:content) rejects any other capitalised JSX tag, and the MDX components
 * map in components/mdx/ is typed against this list, so the two cannot drift apart.
 * Add one line here when a feature adds an author-facing component.
 */
export const AUTHOR_COMPONENTS = [
  // core (components/mdx/)
  "Callout",
  "Terminal",
  "Steps",
  "Details",
  "Figure",
  // diagrams and tool map (components/diagrams/, components/tool-map/)
  "PipelineFlowDiagram",
  "ArgoCdTopologyDiagram",
  "StrategyDiagram",
  "ToolMap",
  // rollout (components/rollout/), quiz (components/quiz/), sandbox (components/sandbox/)
  "RolloutDiagram",
  "Quiz",
  "QuizQuestion",
  "Sandbox",
] as const;

export type AuthorComponentName = (typeof AUTHOR_COMPONENTS)[number];
