"use client";
/**
 * `<Sandbox mission="mission1" />` in MDX and on /sandbox. The terminal and its objectives are
 * a client-only island (the engine, localStorage and the keyboard all live in the browser),
 * loaded with next/dynamic; the placeholder has the island's final size, so nothing jumps.
 * Mission 2's layer view needs no state and is rendered with the page.
 */
import dynamic from "next/dynamic";
import type { Scenario } from "@/lib/sandbox/state";
import { LayerView } from "./LayerView";
import { SANDBOX_FRAME, SANDBOX_PANEL, SANDBOX_TERMINAL, TERMINAL_FONT } from "./layout";

function Placeholder() {
  return (
    <div className={SANDBOX_FRAME} data-sandbox-placeholder aria-busy="true">
      <div style={TERMINAL_FONT} className={`${SANDBOX_TERMINAL} flex items-center justify-center rounded-xl bg-terminal-bg text-sm text-terminal-dim`}>
        연습 터미널을 불러오는 중…
      </div>
      <div className={`${SANDBOX_PANEL} rounded-xl border border-border bg-surface`} />
    </div>
  );
}

const SandboxApp = dynamic(() => import("./SandboxApp"), { ssr: false, loading: Placeholder });

export function Sandbox({ mission = "mission1" }: { mission?: Scenario }) {
  const m: Scenario = mission === "mission2" ? "mission2" : "mission1";
  return (
    <div className="not-prose @container my-8" data-sandbox-root={m}>
      <SandboxApp key={m} mission={m} />
      {m === "mission2" && (
        <div className="mt-4">
          <LayerView />
        </div>
      )}
    </div>
  );
}
