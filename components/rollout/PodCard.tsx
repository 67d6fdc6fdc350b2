"use client";
import { m } from "framer-motion";
import { memo } from "react";
import type { PodView } from "@/lib/rollout";
import { PHASE_LABEL, VERSION_STYLE } from "./labels";

/**
 * One pod. Version: colour + "v1"/"v2" text + solid/dashed border. State: a glyph and shape, never
 * colour alone — Ready is filled, NotReady hollow with "…", a broken pod shows "✕", Terminating fades to muted colours
 * with a strike. The card is decorative for screen readers; the group summary says the counts.
 */
function PodCardView({ pod, reduced }: { pod: PodView; reduced: boolean }) {
  // The label is neutral text for contrast on the tinted fill; the version colour is on the border and fill.
  const s = VERSION_STYLE[pod.version];
  const broken = !pod.healthy && pod.phase === "NotReady";
  const glyph = pod.phase === "Ready" ? "✓" : pod.phase === "Terminating" ? "종료" : broken ? "✕" : "…";
  const terminating = pod.phase === "Terminating";
  // A terminating pod "fades" through muted colours and a dotted border, not opacity, so its label keeps its contrast.
  const fill = pod.phase === "Ready" ? s.soft : terminating ? "bg-surface-2 border-dotted!" : "bg-bg";
  const title = `${pod.id}: ${pod.version}, ${broken ? "Ready가 되지 않음 (고장)" : PHASE_LABEL[pod.phase]}`;
  return (
    <m.div
      data-pod-id={pod.id}
      title={title}
      initial={reduced ? false : { opacity: 0, scale: 0.6 }}
      animate={{ opacity: 1, scale: 1 }}
      exit={reduced ? { opacity: 0, transition: { duration: 0 } } : { opacity: 0, scale: 0.6 }}
      transition={{ duration: reduced ? 0 : 0.2 }}
      className={`relative flex h-10 w-9 flex-col items-center justify-center rounded-md border-2 text-[11px] leading-tight ${s.border} ${fill} ${
        broken ? "border-fail! bg-fail-soft" : ""
      }`}
    >
      <span className={`font-bold ${terminating ? "text-muted" : "text-fg"}`}>{pod.version}</span>
      <span aria-hidden="true" className={`${broken ? "text-fail font-bold" : "text-muted"} ${terminating ? "text-[9px] line-through" : ""}`}>
        {glyph}
      </span>
    </m.div>
  );
}

/**
 * Frames are new objects every tick, but most pods do not change between two ticks: re-render a
 * card only when what it shows changed, so four diagrams ticking together stay cheap.
 */
export const PodCard = memo(
  PodCardView,
  (a, b) =>
    a.reduced === b.reduced &&
    a.pod.id === b.pod.id &&
    a.pod.version === b.pod.version &&
    a.pod.phase === b.pod.phase &&
    a.pod.healthy === b.pod.healthy,
);
