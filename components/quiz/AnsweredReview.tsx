'use client';
/**
 * One question at a time, the questions answered before the current one, folded away: a learner back
 * after a reload can reread what they answered and the feedback. The cards are rendered only while
 * open, so the page holds one question's form and feedback at a time, as before.
 */
import { useState, type ReactNode } from "react";

export function AnsweredReview({ count, children }: { count: number; children: () => ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="rounded-xl border border-border" data-answered-review onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="min-h-11 cursor-pointer px-4 py-2.5 font-semibold">앞에서 푼 문제 {count}개 다시 보기</summary>
      {open && <div className="grid gap-4 p-4 pt-0">{children()}</div>}
    </details>
  );
}
