/**
 * The learner's progress: one versioned JSON record in localStorage under `deploy-notes:progress`.
 * Pure: every function takes a Storage-like object, so it runs in tests, in the browser and with no
 * storage at all. Reading is forgiving key by key — one corrupt quiz entry is dropped, the rest kept —
 * and a record written by a newer version of the site is read but never overwritten.
 */
// zod/mini: the same validation as zod in a tree-shakable form, a fraction of the size in the browser.
import * as z from "zod/mini";
import { emptyProgress, MAX_RAW_BYTES, PROGRESS_KEY, PROGRESS_VERSION, type LessonEntry, type MissionEntry, type ProgressRecord, type QuizAnswer, type QuizEntry, type StorageLike } from "./record";

// The site's CSP has no 'unsafe-eval'. Without this, zod probes `new Function("")` on the first object
// parse; the probe's error is caught, but Chromium still reports a CSP violation. jitless skips it.
z.config({ jitless: true });

// The record's shape and pure updates live in record.ts and quizAnswers.ts (no validator); re-exported for callers.
export * from "./record";
export * from "./quizAnswers";

const MAX_ENTRIES = 500;
const MAX_TEXT = 2000;

const text = (max: number) => z.string().check(z.maxLength(max));
const count = () => z.int().check(z.minimum(0));
const idSchema = z.string().check(z.minLength(1), z.maxLength(200));
export const answerSchema: z.ZodMiniType<QuizAnswer> = z.strictObject({
  correct: z.boolean(),
  /** What the learner answered: a choice index, indices, or typed text. */
  response: z.optional(z.union([z.int(), z.array(z.int()).check(z.maxLength(100)), text(MAX_TEXT)])),
});
export const lessonEntrySchema: z.ZodMiniType<LessonEntry> = z.strictObject({ read: z.boolean(), at: z.optional(text(64)) });
/**
 * A quiz entry's own fields. Its answers are checked one by one afterwards (parseQuizEntry), so one
 * corrupt answer costs that answer, not the quiz. `completedAt` is absent while the quiz is in
 * progress; `retry` lists the missed questions being asked again.
 */
const quizFieldsSchema = z
  .strictObject({
    answers: z.record(z.string(), z.unknown()),
    score: count(),
    total: count(),
    completedAt: z.optional(text(64)),
    retry: z.optional(z.array(idSchema).check(z.maxLength(MAX_ENTRIES))),
  })
  .check(z.refine((q) => q.score <= q.total, "score exceeds total"));
export const missionEntrySchema: z.ZodMiniType<MissionEntry> = z.strictObject({ done: z.array(text(200)).check(z.maxLength(200)) });

export interface LoadResult {
  record: ProgressRecord;
  /** False when storage is missing or threw while reading. */
  persistent: boolean;
  /** Written by a newer site version: shown, never overwritten. */
  readOnly: boolean;
  /** What was dropped while reading, e.g. `quizzes.final` or `record` (nothing usable). */
  dropped: string[];
}


const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Reads one entry: its value, or undefined to drop it. May report drops inside it (`<path>.<key>`). */
type EntryParser<T> = (value: unknown, path: string, dropped: string[]) => T | undefined;

const bySchema =
  <T,>(schema: z.ZodMiniType<T>): EntryParser<T> =>
  (value) => {
    const r = schema.safeParse(value);
    return r.success ? r.data : undefined;
  };

function pickValid<T>(section: string, raw: unknown, parse: EntryParser<T>, dropped: string[]): Record<string, T> {
  const out: Record<string, T> = {};
  if (raw === undefined) return out;
  if (!isPlainObject(raw)) {
    dropped.push(section);
    return out;
  }
  let n = 0;
  for (const [key, value] of Object.entries(raw)) {
    const parsed = idSchema.safeParse(key).success && n < MAX_ENTRIES ? parse(value, `${section}.${key}`, dropped) : undefined;
    if (parsed !== undefined) {
      out[key] = parsed;
      n++;
    } else dropped.push(`${section}.${key}`);
  }
  return out;
}

/**
 * A quiz entry, finished or in progress. Broken fields drop the entry; a broken answer drops only
 * that answer (`quizzes.<id>.answers.<question>`), and the score is recounted from what is left.
 */
function parseQuizEntry(value: unknown, path: string, dropped: string[]): QuizEntry | undefined {
  const fields = quizFieldsSchema.safeParse(value);
  if (!fields.success) return undefined;
  const { answers: rawAnswers, score, total, completedAt, retry } = fields.data;
  const answers = pickValid(`${path}.answers`, rawAnswers, bySchema(answerSchema), dropped);
  const lost = Object.keys(answers).length < Object.keys(rawAnswers).length;
  const entry: QuizEntry = { answers, score: lost ? Math.min(total, Object.values(answers).filter((a) => a.correct).length) : score, total };
  if (completedAt !== undefined) entry.completedAt = completedAt;
  if (retry !== undefined) entry.retry = retry;
  return entry;
}

/** Validate a parsed value key by key. `readOnly` is set for a newer version. */
export function sanitiseProgress(value: unknown): { record: ProgressRecord; readOnly: boolean; dropped: string[] } {
  const dropped: string[] = [];
  if (!isPlainObject(value)) return { record: emptyProgress(), readOnly: false, dropped: ["record"] };
  const version = value.version;
  const readOnly = typeof version === "number" && version > PROGRESS_VERSION;
  if (!readOnly && version !== PROGRESS_VERSION) dropped.push("version");
  return {
    record: {
      version: readOnly ? (version as number) : PROGRESS_VERSION,
      lessons: pickValid("lessons", value.lessons, bySchema(lessonEntrySchema), dropped),
      quizzes: pickValid("quizzes", value.quizzes, parseQuizEntry, dropped),
      missions: pickValid("missions", value.missions, bySchema(missionEntrySchema), dropped),
      practice: pickValid("practice", value.practice, bySchema(answerSchema), dropped),
    },
    readOnly,
    dropped,
  };
}

function parseRaw(raw: string): { record: ProgressRecord; readOnly: boolean; dropped: string[] } {
  if (raw.length > MAX_RAW_BYTES) return { record: emptyProgress(), readOnly: false, dropped: ["record"] };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { record: emptyProgress(), readOnly: false, dropped: ["record"] };
  }
  return sanitiseProgress(value);
}

export function loadProgress(storage: StorageLike | null | undefined): LoadResult {
  if (!storage) return { record: emptyProgress(), persistent: false, readOnly: false, dropped: [] };
  let raw: string | null;
  try {
    raw = storage.getItem(PROGRESS_KEY);
  } catch {
    return { record: emptyProgress(), persistent: false, readOnly: false, dropped: [] };
  }
  if (raw === null) return { record: emptyProgress(), persistent: true, readOnly: false, dropped: [] };
  return { ...parseRaw(raw), persistent: true };
}

export type SaveResult = { saved: true } | { saved: false; reason: "read-only" | "storage-error" };

/**
 * Write the record. Never overwrites a record of a newer version (checked again at write time, in
 * case another tab updated the site meanwhile). A throwing storage (full, disabled) is reported, not thrown.
 */
export function saveProgress(storage: StorageLike | null | undefined, record: ProgressRecord): SaveResult {
  if (record.version > PROGRESS_VERSION) return { saved: false, reason: "read-only" };
  if (!storage) return { saved: false, reason: "storage-error" };
  try {
    const current = storage.getItem(PROGRESS_KEY);
    if (current !== null && current.length <= MAX_RAW_BYTES) {
      try {
        const v = JSON.parse(current) as { version?: unknown };
        if (typeof v?.version === "number" && v.version > PROGRESS_VERSION) return { saved: false, reason: "read-only" };
      } catch {
        // corrupt: ours to replace
      }
    }
    storage.setItem(PROGRESS_KEY, JSON.stringify(record));
    return { saved: true };
  } catch {
    return { saved: false, reason: "storage-error" };
  }
}

/** Forget everything. A newer version's record is left alone. */
export function resetProgress(storage: StorageLike | null | undefined): SaveResult {
  const current = loadProgress(storage);
  if (current.readOnly) return { saved: false, reason: "read-only" };
  try {
    storage?.removeItem(PROGRESS_KEY);
    return storage ? { saved: true } : { saved: false, reason: "storage-error" };
  } catch {
    return { saved: false, reason: "storage-error" };
  }
}


/** Validated exactly like a stored record; `ok` is false when nothing usable was found. */
export function importProgress(json: string): { ok: boolean; record: ProgressRecord; readOnly: boolean; dropped: string[] } {
  const r = parseRaw(json);
  return { ok: !r.dropped.includes("record"), ...r };
}
