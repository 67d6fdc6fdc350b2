"use client";
import { m } from "framer-motion";
import { useLayoutEffect, useState, type RefObject } from "react";
import type { Frame, RequestView } from "@/lib/rollout";

/** Dots drawn per tick: a few are enough to show where requests go without noise. */
const MAX_DOTS = 8;

interface Point {
  x: number;
  y: number;
}

interface Layout {
  tick: number;
  from: Point;
  to: Map<string, Point>;
}

function centre(el: Element, box: DOMRect, bottom = false): Point {
  const r = el.getBoundingClientRect();
  return { x: r.left - box.left + r.width / 2, y: r.top - box.top + (bottom ? r.height : r.height / 2) };
}

function Dot({ req, layout, index, duration }: { req: RequestView; layout: Layout; index: number; duration: number }) {
  const target = req.to ? layout.to.get(req.to) : undefined;
  const failed = !req.ok || !target;
  const end = target ?? { x: layout.from.x + (index - MAX_DOTS / 2) * 14, y: layout.from.y + 28 };
  const colour = failed ? "bg-fail text-white" : req.version === "v2" ? "bg-v2 text-white" : "bg-v1 text-white";
  return (
    <m.span
      className={`pointer-events-none absolute left-0 top-0 flex h-4 w-4 items-center justify-center rounded-full text-[9px] font-bold shadow ${colour}`}
      initial={{ x: layout.from.x - 8, y: layout.from.y - 8, opacity: 0 }}
      animate={{ x: end.x - 8, y: end.y - 8, opacity: [0, 1, 1, failed ? 1 : 0] }}
      transition={{ duration, delay: index * (duration / 20), ease: "easeInOut" }}
    >
      {failed ? "✕" : req.version === "v2" ? "2" : "1"}
    </m.span>
  );
}

/**
 * Requests travelling from the Service/Ingress to the pod that served them (failures stop short
 * with ✕). Positions are measured from the rendered pod cards. Not rendered at all under reduced
 * motion; the traffic counts are always in text next to the stage.
 */
export function RequestDots({ frame, stageRef, duration }: { frame: Frame; stageRef: RefObject<HTMLDivElement | null>; duration: number }) {
  const [layout, setLayout] = useState<Layout | null>(null);
  useLayoutEffect(() => {
    const stage = stageRef.current;
    if (!stage) return;
    const box = stage.getBoundingClientRect();
    const router = stage.querySelector("[data-router]");
    if (!router) return;
    const to = new Map<string, Point>();
    stage.querySelectorAll<HTMLElement>("[data-pod-id]").forEach((el) => to.set(el.dataset.podId!, centre(el, box)));
    setLayout({ tick: frame.tick, from: centre(router, box, true), to });
  }, [frame, stageRef]);

  if (!layout || layout.tick !== frame.tick) return null;
  const requests = frame.requests.slice(0, MAX_DOTS);
  return (
    <div aria-hidden="true" data-testid="request-dots" className="pointer-events-none absolute inset-0 overflow-hidden">
      {requests.map((r, i) => (
        <Dot key={`${frame.tick}-${r.id}`} req={r} layout={layout} index={i} duration={duration} />
      ))}
    </div>
  );
}
