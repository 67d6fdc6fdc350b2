"use client";
import { useRef } from "react";
import type { Frame } from "@/lib/rollout";
import { PodGroups, podSummary } from "./PodGroups";
import { RequestDots } from "./RequestDots";
import { RouterBox } from "./RouterBox";

/** Router on top, pod groups below, request dots in between; plus the counts in text. */
export function RolloutStage({ frame, reduced, dotDuration, showDots }: { frame: Frame; reduced: boolean; dotDuration: number; showDots: boolean }) {
  const stageRef = useRef<HTMLDivElement>(null);
  const t = frame.traffic;
  const sent = t.v1 + t.v2 + t.failed;
  return (
    <div className="grid gap-2">
      <div ref={stageRef} className="relative grid gap-6">
        <RouterBox frame={frame} />
        <PodGroups frame={frame} reduced={reduced} />
        {showDots && !reduced ? <RequestDots frame={frame} stageRef={stageRef} duration={dotDuration} /> : null}
      </div>
      <p className="text-xs" data-testid="pod-summary">
        <span className="font-semibold">{podSummary(frame)}</span>
        {sent > 0 ? (
          <span className="text-muted">
            {" "}
            · 이번 틱 요청 {sent}개: v1 {t.v1}, v2 {t.v2}, <span className={t.failed > 0 ? "font-semibold text-fail" : ""}>실패 {t.failed}</span>
          </span>
        ) : null}
      </p>
    </div>
  );
}
