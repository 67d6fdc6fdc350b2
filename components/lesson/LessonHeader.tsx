import type { LessonSummary } from "@/lib/content/site";
import { ClockIcon } from "@/components/ui/icons";

/** Title, description, minutes and objectives: a lesson opens with what it will teach. */
export function LessonHeader({ lesson }: { lesson: LessonSummary }) {
  return (
    <header className="mb-8">
      <p className="flex flex-wrap items-center gap-x-3 text-sm text-muted">
        <span>레슨 {String(lesson.order).padStart(2, "0")}</span>
        {lesson.section && <span>{lesson.section}</span>}
        <span className="inline-flex items-center gap-1">
          <ClockIcon width={14} height={14} /> 약 {lesson.minutes}분
        </span>
      </p>
      <h1 className="mt-2 text-3xl font-extrabold leading-tight tracking-tight sm:text-[2.1rem]">{lesson.title}</h1>
      <p className="mt-3 text-lg leading-relaxed text-muted">{lesson.description}</p>
      <section aria-labelledby="objectives-title" className="mt-6 rounded-lg border border-border bg-surface px-5 py-4">
        <h2 id="objectives-title" className="text-sm font-bold">이 레슨을 마치면</h2>
        <ul className="mt-2 list-disc space-y-1 pl-5 leading-relaxed">
          {lesson.objectives.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ul>
      </section>
    </header>
  );
}
