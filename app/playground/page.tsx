import type { Metadata } from "next";
import { Suspense } from "react";
import { PageShell } from "@/components/layout/PageShell";
import { PlaygroundLazy } from "@/components/rollout/playground/PlaygroundLazy";
import { PlaygroundPlaceholder } from "@/components/rollout/playground/PlaygroundPlaceholder";

export const metadata: Metadata = {
  title: "롤아웃 플레이그라운드",
  description: "Recreate, RollingUpdate, Blue/Green, Canary를 원하는 설정으로 돌려 보고, 네 전략을 같은 트래픽으로 나란히 비교합니다.",
  alternates: { canonical: "/playground" },
};

export default function PlaygroundPage() {
  return (
    <PageShell>
      <div className="mx-auto max-w-5xl px-4 py-10 sm:px-6 sm:py-14">
        <h1 className="text-3xl font-extrabold tracking-tight">롤아웃 플레이그라운드</h1>
        <p className="mt-3 max-w-2xl leading-relaxed text-muted">
          실제 Deployment 컨트롤러와 ingress-nginx 카나리 규칙대로 움직이는 시뮬레이터입니다. 설정은 주소에 담기므로 링크로 공유할 수
          있습니다.
        </p>
        <div className="mt-8">
          {/* useSearchParams needs a Suspense boundary in a static export. */}
          <Suspense fallback={<PlaygroundPlaceholder />}>
            <PlaygroundLazy />
          </Suspense>
        </div>
      </div>
    </PageShell>
  );
}
