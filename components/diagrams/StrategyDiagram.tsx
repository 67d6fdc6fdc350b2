import { Arrow, Box, DiagramSvg, Label, MutedLabel, Pod, VERSION_CLASSES, VERSION_DASH, VERSION_FILL } from "./parts";
import { STRATEGY_SCENES, type Strategy, type GroupScene } from "./strategy-scenes";

/*
 * One static picture per deployment strategy: the entry point (Service or Ingress) on top, the v1
 * and v2 pod groups below, and the traffic share on each path. All four share one viewBox so the
 * animated RolloutDiagram can later take this exact box as its placeholder without layout shift.
 */

export const STRATEGY_DIAGRAM_VIEWBOX = { width: 360, height: 364 } as const;

const { width: W, height: H } = STRATEGY_DIAGRAM_VIEWBOX;
const GROUP_Y = 180;
const GROUP_H = 110;
const GROUP_W = 168;
const GROUP_X = { v1: 8, v2: W - 8 - GROUP_W } as const;
const POD = 40;
const POD_GAP = 10;
const FRONT_W = 224;
const FRONT_Y = 60;
const FRONT_H = 58;

function Group({ scene }: { scene: GroupScene }) {
  const x = GROUP_X[scene.version];
  const c = VERSION_CLASSES[scene.version];
  const podsWidth = scene.pods.length * POD + (scene.pods.length - 1) * POD_GAP;
  const podX0 = x + (GROUP_W - podsWidth) / 2;
  return (
    <g>
      <rect
        x={x}
        y={GROUP_Y}
        width={GROUP_W}
        height={GROUP_H}
        rx={12}
        strokeWidth={2}
        strokeDasharray={VERSION_DASH[scene.version]}
        className={`fill-none ${c.line}`}
      />
      <Label x={x + GROUP_W / 2} y={GROUP_Y + 19} size={14} weight={700} className={VERSION_FILL[scene.version]}>
        {scene.title}
      </Label>
      {scene.pods.map((state, i) => (
        <Pod
          key={i}
          x={podX0 + i * (POD + POD_GAP)}
          y={GROUP_Y + 36}
          version={scene.version}
          size={POD}
          gone={state === "gone"}
        />
      ))}
      <MutedLabel x={x + GROUP_W / 2} y={GROUP_Y + GROUP_H - 15} size={13}>
        {scene.status}
      </MutedLabel>
    </g>
  );
}

export function StrategyDiagram({ strategy }: { strategy: Strategy }) {
  const scene = STRATEGY_SCENES[strategy];
  return (
    <DiagramSvg width={W} height={H} title={scene.title} desc={scene.desc}>
      <Box x={W / 2 - 60} y={6} w={120} h={32} label="사용자 요청" size={14} />
      <Arrow x1={W / 2} y1={38} x2={W / 2} y2={FRONT_Y - 2} />
      <Box x={W / 2 - FRONT_W / 2} y={FRONT_Y} w={FRONT_W} h={FRONT_H} label={scene.front} sub={scene.frontSub} size={16} />

      {(["v1", "v2"] as const).map((v) => {
        const share = scene.traffic[v];
        const gx = GROUP_X[v] + GROUP_W / 2;
        const sx = v === "v1" ? W / 2 - 44 : W / 2 + 44;
        // Arrow thickness follows the share so the split is visible without reading the numbers;
        // an unused path is dashed and thin, with its share still written out.
        const width = share.percent === 0 ? 2 : 2 + (share.percent / 100) * 5;
        return (
          <g key={v}>
            <Arrow
              x1={sx}
              y1={FRONT_Y + FRONT_H}
              x2={gx}
              y2={GROUP_Y - 2}
              width={width}
              dashed={share.percent === 0}
              className={VERSION_CLASSES[v].line}
              headClassName={VERSION_FILL[v]}
            />
            <Label
              x={v === "v1" ? (sx + gx) / 2 - 10 : (sx + gx) / 2 + 10}
              y={(FRONT_Y + FRONT_H + GROUP_Y) / 2}
              anchor={v === "v1" ? "end" : "start"}
              size={15}
              weight={700}
              className={VERSION_FILL[v]}
            >
              {share.label}
            </Label>
          </g>
        );
      })}

      <Group scene={scene.groups.v1} />
      <Group scene={scene.groups.v2} />

      <Label x={W / 2} y={318} size={15} weight={600}>
        {scene.caption[0]}
      </Label>
      <MutedLabel x={W / 2} y={346} size={14}>
        {scene.caption[1]}
      </MutedLabel>
    </DiagramSvg>
  );
}
