/**
 * What /playground shows until its island loads: in the static HTML (as the Suspense fallback) and
 * while the chunk downloads (as next/dynamic's loading state). One component for both, so the box
 * keeps the same size through both steps and nothing below it shifts.
 */
export function PlaygroundPlaceholder() {
  return (
    <div className="min-h-[60rem] rounded-xl border border-border bg-bg p-4" role="status">
      <p className="font-semibold">플레이그라운드를 불러오는 중…</p>
      <p className="mt-2 text-sm text-muted">
        전략(Recreate, RollingUpdate, Blue/Green, Canary)과 replicas, maxSurge, maxUnavailable, 준비·종료 지연을 고르고 재생하거나, 네 전략을 같은
        트래픽으로 나란히 비교할 수 있습니다.
      </p>
    </div>
  );
}
