import { Arrow, Box, DiagramSvg, Label, MutedLabel } from "./parts";

/*
 * ci_cd_flow2 of the notes: one Argo CD managing several clusters (1:N) versus one Argo CD per
 * cluster (1:1). Each half ends with what an Argo CD outage means, which is the point of the table.
 */

const W = 360;
const H = 420;
const COL_W = 104;
const COL_X = [10, 128, 246];
const CLUSTERS = ["개발", "스테이징", "운영"] as const;

export function ArgoCdTopologyDiagram() {
  return (
    <DiagramSvg
      width={W}
      height={H}
      title="Argo CD 구성: 1:N과 1:1"
      desc="위: Argo CD 하나가 개발, 스테이징, 운영 클러스터 세 개에 모두 배포한다. 운영이 편하고 인프라가 절감되지만 Argo CD에 장애가 나면 세 클러스터의 배포가 모두 멈춘다. 아래: 클러스터마다 Argo CD가 하나씩 있어 장애가 난 Argo CD의 클러스터만 영향을 받지만, Argo CD 세 개를 각각 관리해야 한다."
    >
      {/* ① 1:N */}
      <Label x={8} y={16} anchor="start" size={16} weight={700}>
        ① 1:N — Argo CD 하나로 여러 클러스터
      </Label>
      <Box x={W / 2 - 65} y={36} w={130} h={40} label="Argo CD" size={16} />
      {COL_X.map((x, i) => (
        <g key={CLUSTERS[i]}>
          <Arrow x1={W / 2} y1={76} x2={x + COL_W / 2} y2={114} width={2} />
          <Box x={x} y={116} w={COL_W} h={52} label={CLUSTERS[i]} sub="클러스터" size={15} />
        </g>
      ))}
      <MutedLabel x={W / 2} y={188} size={14}>
        장점: 운영 편리, 인프라 절감
      </MutedLabel>
      <Label x={W / 2} y={210} size={14} weight={600}>
        ⚠ 장애 시 세 클러스터 배포 모두 중단
      </Label>

      {/* ② 1:1 */}
      <Label x={8} y={250} anchor="start" size={16} weight={700}>
        ② 1:1 — 클러스터마다 Argo CD
      </Label>
      {COL_X.map((x, i) => (
        <g key={CLUSTERS[i]}>
          <Box x={x + 6} y={270} w={COL_W - 12} h={34} label="Argo CD" size={14} />
          <Arrow x1={x + COL_W / 2} y1={304} x2={x + COL_W / 2} y2={320} width={2} />
          <Box x={x} y={322} w={COL_W} h={48} label={CLUSTERS[i]} sub="클러스터" size={14} />
        </g>
      ))}
      <MutedLabel x={W / 2} y={388} size={14}>
        장점: 장애는 그 클러스터에만
      </MutedLabel>
      <Label x={W / 2} y={410} size={14} weight={600}>
        ⚠ Argo CD 3개 각각 관리 → 이중 관리 부담
      </Label>
    </DiagramSvg>
  );
}
