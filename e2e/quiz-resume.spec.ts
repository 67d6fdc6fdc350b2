/**
 * Leaving a quiz halfway loses nothing: every answer is saved as soon as it is checked, and a reload
 * shows it again (answer and feedback), resumes at the next unanswered question with the running
 * score, and the course map shows the quiz as unfinished, never as taken, until the last answer.
 * Retry and start over forget what they should. Covers the final quiz, a lesson's end-of-lesson quiz
 * (including a retry interrupted by a reload), an all-at-once quiz, an inline question, and saved
 * records: the format written before this change, and corrupt answers dropped one by one.
 */
import path from "node:path";
import type { Locator, Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { answer, press } from "./quiz-actions";
import { loadQuiz } from "../lib/quiz/load";
import { matchOptions } from "../lib/quiz/grade";
import type { Question, Quiz } from "../lib/quiz/schema";

const KEY = "deploy-notes:progress";
const root = path.resolve(__dirname, "..");
const final = loadQuiz("final", root) as Quiz;
const pipeline = loadQuiz("cicd-pipeline", root) as Quiz;
const tools = loadQuiz("cicd-tools", root) as Quiz;

const stored = async (page: Page) => JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY)) ?? "{}");
const nextButton = (quiz: Locator, last: boolean) => quiz.getByRole("button", { name: last ? "결과 보기" : "다음 문제", exact: true });
const progressLine = (quiz: Locator, total: number, answered: number, right: number) =>
  expect(quiz.getByTestId("quiz-progress")).toHaveText(`${total}문제 중 ${answered}문제를 풀었고 ${right}문제를 맞혔습니다.`);

/** Answer questions [from, to) of a one-at-a-time quiz; `wrong` holds indices to get wrong. Leaves the last one checked, not moved past, unless `moveOn`. */
async function answerRange(page: Page, quiz: Locator, q: Quiz, from: number, to: number, wrong: Set<number>, moveOn: boolean) {
  for (let i = from; i < to; i++) {
    const question = q.questions[i];
    const card = quiz.locator(`[data-question="${question.id}"]`);
    await expect(card.getByText(`${i + 1} / ${q.questions.length} ·`)).toBeVisible();
    await answer(page, card, q.id, question, !wrong.has(i));
    await expect(card.locator("[data-feedback]")).toHaveAttribute("data-feedback", wrong.has(i) ? "wrong" : "correct");
    if (i + 1 < to || moveOn) await press(nextButton(quiz, i + 1 === q.questions.length), "Enter");
  }
}

/** A restored card shows the submitted answer in its (locked) input, as `answer()` gave it. */
async function expectSubmitted(card: Locator, quizId: string, q: Question, right: boolean) {
  await expect(card.getByRole("button", { name: "확인", exact: true })).toHaveCount(0);
  await expect(card.locator("[data-feedback]")).toHaveAttribute("data-feedback", right ? "correct" : "wrong");
  switch (q.type) {
    case "single": {
      const pick = right ? q.answer : (q.answer + 1) % q.choices.length;
      await expect(card.getByRole("radio").nth(pick)).toBeChecked();
      await expect(card.getByRole("radio").nth(pick)).toBeDisabled();
      break;
    }
    case "multiple":
      for (const i of right ? q.answers : q.answers.slice(0, 1)) await expect(card.getByRole("checkbox").nth(i)).toBeChecked();
      break;
    case "match": {
      const options = matchOptions(quizId, q);
      for (const [i, pair] of q.pairs.entries()) {
        const target = right ? options.indexOf(pair.right) : (options.indexOf(pair.right) + 1) % options.length;
        await expect(card.getByRole("combobox").nth(i)).toHaveValue(String(target));
      }
      break;
    }
    case "command":
    case "predict":
      await expect(card.getByTestId("typed-answer")).toHaveText(right ? String(q.accept[0]) : "wrong answer");
      break;
    default:
      break; // order: the feedback marks each position; the order itself is checked by the unit tests
  }
}

/** Seeds localStorage before any page script runs, once (not on later navigations or reloads). */
async function seed(page: Page, value: unknown) {
  await page.addInitScript(
    ([k, v]) => {
      if (sessionStorage.getItem("__seeded")) return;
      sessionStorage.setItem("__seeded", "1");
      localStorage.setItem(k, v);
    },
    [KEY, JSON.stringify(value)] as const,
  );
}

test("the final quiz: answers saved as checked, restored after a reload, counted only once finished, cleared by start over", async ({ page }) => {
  test.setTimeout(240_000);
  const total = final.questions.length;
  const answeredFirst = 5;
  const wrong = new Set([1, 2]);
  expect(total).toBeGreaterThan(answeredFirst);
  await page.goto("/quiz/final");
  const quiz = page.locator('[data-quiz="final"]');

  // Five questions, two wrong; the fifth is checked but the learner leaves before "다음 문제".
  await answerRange(page, quiz, final, 0, answeredFirst, wrong, false);
  await progressLine(quiz, total, answeredFirst, answeredFirst - wrong.size);
  const half = (await stored(page)).quizzes.final;
  expect(Object.keys(half.answers)).toEqual(final.questions.slice(0, answeredFirst).map((q) => q.id));
  expect(half).toMatchObject({ score: answeredFirst - wrong.size, total });
  expect(half.completedAt).toBeUndefined();

  await page.reload();
  // Resumed at the next unanswered question, with the running score.
  const next = quiz.locator(`[data-question="${final.questions[answeredFirst].id}"]`);
  await expect(next.getByText(`${answeredFirst + 1} / ${total} ·`)).toBeVisible();
  await expect(next.locator("[data-feedback]")).toHaveCount(0);
  await expect(next.getByRole("button", { name: "확인", exact: true })).toBeVisible();
  await progressLine(quiz, total, answeredFirst, answeredFirst - wrong.size);
  await expect(quiz.getByTestId("quiz-score")).toHaveCount(0);
  // The answered questions, with what was answered and the feedback.
  const review = quiz.locator("[data-answered-review]");
  await press(review.getByText(`앞에서 푼 문제 ${answeredFirst}개 다시 보기`), "Enter");
  for (const [i, q] of final.questions.slice(0, answeredFirst).entries()) {
    await expectSubmitted(review.locator(`[data-question="${q.id}"]`), "final", q, !wrong.has(i));
  }

  // The course map: started, not taken.
  await page.goto("/");
  const badge = page.locator('[data-quiz-badge="final"]');
  await expect(badge).toHaveAttribute("data-quiz-state", "in-progress");
  await expect(badge).toHaveText(`…퀴즈 푸는 중 ${answeredFirst}/${total} 문제 답함`);
  await expect(page.locator("[data-progress-panel]")).toContainText("푼 퀴즈 0개 (푸는 중 1개)");

  // Finish the rest, all right.
  await page.goto("/quiz/final");
  await answerRange(page, quiz, final, answeredFirst, total, new Set(), true);
  const score = quiz.getByTestId("quiz-score");
  await expect(score).toContainText(`${total}문제 중 ${total - wrong.size}문제 정답`);
  await expect(quiz.getByTestId("quiz-progress")).toHaveCount(0);
  const done = (await stored(page)).quizzes.final;
  expect(done).toMatchObject({ score: total - wrong.size, total });
  expect(typeof done.completedAt).toBe("string");
  await page.reload();
  await expect(score).toContainText(`${total}문제 중 ${total - wrong.size}문제 정답`);
  await page.goto("/");
  await expect(badge).toHaveAttribute("data-quiz-state", "done");
  await expect(badge).toContainText(`퀴즈 ${total - wrong.size}/${total}`);
  await expect(page.locator("[data-progress-panel]")).toContainText("푼 퀴즈 1개 ·");

  // Start over forgets every answer, also after a reload.
  await page.goto("/quiz/final");
  await press(score.getByRole("button", { name: "처음부터 다시" }), "Enter");
  await expect(quiz.locator(`[data-question="${final.questions[0].id}"]`).getByText(`1 / ${total} ·`)).toBeVisible();
  expect((await stored(page)).quizzes.final).toBeUndefined();
  await page.reload();
  await expect(quiz.locator(`[data-question="${final.questions[0].id}"]`).getByText(`1 / ${total} ·`)).toBeVisible();
  await expect(quiz.locator("[data-feedback]")).toHaveCount(0);
  await expect(quiz.getByTestId("quiz-progress")).toHaveCount(0);
});

test("a lesson's quiz: resumed after a reload, the lesson is not done until the quiz is, and a retry survives a reload", async ({ page }) => {
  test.setTimeout(180_000);
  const total = pipeline.questions.length;
  const card = (i: number) => page.locator(`[data-quiz="cicd-pipeline"] [data-question="${pipeline.questions[i].id}"]`);
  await page.goto("/lessons/cicd-pipeline");
  const quiz = page.locator('[data-quiz="cicd-pipeline"]');
  // Read to the end: only the quiz stands between the lesson and done.
  const tracker = page.getByRole("button", { name: /읽음/ });
  await tracker.scrollIntoViewIfNeeded();
  await expect(tracker).toHaveAttribute("aria-pressed", "true");

  await answerRange(page, quiz, pipeline, 0, 2, new Set([1]), true);
  await page.reload();
  await expect(card(2).getByText(`3 / ${total} ·`)).toBeVisible();
  await progressLine(quiz, total, 2, 1);
  await press(quiz.getByText("앞에서 푼 문제 2개 다시 보기"), "Enter");
  await expectSubmitted(card(1), "cicd-pipeline", pipeline.questions[1], false);

  const lessonCard = page.locator('[data-lesson-card="cicd-pipeline"]');
  await page.goto("/");
  await expect(lessonCard.locator("[data-lesson-status]")).toHaveAttribute("data-lesson-status", "in-progress");
  await expect(lessonCard.locator("[data-quiz-started]")).toHaveText(`퀴즈 푸는 중 2/${total} 문제 답함`);
  await expect(lessonCard.locator("[data-quiz-score]")).toHaveCount(0);
  await page.goto("/lessons/intro");
  const mark = page.getByRole("navigation", { name: "레슨 목록", exact: true }).locator('[data-lesson-slug="cicd-pipeline"] [data-lesson-mark]');
  await expect(mark).toHaveAttribute("data-lesson-mark", "in-progress");

  // The rest, right: now the lesson is done.
  await page.goto("/lessons/cicd-pipeline");
  await answerRange(page, quiz, pipeline, 2, total, new Set(), true);
  const score = quiz.getByTestId("quiz-score");
  await expect(score).toContainText(`${total}문제 중 ${total - 1}문제 정답`);
  await page.goto("/lessons/intro");
  await expect(mark).toHaveAttribute("data-lesson-mark", "done");

  // Retry the missed one, and reload before answering it: the retry comes back, the lesson stays done.
  await page.goto("/lessons/cicd-pipeline");
  await press(score.getByRole("button", { name: "틀린 문제만 다시 풀기" }), "Enter");
  await expect(card(1).getByText(`2 / ${total} ·`)).toBeVisible();
  await page.reload();
  await expect(quiz.getByText("틀린 문제 1개를 다시 풉니다.")).toBeVisible();
  await expect(quiz.getByText("다시 풀기 1 / 1", { exact: true })).toBeVisible();
  await expect(card(1).locator("[data-feedback]")).toHaveCount(0);
  const retrying = (await stored(page)).quizzes["cicd-pipeline"];
  expect(retrying.retry).toEqual([pipeline.questions[1].id]);
  expect(retrying.answers[pipeline.questions[1].id]).toBeUndefined();
  await page.goto("/");
  await expect(lessonCard.locator("[data-lesson-status]")).toHaveAttribute("data-lesson-status", "done");
  await expect(lessonCard.locator("[data-quiz-score]")).toHaveText(`퀴즈 ${total - 1}/${total}`);

  await page.goto("/lessons/cicd-pipeline");
  await answer(page, card(1), "cicd-pipeline", pipeline.questions[1], true);
  await press(nextButton(quiz, true), "Enter");
  await expect(score).toContainText(`${total}문제 중 ${total}문제 정답`);
  await page.reload();
  await expect(score).toContainText(`${total}문제 중 ${total}문제 정답`);

  // Start over: the quiz is forgotten, the lesson is read but no longer done.
  await press(score.getByRole("button", { name: "처음부터 다시" }), "Enter");
  await expect(card(0).getByText(`1 / ${total} ·`)).toBeVisible();
  await page.goto("/");
  await expect(lessonCard.locator("[data-lesson-status]")).toHaveAttribute("data-lesson-status", "in-progress");
  await expect(lessonCard.locator("[data-quiz-score], [data-quiz-started]")).toHaveCount(0);
});

test("an all-at-once quiz and an inline question keep their answers across a reload; 다시 풀기 forgets the inline one", async ({ page }) => {
  // All at once: one answered question shows its feedback after a reload, the others stay open.
  const second = tools.questions[1];
  await page.goto("/lessons/cicd-tools");
  const quiz = page.locator('[data-quiz="cicd-tools"]');
  await answer(page, quiz.locator(`[data-question="${second.id}"]`), "cicd-tools", second, true);
  await page.reload();
  await expectSubmitted(quiz.locator(`[data-question="${second.id}"]`), "cicd-tools", second, true);
  await expect(quiz.locator(`[data-question="${tools.questions[0].id}"]`).getByRole("button", { name: "확인", exact: true })).toBeVisible();
  await progressLine(quiz, tools.questions.length, 1, 1);
  await expect(quiz.getByTestId("quiz-score")).toHaveCount(0);

  // Inline: practice, saved apart from the lesson's quiz.
  const mission = loadQuiz("mission-docker-containerd", root) as Quiz;
  const inlineQ = mission.questions.find((q) => q.id === "move-without-registry")!;
  await page.goto("/lessons/mission-docker-containerd");
  const inline = page.locator('[data-quiz-question="mission-docker-containerd/move-without-registry"]');
  await answer(page, inline, mission.id, inlineQ, false);
  await expect(inline.locator("[data-feedback]")).toHaveAttribute("data-feedback", "wrong");
  await page.reload();
  await expectSubmitted(inline, mission.id, inlineQ, false);
  const saved = await stored(page);
  expect(saved.practice["mission-docker-containerd/move-without-registry"]).toMatchObject({ correct: false });
  expect(saved.quizzes["mission-docker-containerd"]).toBeUndefined();
  await press(inline.getByRole("button", { name: "다시 풀기" }), "Enter");
  await expect(inline.locator("[data-feedback]")).toHaveCount(0);
  await expect(inline.getByRole("radio").first()).toBeEnabled();
  expect((await stored(page)).practice).toEqual({});
  await page.reload();
  await expect(inline.getByRole("button", { name: "확인", exact: true })).toBeVisible();
  await expect(inline.locator("[data-feedback]")).toHaveCount(0);
});

test("saved records: the earlier finished format still counts; corrupt answers are dropped one by one, the rest kept", async ({ page }) => {
  const [first, second, third] = final.questions;
  expect(first.type).toBe("single");
  await seed(page, {
    version: 1,
    lessons: { "cicd-pipeline": { read: true, at: "2026-01-02T03:04:05.000Z" } },
    quizzes: {
      // Written before answers were saved one by one: finished, with completedAt.
      "cicd-pipeline": {
        answers: Object.fromEntries(pipeline.questions.map((q) => [q.id, { correct: true }])),
        score: pipeline.questions.length,
        total: pipeline.questions.length,
        completedAt: "2026-01-02T03:04:05.000Z",
      },
      // Unfinished, with one good answer and two corrupt ones.
      final: {
        answers: {
          [first.id]: { correct: true, response: first.type === "single" ? first.answer : 0 },
          [second.id]: { correct: "<img src=x onerror=window.__pwned=1>" },
          [third.id]: "garbage",
        },
        score: 2,
        total: final.questions.length,
      },
    },
  });
  await page.goto("/");
  await expect(page.locator('[data-lesson-card="cicd-pipeline"] [data-lesson-status]')).toHaveAttribute("data-lesson-status", "done");
  await expect(page.locator('[data-lesson-card="cicd-pipeline"] [data-quiz-score]')).toHaveText(`퀴즈 ${pipeline.questions.length}/${pipeline.questions.length}`);
  await expect(page.locator('[data-quiz-badge="final"]')).toHaveAttribute("data-quiz-state", "in-progress");
  await expect(page.locator('[data-quiz-badge="final"]')).toContainText(`퀴즈 푸는 중 1/${final.questions.length}`);

  await page.goto("/quiz/final");
  const quiz = page.locator('[data-quiz="final"]');
  await expect(quiz.locator(`[data-question="${second.id}"]`).getByText(`2 / ${final.questions.length} ·`)).toBeVisible();
  await progressLine(quiz, final.questions.length, 1, 1);
  await press(quiz.getByText("앞에서 푼 문제 1개 다시 보기"), "Enter");
  await expectSubmitted(quiz.locator(`[data-question="${first.id}"]`), "final", first, true);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();

  await page.goto("/lessons/cicd-pipeline");
  await expect(page.locator('[data-quiz="cicd-pipeline"]').getByTestId("quiz-score")).toContainText(`${pipeline.questions.length}문제 중 ${pipeline.questions.length}문제 정답`);
});
