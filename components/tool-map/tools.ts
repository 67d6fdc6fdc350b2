/*
 * The CI/CD tool map as plain data. Categories follow the notes' grouping; `hosting` says how the
 * tool is offered (checked against each vendor's own product pages), and `notes` records how each of
 * the two source notes names the tool — they differ slightly, and the lesson says so openly.
 */

export type ToolCategory = "cicd" | "ci" | "cd" | "build" | "etc";

export type Hosting = "saas" | "self-hosted" | "both" | "cli";

export type Tool = {
  id: string;
  name: string;
  category: ToolCategory;
  /** One line: what the tool is. */
  what: string;
  hosting: Hosting;
  /** Precision on the hosting model (e.g. self-hosted runners, an enterprise server edition). */
  hostingNote: string;
  /** How each note lists it: `terse` = study notes, `blog` = blog post; null = not mentioned. */
  notes: { terse: string | null; blog: string | null };
};

export const CATEGORIES: readonly { id: ToolCategory; label: string; hint: string }[] = [
  { id: "cicd", label: "CI/CD 통합", hint: "빌드부터 배포까지 한 도구로" },
  { id: "ci", label: "CI", hint: "빌드와 테스트 자동화" },
  { id: "cd", label: "CD", hint: "클러스터·서버로 배포" },
  { id: "build", label: "컨테이너 빌드", hint: "Dockerfile로 이미지 만들기" },
  { id: "etc", label: "그 외", hint: "이미지·컨테이너 주변 도구와 플랫폼" },
];

export const HOSTING_LABEL: Record<Hosting, string> = {
  saas: "SaaS (온라인)",
  "self-hosted": "자체 호스팅 (설치형)",
  both: "SaaS · 설치형 둘 다",
  cli: "직접 설치하는 명령줄 도구",
};

export const TOOLS: readonly Tool[] = [
  {
    id: "github-actions",
    name: "GitHub Actions",
    category: "cicd",
    what: "GitHub 저장소에 내장된 워크플로 자동화. `.github/workflows/*.yml`로 빌드·테스트·배포를 정의한다.",
    hosting: "saas",
    hostingNote: "github.com에서 쓰는 SaaS가 기본. 러너(실행 머신)는 자체 호스팅할 수 있고, 설치형 GitHub Enterprise Server에도 포함된다.",
    notes: { terse: "GitHub Actions (CI/CD Tool)", blog: "GitHub Actions (CI/CD 통합 · 온라인)" },
  },
  {
    id: "jenkins",
    name: "Jenkins",
    category: "cicd",
    what: "가장 널리 쓰이는 오픈소스 자동화 서버. `Jenkinsfile` 파이프라인과 방대한 플러그인으로 무엇이든 연결한다.",
    hosting: "self-hosted",
    hostingNote: "서버에 직접 설치해 운영한다. 폐쇄망에서도 쓸 수 있지만 플러그인 관리와 업그레이드가 우리 몫이다.",
    notes: { terse: "Jenkins (CI/CD Tool)", blog: "Jenkins (CI/CD 통합 · 오프라인)" },
  },
  {
    id: "jenkins-x",
    name: "Jenkins X",
    category: "cicd",
    what: "쿠버네티스 위에서 동작하는 CI/CD 플랫폼. Tekton 파이프라인과 GitOps 방식의 환경 승격을 자동으로 구성한다.",
    hosting: "self-hosted",
    hostingNote: "우리 쿠버네티스 클러스터에 설치한다. 이름과 달리 Jenkins 서버와는 별개의 프로젝트다.",
    notes: { terse: "JenkinsX (CI/CD Tool)", blog: "JenkinsX (CI/CD 통합 · 오프라인)" },
  },
  {
    id: "tekton",
    name: "Tekton",
    category: "cicd",
    what: "쿠버네티스 CRD(`Task`, `Pipeline`)로 파이프라인을 정의하는 오픈소스 프레임워크. 각 단계가 파드로 실행된다.",
    hosting: "self-hosted",
    hostingNote: "클러스터에 직접 설치한다. OpenShift Pipelines, Jenkins X가 내부에서 Tekton을 사용한다.",
    notes: { terse: "TEKTON (CI/CD Tool)", blog: null },
  },
  {
    id: "travis-ci",
    name: "Travis CI",
    category: "ci",
    what: "`.travis.yml` 하나로 설정하는 호스팅형 CI. 한때 오픈소스 프로젝트의 사실상 표준이었다.",
    hosting: "both",
    hostingNote: "travis-ci.com의 SaaS가 기본이고, 설치형 Travis CI Enterprise도 있다.",
    notes: { terse: "Travis CI (CI Tool)", blog: null },
  },
  {
    id: "circleci",
    name: "CircleCI",
    category: "ci",
    what: "`.circleci/config.yml`로 설정하는 CI 서비스. 캐시와 병렬 실행으로 빠른 빌드에 강하다.",
    hosting: "both",
    hostingNote: "주로 SaaS(circleci.com)로 쓰며, 기업용 설치형 CircleCI Server와 자체 호스팅 러너도 있다.",
    notes: { terse: "Circleci (CI Tool)", blog: "CircleCI (CI 전용 · 온라인)" },
  },
  {
    id: "gitlab-ci",
    name: "GitLab CI/CD",
    category: "ci",
    what: "GitLab에 내장된 CI/CD. 저장소의 `.gitlab-ci.yml`을 GitLab Runner가 실행한다. 배포 단계도 정의할 수 있다.",
    hosting: "both",
    hostingNote: "GitLab.com(SaaS)과 직접 설치하는 GitLab Self-Managed를 모두 제공한다. 블로그 표의 '오프라인'은 설치형으로 쓸 때의 이야기다.",
    notes: { terse: "GitLab (CI Tool)", blog: "GitLab CI (CI 전용 · 오프라인)" },
  },
  {
    id: "argo-cd",
    name: "Argo CD",
    category: "cd",
    what: "Git 저장소의 매니페스트를 클러스터에 계속 동기화하는 GitOps CD 도구. 웹 UI로 배포 상태를 한눈에 본다.",
    hosting: "self-hosted",
    hostingNote: "쿠버네티스 클러스터에 직접 설치한다(인스턴스 하나로 여러 클러스터 관리 가능). 관리형 서비스를 파는 업체도 있다.",
    notes: { terse: "argo (CD Tool)", blog: "ArgoCD (CD 전용 · 오프라인)" },
  },
  {
    id: "spinnaker",
    name: "Spinnaker",
    category: "cd",
    what: "Netflix에서 시작한 멀티 클라우드 CD 플랫폼. 파이프라인 안에서 Blue/Green·Canary 같은 배포 전략을 지원한다.",
    hosting: "self-hosted",
    hostingNote: "여러 마이크로서비스로 이루어져 직접 설치·운영한다. 구성 요소가 많아 운영 부담이 큰 편이다.",
    notes: { terse: "spinnaker (CD Tool)", blog: "Spinnaker (CD 전용 · 오프라인)" },
  },
  {
    id: "docker",
    name: "Docker",
    category: "build",
    what: "이미지 빌드와 실행의 사실상 표준. `dockerd` 데몬이 BuildKit으로 Dockerfile을 빌드한다.",
    hosting: "cli",
    hostingNote: "CLI와 데몬을 설치해 쓴다. 데몬이 항상 떠 있어야 하고 보통 root 권한이 필요해 CI 서버에서는 부담이 된다.",
    notes: { terse: "docker (컨테이너 빌드)", blog: "Docker (컨테이너 빌드 툴 주의사항)" },
  },
  {
    id: "kaniko",
    name: "kaniko",
    category: "build",
    what: "데몬과 특권 권한 없이 컨테이너(파드) 안에서 Dockerfile을 빌드하는 도구. 쿠버네티스 위 CI에서 많이 쓰였다.",
    hosting: "cli",
    hostingNote: "실행 이미지(executor)로 돌린다. Google은 2025년 6월 저장소를 보관(archive) 처리했고, 지금은 커뮤니티 포크(Chainguard 등)가 유지보수한다.",
    notes: { terse: "kaniko (컨테이너 빌드)", blog: "kaniko (데몬리스 빌더)" },
  },
  {
    id: "buildah",
    name: "Buildah",
    category: "build",
    what: "Red Hat이 만든 데몬리스 OCI 이미지 빌드 도구. Dockerfile로도, 셸 스크립트로도 이미지를 만든다.",
    hosting: "cli",
    hostingNote: "리눅스에 패키지로 설치한다. root 없이(rootless) 빌드할 수 있고 Podman의 빌드 기능도 Buildah를 쓴다.",
    notes: { terse: null, blog: "buildah (데몬리스 빌더)" },
  },
  {
    id: "podman",
    name: "Podman",
    category: "etc",
    what: "데몬 없이 동작하는 컨테이너 엔진. `docker`와 거의 같은 명령(`podman run`, `podman build`)을 쓴다.",
    hosting: "cli",
    hostingNote: "리눅스 패키지로 설치하며 rootless 실행을 기본으로 지원한다.",
    notes: { terse: "podman (그외)", blog: null },
  },
  {
    id: "skopeo",
    name: "Skopeo",
    category: "etc",
    what: "이미지를 내려받아 실행하지 않고도 레지스트리 간 복사·검사(`skopeo copy`, `skopeo inspect`)를 하는 도구.",
    hosting: "cli",
    hostingNote: "데몬 없이 동작한다. 이미지를 tar 파일로 옮기는 미션 1 같은 상황(폐쇄망 반입)에 특히 쓸모 있다.",
    notes: { terse: "skopeo (그외)", blog: null },
  },
  {
    id: "openshift",
    name: "OpenShift",
    category: "etc",
    what: "Red Hat의 기업용 쿠버네티스 플랫폼. 빌드, Tekton 기반 파이프라인, Argo CD 기반 GitOps를 제품으로 묶어 제공한다.",
    hosting: "both",
    hostingNote: "직접 설치하는 OpenShift Container Platform과 클라우드 관리형(ROSA, ARO 등)이 모두 있다. 상용 지원이 핵심 장점이다.",
    notes: { terse: "openshift (그외)", blog: null },
  },
];

/** Tools of one category, in map order. */
export function toolsIn(category: ToolCategory): Tool[] {
  return TOOLS.filter((t) => t.category === category);
}
