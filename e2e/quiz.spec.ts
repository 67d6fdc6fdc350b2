/**
 * Quizzes end to end, by keyboard: answer some questions wrong and some right, read the feedback and
 * explanation, see the score, reload and find the saved result, retry only the missed ones, start over.
 * The answers come from the real quiz file through the engine, so the test follows the bank.
 */
import path from "node:path";
import { test, expect } from "./fixtures";
import { answer, press } from "./quiz-actions";
import { loadQuiz } from "../lib/quiz/load";
import { initialOrder } from "../lib/quiz/grade";
import type { Quiz } from "../lib/quiz/schema";

const HOSTILE = "<img src=x onerror=alert(1)>";
const root = path.resolve(__dirname, "..");
const final = loadQuiz("final", root) as Quiz;
// The full flow runs on the first lesson's quiz (one question at a time, every kind of input but predict).
const lesson = loadQuiz("cicd-pipeline", root) as Quiz;

test("a lesson quiz by keyboard: wrong and right answers, score, reload, retry missed, start over", async ({ page }) => {
  test.setTimeout(180_000);
  page.on("dialog", (d) => {
    throw new Error(`a dialog opened: ${d.message()}`);
  });
  await page.goto(`/lessons/${lesson.id}`);
  const quiz = page.locator(`[data-quiz="${lesson.id}"]`);
  const total = lesson.questions.length;
  const firstCommand = lesson.questions.findIndex((q) => q.type === "command");
  expect(firstCommand).toBeGreaterThanOrEqual(0);
  // Every fourth question wrong, plus the command question with a hostile answer.
  const wrong = new Set(lesson.questions.flatMap((q, i) => (i % 4 === 1 || i === firstCommand ? [q.id] : [])));

  for (const [i, q] of lesson.questions.entries()) {
    const card = quiz.locator(`[data-question="${q.id}"]`);
    await expect(card.getByText(`${i + 1} / ${total} ·`)).toBeVisible();
    const isWrong = wrong.has(q.id);
    await answer(page, card, lesson.id, q, !isWrong, i === firstCommand ? HOSTILE : undefined);
    const feedback = card.locator("[data-feedback]");
    await expect(feedback).toHaveAttribute("data-feedback", isWrong ? "wrong" : "correct");
    await expect(feedback).toContainText(isWrong ? "틀렸습니다" : "정답입니다");
    await expect(feedback).toContainText("해설");
    await expect(feedback.getByRole("link", { name: /레슨에서 다시 보기/ })).toHaveAttribute("href", q.section);
    if (isWrong && q.type === "multiple") await expect(card).toContainText("놓친 정답");
    if (i === firstCommand) {
      // Shown back as text, never as markup.
      await expect(card.getByTestId("typed-answer")).toHaveText(HOSTILE);
      await expect(quiz.locator("img")).toHaveCount(0);
    }
    await press(quiz.getByRole("button", { name: i + 1 < total ? "다음 문제" : "결과 보기" }), "Enter");
  }

  const score = quiz.getByTestId("quiz-score");
  await expect(score).toContainText(`${total}문제 중 ${total - wrong.size}문제 정답`);
  await expect(score).toBeFocused();
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("deploy-notes:progress") ?? "{}"));
  expect(stored.quizzes[lesson.id]).toMatchObject({ score: total - wrong.size, total });
  expect(stored.quizzes[lesson.id].answers[lesson.questions[firstCommand].id]).toEqual({ correct: false, response: HOSTILE });

  // The result survives a reload.
  await page.reload();
  await expect(score).toContainText(`${total}문제 중 ${total - wrong.size}문제 정답`);

  // Retry only the missed questions, this time right.
  await press(score.getByRole("button", { name: "틀린 문제만 다시 풀기" }), "Enter");
  const missed = lesson.questions.filter((q) => wrong.has(q.id));
  for (const [k, q] of missed.entries()) {
    await expect(quiz.getByText(`다시 풀기 ${k + 1} / ${missed.length}`, { exact: true })).toBeVisible();
    const card = quiz.locator(`[data-question="${q.id}"]`);
    await answer(page, card, lesson.id, q, true);
    await expect(card.locator("[data-feedback]")).toHaveAttribute("data-feedback", "correct");
    await press(quiz.getByRole("button", { name: k + 1 < missed.length ? "다음 문제" : "결과 보기" }), "Enter");
  }
  await expect(score).toContainText(`${total}문제 중 ${total}문제 정답`);
  await expect(score.getByRole("button", { name: "틀린 문제만 다시 풀기" })).toHaveCount(0);
  await page.reload();
  await expect(score).toContainText(`${total}문제 중 ${total}문제 정답`);

  // Start over: the first question, unanswered, and nothing stored.
  await press(score.getByRole("button", { name: "처음부터 다시" }), "Enter");
  await expect(quiz.locator(`[data-question="${lesson.questions[0].id}"]`).getByText(`1 / ${total} ·`)).toBeVisible();
  await expect(quiz.locator("[data-feedback]")).toHaveCount(0);
  const after = await page.evaluate(() => JSON.parse(localStorage.getItem("deploy-notes:progress") ?? "{}"));
  expect(after.quizzes?.[lesson.id]).toBeUndefined();
});

test("the final quiz page: title, intro and a working one-at-a-time quiz", async ({ page }) => {
  await page.goto("/quiz/final");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("최종 퀴즈");
  await expect(page.getByText(`레슨 전체에서 고른 ${final.questions.length}문제입니다.`, { exact: false })).toBeVisible();
  const quiz = page.locator(`[data-quiz="final"]`);
  const [first, second] = final.questions;
  const card = quiz.locator(`[data-question="${first.id}"]`);
  await expect(card.getByText(`1 / ${final.questions.length} ·`)).toBeVisible();
  await answer(page, card, "final", first, true);
  await expect(card.locator("[data-feedback]")).toHaveAttribute("data-feedback", "correct");
  await press(quiz.getByRole("button", { name: "다음 문제" }), "Enter");
  // Focus moves to the next question's prompt.
  await expect(quiz.locator(`[data-question="${second.id}"] h3`)).toBeFocused();
});

test("a lesson quiz shown all at once: a partial answer says what was missed", async ({ page }) => {
  await page.goto("/lessons/cicd-tools");
  const quiz = page.locator(`[data-quiz="cicd-tools"]`);
  await expect(quiz).toBeVisible();
  const q = loadQuiz("cicd-tools", root)!;
  const multi = q.questions.find((x) => x.type === "multiple")!;
  const card = quiz.locator(`[data-question="${multi.id}"]`);
  await answer(page, card, "cicd-tools", multi, false);
  await expect(card.locator("[data-feedback]")).toContainText("맞는 보기 1개를 놓쳤습니다.");
  await expect(card.getByText("놓친 정답")).toBeVisible();
  // The other questions are still open on the same page.
  await expect(quiz.getByRole("button", { name: "확인", exact: true }).first()).toBeVisible();
  await expect(quiz.getByTestId("quiz-score")).toHaveCount(0);
});

test("the order question moves items with buttons and announces the move", async ({ page }) => {
  await page.goto("/lessons/cicd-pipeline");
  const quiz = page.locator(`[data-quiz="cicd-pipeline"]`);
  const q = loadQuiz("cicd-pipeline", root)!.questions[0];
  expect(q.type).toBe("order");
  if (q.type !== "order") return;
  const card = quiz.locator(`[data-question="${q.id}"]`);
  const start = initialOrder("cicd-pipeline", q);
  const second = q.items[start[1]];
  const up = card.getByRole("button", { name: `2번째 '${second}' 위로 이동` });
  await press(up, "Enter");
  await expect(card.getByRole("listitem").first()).toContainText(second);
  await expect(card.getByText(`'${second}'을(를) 1번째로 옮겼습니다.`)).toBeAttached();
  // Focus stays with the moved item (now first: its "아래로" button, since "위로" is disabled at the top).
  await expect(card.getByRole("button", { name: `1번째 '${second}' 아래로 이동` })).toBeFocused();
});
