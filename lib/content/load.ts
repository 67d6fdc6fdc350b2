import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { analyzeLesson, type AnalyzedLesson } from "./lesson";
import { parseGlossary, type GlossaryTerm } from "./glossary";
import { validateCourse, linkChecker } from "./validate";
import { validateComponentProps } from "./component-props";
import { loadAllQuizzes, type QuizStats } from "@/lib/quiz/load";
import { AUTHOR_COMPONENTS } from "./component-names";
import type { Problem } from "./problems";

export interface Course {
  /** Valid lessons, in order. */
  lessons: AnalyzedLesson[];
  glossary: GlossaryTerm[];
  quizStats: QuizStats;
  problems: Problem[];
}

/** Reads and validates all of `content/`. Paths in problems are relative to the project root. */
export function loadCourse(root = process.cwd()): Course {
  const contentDir = path.join(root, "content");
  const lessonsDir = path.join(contentDir, "lessons");
  const rel = (p: string) => path.relative(root, p).split(path.sep).join("/");
  const problems: Problem[] = [];

  const files = existsSync(lessonsDir) ? readdirSync(lessonsDir).filter((f) => !f.startsWith(".")).sort() : [];
  const lessons: AnalyzedLesson[] = [];
  for (const name of files) {
    const full = path.join(lessonsDir, name);
    if (!name.endsWith(".mdx")) {
      problems.push({ file: rel(full), line: 1, reason: "content/lessons/에는 .mdx 레슨 파일만 둡니다" });
      continue;
    }
    const lesson = analyzeLesson(rel(full), readFileSync(full, "utf8"));
    problems.push(...lesson.problems);
    lessons.push(lesson);
  }

  const glossaryFile = path.join(contentDir, "glossary.yaml");
  let glossary: GlossaryTerm[] = [];
  if (existsSync(glossaryFile)) {
    const parsed = parseGlossary(rel(glossaryFile), readFileSync(glossaryFile, "utf8"));
    glossary = parsed.terms;
    problems.push(...parsed.problems);
  }

  const glossaryIds = new Set(glossary.map((t) => t.id));
  problems.push(...validateCourse(lessons, { knownComponents: AUTHOR_COMPONENTS, glossaryIds }));

  // Quizzes live beside the lessons and their `section` links must resolve like lesson links.
  const check = linkChecker(lessons, { glossaryIds });
  const quizzes = loadAllQuizzes(root, { linkExists: (href) => check(href) === null });
  problems.push(...quizzes.problems);
  // Component props last: the Quiz and QuizQuestion checks need the quizzes' ids.
  const quizIds = new Map(quizzes.quizzes.map((q) => [q.id, new Set(q.questions.map((x) => x.id))] as const));
  problems.push(...validateComponentProps(lessons, { quizzes: quizIds }));

  const valid = lessons.filter((l) => l.frontMatter).sort((a, b) => a.order - b.order);
  return { lessons: valid, glossary, quizStats: quizzes.stats, problems };
}
