import { describe, expect, it } from "vitest";
import { attemptFromStored, checkedFromStored, freshAttempt, isComplete, missedIds, retryMissed, toStoredAnswer, toStoredResult, type Attempt, type QuizLike } from "./attempt";
import { emptyProgress } from "../progress/record";
import { recordQuizAnswer, startQuizRetry } from "../progress/quizAnswers";
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
  it("an unfinished quiz saved answer by answer resumes at the next unanswered question, feedback and score restored", () => {
    const ids = quiz.questions.map((q) => q.id);
    let r = recordQuizAnswer(emptyProgress(), "demo", ids, "a", toStoredAnswer(check("a", 0)));
    r = recordQuizAnswer(r, "demo", ids, "b", toStoredAnswer(check("b", "4")));
    const back = attemptFromStored(quiz, r.quizzes.demo);
    expect(back).toMatchObject({ ids, index: 2 });
    expect(isComplete(back)).toBe(false);
    expect(back.answers.b).toEqual(check("b", "4"));
    expect(back.answers.a.result.correct).toBe(true);
    expect(quiz.questions.length - missedIds(quiz, back).length).toBe(1);
  });
  it("answered out of order (all at once): resumes at the first gap; all answered: past the end", () => {
    const ids = quiz.questions.map((q) => q.id);
    let r = recordQuizAnswer(emptyProgress(), "demo", ids, "c", toStoredAnswer(check("c", [0, 1])));
    expect(attemptFromStored(quiz, r.quizzes.demo).index).toBe(0);
    r = recordQuizAnswer(r, "demo", ids, "a", toStoredAnswer(check("a", 1)));
    expect(attemptFromStored(quiz, r.quizzes.demo).index).toBe(1);
    r = recordQuizAnswer(r, "demo", ids, "b", toStoredAnswer(check("b", "3")));
    const done = attemptFromStored(quiz, r.quizzes.demo);
    expect(done.index).toBe(3);
    expect(isComplete(done)).toBe(true);
  });
  it("a saved retry comes back as the retry pass, at its next unanswered question", () => {
    const ids = quiz.questions.map((q) => q.id);
    let r = emptyProgress();
    r = recordQuizAnswer(r, "demo", ids, "a", toStoredAnswer(check("a", 0)));
    r = recordQuizAnswer(r, "demo", ids, "b", toStoredAnswer(check("b", "4")));
    r = recordQuizAnswer(r, "demo", ids, "c", toStoredAnswer(check("c", [0])));
    const missed = retryMissed(quiz, attemptFromStored(quiz, r.quizzes.demo));
    r = startQuizRetry(r, "demo", missed.ids);
    expect(attemptFromStored(quiz, r.quizzes.demo)).toMatchObject({ ids: ["b", "c"], index: 0 });
    r = recordQuizAnswer(r, "demo", ids, "b", toStoredAnswer(check("b", "3")));
    const back = attemptFromStored(quiz, r.quizzes.demo);
    expect(back).toMatchObject({ ids: ["b", "c"], index: 1 });
    expect(Object.keys(back.answers).sort()).toEqual(["a", "b"]);
    // A retry naming questions the quiz lost falls back to the whole quiz.
    expect(attemptFromStored(quiz, { answers: {}, score: 0, total: 3, retry: ["gone"] }).ids).toEqual(["a", "b", "c"]);
  });
  it("an inline answer is rebuilt with its feedback", () => {
    const q = quiz.questions[2];
    expect(checkedFromStored("demo", q, { correct: false, response: [0] })).toEqual(check("c", [0]));
    // A saved answer without a response still says right or wrong as saved.
    expect(checkedFromStored("demo", q, { correct: true }).result.correct).toBe(true);
  });
});
