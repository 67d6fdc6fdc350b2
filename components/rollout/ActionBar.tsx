"use client";
import { useState } from "react";
import { endpointsOf, seededRandom, serve, type Frame, type Strategy } from "@/lib/rollout";
import type { Player } from "./useRolloutPlayer";

const BTN =
  "inline-flex min-h-11 items-center justify-center rounded-md border px-3 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-50";
const NEUTRAL = `${BTN} border-border bg-surface hover:bg-surface-2`;
const DANGER = `${BTN} border-fail text-fail hover:bg-fail-soft`;

/** Sends one request with X-Canary: always against the shown frame and says where it landed. */
function HeaderRequest({ frame }: { frame: Frame }) {
  const [count, setCount] = useState(0);
  const [result, setResult] = useState<string | null>(null);
  const send = () => {
    const r = serve(endpointsOf(frame), { header: "X-Canary", cookie: "canary", weightTotal: 100 }, { headers: { "X-Canary": "always" } }, seededRandom(count + 1), count);
    setCount((c) => c + 1);
    const where = r.route === "canary" ? "카나리" : "stable";
    setResult(
      r.to
        ? `요청 #${count + 1} (X-Canary: always) → ${where}의 ${r.to} (${r.version}) ${r.ok ? "응답 200" : "오류"}`
        : `요청 #${count + 1} (X-Canary: always) → Ready 파드가 없어 503`,
    );
  };
  return (
    <div className="grid gap-1">
      <button type="button" className={NEUTRAL} onClick={send}>
        X-Canary: always 헤더로 요청 보내기
      </button>
      <p aria-live="polite" className="min-h-5 text-xs" data-testid="header-result">
        {result}
      </p>
    </div>
  );
}

/** What a person can do to the running rollout, per strategy. Each action lands on the next tick. */
export function ActionBar({ strategy, player }: { strategy: Strategy; player: Player }) {
  const frame = player.frame;
  if (!frame) return null;
  const started = player.index >= 1;
  if (strategy === "RollingUpdate" || strategy === "Recreate") {
    return (
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className={DANGER} disabled={!started} onClick={() => player.act("rollback")}>
          <code>kubectl rollout undo</code>
        </button>
        {!started ? <span className="text-xs text-muted">롤아웃이 시작된 뒤에 되돌릴 수 있습니다.</span> : null}
      </div>
    );
  }
  if (strategy === "BlueGreen") {
    const sel = frame.serviceSelector;
    return (
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className={NEUTRAL} disabled={sel === "green" || frame.blueGreen?.pendingSwitch} onClick={() => player.act("switch")}>
          Service selector를 green으로 전환
        </button>
        <button type="button" className={DANGER} disabled={sel === "blue"} onClick={() => player.act("switchBack")}>
          blue로 되돌리기
        </button>
        {frame.blueGreen?.pendingSwitch ? <span className="text-xs text-muted">green이 모두 Ready가 되면 전환합니다…</span> : null}
      </div>
    );
  }
  const c = frame.canary;
  const over = !c || c.status === "promoted" || c.status === "aborted";
  return (
    <div className="flex flex-wrap items-start gap-2">
      <button type="button" className={NEUTRAL} disabled={over || c.status !== "paused"} onClick={() => player.act("promote")}>
        promote (멈춤 건너뛰기)
      </button>
      <button type="button" className={NEUTRAL} disabled={over} onClick={() => player.act("promote", { full: true })}>
        promote --full
      </button>
      <button type="button" className={DANGER} disabled={over} onClick={() => player.act("abort")}>
        abort
      </button>
      <HeaderRequest frame={frame} />
    </div>
  );
}
