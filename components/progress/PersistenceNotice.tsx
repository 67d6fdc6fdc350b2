"use client";
import { useState } from "react";
import { useProgress } from "./useProgress";
import { useHydrated } from "@/components/ui/useHydrated";

/**
 * Private mode or a full/blocked storage: the site keeps working in memory and says so once,
 * until dismissed, instead of silently losing the learner's progress.
 */
export function PersistenceNotice() {
  const { persistent } = useProgress();
  const [dismissed, setDismissed] = useState(false);
  const hydrated = useHydrated();
  if (!hydrated || persistent || dismissed) return null;
  return (
    <div role="status" className="border-b border-warning/50 bg-surface px-4 py-2 text-sm" data-persistence-notice>
      <div className="mx-auto flex max-w-[90rem] items-center gap-3">
        <p className="flex-1">이 브라우저에서는 저장소를 쓸 수 없어 진도가 저장되지 않습니다 (사생활 보호 모드 등). 사이트는 그대로 쓸 수 있습니다.</p>
        <button type="button" onClick={() => setDismissed(true)} className="min-h-11 rounded-md px-3 font-medium hover:bg-surface-2">
          알겠어요
        </button>
      </div>
    </div>
  );
}
