"use client";
import { useEffect, useRef, type RefObject } from "react";
import type { Frame, RequestView } from "@/lib/rollout";

/** Dots drawn per tick: a few are enough to show where requests go without noise. */
const MAX_DOTS = 8;
/** Half a dot (h-4 w-4), so a dot's centre, not its corner, lands on the target. */
const HALF = 8;

interface Point {
  x: number;
  y: number;
}

function centre(el: Element, box: DOMRect, bottom = false): Point {
  const r = el.getBoundingClientRect();
  return { x: r.left - box.left + r.width / 2, y: r.top - box.top + (bottom ? r.height : r.height / 2) };
}

function dotStyle(req: RequestView): { colour: string; label: string } {
  if (!req.ok || !req.to) return { colour: "bg-fail", label: "✕" };
  return req.version === "v2" ? { colour: "bg-v2", label: "2" } : { colour: "bg-v1", label: "1" };
}

/**
 * Requests travelling from the Service/Ingress to the pod that served them (failures stop short
 * with ✕). Not rendered at all under reduced motion; the traffic counts are always in text next
 * to the stage.
 *
 * Why not `m.span`: four diagrams send up to 32 dots a tick, and mounting a framer-motion component
 * per dot (plus measuring pods inside React's commit) made each tick a 50 ms+ task. The dots are
 * plain spans; their flight is a Web Animations API transform/opacity animation (compositor-run)
 * started in the next animation frame, when the browser lays the new pods out anyway.
 */
export function RequestDots({ frame, stageRef, duration }: { frame: Frame; stageRef: RefObject<HTMLDivElement | null>; duration: number }) {
  const layerRef = useRef<HTMLDivElement>(null);
  const requests = frame.requests.slice(0, MAX_DOTS);

  useEffect(() => {
    const stage = stageRef.current;
    const layer = layerRef.current;
    if (!stage || !layer) return;
    const shown = frame.requests.slice(0, MAX_DOTS);
    const flights: Animation[] = [];
    const raf = requestAnimationFrame(() => {
      const router = stage.querySelector("[data-router]");
      if (!router) return;
      const box = stage.getBoundingClientRect();
      const from = centre(router, box, true);
      const dots = layer.querySelectorAll<HTMLElement>("[data-dot]");
      shown.forEach((req, i) => {
        const dot = dots[i];
        const pod = req.ok && req.to ? stage.querySelector(`[data-pod-id="${CSS.escape(req.to)}"]`) : null;
        const failed = !pod;
        const to = pod ? centre(pod, box) : { x: from.x + (i - MAX_DOTS / 2) * 14, y: from.y + 28 };
        if (!dot || typeof dot.animate !== "function") return;
        flights.push(
          dot.animate(
            [
              { transform: `translate(${from.x - HALF}px, ${from.y - HALF}px)`, opacity: 0 },
              { opacity: 1, offset: 0.2 },
              { opacity: 1, offset: 0.8 },
              { transform: `translate(${to.x - HALF}px, ${to.y - HALF}px)`, opacity: failed ? 1 : 0 },
            ],
            { duration: duration * 1000, delay: i * ((duration * 1000) / 20), easing: "ease-in-out", fill: "both" },
          ),
        );
      });
    });
    return () => {
      cancelAnimationFrame(raf);
      flights.forEach((a) => a.cancel());
    };
  }, [frame, stageRef, duration]);

  return (
    <div ref={layerRef} aria-hidden="true" data-testid="request-dots" className="pointer-events-none absolute inset-0 overflow-hidden">
      {requests.map((r, i) => {
        const { colour, label } = dotStyle(r);
        return (
          <span
            key={i}
            data-dot
            className={`absolute left-0 top-0 flex h-4 w-4 items-center justify-center rounded-full text-[9px] font-bold text-white opacity-0 shadow ${colour}`}
          >
            {label}
          </span>
        );
      })}
    </div>
  );
}
