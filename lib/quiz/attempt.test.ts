import { describe, expect, it } from "vitest";
import { attemptFromStored, freshAttempt, isComplete, missedIds, retryMissed, toStoredResult, type Attempt, type QuizLike } from "./attempt";
import { grade } from "./grade";

const base = { prompt: "p", explanation: "e", section: "/lessons/x#y" };
const quiz: QuizLike = {
  id: "demo",
  questions: [
    { ...base, id: "a", type: "single", choices: ["x", "y"], answer: 0 },
    { ...base, id: "b", type: "predict", accept: [3] },
    { ...base, id: "c", type: "multiple", choices: ["x", "y", "z"], answers: [0, 1] },
  ],
};
const check = (id: string, response: number | number[] | string) => ({ response, result: grade("demo", quiz.questions.find((q) => q.id === id)!, response) });

describe("attempts", () => {
  it("a fresh attempt asks everything from the start", () => {
    expect(freshAttempt(quiz)).toEqual({ ids: ["a", "b", "c"], answers: {}, index: 0 });
    expect(isComplete(freshAttempt(quiz))).toBe(false);
  });
  it("turns a finished pass into a stored result and back", () => {
    const done: Attempt = { ids: ["a", "b", "c"], answers: { a: check("a", 0), b: check("b", "4"), c: check("c", [0]) }, index: 3 };
    expect(isComplete(done)).toBe(true);
    const stored = toStoredResult(quiz, done);
    expect(stored).toEqual({ score: 1, total: 3, answers: { a: { correct: true, response: 0 }, b: { correct: false, response: "4" }, c: { correct: false, response: [0] } } });
    const back = attemptFromStored(quiz, { ...stored, completedAt: "2026-01-01T00:00:00Z" });
    expect(back.index).toBe(3);
    expect(back.answers.c.result).toMatchObject({ correct: false, missed: [1] });
    expect(missedIds(quiz, back)).toEqual(["b", "c"]);
  });
  it("retry keeps the right answers and asks only the missed ones", () => {
    const done: Attempt = { ids: ["a", "b", "c"], answers: { a: check("a", 0), b: check("b", "4"), c: check("c", [0, 1]) }, index: 3 };
    const retry = retryMissed(quiz, done);
    expect(retry).toMatchObject({ ids: ["b"], index: 0 });
    expect(Object.keys(retry.answers)).toEqual(["a", "c"]);
    const finished = { ...retry, answers: { ...retry.answers, b: check("b", "3") } };
    expect(toStoredResult(quiz, finished).score).toBe(3);
  });
  it("a stored result that misses a question resumes there", () => {
    const back = attemptFromStored(quiz, { answers: { a: { correct: true, response: 0 } }, score: 1, total: 1, completedAt: "x" });
    expect(back.index).toBe(1);
    expect(isComplete(back)).toBe(false);
  });
  it("stored text is capped", () => {
    const long = "x".repeat(900);
    const done: Attempt = { ids: ["b"], answers: { b: check("b", long) }, index: 1 };
    expect((toStoredResult(quiz, done).answers.b.response as string).length).toBe(500);
  });
});
