/**
 * Attempt bookkeeping for the quiz runner, kept out of the component: which questions this pass
 * covers, what has been checked, and how a finished pass becomes a stored result.
 */
import { grade, type GradeResult, type Response } from "./grade";
import type { Question } from "./schema";
import type { QuizEntry, QuizAnswer } from "../progress/progress";

/** A checked answer: what was answered and how it was graded. */
export interface Checked {
  response: Response;
  result: GradeResult;
}

/** The part of a quiz an attempt needs (the client quiz data satisfies it). */
export interface QuizLike {
  id: string;
  questions: Question[];
}


export interface Attempt {
  /** Question ids asked in this pass (all, or only the missed ones). */
  ids: string[];
  /** Checked answers for every question of the quiz that has one. */
  answers: Record<string, Checked>;
  /** One-at-a-time: position in `ids`. */
  index: number;
}

export const freshAttempt = (quiz: QuizLike): Attempt => ({ ids: quiz.questions.map((q) => q.id), answers: {}, index: 0 });

/** Rebuild feedback from a stored result (after a reload or in another tab). */
export function attemptFromStored(quiz: QuizLike, entry: QuizEntry): Attempt {
  const answers: Record<string, Checked> = {};
  for (const q of quiz.questions) {
    const a = entry.answers[q.id];
    if (!a) continue;
    const response = a.response ?? (q.type === "command" || q.type === "predict" ? "" : []);
    answers[q.id] = { response, result: { ...grade(quiz.id, q, response), correct: a.correct } };
  }
  // A quiz that gained questions since it was taken resumes at the first unanswered one.
  const open = quiz.questions.findIndex((q) => !answers[q.id]);
  return { ids: quiz.questions.map((q) => q.id), answers, index: open === -1 ? quiz.questions.length : open };
}

export const isComplete = (a: Attempt) => a.ids.every((id) => a.answers[id]);

export function missedIds(quiz: QuizLike, a: Attempt): string[] {
  return quiz.questions.filter((q) => !a.answers[q.id]?.result.correct).map((q) => q.id);
}

export function retryMissed(quiz: QuizLike, a: Attempt): Attempt {
  const ids = missedIds(quiz, a);
  const answers = { ...a.answers };
  for (const id of ids) delete answers[id];
  return { ids, answers, index: 0 };
}

export function toStoredResult(quiz: QuizLike, a: Attempt): { answers: Record<string, QuizAnswer>; score: number; total: number } {
  const answers: Record<string, QuizAnswer> = {};
  let score = 0;
  for (const q of quiz.questions) {
    const c = a.answers[q.id];
    if (!c) continue;
    answers[q.id] = { correct: c.result.correct, response: typeof c.response === "string" ? c.response.slice(0, 500) : c.response };
    if (c.result.correct) score++;
  }
  return { answers, score, total: quiz.questions.length };
}
