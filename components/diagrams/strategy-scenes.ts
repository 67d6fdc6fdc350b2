/*
 * What each static strategy diagram shows, as plain data (kept apart from the SVG code so the
 * wording can be checked and changed without touching layout).
 */

export type Strategy = "Recreate" | "RollingUpdate" | "BlueGreen" | "Canary";

export type PodState = "ready" | "gone";

export type GroupScene = {
  version: "v1" | "v2";
  title: string;
  pods: PodState[];
  status: string;
};

export type StrategyScene = {
  title: string;
  desc: string;
  front: string;
  frontSub: string;
  traffic: Record<"v1" | "v2", { percent: number; label: string }>;
  groups: Record<"v1" | "v2", GroupScene>;
  caption: [string, string];
};

export const STRATEGIES: readonly Strategy[] = ["Recreate", "RollingUpdate", "BlueGreen", "Canary"];

export const STRATEGY_SCENES: Record<Strategy, StrategyScene> = {
  Recreate: {
    title: "Recreate 배포 구조",
    desc: "Service 뒤에서 v1 파드 세 개가 모두 종료된 다음에야 v2 파드 세 개가 만들어진다. v1이 사라지고 v2가 준비될 때까지는 요청을 받을 파드가 없어 다운타임이 생긴다. 전환 후에는 요청의 100%가 v2로 간다.",
    front: "Service",
    frontSub: "selector: app=hello",
    traffic: { v1: { percent: 0, label: "0%" }, v2: { percent: 100, label: "100%" } },
    groups: {
      v1: { version: "v1", title: "① v1 전부 종료", pods: ["gone", "gone", "gone"], status: "모두 사라질 때까지 대기" },
      v2: { version: "v2", title: "② 그다음 v2 생성", pods: ["ready", "ready", "ready"], status: "새 ReplicaSet" },
    },
    caption: ["v1 종료 → v2 준비 사이에 다운타임", "단순하지만 배포 중 요청이 실패할 수 있다"],
  },
  RollingUpdate: {
    title: "RollingUpdate 배포 구조",
    desc: "하나의 Service 뒤에 옛 ReplicaSet의 v1 파드와 새 ReplicaSet의 v2 파드가 함께 있다. v1 파드 하나는 종료 중이고, v1 두 개와 v2 두 개가 Ready 상태라 요청은 Ready 파드 수에 비례해 약 절반씩 나뉜다. maxSurge와 maxUnavailable만큼씩 교체가 진행된다.",
    front: "Service",
    frontSub: "selector: app=hello",
    traffic: { v1: { percent: 50, label: "≈50%" }, v2: { percent: 50, label: "≈50%" } },
    groups: {
      v1: { version: "v1", title: "옛 ReplicaSet (v1)", pods: ["ready", "ready", "gone"], status: "하나는 종료 중" },
      v2: { version: "v2", title: "새 ReplicaSet (v2)", pods: ["ready", "ready"], status: "Ready가 되면 다음 단계" },
    },
    caption: ["Ready 파드 수 비율로 트래픽이 나뉜다", "maxSurge / maxUnavailable만큼씩 교체"],
  },
  BlueGreen: {
    title: "Blue/Green 배포 구조",
    desc: "Service의 셀렉터가 version=v2를 가리켜 요청의 100%가 Green(v2) 파드 세 개로 간다. Blue(v1) 파드 세 개는 그대로 실행 중이지만 요청을 받지 않으며, 셀렉터를 v1로 되돌리면 즉시 롤백된다. 두 버전이 동시에 떠 있어 자원이 두 배 든다.",
    front: "Service",
    frontSub: "selector: version=v2",
    traffic: { v1: { percent: 0, label: "0% (대기)" }, v2: { percent: 100, label: "100%" } },
    groups: {
      v1: { version: "v1", title: "Blue (v1)", pods: ["ready", "ready", "ready"], status: "롤백용으로 대기" },
      v2: { version: "v2", title: "Green (v2)", pods: ["ready", "ready", "ready"], status: "검증 후 전환됨" },
    },
    caption: ["셀렉터를 바꿔 트래픽을 한 번에 전환", "되돌리기는 셀렉터를 v1로 · 자원은 두 배"],
  },
  Canary: {
    title: "Canary 배포 구조",
    desc: "ingress-nginx의 canary Ingress가 canary-weight 10으로 요청의 약 10%를 canary(v2) 파드 하나로, 나머지 약 90%를 stable(v1) 파드 세 개로 보낸다. 문제가 없으면 가중치를 점차 올리고, 헤더나 쿠키 조건으로 특정 요청만 v2로 보낼 수도 있다.",
    front: "Ingress (ingress-nginx)",
    frontSub: "canary-weight: 10",
    traffic: { v1: { percent: 90, label: "≈90%" }, v2: { percent: 10, label: "≈10%" } },
    groups: {
      v1: { version: "v1", title: "stable (v1)", pods: ["ready", "ready", "ready"], status: "대부분의 요청" },
      v2: { version: "v2", title: "canary (v2)", pods: ["ready"], status: "일부 요청으로 검증" },
    },
    caption: ["가중치·헤더·쿠키로 일부 요청만 v2로", "문제없으면 비율을 올리고, 아니면 0으로"],
  },
};
