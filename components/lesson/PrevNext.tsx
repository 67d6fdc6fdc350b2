import Link from "next/link";
import type { LessonSummary } from "@/lib/content/site";
import { ArrowLeftIcon, ArrowRightIcon } from "@/components/ui/icons";

/** Previous / next lesson at the end of a lesson. */
export function PrevNext({ prev, next }: { prev?: LessonSummary; next?: LessonSummary }) {
  return (
    <nav aria-label="이전 레슨과 다음 레슨" className="mt-16 grid gap-3 sm:grid-cols-2" data-print="hide">
      {prev ? (
        <Link href={prev.href} rel="prev" className="group rounded-lg border border-border p-4 hover:border-accent">
          <span className="flex items-center gap-1 text-sm text-muted"><ArrowLeftIcon width={14} height={14} /> 이전 레슨</span>
          <span className="mt-1 block font-semibold group-hover:text-accent">{prev.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {next && (
        <Link href={next.href} rel="next" className="group rounded-lg border border-border p-4 text-right hover:border-accent">
          <span className="flex items-center justify-end gap-1 text-sm text-muted">다음 레슨 <ArrowRightIcon width={14} height={14} /></span>
          <span className="mt-1 block font-semibold group-hover:text-accent">{next.title}</span>
        </Link>
      )}
    </nav>
  );
}
