import { loadCourse, type Course } from "./load";
import { ContentError } from "./problems";
import type { AnalyzedLesson } from "./lesson";
import type { LessonFrontMatter } from "./schema";
import type { HeadingInfo } from "./headings";
import type { LessonProgressInput } from "@/lib/progress/status";
import { loadQuiz } from "@/lib/quiz/load";
import { missionStepCount } from "./missions";

/** What pages need of a lesson: validated metadata, its headings and its place in the course. */
export interface LessonSummary extends LessonFrontMatter {
  slug: string;
  order: number;
  href: string;
  /** What the learner's progress on this lesson is made of (quiz, mission). */
  progress: LessonProgressInput;
}

let cached: Course | undefined;

/**
 * The course for page generation. Any content problem throws, so `next build` fails with the
 * same `path:line: reason` lines that `npm run check:content` prints.
 */
export function getCourse(): Course {
  cached ??= loadCourse(process.cwd());
  if (cached.problems.length) throw new ContentError(cached.problems);
  return cached;
}

export function summarize(lesson: AnalyzedLesson): LessonSummary {
  const fm = lesson.frontMatter!;
  const progress: LessonProgressInput = { slug: lesson.slug };
  if (loadQuiz(lesson.slug)) progress.quizId = lesson.slug;
  if (fm.mission) progress.mission = { id: fm.mission, total: missionStepCount(fm.mission) };
  return { ...fm, slug: lesson.slug, order: lesson.order, href: `/lessons/${lesson.slug}`, progress };
}

export function getLessonSummaries(): LessonSummary[] {
  return getCourse().lessons.map(summarize);
}

export function getLesson(slug: string): { lesson: AnalyzedLesson; summary: LessonSummary; prev?: LessonSummary; next?: LessonSummary } | undefined {
  const lessons = getCourse().lessons;
  const index = lessons.findIndex((l) => l.slug === slug);
  if (index === -1) return undefined;
  const at = (i: number) => (lessons[i] ? summarize(lessons[i]) : undefined);
  return { lesson: lessons[index], summary: at(index)!, prev: at(index - 1), next: at(index + 1) };
}

/** h2 and h3 only: the table of contents. */
export function tocOf(lesson: AnalyzedLesson): HeadingInfo[] {
  return lesson.headings.filter((h) => h.depth === 2 || h.depth === 3);
}
