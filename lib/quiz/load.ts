/**
 * Reading quiz files from disk. Server / build only (node:fs): pages call loadQuiz at build time,
 * check:content calls loadAllQuizzes to print problems and stats.
 */
import fs from "node:fs";
import path from "node:path";
import type { Problem, Quiz } from "./schema";
import { validateQuizSource, type LinkContext } from "./validate";
import { formatProblem } from "@/lib/content/problems";

export const QUIZ_DIR = path.join("content", "quizzes");

export interface QuizStats {
  quizzes: number;
  questions: number;
  /** Question types used anywhere, in a stable order. */
  types: string[];
}

export interface LoadedQuizzes {
  quizzes: Quiz[];
  problems: Problem[];
  stats: QuizStats;
}

export function loadAllQuizzes(rootDir: string, ctx: LinkContext): LoadedQuizzes {
  const dir = path.join(rootDir, QUIZ_DIR);
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort() : [];
  const quizzes: Quiz[] = [];
  const problems: Problem[] = [];
  for (const f of files) {
    const rel = path.join(QUIZ_DIR, f).split(path.sep).join("/");
    const r = validateQuizSource(rel, fs.readFileSync(path.join(dir, f), "utf8"), ctx);
    problems.push(...r.problems);
    if (r.quiz) quizzes.push(r.quiz);
  }
  const types = [...new Set(quizzes.flatMap((q) => q.questions.map((x) => x.type)))].sort();
  return {
    quizzes,
    problems,
    stats: { quizzes: quizzes.length, questions: quizzes.reduce((n, q) => n + q.questions.length, 0), types },
  };
}

/** `quizzes=N questions=N types=a,b,c` for check:content. */
export function formatQuizStats(s: QuizStats): string {
  return `quizzes=${s.quizzes} questions=${s.questions} types=${s.types.join(",")}`;
}

export { formatProblem } from "@/lib/content/problems";

const cache = new Map<string, Quiz | null>();

/**
 * One quiz by id (file name without `.yaml`), or null when there is no such file. Links are checked
 * by check:content, not here. A file with problems throws, so a broken quiz fails the build loudly.
 */
export function loadQuiz(id: string, rootDir: string = process.cwd()): Quiz | null {
  if (!/^[a-z0-9-]+$/.test(id)) return null;
  const key = `${rootDir}\0${id}`;
  if (cache.has(key) && process.env.NODE_ENV === "production") return cache.get(key)!;
  const file = path.join(rootDir, QUIZ_DIR, `${id}.yaml`);
  if (!fs.existsSync(file)) {
    cache.set(key, null);
    return null;
  }
  const rel = path.join(QUIZ_DIR, `${id}.yaml`).split(path.sep).join("/");
  const r = validateQuizSource(rel, fs.readFileSync(file, "utf8"), { linkExists: () => true });
  if (!r.quiz) throw new Error(`Invalid quiz ${rel}:\n${r.problems.map(formatProblem).join("\n")}`);
  cache.set(key, r.quiz);
  return r.quiz;
}
