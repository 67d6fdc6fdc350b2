import { Arrow, Box, DiagramSvg, Label, MutedLabel } from "./parts";

/*
 * ci_cd_flow1 of the notes (the image never existed): the same three stages drawn twice —
 * once inside a single Jenkins pipeline owned by one team, once as three pipelines with their own
 * owners connected by triggers. Stacked vertically so it stays readable on a phone.
 */

const W = 360;
const H = 352;
const STAGE_W = 92;
const STAGE_X = [12, 134, 256];

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
      {/* ① integrated: one frame around all three stages */}
      <Label x={8} y={16} anchor="start" size={16} weight={700}>
        ① 통합: Jenkins 파이프라인 하나
      </Label>
      <rect
        x={4}
        y={34}
        width={W - 8}
        height={104}
        rx={12}
        strokeWidth={2}
        className="fill-none stroke-muted"
      />
      {STAGES.map((s, i) => (
        <Box key={s} x={STAGE_X[i]} y={46} w={STAGE_W} h={50} label={s} size={14} />
      ))}
      <Arrow x1={STAGE_X[0] + STAGE_W + 2} y1={71} x2={STAGE_X[1] - 2} y2={71} width={2} />
      <Arrow x1={STAGE_X[1] + STAGE_W + 2} y1={71} x2={STAGE_X[2] - 2} y2={71} width={2} />
      <MutedLabel x={W / 2} y={118} size={14}>
        담당: 한 팀 · 한 번 실행으로 배포까지
      </MutedLabel>

      {/* ② split: one frame per stage, each with its owner, joined by dashed trigger arrows */}
      <Label x={8} y={168} anchor="start" size={16} weight={700}>
        ② 분리: 단계별 파이프라인 + 트리거
      </Label>
      {STAGES.map((s, i) => (
        <Box key={s} x={STAGE_X[i]} y={188} w={STAGE_W} h={60} label={s} sub={OWNERS[i]} size={14} className="fill-surface stroke-fg" />
      ))}
      <Arrow x1={STAGE_X[0] + STAGE_W + 2} y1={218} x2={STAGE_X[1] - 2} y2={218} width={2} dashed />
      <Arrow x1={STAGE_X[1] + STAGE_W + 2} y1={218} x2={STAGE_X[2] - 2} y2={218} width={2} dashed />
      <MutedLabel x={W / 2} y={268} size={13}>
        상자 하나가 파이프라인 하나 · 아래 글자는 담당 팀
      </MutedLabel>

      {/* legend: the dashed arrow is the trigger */}
      <Arrow x1={10} y1={300} x2={50} y2={300} width={2} dashed />
      <Label x={58} y={300} anchor="start" size={14} weight={400}>
        트리거: 앞 단계가 끝나면 다음 실행
      </Label>
      <MutedLabel x={10} y={330} anchor="start" size={14}>
        자동화는 같고, 단계별 담당이 분명해진다
      </MutedLabel>
    </DiagramSvg>
  );
}
