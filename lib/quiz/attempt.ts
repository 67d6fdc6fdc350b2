/**
 * Attempt bookkeeping for the quiz runner, kept out of the component: which questions this pass
 * covers, what has been checked, and how checked answers are stored and restored.
 */
import { grade, type GradeResult, type Response } from "./grade";
import type { Question } from "./schema";
import type { QuizEntry, QuizAnswer } from "../progress/record";

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

/** A checked answer as saved: right or wrong and the response (typed text capped). */
export function toStoredAnswer(c: Checked): QuizAnswer {
  return { correct: c.result.correct, response: typeof c.response === "string" ? c.response.slice(0, 500) : c.response };
}

/** Rebuild one question's feedback from its saved answer; whether it was right is kept as saved. */
export function checkedFromStored(quizId: string, q: Question, a: QuizAnswer): Checked {
  const response = a.response ?? (q.type === "command" || q.type === "predict" ? "" : []);
  return { response, result: { ...grade(quizId, q, response), correct: a.correct } };
}

/**
 * Rebuild an attempt from saved answers (after a reload or in another tab), finished or not: it
 * resumes at the first unanswered question of the pass (all questions, or a saved retry of the
 * missed ones), or past the end when every one has an answer.
 */
export function attemptFromStored(quiz: QuizLike, entry: QuizEntry): Attempt {
  const answers: Record<string, Checked> = {};
  for (const q of quiz.questions) {
    if (Object.hasOwn(entry.answers, q.id)) answers[q.id] = checkedFromStored(quiz.id, q, entry.answers[q.id]);
  }
  const all = quiz.questions.map((q) => q.id);
  // A retry of questions the quiz no longer has is no retry.
  const retry = (entry.retry ?? []).filter((id) => all.includes(id));
  const ids = retry.length > 0 ? retry : all;
  // A quiz that gained questions since it was taken resumes at the first unanswered one too.
  const open = ids.findIndex((id) => !answers[id]);
  return { ids, answers, index: open === -1 ? ids.length : open };
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
    answers[q.id] = toStoredAnswer(c);
    if (c.result.correct) score++;
  }
  return { answers, score, total: quiz.questions.length };
}
