import { describe, expect, it } from "vitest";
import {
  emptyProgress, exportProgress, importProgress, loadProgress, markLessonRead, MAX_RAW_BYTES, PROGRESS_KEY,
  recordQuizResult, resetProgress, saveProgress, setMissionSteps, clearQuizResult, type StorageLike,
} from "./progress";
import { createProgressStore } from "./store";

class MemoryStorage implements StorageLike {
  data = new Map<string, string>();
  failWrites = false;
  failReads = false;
  writes = 0;
  getItem(k: string) {
    if (this.failReads) throw new Error("SecurityError");
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.failWrites) throw new Error("QuotaExceededError");
    this.writes++;
    this.data.set(k, v);
  }
  removeItem(k: string) {
    if (this.failWrites) throw new Error("QuotaExceededError");
    this.data.delete(k);
  }
}

const quizEntry = { answers: { q1: { correct: true, response: 1 }, q2: { correct: false, response: "ctr image ls" } }, score: 1, total: 2, completedAt: "2026-01-01T00:00:00.000Z" };
const stored = (s: MemoryStorage) => JSON.parse(s.data.get(PROGRESS_KEY)!);

describe("loadProgress", () => {
  it("starts empty and persistent with nothing stored", () => {
    expect(loadProgress(new MemoryStorage())).toEqual({ record: emptyProgress(), persistent: true, readOnly: false, dropped: [] });
  });
  it("round-trips a saved record", () => {
    const s = new MemoryStorage();
    let r = recordQuizResult(emptyProgress(), "cicd-pipeline", quizEntry);
    r = markLessonRead(r, "cicd-pipeline", true, "2026-01-02T00:00:00.000Z");
    r = setMissionSteps(r, "mission-1", ["build", "push", "build"]);
    expect(saveProgress(s, r)).toEqual({ saved: true });
    const back = loadProgress(s).record;
    expect(back).toEqual(r);
    expect(back.missions["mission-1"].done).toEqual(["build", "push"]);
  });
  it("drops one corrupt quiz entry and keeps the rest", () => {
    const s = new MemoryStorage();
    s.data.set(PROGRESS_KEY, JSON.stringify({
      version: 1,
      lessons: { a: { read: true }, b: { read: "yes" } },
      quizzes: { good: quizEntry, bad: { ...quizEntry, score: "lots" }, worse: { ...quizEntry, score: 5, total: 2 } },
      missions: { m: { done: ["x"] }, n: 42 },
    }));
    const r = loadProgress(s);
    expect(Object.keys(r.record.quizzes)).toEqual(["good"]);
    expect(Object.keys(r.record.lessons)).toEqual(["a"]);
    expect(Object.keys(r.record.missions)).toEqual(["m"]);
    expect(r.dropped).toEqual(["lessons.b", "quizzes.bad", "quizzes.worse", "missions.n"]);
  });
  it("drops a foreign section or a whole foreign value", () => {
    const s = new MemoryStorage();
    s.data.set(PROGRESS_KEY, JSON.stringify({ version: 1, lessons: ["not", "a", "map"], quizzes: { good: quizEntry } }));
    const r = loadProgress(s);
    expect(r.dropped).toEqual(["lessons"]);
    expect(r.record.quizzes.good.score).toBe(1);
    s.data.set(PROGRESS_KEY, "\"just a string\"");
    expect(loadProgress(s).dropped).toEqual(["record"]);
    s.data.set(PROGRESS_KEY, "{not json");
    expect(loadProgress(s)).toMatchObject({ record: emptyProgress(), dropped: ["record"], readOnly: false });
  });
  it("ignores an oversized value and oversized fields", () => {
    const s = new MemoryStorage();
    s.data.set(PROGRESS_KEY, "x".repeat(MAX_RAW_BYTES + 1));
    expect(loadProgress(s).dropped).toEqual(["record"]);
    // An oversized answer costs that answer only; an oversized field of the entry, the entry.
    const big = { ...quizEntry, answers: { q1: { correct: false, response: "a".repeat(5000) } } };
    const bigDate = { ...quizEntry, completedAt: "x".repeat(100) };
    s.data.set(PROGRESS_KEY, JSON.stringify({ version: 1, quizzes: { big, bigDate, good: quizEntry } }));
    const r = loadProgress(s);
    expect(Object.keys(r.record.quizzes)).toEqual(["big", "good"]);
    expect(r.record.quizzes.big.answers).toEqual({});
    expect(r.dropped).toEqual(["quizzes.big.answers.q1", "quizzes.bigDate"]);
  });
  it("reads a newer version but never overwrites it", () => {
    const s = new MemoryStorage();
    const future = JSON.stringify({ version: 2, quizzes: { good: quizEntry }, newThing: {} });
    s.data.set(PROGRESS_KEY, future);
    const r = loadProgress(s);
    expect(r.readOnly).toBe(true);
    expect(r.record.quizzes.good.score).toBe(1);
    expect(saveProgress(s, recordQuizResult(r.record, "x", quizEntry))).toEqual({ saved: false, reason: "read-only" });
    // Even a v1 record is not written over a newer one (another tab may have upgraded).
    expect(saveProgress(s, emptyProgress())).toEqual({ saved: false, reason: "read-only" });
    expect(resetProgress(s)).toEqual({ saved: false, reason: "read-only" });
    expect(s.data.get(PROGRESS_KEY)).toBe(future);
  });
  it("storage that throws: not persistent, no exception", () => {
    const s = new MemoryStorage();
    s.failReads = true;
    expect(loadProgress(s)).toMatchObject({ persistent: false, record: emptyProgress() });
    expect(loadProgress(null).persistent).toBe(false);
    s.failReads = false;
    s.failWrites = true;
    expect(saveProgress(s, emptyProgress())).toEqual({ saved: false, reason: "storage-error" });
  });
});

describe("quizzes in progress", () => {
  const half = { answers: { q1: { correct: true, response: 1 }, q2: { correct: false, response: [0, 2] } }, score: 1, total: 23 };
  it("an unfinished quiz (no completedAt) loads, and a finished one written before still does", () => {
    const s = new MemoryStorage();
    s.data.set(PROGRESS_KEY, JSON.stringify({ version: 1, quizzes: { final: half, old: quizEntry } }));
    const r = loadProgress(s);
    expect(r.dropped).toEqual([]);
    expect(r.record.quizzes.final).toEqual(half);
    expect(r.record.quizzes.old).toEqual(quizEntry);
    expect(r.record.practice).toEqual({});
  });
  it("a retry in progress round-trips", () => {
    const s = new MemoryStorage();
    const retrying = { ...half, total: 2, completedAt: "2026-01-01T00:00:00.000Z", retry: ["q2"], answers: { q1: half.answers.q1 } };
    let r = recordQuizResult(emptyProgress(), "x", quizEntry);
    r = { ...r, quizzes: { ...r.quizzes, final: retrying } };
    saveProgress(s, r);
    expect(loadProgress(s)).toMatchObject({ record: r, dropped: [] });
  });
  it("corrupt answers are dropped one by one; the quiz, its other answers and the rest are kept, the score recounted", () => {
    const s = new MemoryStorage();
    s.data.set(PROGRESS_KEY, JSON.stringify({
      version: 1,
      lessons: { intro: { read: true } },
      quizzes: {
        final: {
          answers: {
            q1: { correct: true, response: 1 },
            q2: { correct: "yes" },
            q3: { correct: true, response: { $gt: 1 } },
            q4: { correct: true, response: [0, 2], extra: 1 },
            q5: { correct: false, response: "kubectl get po" },
            "": { correct: true },
          },
          score: 4,
          total: 23,
        },
        other: quizEntry,
      },
    }));
    const r = loadProgress(s);
    expect(r.record.quizzes.final).toEqual({ answers: { q1: { correct: true, response: 1 }, q5: { correct: false, response: "kubectl get po" } }, score: 1, total: 23 });
    expect(r.record.quizzes.other).toEqual(quizEntry);
    expect(r.record.lessons.intro.read).toBe(true);
    expect(r.dropped).toEqual(["quizzes.final.answers.q2", "quizzes.final.answers.q3", "quizzes.final.answers.q4", "quizzes.final.answers."]);
  });
  it("broken fields of an unfinished quiz drop that quiz only", () => {
    const s = new MemoryStorage();
    s.data.set(PROGRESS_KEY, JSON.stringify({
      version: 1,
      quizzes: {
        a: { ...half, score: 30 },
        b: { ...half, answers: [1, 2] },
        c: { ...half, retry: "q2" },
        d: { ...half, completedAt: 5 },
        e: { ...half, startedAt: "x" },
        f: half,
      },
    }));
    const r = loadProgress(s);
    expect(Object.keys(r.record.quizzes)).toEqual(["f"]);
    expect(r.dropped).toEqual(["quizzes.a", "quizzes.b", "quizzes.c", "quizzes.d", "quizzes.e"]);
  });
  it("inline practice answers load key by key", () => {
    const s = new MemoryStorage();
    s.data.set(PROGRESS_KEY, JSON.stringify({ version: 1, practice: { "a/q1": { correct: true, response: 0 }, "a/q2": { correct: 1 } } }));
    const r = loadProgress(s);
    expect(r.record.practice).toEqual({ "a/q1": { correct: true, response: 0 } });
    expect(r.dropped).toEqual(["practice.a/q2"]);
    s.data.set(PROGRESS_KEY, JSON.stringify({ version: 1, practice: "all", lessons: { intro: { read: true } } }));
    expect(loadProgress(s)).toMatchObject({ record: { practice: {}, lessons: { intro: { read: true } } }, dropped: ["practice"] });
  });
  it("export then import keeps answers in progress and practice answers", () => {
    let r = recordQuizResult(emptyProgress(), "done", quizEntry);
    r = { ...r, quizzes: { ...r.quizzes, final: half }, practice: { "a/q1": { correct: false, response: "ctr i ls" } } };
    expect(importProgress(exportProgress(r))).toMatchObject({ ok: true, record: r, dropped: [] });
  });
});

describe("updates, export and import", () => {
  it("clearQuizResult removes one quiz", () => {
    const r = recordQuizResult(recordQuizResult(emptyProgress(), "a", quizEntry), "b", quizEntry);
    expect(Object.keys(clearQuizResult(r, "a").quizzes)).toEqual(["b"]);
  });
  it("markLessonRead can unmark", () => {
    expect(markLessonRead(emptyProgress(), "x", false).lessons.x).toEqual({ read: false });
  });
  it("export then import gives the same record", () => {
    const r = recordQuizResult(emptyProgress(), "final", quizEntry);
    const back = importProgress(exportProgress(r));
    expect(back).toMatchObject({ ok: true, record: r, dropped: [] });
  });
  it("import validates like load", () => {
    expect(importProgress("nonsense").ok).toBe(false);
    const r = importProgress(JSON.stringify({ version: 1, quizzes: { a: quizEntry, b: { score: 1 } } }));
    expect(r.ok).toBe(true);
    expect(r.dropped).toEqual(["quizzes.b"]);
  });
});

describe("createProgressStore", () => {
  it("updates, saves and notifies", () => {
    const s = new MemoryStorage();
    const store = createProgressStore(s);
    let calls = 0;
    store.subscribe(() => calls++);
    store.update((r) => recordQuizResult(r, "a", quizEntry));
    expect(calls).toBe(1);
    expect(stored(s).quizzes.a.score).toBe(1);
    expect(store.get().persistent).toBe(true);
  });
  it("a full storage keeps working in memory and reports once", () => {
    const s = new MemoryStorage();
    const store = createProgressStore(s);
    let lost = 0;
    store.onPersistenceLost(() => lost++);
    s.failWrites = true;
    store.update((r) => recordQuizResult(r, "a", quizEntry));
    store.update((r) => recordQuizResult(r, "b", quizEntry));
    expect(lost).toBe(1);
    expect(store.get().persistent).toBe(false);
    expect(Object.keys(store.get().record.quizzes)).toEqual(["a", "b"]);
  });
  it("reload picks up another tab's write", () => {
    const s = new MemoryStorage();
    const store = createProgressStore(s);
    saveProgress(s, recordQuizResult(emptyProgress(), "other-tab", quizEntry));
    expect(store.reload().record.quizzes["other-tab"].total).toBe(2);
  });
  it("a newer record is read-only in the store: updates stay in memory", () => {
    const s = new MemoryStorage();
    const future = JSON.stringify({ version: 3, quizzes: {} });
    s.data.set(PROGRESS_KEY, future);
    const store = createProgressStore(s);
    store.update((r) => recordQuizResult(r, "a", quizEntry));
    store.reset();
    expect(s.data.get(PROGRESS_KEY)).toBe(future);
    expect(s.writes).toBe(0);
    expect(store.get().readOnly).toBe(true);
  });
  it("reset empties storage and memory", () => {
    const s = new MemoryStorage();
    const store = createProgressStore(s);
    store.update((r) => recordQuizResult(r, "a", quizEntry));
    store.reset();
    expect(s.data.has(PROGRESS_KEY)).toBe(false);
    expect(store.get().record).toEqual(emptyProgress());
  });
  it("replace saves an imported record as this version", () => {
    const s = new MemoryStorage();
    const store = createProgressStore(s);
    const imported = importProgress(JSON.stringify({ version: 1, lessons: { x: { read: true } } }));
    store.replace(imported.record);
    expect(stored(s).lessons).toEqual({ x: { read: true } });
  });
});
