import Link from "next/link";
import type { LessonSummary } from "@/lib/content/site";
import { LessonStatusMark } from "@/components/progress/LessonStatus";

/**
 * The course's lessons in order, the current one marked with aria-current. Used by the desktop
 * sidebar and the phone menu. `data-lesson-slug` lets progress marks attach on the client.
 */
export function LessonList({ lessons, current }: { lessons: LessonSummary[]; current?: string }) {
  return (
    <ol className="space-y-0.5">
      {lessons.map((l) => {
        const active = l.slug === current;
        return (
          <li key={l.slug}>
            <Link
              href={l.href}
              aria-current={active ? "page" : undefined}
              data-lesson-slug={l.slug}
              className={`flex min-h-10 items-baseline gap-2 rounded-md px-2.5 py-1.5 text-[0.94rem] leading-snug hover:bg-surface-2 ${
                active ? "bg-surface-2 font-semibold text-accent" : "text-fg"
              }`}
            >
              <span className="w-5 shrink-0 font-mono text-xs text-muted tabular-nums">{String(l.order).padStart(2, "0")}</span>
              <span>{l.title}</span>
              <LessonStatusMark lesson={l.progress} />
            </Link>
          </li>
        );
      })}
    </ol>
  );
}
