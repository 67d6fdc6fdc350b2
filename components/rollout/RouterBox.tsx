"use client";
import type { Frame } from "@/lib/rollout";

/** The entry point: a Service (selector) or the canary Ingress (weights), with where traffic goes. */
export function RouterBox({ frame }: { frame: Frame }) {
  let title = "Service web";
  let detail = "selector app=web: Ready 파드 모두에 나눠 보냅니다";
  let share: { v1: number; v2: number } | null = null;
  if (frame.serviceSelector) {
    title = "Service web";
    detail = `selector version=${frame.serviceSelector === "green" ? "v2 (green)" : "v1 (blue)"}`;
    share = frame.serviceSelector === "green" ? { v1: 0, v2: 100 } : { v1: 100, v2: 0 };
  } else if (frame.canary) {
    const c = frame.canary;
    const canaryPct = Math.round((c.weight * 100) / c.weightTotal);
    const stable = c.stableVersion;
    title = "Ingress web (nginx)";
    detail =
      c.status === "promoted"
        ? "승격 완료: stable = v2"
        : `canary-weight ${c.weight}/${c.weightTotal} · 헤더 X-Canary · 쿠키 canary`;
    share = stable === "v1" ? { v1: 100 - canaryPct, v2: canaryPct } : { v1: 0, v2: 100 };
  } else {
    const ready = frame.versions.v1.ready + frame.versions.v2.ready;
    if (ready > 0) {
      const v2 = Math.round((frame.versions.v2.ready * 100) / ready);
      share = { v1: 100 - v2, v2 };
    }
  }
  return (
    <div data-router className="mx-auto w-full max-w-sm rounded-lg border-2 border-border bg-surface px-3 py-2 text-center text-sm">
      <p className="font-mono font-semibold">{title}</p>
      <p className="text-xs text-muted">{detail}</p>
      {share ? (
        <div className="mt-1.5">
          <div aria-hidden="true" className="flex h-2 overflow-hidden rounded-full bg-surface-2">
            <div className="bg-v1" style={{ width: `${share.v1}%` }} />
            <div className="bg-v2" style={{ width: `${share.v2}%`, backgroundImage: "repeating-linear-gradient(45deg, transparent 0 3px, rgb(255 255 255 / 0.45) 3px 5px)" }} />
          </div>
          <p className="mt-1 text-xs">
            <span className="font-semibold">
              <span aria-hidden="true" className="mr-1 inline-block h-2 w-2 rounded-full bg-v1" />v1 {share.v1}%
            </span>{" "}
            ·{" "}
            <span className="font-semibold">
              <span aria-hidden="true" className="mr-1 inline-block h-2 w-2 rounded-sm bg-v2" />v2 {share.v2}%
            </span>
          </p>
        </div>
      ) : (
        <p className="mt-1 text-xs font-semibold text-fail">✕ Ready 엔드포인트 없음: 요청 실패 (503)</p>
      )}
    </div>
  );
}
