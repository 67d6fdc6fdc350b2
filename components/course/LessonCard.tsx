import Link from "next/link";
import type { LessonSummary } from "@/lib/content/site";
import { ClockIcon } from "@/components/ui/icons";
import type { ReactNode } from "react";

/** One lesson on the course map: order, title (the link), description, objectives, minutes. */
export function LessonCard({ lesson, status }: { lesson: LessonSummary; status?: ReactNode }) {
  return (
    <article className="relative rounded-xl border border-border bg-bg p-5 transition hover:border-accent/60 sm:p-6" data-lesson-card={lesson.slug}>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
        <span className="font-mono tabular-nums">{String(lesson.order).padStart(2, "0")}</span>
        {lesson.section && <span className="rounded-full bg-surface-2 px-2 py-0.5 text-xs">{lesson.section}</span>}
        <span className="inline-flex items-center gap-1">
          <ClockIcon width={14} height={14} />
          <span>{lesson.minutes}분</span>
        </span>
        {status}
      </div>
      <h2 className="mt-2 text-lg font-bold leading-snug sm:text-xl">
        <Link href={lesson.href} className="after:absolute after:inset-0 after:rounded-xl hover:text-accent">
          {lesson.title}
        </Link>
      </h2>
      <p className="mt-2 leading-relaxed text-muted">{lesson.description}</p>
      <details className="relative z-10 mt-3 text-sm">
        <summary className="inline-flex min-h-9 cursor-pointer items-center text-muted hover:text-fg">학습 목표 {lesson.objectives.length}가지</summary>
        <ul className="mt-2 list-disc space-y-1 pl-5 leading-relaxed">
          {lesson.objectives.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ul>
      </details>
    </article>
  );
}
