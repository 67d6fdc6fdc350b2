/**
 * The progress record's shape and its pure updates, without validation. Kept apart from
 * progress.ts (zod schemas, storage) so that components which only change the record do not pull
 * the validator into a page's first load; the store and its validator load after hydration.
 */
export const PROGRESS_KEY = "deploy-notes:progress";
export const PROGRESS_VERSION = 1;
/** Larger raw values are not ours (or are broken): ignored rather than parsed. */
export const MAX_RAW_BYTES = 512 * 1024;

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface QuizAnswer {
  correct: boolean;
  /** What the learner answered: a choice index, indices, or typed text. */
  response?: number | number[] | string;
}
export interface LessonEntry {
  read: boolean;
  at?: string;
}
export interface QuizEntry {
  answers: Record<string, QuizAnswer>;
  score: number;
  total: number;
  completedAt: string;
}
export interface MissionEntry {
  done: string[];
}

export interface ProgressRecord {
  version: number;
  lessons: Record<string, LessonEntry>;
  quizzes: Record<string, QuizEntry>;
  missions: Record<string, MissionEntry>;
}

export const emptyProgress = (): ProgressRecord => ({ version: PROGRESS_VERSION, lessons: {}, quizzes: {}, missions: {} });

export interface QuizResultInput {
  answers: Record<string, QuizAnswer>;
  score: number;
  total: number;
  completedAt?: string;
}

/** Pure updates: each returns a new record. Times are passed in (tests) or taken now. */
export function recordQuizResult(record: ProgressRecord, quizId: string, result: QuizResultInput): ProgressRecord {
  const entry: QuizEntry = { answers: result.answers, score: result.score, total: result.total, completedAt: result.completedAt ?? new Date().toISOString() };
  return { ...record, quizzes: { ...record.quizzes, [quizId]: entry } };
}

export function clearQuizResult(record: ProgressRecord, quizId: string): ProgressRecord {
  const quizzes = { ...record.quizzes };
  delete quizzes[quizId];
  return { ...record, quizzes };
}

export function markLessonRead(record: ProgressRecord, slug: string, read = true, at: string = new Date().toISOString()): ProgressRecord {
  return { ...record, lessons: { ...record.lessons, [slug]: read ? { read: true, at } : { read: false } } };
}

export function setMissionSteps(record: ProgressRecord, missionId: string, done: string[]): ProgressRecord {
  return { ...record, missions: { ...record.missions, [missionId]: { done: [...new Set(done)] } } };
}

export function exportProgress(record: ProgressRecord): string {
  return JSON.stringify(record, null, 2);
}
