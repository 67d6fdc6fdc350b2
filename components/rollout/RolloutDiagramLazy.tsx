"use client";
import dynamic from "next/dynamic";
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { DIAGRAM_BODY_MIN_HEIGHT } from "./footprint";
import type { RolloutDiagramProps } from "./RolloutDiagram";

// The simulator and framer-motion load as their own chunk after the page is interactive.
const Island = dynamic(() => import("./RolloutDiagram").then((m) => m.RolloutDiagram), { ssr: false });

/**
 * Shows the server-rendered `placeholder` (static diagram + setup in text, at the island's size)
 * until the reader nears it, then loads the island behind it and swaps the two once it has
 * rendered, so the page never shows an empty box or jumps.
 */
export function RolloutDiagramLazy({ placeholder, ...props }: RolloutDiagramProps & { placeholder: ReactNode }) {
  const [ready, setReady] = useState(false);
  const near = useNearViewport();
  const onReady = useCallback(() => setReady(true), []);
  return (
    <div ref={near.ref} className={`my-6 ${ready ? "" : "relative"}`} data-testid="rollout-slot" data-ready={ready}>
      {ready ? null : placeholder}
      {near.value && (
        <div className={ready ? "" : "invisible absolute inset-x-0 top-0"} aria-hidden={ready ? undefined : true}>
          <Island {...props} bodyClassName={DIAGRAM_BODY_MIN_HEIGHT[props.strategy]} onReady={onReady} />
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
