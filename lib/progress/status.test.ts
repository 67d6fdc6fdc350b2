import { describe, expect, test } from "vitest";
import { emptyProgress, markLessonRead, recordQuizAnswer, recordQuizResult, setMissionSteps, startQuizRetry } from "./progress";
import { continueLesson, lessonProgress, markLessonVisited } from "./status";

const lessons = [
  { slug: "intro" },
  { slug: "cicd-pipeline", quizId: "cicd-pipeline" },
  { slug: "mission-docker-containerd", quizId: "mission-docker-containerd", mission: { id: "mission1", total: 16 } },
];

describe("lessonProgress", () => {
  test("nothing recorded: not started", () => {
    expect(lessonProgress(emptyProgress(), lessons[1])).toEqual({ state: "not-started", read: false, quiz: undefined, mission: undefined });
  });
  test("opened: in progress; read but quiz not taken: still in progress; both: done", () => {
    let r = markLessonVisited(emptyProgress(), "cicd-pipeline", "2026-01-01T00:00:00Z");
    expect(lessonProgress(r, lessons[1]).state).toBe("in-progress");
    r = markLessonRead(r, "cicd-pipeline");
    expect(lessonProgress(r, lessons[1]).state).toBe("in-progress");
    r = recordQuizResult(r, "cicd-pipeline", { answers: {}, score: 4, total: 6 });
    expect(lessonProgress(r, lessons[1])).toMatchObject({ state: "done", read: true, quiz: { score: 4, total: 6 } });
  });
  test("a quiz answered halfway is in progress, not done, and shows how far it got rather than a score", () => {
    const ids = ["q1", "q2", "q3"];
    let r = markLessonRead(emptyProgress(), "cicd-pipeline");
    r = recordQuizAnswer(r, "cicd-pipeline", ids, "q1", { correct: true });
    r = recordQuizAnswer(r, "cicd-pipeline", ids, "q2", { correct: false });
    const p = lessonProgress(r, lessons[1]);
    expect(p).toMatchObject({ state: "in-progress", read: true, quiz: undefined, quizStarted: { answered: 2, total: 3 } });
    // Answers alone start a lesson.
    const only = recordQuizAnswer(emptyProgress(), "cicd-pipeline", ids, "q1", { correct: true });
    expect(lessonProgress(only, lessons[1]).state).toBe("in-progress");
    // The last answer finishes it.
    r = recordQuizAnswer(r, "cicd-pipeline", ids, "q3", { correct: true });
    expect(lessonProgress(r, lessons[1])).toEqual({ state: "done", read: true, quiz: { score: 2, total: 3 }, mission: undefined });
    // Retrying the missed one keeps it done, with the score it had.
    r = startQuizRetry(r, "cicd-pipeline", ["q2"]);
    expect(lessonProgress(r, lessons[1])).toMatchObject({ state: "done", quiz: { score: 2, total: 3 } });
  });
  test("continue leads to a lesson whose quiz is unfinished", () => {
    let r = markLessonRead(emptyProgress(), "cicd-pipeline", true, "2026-01-05T00:00:00Z");
    r = recordQuizAnswer(r, "cicd-pipeline", ["q1", "q2"], "q1", { correct: true });
    expect(continueLesson(r, lessons)).toBe("cicd-pipeline");
  });
  test("a lesson without a quiz is done once read", () => {
    expect(lessonProgress(markLessonRead(emptyProgress(), "intro"), lessons[0]).state).toBe("done");
  });
  test("mission steps alone start a lesson and are counted, capped at the total", () => {
    const r = setMissionSteps(emptyProgress(), "mission1", ["a", "b", "c"]);
    expect(lessonProgress(r, lessons[2])).toMatchObject({ state: "in-progress", mission: { done: 3, total: 16 } });
    const many = setMissionSteps(emptyProgress(), "mission1", Array.from({ length: 40 }, (_, i) => `s${i}`));
    expect(lessonProgress(many, lessons[2]).mission).toEqual({ done: 16, total: 16 });
  });
  test("visiting keeps an earlier read mark", () => {
    const r = markLessonVisited(markLessonRead(emptyProgress(), "intro"), "intro");
    expect(r.lessons.intro.read).toBe(true);
  });
});

describe("continueLesson", () => {
  test("no visit yet: nothing to continue", () => expect(continueLesson(emptyProgress(), lessons)).toBeUndefined());
  test("the most recently opened lesson that is not done", () => {
    let r = markLessonVisited(emptyProgress(), "mission-docker-containerd", "2026-01-02T00:00:00Z");
    r = markLessonVisited(r, "cicd-pipeline", "2026-01-03T00:00:00Z");
    expect(continueLesson(r, lessons)).toBe("cicd-pipeline");
  });
  test("when the latest is done, the next one that is not", () => {
    const r = markLessonRead(emptyProgress(), "intro", true, "2026-01-05T00:00:00Z");
    expect(continueLesson(r, lessons)).toBe("cicd-pipeline");
  });
  test("wraps to an earlier unfinished lesson, and is undefined when all are done", () => {
    let r = markLessonRead(emptyProgress(), "mission-docker-containerd", true, "2026-01-05T00:00:00Z");
    r = recordQuizResult(r, "mission-docker-containerd", { answers: {}, score: 1, total: 8 });
    expect(continueLesson(r, lessons)).toBe("intro");
    r = markLessonRead(r, "intro", true, "2026-01-01T00:00:00Z");
    r = markLessonRead(r, "cicd-pipeline", true, "2026-01-01T00:00:00Z");
    r = recordQuizResult(r, "cicd-pipeline", { answers: {}, score: 6, total: 6 });
    expect(continueLesson(r, lessons)).toBeUndefined();
  });
});
