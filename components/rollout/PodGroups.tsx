"use client";
import { AnimatePresence } from "framer-motion";
import type { Frame, ReplicaSetView } from "@/lib/rollout";
import { ROLE_LABEL, VERSION_STYLE } from "./labels";
import { PodCard } from "./PodCard";

function Group({ rs, frame, reduced }: { rs: ReplicaSetView; frame: Frame; reduced: boolean }) {
  const pods = frame.pods.filter((p) => p.rs === rs.name);
  const s = VERSION_STYLE[rs.version];
  const live =
    (frame.serviceSelector === "green" && rs.role === "green") || (frame.serviceSelector === "blue" && rs.role === "blue");
  return (
    <section
      aria-label={`${rs.name} (${rs.version})`}
      className={`min-w-0 rounded-lg border-2 p-2 ${s.border} ${live ? "ring-2 ring-accent ring-offset-1 ring-offset-bg" : ""}`}
    >
      <header className="mb-1.5 flex flex-wrap items-baseline justify-between gap-x-2 text-xs">
        <span className="font-mono font-semibold">
          <span className={s.text}>{rs.name}</span>
        </span>
        <span className="text-muted">
          {ROLE_LABEL[rs.role]}
          {rs.role === "new" || rs.role === "old" ? ` · rev ${rs.revision}` : ""}
          {live ? " · 트래픽 받는 중" : ""}
        </span>
      </header>
      <div aria-hidden="true" className="flex min-h-10 flex-wrap gap-1">
        <AnimatePresence initial={false}>
          {pods.map((p) => (
            <PodCard key={p.id} pod={p} reduced={reduced} />
          ))}
        </AnimatePresence>
      </div>
      <p className="mt-1.5 text-xs text-muted">
        spec {rs.spec} · Ready {rs.ready} · 준비 중 {rs.notReady} · 종료 중 {rs.terminating}
      </p>
    </section>
  );
}

/** Pod cards per ReplicaSet (old/new, blue/green, stable/canary), in creation order so positions hold. */
export function PodGroups({ frame, reduced }: { frame: Frame; reduced: boolean }) {
  return (
    <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
      {frame.replicaSets.map((rs) => (
        <Group key={rs.name} rs={rs} frame={frame} reduced={reduced} />
      ))}
    </div>
  );
}

/** "v1 Ready 8, v2 Ready 5, 종료 중 0" — the text summary of all groups. */
export function podSummary(frame: Frame): string {
  const v = frame.versions;
  const notReady = v.v1.notReady + v.v2.notReady;
  return `v1 Ready ${v.v1.ready}, v2 Ready ${v.v2.ready}, 준비 중 ${notReady}, 종료 중 ${frame.terminating}`;
}
