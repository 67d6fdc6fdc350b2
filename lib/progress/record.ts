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
/**
 * A quiz's answers, saved one by one as each is checked. `completedAt` is set once every question
 * has been answered; without it the quiz is still in progress and does not count as taken.
 * Records written before answers were saved one by one always have it, so they count as taken.
 */
export interface QuizEntry {
  answers: Record<string, QuizAnswer>;
  /** Right answers among `answers`. */
  score: number;
  /** Questions in the quiz when it was last answered. */
  total: number;
  completedAt?: string;
  /**
   * A finished quiz being retried: the missed questions asked again, in order. Their old answers
   * are removed, so a reload resumes the retry; the quiz still counts as taken meanwhile.
   */
  retry?: string[];
}
export interface MissionEntry {
  done: string[];
}

export interface ProgressRecord {
  version: number;
  lessons: Record<string, LessonEntry>;
  quizzes: Record<string, QuizEntry>;
  missions: Record<string, MissionEntry>;
  /** Inline questions in lesson text (`<QuizQuestion>`), by `quizId/questionId`: practice, apart from the quizzes. */
  practice: Record<string, QuizAnswer>;
}

export const emptyProgress = (): ProgressRecord => ({ version: PROGRESS_VERSION, lessons: {}, quizzes: {}, missions: {}, practice: {} });

/** Taken to the end at least once. An in-progress quiz is not finished. */
export const isQuizFinished = (entry: QuizEntry | undefined): entry is QuizEntry & { completedAt: string } => typeof entry?.completedAt === "string";

/** Questions answered so far (at most the quiz's total). */
export const answeredCount = (entry: QuizEntry): number => Math.min(Object.keys(entry.answers).length, entry.total);

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

/** "처음부터 다시": the quiz's answers, finished or not, are forgotten. */
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
