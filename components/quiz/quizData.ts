/**
 * Server/build only: turn a loaded quiz into the plain data a client island needs, with every
 * section link resolved to a readable label from the lesson's own title and headings.
 */
import type { Quiz } from "@/lib/quiz/schema";
import { getLesson } from "@/lib/content/site";
import type { ClientQuiz } from "./types";

export function sectionLabel(href: string): string {
  const m = /^\/lessons\/([a-z0-9-]+)(?:#([a-z0-9-]+))?$/.exec(href);
  if (!m) return "레슨";
  try {
    const found = getLesson(m[1]);
    if (!found) return "레슨";
    const heading = m[2] ? found.lesson.headings.find((h) => h.id === m[2]) : undefined;
    return heading ? `${found.summary.title} › ${heading.text}` : found.summary.title;
  } catch {
    // Content problems fail the build elsewhere with a clear message; a label is not worth a second one.
    return "레슨";
  }
}

export function toClientQuiz(quiz: Quiz): ClientQuiz {
  return { ...quiz, questions: quiz.questions.map((q) => ({ ...q, sectionLabel: sectionLabel(q.section) })) };
}
