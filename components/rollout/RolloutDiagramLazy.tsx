"use client";
import dynamic from "next/dynamic";
import { useCallback, useEffect, useRef, useState } from "react";
import type { Strategy } from "@/lib/rollout";
import { STRATEGY_LABEL } from "./labels";
import { describeSetup, paramsFromSetup } from "./presets";
import type { RolloutDiagramProps } from "./RolloutDiagram";

// The simulator and framer-motion load as their own chunk after the page is interactive.
const Island = dynamic(() => import("./RolloutDiagram").then((m) => m.RolloutDiagram), { ssr: false });

/**
 * Same footprint as the loaded diagram (measured in the lesson column at 360 px and at desktop
 * width), so nothing below it moves when it arrives.
 */
const MIN_HEIGHT: Record<Strategy, string> = {
  Recreate: "min-h-[64rem] sm:min-h-[54rem]",
  RollingUpdate: "min-h-[68rem] sm:min-h-[57rem]",
  BlueGreen: "min-h-[64rem] sm:min-h-[54rem]",
  Canary: "min-h-[77rem] sm:min-h-[61rem]",
};

function Placeholder(props: RolloutDiagramProps) {
  const p = paramsFromSetup(props);
  const label = props.title ?? `${STRATEGY_LABEL[p.strategy]} 시뮬레이션`;
  return (
    <section aria-label={label} className={`not-prose grid content-start gap-3 rounded-xl border border-border bg-bg p-3 sm:p-4 ${MIN_HEIGHT[p.strategy]}`}>
      <p className="font-semibold">{label}</p>
      <p className="text-sm text-muted">{describeSetup(p)}</p>
      <p className="text-sm">처음 상태: v1 파드 {p.replicas}개가 모두 Ready로 요청을 받고 있습니다. 시뮬레이션을 불러오는 중…</p>
    </section>
  );
}

/** Author-facing `<RolloutDiagram strategy="…" />`: a text placeholder, then the interactive island. */
export function RolloutDiagram(props: RolloutDiagramProps) {
  const [ready, setReady] = useState(false);
  const near = useNearViewport();
  const onReady = useCallback(() => setReady(true), []);
  return (
    <div ref={near.ref} className={`my-6 ${ready ? "" : "relative"}`}>
      {ready ? null : <Placeholder {...props} />}
      {near.value && (
        <div className={ready ? MIN_HEIGHT[props.strategy] : "invisible absolute inset-x-0 top-0"} aria-hidden={ready ? undefined : true}>
          <Island {...props} onReady={onReady} />
        </div>
      )}
    </div>
  );
}

/**
 * True once the element comes within a screen or so of the viewport. A lesson holds several
 * diagrams; each simulates and animates only when the reader gets near it, so opening the page
 * does not run five simulators at once.
 */
function useNearViewport() {
  const ref = useRef<HTMLDivElement>(null);
  const [value, setValue] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || value) return;
    if (typeof IntersectionObserver === "undefined") return setValue(true);
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setValue(true), { rootMargin: "800px 0px" });
    observer.observe(el);
    return () => observer.disconnect();
  }, [value]);
  return { ref, value };
}
