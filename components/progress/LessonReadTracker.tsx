"use client";
import { useEffect, useRef } from "react";
import { useProgress } from "./useProgress";
import { markLessonRead } from "@/lib/progress/record";
import { markLessonVisited } from "@/lib/progress/status";

/**
 * Placed at the end of a lesson's text. Records the visit on mount, marks the lesson read when
 * this point scrolls into view, and offers a button to set or clear the mark by hand.
 */
export function LessonReadTracker({ slug }: { slug: string }) {
  const { record, update } = useProgress();
  const sentinel = useRef<HTMLDivElement>(null);
  // After the learner clears the mark by hand, scrolling must not set it again in this visit.
  const clearedByHand = useRef(false);
  const read = record.lessons[slug]?.read === true;

  useEffect(() => {
    update((r) => markLessonVisited(r, slug));
  }, [slug, update]);

  useEffect(() => {
    const el = sentinel.current;
    if (!el || read || clearedByHand.current) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) update((r) => (r.lessons[slug]?.read ? r : markLessonRead(r, slug)));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [slug, read, update]);

  return (
    <div ref={sentinel} className="mt-12 flex flex-wrap items-center gap-3 rounded-lg border border-border px-4 py-3" data-print="hide">
      <p className="text-sm text-muted" role="status">{read ? "이 레슨을 다 읽었습니다." : "끝까지 읽으면 읽음으로 표시됩니다."}</p>
      <button
        type="button"
        aria-pressed={read}
        onClick={() => {
          clearedByHand.current = read;
          update((r) => markLessonRead(r, slug, !read));
        }}
        className="ml-auto min-h-11 rounded-md border border-border px-3 text-sm font-medium hover:bg-surface-2"
      >
        {read ? "✓ 읽음" : "읽음으로 표시"}
      </button>
    </div>
  );
}
