"use client";
import dynamic from "next/dynamic";

/**
 * The playground (simulator, framer-motion, compare mode) loads as its own chunk after the page is
 * interactive, so the page's first load stays near a text page's. The placeholder keeps its place.
 */
export const PlaygroundLazy = dynamic(() => import("./Playground").then((m) => m.Playground), {
  ssr: false,
  loading: () => (
    <div className="min-h-[60rem] rounded-xl border border-border bg-bg p-4" role="status">
      <p className="font-semibold">플레이그라운드를 불러오는 중…</p>
      <p className="mt-2 text-sm text-muted">
        전략(Recreate, RollingUpdate, Blue/Green, Canary)과 replicas, maxSurge, maxUnavailable, 준비·종료 지연을 고르고 재생하거나, 네 전략을 같은
        트래픽으로 나란히 비교할 수 있습니다.
      </p>
    </div>
  ),
});
