/**
 * Korean narration: one short sentence per thing that changed, saying what and why. Kept apart
 * from the controllers so the wording can be reviewed in one place.
 */
import type { Version } from "./types";

export const say = {
  createNew: (rs: string, n: number, maxTotal: number) =>
    `${rs} ReplicaSet을 새로 만들고 ${n}개로 시작합니다 (파드는 모두 합쳐 최대 ${maxTotal}개).`,
  scaleUpNew: (rs: string, from: number, to: number, maxTotal: number) =>
    `${rs} ReplicaSet을 ${from}개에서 ${to}개로 늘립니다: 전체 파드가 최대 ${maxTotal}개를 넘지 않는 만큼만.`,
  scaleDownNewToReplicas: (rs: string, to: number) => `${rs} ReplicaSet이 replicas보다 많아 ${to}개로 맞춥니다.`,
  scaleDownOld: (rs: string, from: number, to: number, minAvailable: number) =>
    `${rs} ReplicaSet을 ${from}개에서 ${to}개로 줄입니다: 사용 가능한 파드가 최소 ${minAvailable}개는 남아야 하므로.`,
  cleanup: (rs: string, n: number) => `${rs}에서 Ready가 아닌 파드 ${n}개를 먼저 정리합니다 (요청을 받지 못하는 파드부터).`,
  blockedByUnavailable: (notReady: number, minAvailable: number) =>
    `새 파드 ${notReady}개가 아직 Ready가 아니라서 기존 파드를 더 줄이지 못합니다 (최소 ${minAvailable}개 유지).`,
  blockedBySurge: (maxTotal: number) => `파드가 이미 최대 ${maxTotal}개라서 새 파드를 더 만들지 못하고 기다립니다.`,
  timedOut: (deadline: number) =>
    `${deadline}틱 동안 진척이 없어 조건이 ProgressDeadlineExceeded로 바뀌었습니다. 컨트롤러는 알려 줄 뿐 스스로 롤백하지 않습니다 — kubectl rollout undo가 필요합니다.`,
  resumed: () => "다시 진척이 생겨 Progressing 조건이 ReplicaSetUpdated로 돌아왔습니다.",
  complete: (rs: string) => `롤아웃 완료: ${rs}의 파드가 모두 Ready입니다 (NewReplicaSetAvailable).`,
  recreateDown: (n: number) => `Recreate: 기존 파드 ${n}개를 한꺼번에 0개로 줄입니다. 새 파드는 기존 파드가 모두 사라진 뒤에 만듭니다.`,
  recreateWait: (n: number) => `기존 파드 ${n}개가 아직 종료 중이라 새 파드를 만들지 않습니다 — 그동안 요청을 받을 파드가 없습니다.`,
  recreateUp: (rs: string, n: number) => `기존 파드가 모두 사라졌으니 ${rs} ReplicaSet을 ${n}개로 만듭니다.`,
  rollback: (v: Version, rs: string, revision: number) =>
    `kubectl rollout undo: 템플릿을 ${v}로 되돌립니다. ${rs} ReplicaSet이 다시 새 ReplicaSet(리비전 ${revision})이 되고, 같은 RollingUpdate 규칙으로 고장 난 쪽을 비웁니다.`,
  scale: (from: number, to: number) => `kubectl scale: replicas를 ${from}에서 ${to}로 바꿉니다.`,
  proportional: (parts: string) => `롤아웃 도중의 스케일 변경이라 ReplicaSet 크기에 비례해 나눕니다: ${parts}.`,
  becameReady: (v: Version, n: number) => `${v} 파드 ${n}개가 Ready가 되었습니다.`,
  vanished: (n: number) => `종료 중이던 파드 ${n}개가 완전히 사라졌습니다.`,
  brokenWaiting: (v: Version, othersServe = true) =>
    `${v} 파드가 Ready가 되지 않습니다 (고장 난 버전). ${othersServe ? "그래도 Ready인 다른 파드가 요청을 계속 처리합니다." : "요청을 받을 Ready 파드가 없습니다."}`,
  outage: () => "Ready인 파드가 하나도 없어 요청이 모두 실패합니다 (503).",
  idle: () => "변화 없음.",
  start: (n: number) => `시작 상태: v1 파드 ${n}개가 모두 Ready로 요청을 받고 있습니다. 이제 템플릿을 v2로 바꿉니다.`,
  // Blue/Green
  greenCreate: (n: number) => `green(v2) Deployment를 ${n}개 전체 크기로 만듭니다. blue(v1)는 그대로 트래픽을 받습니다 (파드가 두 배).`,
  switchWait: (ready: number, n: number) => `전환 요청: green 파드가 ${ready}/${n}개만 Ready라 Service selector를 아직 바꾸지 않습니다.`,
  switched: () => "Service selector를 green으로 바꿨습니다: 모든 트래픽이 한 번에 v2로 갑니다.",
  switchedBack: () => "Service selector를 blue로 되돌렸습니다: blue가 아직 떠 있어 즉시 v1으로 돌아갑니다.",
  switchBackWait: (ready: number, n: number) => `blue를 다시 띄우는 중 (${ready}/${n} Ready). 모두 Ready가 되면 selector를 되돌립니다.`,
  blueScaledDown: (delay: number) => `전환 후 ${delay}틱이 지나 blue를 0개로 줄입니다 (이제 되돌리려면 blue를 다시 띄워야 합니다).`,
  bgAbort: () => "중단: selector를 blue로 두고 green을 0개로 줄입니다.",
  bgBrokenGreen: () => "green 파드가 Ready가 되지 않아 전환할 수 없습니다. 트래픽은 계속 blue가 받습니다.",
  // Canary
  canaryPods: (n: number, w: number) => `카나리 가중치 ${w}%에 맞춰 카나리(v2) 파드를 ${n}개로 맞춥니다.`,
  canaryWeight: (w: number) => `카나리 파드가 Ready라서 Ingress 가중치를 ${w}%로 올립니다 (나머지 ${100 - w}%는 stable).`,
  canaryWeightWait: (w: number) => `카나리 파드가 아직 Ready가 아니라 가중치 ${w}%는 기다립니다.`,
  pauseTimed: (n: number) => `${n}틱 동안 멈춰 지표를 지켜봅니다.`,
  pauseIndefinite: () => "사람이 승인(promote)할 때까지 멈춥니다.",
  pausedLeft: (n: number) => `멈춘 상태입니다 (${n}틱 남음).`,
  pausedWaiting: () => "promote를 기다리며 멈춰 있습니다.",
  pauseEnded: () => "멈춤이 끝나 다음 단계로 갑니다.",
  promoteStep: () => "promote: 멈춤을 건너뛰고 다음 단계로 갑니다.",
  promoteFull: () => "promote --full: 남은 단계를 건너뛰고 바로 승격합니다.",
  promoting: (n: number) => `모든 단계 완료: 카나리(v2)를 ${n}개 전체 크기로 늘립니다.`,
  promoted: () => "v2가 새 stable이 되었습니다: 트래픽을 모두 v2로 보내고 기존 stable(v1)을 0개로 줄입니다.",
  canaryAbort: () => "중단(abort): 가중치를 즉시 0으로 되돌리고 카나리 파드를 줄입니다. 트래픽은 모두 stable(v1)로 갑니다.",
  ignored: (what: string, why: string) => `${what}: ${why}`,
};
