/**
 * The pure updates a quiz makes as it is answered: one answer at a time, a retry of the missed
 * questions, an inline question's answer. Apart from record.ts because every page's first load
 * holds record.ts (the progress marks in the sidebar), while only pages with a quiz need these.
 */
import type { ProgressRecord, QuizAnswer, QuizEntry } from "./record";

const withQuiz = (record: ProgressRecord, quizId: string, entry: QuizEntry): ProgressRecord => ({ ...record, quizzes: { ...record.quizzes, [quizId]: entry } });
const scoreOf = (answers: Record<string, QuizAnswer>) => Object.values(answers).filter((a) => a.correct).length;

/**
 * One checked answer, saved as soon as it is graded. `questionIds` are the quiz's questions now:
 * answers to questions no longer in the quiz are dropped, and once every question has an answer the
 * quiz is finished (a finished retry gets a new `completedAt` and ends the retry).
 */
export function recordQuizAnswer(
  record: ProgressRecord,
  quizId: string,
  questionIds: readonly string[],
  questionId: string,
  answer: QuizAnswer,
  at: string = new Date().toISOString(),
): ProgressRecord {
  if (!questionIds.includes(questionId)) return record;
  const prev = record.quizzes[quizId];
  const merged = { ...prev?.answers, [questionId]: answer };
  const answers: Record<string, QuizAnswer> = {};
  for (const id of questionIds) if (Object.hasOwn(merged, id)) answers[id] = merged[id];
  const entry: QuizEntry = { answers, score: scoreOf(answers), total: questionIds.length };
  if (questionIds.every((id) => Object.hasOwn(answers, id))) entry.completedAt = at;
  else {
    if (prev?.completedAt !== undefined) entry.completedAt = prev.completedAt;
    if (prev?.retry) entry.retry = prev.retry;
  }
  return withQuiz(record, quizId, entry);
}

/**
 * "틀린 문제만 다시 풀기": forget the answers to `ids` and remember that they are being retried.
 * The score is unchanged (they were wrong) and the quiz stays finished.
 */
export function startQuizRetry(record: ProgressRecord, quizId: string, ids: readonly string[]): ProgressRecord {
  const prev = record.quizzes[quizId];
  if (!prev || ids.length === 0) return record;
  const answers = { ...prev.answers };
  for (const id of ids) delete answers[id];
  return withQuiz(record, quizId, { ...prev, answers, score: scoreOf(answers), retry: [...ids] });
}

/** The key of an inline question in `practice`. */
export const practiceKey = (quizId: string, questionId: string) => `${quizId}/${questionId}`;

/** Save (or, with no answer, forget) an inline question's answer. */
export function recordPracticeAnswer(record: ProgressRecord, key: string, answer: QuizAnswer | undefined): ProgressRecord {
  const practice = { ...record.practice };
  if (answer) practice[key] = answer;
  else delete practice[key];
  return { ...record, practice };
}
