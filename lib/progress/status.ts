import { answeredCount, isQuizFinished, type ProgressRecord } from "./record";

/**
 * What the course map and the sidebar show for a lesson, derived from the progress record.
 * A lesson is done when it was read to the end (or marked) and, if it has a quiz, the quiz was
 * finished (every question answered); it is in progress once opened, answered or practised in.
 */
export type LessonState = "not-started" | "in-progress" | "done";

export interface LessonProgressInput {
  slug: string;
  /** The lesson's quiz id, when it has one. */
  quizId?: string;
  /** The lesson's sandbox mission and how many steps it has. */
  mission?: { id: string; total: number };
}

export interface LessonProgress {
  state: LessonState;
  read: boolean;
  /** The finished quiz's score. */
  quiz?: { score: number; total: number };
  /** A quiz begun but not finished: how far the learner got. Never set together with `quiz`. */
  quizStarted?: { answered: number; total: number };
  mission?: { done: number; total: number };
}

export function lessonProgress(record: ProgressRecord, lesson: LessonProgressInput): LessonProgress {
  const entry = record.lessons[lesson.slug];
  const quizEntry = lesson.quizId ? record.quizzes[lesson.quizId] : undefined;
  const missionEntry = lesson.mission ? record.missions[lesson.mission.id] : undefined;
  const read = entry?.read === true;
  const quiz = isQuizFinished(quizEntry) ? { score: quizEntry.score, total: quizEntry.total } : undefined;
  const quizStarted = quizEntry && !quiz ? { answered: answeredCount(quizEntry), total: quizEntry.total } : undefined;
  const mission = lesson.mission ? { done: Math.min(missionEntry?.done.length ?? 0, lesson.mission.total), total: lesson.mission.total } : undefined;
  const done = read && (!lesson.quizId || quiz !== undefined);
  const started = entry !== undefined || quizEntry !== undefined || (mission?.done ?? 0) > 0;
  return { state: done ? "done" : started ? "in-progress" : "not-started", read, quiz, ...(quizStarted && { quizStarted }), mission };
}

/** Records that a lesson was opened now, keeping whether it was already read. */
export function markLessonVisited(record: ProgressRecord, slug: string, at: string = new Date().toISOString()): ProgressRecord {
  const read = record.lessons[slug]?.read ?? false;
  return { ...record, lessons: { ...record.lessons, [slug]: { read, at } } };
}

/**
 * Where "continue where you left off" leads: the most recently opened lesson if it is not done,
 * else the first lesson after it that is not done. Undefined before any visit, or when all are done.
 */
export function continueLesson(record: ProgressRecord, lessons: LessonProgressInput[]): string | undefined {
  let latest = -1;
  let latestAt = "";
  lessons.forEach((l, i) => {
    const at = record.lessons[l.slug]?.at;
    if (at && at > latestAt) {
      latestAt = at;
      latest = i;
    }
  });
  if (latest === -1) return undefined;
  const notDone = (i: number) => lessonProgress(record, lessons[i]).state !== "done";
  if (notDone(latest)) return lessons[latest].slug;
  for (let i = latest + 1; i < lessons.length; i++) if (notDone(i)) return lessons[i].slug;
  for (let i = 0; i < latest; i++) if (notDone(i)) return lessons[i].slug;
  return undefined;
}
