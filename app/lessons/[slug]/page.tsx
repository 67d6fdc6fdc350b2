import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageShell } from "@/components/layout/PageShell";
import { LessonList } from "@/components/layout/LessonList";
import { MdxContent } from "@/components/mdx/MdxContent";
import { LessonHeader } from "@/components/lesson/LessonHeader";
import { TableOfContents } from "@/components/lesson/TableOfContents";
import { MobileToc } from "@/components/lesson/MobileToc";
import { PrevNext } from "@/components/lesson/PrevNext";
import { LessonQuiz } from "@/components/quiz/LessonQuiz";
import { LessonReadTracker } from "@/components/progress/LessonReadTracker";
import { compileLesson } from "@/lib/content/compile";
import { getCourse, getLesson, getLessonSummaries, tocOf } from "@/lib/content/site";

export const dynamicParams = false;

export function generateStaticParams() {
  return getCourse().lessons.map((l) => ({ slug: l.slug }));
}

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const found = getLesson((await params).slug);
  if (!found) return {};
  const { title, description } = found.summary;
  return {
    title,
    description,
    alternates: { canonical: found.summary.href },
    openGraph: { type: "article", title, description, url: found.summary.href },
  };
}

export default async function LessonPage({ params }: Params) {
  const found = getLesson((await params).slug);
  if (!found) notFound();
  const { lesson, summary, prev, next } = found;
  const code = await compileLesson(lesson);
  const toc = tocOf(lesson).map(({ id, text, depth }) => ({ id, text, depth }));

  return (
    <PageShell currentLesson={summary.slug}>
      <div className="mx-auto flex max-w-[90rem] gap-10 px-4 sm:px-6">
        <aside className="sticky top-14 hidden h-[calc(100dvh-3.5rem)] w-64 shrink-0 overflow-y-auto py-8 lg:block" data-print="hide">
          <nav aria-label="레슨 목록">
            <p className="mb-2 px-2.5 text-xs font-semibold uppercase tracking-wide text-muted">레슨</p>
            <LessonList lessons={getLessonSummaries()} current={summary.slug} />
          </nav>
        </aside>
        <article className="min-w-0 flex-1 py-8 sm:py-10" data-lesson={summary.slug} data-pagefind-body>
          <div className="mx-auto max-w-[42rem]">
            <LessonHeader lesson={summary} />
            <MobileToc items={toc} />
            <div className="prose">
              <MdxContent code={code} />
            </div>
            <LessonReadTracker slug={summary.slug} />
            <LessonQuiz slug={summary.slug} />
            <PrevNext prev={prev} next={next} />
          </div>
        </article>
        <aside className="sticky top-14 hidden h-[calc(100dvh-3.5rem)] w-56 shrink-0 overflow-y-auto py-10 xl:block" data-print="hide">
          <TableOfContents items={toc} />
        </aside>
      </div>
    </PageShell>
  );
}
