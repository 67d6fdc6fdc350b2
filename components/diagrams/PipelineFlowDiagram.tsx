import { Arrow, Box, DiagramSvg, Label, MutedLabel } from "./parts";

/*
 * ci_cd_flow1 of the notes (the image never existed): the same three stages drawn twice —
 * once inside a single Jenkins pipeline owned by one team, once as three pipelines with their own
 * owners connected by triggers. Stacked vertically so it stays readable on a phone.
 */

const W = 480;
const H = 400;
const STAGE_W = 124;
const STAGE_X = [18, 178, 338];

const STAGES = ["소스 빌드", "컨테이너 빌드", "배포"] as const;
const OWNERS = ["개발팀", "플랫폼팀", "운영팀"] as const;

export function PipelineFlowDiagram() {
  return (
    <DiagramSvg
      width={W}
      height={H}
      title="CI/CD 파이프라인: 통합형과 분리형"
      desc="위: Jenkins 파이프라인 하나가 소스 빌드, 컨테이너 빌드, 배포를 차례로 모두 실행하고 한 팀이 전체를 관리한다. 아래: 같은 세 단계를 단계마다 별도의 파이프라인으로 나누고 개발팀, 플랫폼팀, 운영팀이 각각 맡으며, 앞 파이프라인이 끝나면 트리거가 다음 파이프라인을 실행한다."
    >
      {/* ① integrated */}
      <Label x={12} y={20} anchor="start" size={18} weight={700}>
        ① 통합: Jenkins 파이프라인 하나
      </Label>
      <rect
        x={6}
        y={40}
        width={W - 12}
        height={118}
        rx={14}
        strokeWidth={2}
        className="fill-none stroke-slate-500 dark:stroke-slate-400"
      />
      {STAGES.map((s, i) => (
        <Box key={s} x={STAGE_X[i]} y={56} w={STAGE_W} h={56} label={s} size={16} />
      ))}
      <Arrow x1={STAGE_X[0] + STAGE_W} y1={84} x2={STAGE_X[1]} y2={84} />
      <Arrow x1={STAGE_X[1] + STAGE_W} y1={84} x2={STAGE_X[2]} y2={84} />
      <MutedLabel x={W / 2} y={136} size={16}>
        담당: 한 팀 · 한 번 실행으로 배포까지
      </MutedLabel>

      {/* ② split, connected by triggers */}
      <Label x={12} y={196} anchor="start" size={18} weight={700}>
        ② 분리: 단계별 파이프라인 + 트리거
      </Label>
      {STAGES.map((s, i) => (
        <g key={s}>
          <rect
            x={STAGE_X[i] - 6}
            y={216}
            width={STAGE_W + 12}
            height={96}
            rx={14}
            strokeWidth={2}
            className="fill-none stroke-slate-500 dark:stroke-slate-400"
          />
          <Box x={STAGE_X[i]} y={226} w={STAGE_W} h={48} label={s} size={16} />
          <MutedLabel x={STAGE_X[i] + STAGE_W / 2} y={294} size={15}>
            {`담당: ${OWNERS[i]}`}
          </MutedLabel>
        </g>
      ))}
      <Arrow x1={STAGE_X[0] + STAGE_W + 6} y1={250} x2={STAGE_X[1] - 6} y2={250} dashed />
      <Arrow x1={STAGE_X[1] + STAGE_W + 6} y1={250} x2={STAGE_X[2] - 6} y2={250} dashed />

      {/* legend: the dashed arrow is the trigger */}
      <Arrow x1={24} y1={346} x2={70} y2={346} dashed />
      <Label x={80} y={346} anchor="start" size={16} weight={400}>
        트리거: 앞 파이프라인이 끝나면 다음을 실행
      </Label>
      <MutedLabel x={24} y={378} anchor="start" size={15}>
        자동화 수준은 같고, 단계마다 관리 주체가 분명해진다
      </MutedLabel>
    </DiagramSvg>
  );
}
