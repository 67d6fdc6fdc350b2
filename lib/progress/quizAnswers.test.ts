import { describe, expect, it } from "vitest";
import { answeredCount, clearQuizResult, emptyProgress, isQuizFinished, recordQuizResult } from "./record";
import { practiceKey, recordPracticeAnswer, recordQuizAnswer, startQuizRetry } from "./quizAnswers";

const ids = ["q1", "q2", "q3"];
const T1 = "2026-02-01T00:00:00.000Z";
const T2 = "2026-02-02T00:00:00.000Z";

describe("recordQuizAnswer: answers saved one by one", () => {
  it("an answered question is saved at once; the quiz is in progress until every question has an answer", () => {
    let r = recordQuizAnswer(emptyProgress(), "final", ids, "q1", { correct: true, response: 1 }, T1);
    expect(r.quizzes.final).toEqual({ answers: { q1: { correct: true, response: 1 } }, score: 1, total: 3 });
    expect(isQuizFinished(r.quizzes.final)).toBe(false);
    r = recordQuizAnswer(r, "final", ids, "q2", { correct: false, response: "ctr images ls" }, T1);
    expect(r.quizzes.final).toMatchObject({ score: 1, total: 3 });
    expect(answeredCount(r.quizzes.final)).toBe(2);
    expect(isQuizFinished(r.quizzes.final)).toBe(false);
    r = recordQuizAnswer(r, "final", ids, "q3", { correct: true, response: [0, 2] }, T2);
    expect(r.quizzes.final).toMatchObject({ score: 2, total: 3, completedAt: T2 });
    expect(isQuizFinished(r.quizzes.final)).toBe(true);
  });
  it("leaves the rest of the record and other quizzes alone, and does not mutate its input", () => {
    const before = recordQuizResult(emptyProgress(), "other", { answers: {}, score: 0, total: 0, completedAt: T1 });
    const snapshot = JSON.stringify(before);
    const after = recordQuizAnswer(before, "final", ids, "q1", { correct: true }, T1);
    expect(JSON.stringify(before)).toBe(snapshot);
    expect(after.quizzes.other).toBe(before.quizzes.other);
  });
  it("drops answers to questions the quiz no longer has, and ignores an unknown question", () => {
    const old = recordQuizAnswer(emptyProgress(), "final", ["gone", ...ids], "gone", { correct: true }, T1);
    const r = recordQuizAnswer(old, "final", ids, "q1", { correct: false }, T1);
    expect(Object.keys(r.quizzes.final.answers)).toEqual(["q1"]);
    expect(r.quizzes.final).toMatchObject({ score: 0, total: 3 });
    expect(recordQuizAnswer(r, "final", ids, "nope", { correct: true }, T1)).toBe(r);
  });
  it("answering again replaces the earlier answer and recounts the score", () => {
    let r = recordQuizAnswer(emptyProgress(), "final", ids, "q1", { correct: false, response: 0 }, T1);
    r = recordQuizAnswer(r, "final", ids, "q1", { correct: true, response: 1 }, T1);
    expect(r.quizzes.final).toEqual({ answers: { q1: { correct: true, response: 1 } }, score: 1, total: 3 });
  });
});

describe("retry and reset", () => {
  const finished = () => {
    let r = emptyProgress();
    r = recordQuizAnswer(r, "final", ids, "q1", { correct: true, response: 0 }, T1);
    r = recordQuizAnswer(r, "final", ids, "q2", { correct: false, response: 1 }, T1);
    return recordQuizAnswer(r, "final", ids, "q3", { correct: false, response: 2 }, T1);
  };
  it("a retry forgets the missed answers, keeps the score and stays finished until the retry ends", () => {
    let r = startQuizRetry(finished(), "final", ["q2", "q3"]);
    expect(r.quizzes.final).toEqual({ answers: { q1: { correct: true, response: 0 } }, score: 1, total: 3, completedAt: T1, retry: ["q2", "q3"] });
    expect(isQuizFinished(r.quizzes.final)).toBe(true);
    r = recordQuizAnswer(r, "final", ids, "q2", { correct: true, response: 2 }, T2);
    expect(r.quizzes.final).toMatchObject({ score: 2, completedAt: T1, retry: ["q2", "q3"] });
    r = recordQuizAnswer(r, "final", ids, "q3", { correct: true, response: 0 }, T2);
    expect(r.quizzes.final).toEqual({
      answers: { q1: { correct: true, response: 0 }, q2: { correct: true, response: 2 }, q3: { correct: true, response: 0 } },
      score: 3, total: 3, completedAt: T2,
    });
  });
  it("a retry of nothing, or of a quiz never taken, changes nothing", () => {
    const r = finished();
    expect(startQuizRetry(r, "final", [])).toBe(r);
    expect(startQuizRetry(r, "never", ["q1"])).toBe(r);
  });
  it("start over forgets a finished or an unfinished quiz", () => {
    expect(clearQuizResult(finished(), "final").quizzes.final).toBeUndefined();
    const half = recordQuizAnswer(emptyProgress(), "final", ids, "q1", { correct: true }, T1);
    expect(clearQuizResult(half, "final").quizzes).toEqual({});
  });
});

describe("finished or not", () => {
  it("a record saved before answers were saved one by one (with completedAt) counts as finished", () => {
    const r = recordQuizResult(emptyProgress(), "final", { answers: { q1: { correct: true } }, score: 1, total: 1, completedAt: T1 });
    expect(isQuizFinished(r.quizzes.final)).toBe(true);
    expect(isQuizFinished(undefined)).toBe(false);
    expect(isQuizFinished({ answers: {}, score: 0, total: 3 })).toBe(false);
  });
});

describe("recordPracticeAnswer: inline questions", () => {
  it("saves, replaces and forgets one inline question's answer", () => {
    const key = practiceKey("deployment-strategies", "pick-strategy");
    expect(key).toBe("deployment-strategies/pick-strategy");
    let r = recordPracticeAnswer(emptyProgress(), key, { correct: false, response: 0 });
    expect(r.practice).toEqual({ [key]: { correct: false, response: 0 } });
    expect(r.quizzes).toEqual({});
    r = recordPracticeAnswer(r, key, { correct: true, response: 2 });
    expect(r.practice[key]).toEqual({ correct: true, response: 2 });
    expect(recordPracticeAnswer(r, key, undefined).practice).toEqual({});
  });
});
