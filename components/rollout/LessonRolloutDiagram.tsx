import { paramsFromSetup, type RolloutDiagramSetup } from "@/lib/rollout";
import { STRATEGY_LABEL } from "./labels";
import { RolloutDiagramLazy } from "./RolloutDiagramLazy";
import { StaticRolloutDiagram } from "./StaticRolloutDiagram";

export interface LessonRolloutDiagramProps extends RolloutDiagramSetup {
  /** Heading of the box; defaults to "<strategy> 시뮬레이션". */
  title?: string;
  /** One-sentence takeaway, shown under the heading before and after the simulator loads. */
  caption?: string;
}

/**
 * Author-facing `<RolloutDiagram strategy="Canary" caption="…" />` (server component).
 * Every prop but `strategy` is optional and falls back to the strategy's lesson preset
 * (`lib/rollout/lesson-presets.ts`): replicas, maxSurge, maxUnavailable, readyAfter, terminateAfter, broken, deadline,
 * steps, scaleDownDelay, autoPromote, rps, seed.
 *
 * The static diagram and the setup are rendered here, on the server, into the page's HTML; the
 * interactive simulator replaces them when the reader nears it.
 */
export function LessonRolloutDiagram(props: LessonRolloutDiagramProps) {
  const params = paramsFromSetup(props);
  const label = props.title ?? `${STRATEGY_LABEL[params.strategy]} 시뮬레이션`;
  return <RolloutDiagramLazy {...props} placeholder={<StaticRolloutDiagram params={params} label={label} caption={props.caption} />} />;
}
