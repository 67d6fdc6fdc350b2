import { Arrow, Box, DiagramSvg, Label, MutedLabel } from "./parts";

/*
 * ci_cd_flow2 of the notes: one Argo CD managing several clusters (1:N) versus one Argo CD per
 * cluster (1:1). Each half ends with what an Argo CD outage means, which is the point of the table.
 */

const W = 480;
const H = 452;
const COL_W = 128;
const COL_X = [18, 176, 334];
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
      <Label x={12} y={20} anchor="start" size={18} weight={700}>
        ① 1:N — Argo CD 하나가 여러 클러스터 관리
      </Label>
      <Box x={W / 2 - 80} y={42} w={160} h={48} label="Argo CD" size={18} />
      {COL_X.map((x, i) => (
        <g key={CLUSTERS[i]}>
          <Arrow x1={W / 2} y1={90} x2={x + COL_W / 2} y2={136} />
          <Box x={x} y={138} w={COL_W} h={60} label={CLUSTERS[i]} sub="클러스터" size={17} />
        </g>
      ))}
      <MutedLabel x={W / 2} y={220} size={15}>
        장점: 운영 편리, 인프라 절감
      </MutedLabel>
      <Label x={W / 2} y={244} size={15} weight={600}>
        ⚠ Argo CD 장애 → 세 클러스터 배포 모두 중단
      </Label>

      {/* ② 1:1 */}
      <Label x={12} y={288} anchor="start" size={18} weight={700}>
        ② 1:1 — 클러스터마다 Argo CD
      </Label>
      {COL_X.map((x, i) => (
        <g key={CLUSTERS[i]}>
          <Box x={x + 10} y={308} w={COL_W - 20} h={40} label="Argo CD" size={16} />
          <Arrow x1={x + COL_W / 2} y1={348} x2={x + COL_W / 2} y2={366} />
          <Box x={x} y={368} w={COL_W} h={36} label={`${CLUSTERS[i]} 클러스터`} size={15} />
        </g>
      ))}
      <MutedLabel x={W / 2} y={422} size={15}>
        장점: 장애 영향 분산 (그 클러스터만)
      </MutedLabel>
      <Label x={W / 2} y={442} size={15} weight={600}>
        ⚠ Argo CD 3개를 각각 관리 → 이중 관리 부담
      </Label>
    </DiagramSvg>
  );
}
