/**
 * Mission objectives as pure functions of sandbox STATE (never of the text typed): a step
 * ticks when the image is really in the Hub, in the k8s.io namespace, and so on. Read-only
 * steps (listing images) tick from the observations the engine records when output is shown.
 * `missionProgress` also keeps steps that were once done (the UI persists them), because later
 * steps legitimately undo earlier ones (step 5 deletes the image step 1 built).
 */
import { COURSE_BASE_URL } from "./course-files";
import { imageContent } from "./content";
import type { SandboxState, Scenario } from "./state";

export interface MissionStep {
  id: string;
  group: "준비" | "Docker" | "containerd" | "실험";
  title: string;
  hint: string;
  /** What "대신 입력하기" puts in the input, with the learner's Docker Hub ID. */
  command: (user: string) => string;
  isDone: (s: SandboxState) => boolean;
}

export interface Mission {
  id: Scenario;
  title: string;
  steps: MissionStep[];
}

const hello = (s: SandboxState, tag: string) => `${s.user}/hello:${tag}`;
const ctrHello = (s: SandboxState, tag: string) => `docker.io/${s.user}/hello:${tag}`;
const hasEvent = (s: SandboxState, e: string) => s.seen.events.includes(e);
const dockerHasTag = (s: SandboxState, tag: string) => s.docker.images.some((i) => i.repoTags.includes(tag));
const hubHas = (s: SandboxState, repo: string, tag: string) => Boolean(s.hub[repo]?.tags[tag]);
const ns = (s: SandboxState, name: string) => s.containerd.images[name] ?? {};
const helloConfig = (s: SandboxState) => {
  const recipe = s.hub[`${s.user}/hello`]?.tags["1.0.0"];
  return recipe ? imageContent(recipe).configDigest : undefined;
};

export const MISSION_1: Mission = {
  id: "mission1",
  title: "Docker, containerd 커맨드 사용해 보기",
  steps: [
    {
      id: "prep",
      group: "준비",
      title: "Dockerfile과 hello.js 내려받기",
      hint: "curl -O는 URL의 마지막 이름으로 파일을 저장합니다. 두 파일 모두 받아야 빌드할 수 있어요.",
      command: () => `curl -O ${COURSE_BASE_URL}Dockerfile && curl -O ${COURSE_BASE_URL}hello.js`,
      isDone: (s) => s.files.Dockerfile?.kind === "text" && s.files["hello.js"]?.kind === "text" && !s.files.Dockerfile.content.startsWith("404"),
    },
    {
      id: "d1",
      group: "Docker",
      title: "이미지 빌드하기",
      hint: "태그는 <Docker Hub ID>/hello:1.0.0 형식이고, 마지막의 점(.)은 빌드 컨텍스트(현재 디렉터리)입니다.",
      command: (u) => `docker build -t ${u}/hello:1.0.0 .`,
      isDone: (s) => s.docker.buildCache.hello !== undefined && (dockerHasTag(s, hello(s, "1.0.0")) || hubHas(s, `${s.user}/hello`, "1.0.0")),
    },
    {
      id: "d2",
      group: "Docker",
      title: "이미지 목록 조회하기",
      hint: "docker image list, docker image ls, docker images는 모두 같은 명령입니다.",
      command: () => "docker image list",
      isDone: (s) => hasEvent(s, `docker-list:${hello(s, "1.0.0")}`),
    },
    {
      id: "d3",
      group: "Docker",
      title: "태그 추가하고 확인하기",
      hint: "docker tag는 같은 IMAGE ID에 이름을 하나 더 붙입니다. 목록에서 두 줄의 IMAGE ID가 같은지 보세요.",
      command: (u) => `docker tag ${u}/hello:1.0.0 ${u}/hello:2.0.0 && docker image list`,
      isDone: (s) => hasEvent(s, `docker-list:${hello(s, "2.0.0")}`),
    },
    {
      id: "d4",
      group: "Docker",
      title: "로그인하고 Docker Hub에 올리기",
      hint: "로그인하지 않고 push하면 denied 오류가 납니다. 비밀번호는 연습용이라 아무 값이나 됩니다.",
      command: (u) => `docker login -u ${u} && docker push ${u}/hello:1.0.0`,
      isDone: (s) => hubHas(s, `${s.user}/hello`, "1.0.0"),
    },
    {
      id: "d5",
      group: "Docker",
      title: "로컬 이미지 삭제하기",
      hint: "태그가 하나 남아 있는 동안은 Untagged만 나오고, 마지막 태그를 지울 때 이미지가 Deleted 됩니다.",
      command: (u) => `docker rmi ${u}/hello:1.0.0 && docker rmi ${u}/hello:2.0.0`,
      isDone: (s) => hubHas(s, `${s.user}/hello`, "1.0.0") && !dockerHasTag(s, hello(s, "1.0.0")) && !dockerHasTag(s, hello(s, "2.0.0")),
    },
    {
      id: "d6",
      group: "Docker",
      title: "Docker Hub에서 다시 받기",
      hint: "방금 올린 이미지를 받아 옵니다. Digest가 push할 때와 같은지 비교해 보세요.",
      command: (u) => `docker pull ${u}/hello:1.0.0`,
      isDone: (s) => hasEvent(s, `docker-pull:${hello(s, "1.0.0")}`),
    },
    {
      id: "d7",
      group: "Docker",
      title: "이미지를 파일(tar)로 저장하기",
      hint: "-o로 파일 이름을 정하고, ls로 파일이 생겼는지 확인합니다.",
      command: (u) => `docker save -o file.tar ${u}/hello:1.0.0 && ls file.tar`,
      isDone: (s) =>
        s.seen.lsFiles.includes("file.tar") &&
        (s.files["file.tar"]?.kind === "docker-archive" || hasEvent(s, `docker-load:${hello(s, "1.0.0")}`)),
    },
    {
      id: "d8",
      group: "Docker",
      title: "파일에서 이미지 불러오기",
      hint: "docker load -i 파일이름. 이미 같은 이미지가 있으면 이름만 다시 연결됩니다.",
      command: () => "docker load -i file.tar",
      isDone: (s) => hasEvent(s, `docker-load:${hello(s, "1.0.0")}`),
    },
    {
      id: "c1",
      group: "containerd",
      title: "네임스페이스 조회하기",
      hint: "처음에는 쿠버네티스가 쓰는 k8s.io 네임스페이스만 보입니다.",
      command: () => "ctr ns list",
      isDone: (s) => s.seen.ctrNsList > 0,
    },
    {
      id: "c2",
      group: "containerd",
      title: "k8s.io 네임스페이스의 이미지 조회하기",
      hint: "-n은 ctr의 전역 옵션이라 image보다 앞에 써야 합니다. 뒤에 쓰면 flag provided but not defined 오류가 나요.",
      command: () => "ctr -n k8s.io image list",
      isDone: (s) => "k8s.io" in s.seen.ctrImageList,
    },
    {
      id: "c3",
      group: "containerd",
      title: "이미지 받기 (default 네임스페이스)",
      hint: "ctr은 docker.io/를 붙여 주지 않습니다. 빠뜨리면 내 ID를 레지스트리 호스트로 찾으려다 실패해요.",
      command: (u) => `ctr images pull docker.io/${u}/hello:1.0.0 && ctr ns list && ctr image list`,
      isDone: (s) => Boolean(ns(s, "default")[ctrHello(s, "1.0.0")]),
    },
    {
      id: "c4",
      group: "containerd",
      title: "태그 추가하기",
      hint: "원본과 새 이름 모두 docker.io/로 시작하는 전체 이름을 씁니다.",
      command: (u) => `ctr images tag docker.io/${u}/hello:1.0.0 docker.io/${u}/hello:2.0.0 && ctr images list`,
      isDone: (s) => Boolean(ns(s, "default")[ctrHello(s, "2.0.0")]),
    },
    {
      id: "c5",
      group: "containerd",
      title: "Docker Hub에 올리기",
      hint: "ctr은 docker login 정보를 쓰지 않습니다. --user로 ID를 주면 비밀번호를 묻습니다.",
      command: (u) => `ctr image push docker.io/${u}/hello:2.0.0 --user ${u}`,
      isDone: (s) => hubHas(s, `${s.user}/hello`, "2.0.0"),
    },
    {
      id: "c6",
      group: "containerd",
      title: "이미지를 파일로 내보내기",
      hint: "-n default 이미지에서 내보냅니다. 압축된 레이어가 그대로 담깁니다.",
      command: (u) => `ctr -n default image export file.tar docker.io/${u}/hello:1.0.0 && ls`,
      isDone: (s) => {
        const f = s.files["file.tar"];
        return (f?.kind === "oci-archive" && f.images.some((i) => i.name === ctrHello(s, "1.0.0"))) || Boolean(ns(s, "k8s.io")[ctrHello(s, "1.0.0")]);
      },
    },
    {
      id: "c7",
      group: "containerd",
      title: "k8s.io 네임스페이스로 가져오기",
      hint: "-n k8s.io를 빠뜨리면 default로 들어가서 쿠버네티스가 볼 수 없습니다.",
      command: () => "ctr -n k8s.io image import file.tar && ctr -n k8s.io image list | grep hello",
      isDone: (s) => Boolean(ns(s, "k8s.io")[ctrHello(s, "1.0.0")]),
    },
    {
      id: "c8",
      group: "containerd",
      title: "k8s.io 네임스페이스에서 삭제하기",
      hint: "지운 뒤 다시 조회해서 hello가 사라졌는지 확인합니다. (CRI가 붙인 sha256: 이름은 남습니다.)",
      command: (u) => `ctr -n k8s.io image remove docker.io/${u}/hello:1.0.0 && ctr -n k8s.io image list | grep hello`,
      isDone: (s) => {
        const cfg = helloConfig(s);
        return cfg !== undefined && Boolean(ns(s, "k8s.io")[cfg]) && !ns(s, "k8s.io")[ctrHello(s, "1.0.0")];
      },
    },
  ],
};

const isArchiveOf = (s: SandboxState, kind: "docker-archive" | "oci-archive") =>
  s.seen.lsLhArchives.some((n) => {
    const f = s.files[n];
    return f?.kind === kind && f.images.some((i) => ("def" in i ? i.def : i.recipe.def) === "api-tester");
  });

export const MISSION_2: Mission = {
  id: "mission2",
  title: "Docker와 containerd의 이미지 크기가 다른 이유",
  steps: [
    {
      id: "e1",
      group: "실험",
      title: "Docker로 받고 크기 보기 (490MB)",
      hint: "Docker의 SIZE는 레이어를 풀어 놓은 파일 크기의 합이고, 1000 단위(MB)입니다.",
      command: () => "docker pull 1pro/api-tester:latest && docker image list",
      isDone: (s) => s.seen.dockerListedApiTesterSizes.includes("490MB"),
    },
    {
      id: "e2",
      group: "실험",
      title: "containerd로 받고 크기 보기 (248.3 MiB)",
      hint: "ctr의 SIZE는 저장된 콘텐츠, 즉 압축된 레이어 blob의 합이고, 1024 단위(MiB)입니다.",
      command: () => "ctr image pull docker.io/1pro/api-tester:latest && ctr image list",
      isDone: (s) => s.seen.ctrListedApiTesterSizes.includes("248.3 MiB"),
    },
    {
      id: "e3",
      group: "실험",
      title: "가설 1 검증: 플랫폼 확인",
      hint: "Docker는 amd64 하나만 받았고, ctr의 PLATFORMS는 인덱스가 제공하는 플랫폼 목록일 뿐입니다.",
      command: () => "docker image inspect 1pro/api-tester:latest | grep Arch",
      isDone: (s) => s.seen.inspectArch > 0,
    },
    {
      id: "e4",
      group: "실험",
      title: "docker save로 저장하고 파일 크기 보기",
      hint: "docker save의 레이어는 압축하지 않은 tar라서 파일이 큽니다.",
      command: () => "docker save -o docker-image.tar 1pro/api-tester:latest && ls -lh docker-image.tar",
      isDone: (s) => isArchiveOf(s, "docker-archive"),
    },
    {
      id: "e5",
      group: "실험",
      title: "ctr로 가져와 크기 보기 (≈471.0 MiB)",
      hint: "압축되지 않은 레이어가 그대로 콘텐츠가 되어 크기가 커지고, 매니페스트가 새로 만들어져 DIGEST도 바뀝니다.",
      command: () => "ctr image import docker-image.tar && ctr image list",
      isDone: (s) => s.seen.ctrListedApiTesterSizes.includes("471.0 MiB"),
    },
    {
      id: "e6",
      group: "실험",
      title: "ctr export → docker load 후 크기 보기 (490MB)",
      hint: "다시 pull해 압축된 원본으로 돌린 뒤 내보내면 압축 blob이 그대로 담깁니다. Docker는 그 압축을 풀어 저장하므로 크기도 IMAGE ID도 처음과 같습니다. Docker가 메타데이터를 덧붙이는 것이 아닙니다.",
      command: () =>
        "ctr image pull docker.io/1pro/api-tester:latest && ctr image export containerd-image.tar docker.io/1pro/api-tester:latest && ls -lh containerd-image.tar && docker load -i containerd-image.tar && docker image list",
      isDone: (s) => hasEvent(s, "docker-list-after-oci:api-tester"),
    },
  ],
};

export const MISSIONS: Record<Scenario, Mission> = { mission1: MISSION_1, mission2: MISSION_2 };

/** Ids of done steps: those done now plus those done before (`sticky`, persisted by the UI). */
export function missionProgress(mission: Mission, state: SandboxState, sticky: readonly string[] = []): string[] {
  return mission.steps.filter((st) => sticky.includes(st.id) || st.isDone(state)).map((st) => st.id);
}

/**
 * The steps that count toward course progress: every objective except Mission 1's local
 * preparation (downloading the course files), which is a convenience, not part of the mission.
 */
export function progressStepIds(mission: Scenario): string[] {
  return MISSIONS[mission].steps.filter((step) => !(mission === "mission1" && step.id === "prep")).map((step) => step.id);
}
