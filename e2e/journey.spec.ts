/**
 * The learner journey across features: read a lesson, take a quiz, tick a mission step, then find
 * all three on the course map after a reload.
 */
import path from "node:path";
import { test, expect } from "./fixtures";
import { answer, press } from "./quiz-actions";
import { loadQuiz } from "../lib/quiz/load";
import type { Quiz } from "../lib/quiz/schema";

const quiz = loadQuiz("cicd-pipeline", path.resolve(__dirname, "..")) as Quiz;
const COURSE_FILES = "https://raw.githubusercontent.com/k8s-1pro/install/main/ground/etc/docker";

test("read, quiz and mission progress all show on the course map after a reload", async ({ page }) => {
  test.setTimeout(180_000);

  // 1. Read the intro to the end.
  await page.goto("/lessons/intro");
  await page.getByRole("button", { name: /읽음/ }).scrollIntoViewIfNeeded();
  await expect(page.getByText("이 레슨을 다 읽었습니다.")).toBeVisible();

  // 2. Take the first lesson's quiz, every answer right.
  await page.goto("/lessons/cicd-pipeline");
  const box = page.locator('[data-quiz="cicd-pipeline"]');
  for (const [i, q] of quiz.questions.entries()) {
    const card = box.locator(`[data-question="${q.id}"]`);
    await answer(page, card, "cicd-pipeline", q, true);
    await expect(card.locator("[data-feedback]")).toHaveAttribute("data-feedback", "correct");
    await press(box.getByRole("button", { name: i + 1 < quiz.questions.length ? "다음 문제" : "결과 보기" }), "Enter");
  }
  await expect(box.getByTestId("quiz-score")).toBeVisible();

  // 3. One Mission 1 step in the sandbox: fetch the course files and build the image.
  await page.goto("/sandbox");
  const input = page.getByTestId("sandbox-input");
  for (const line of [`curl -O ${COURSE_FILES}/Dockerfile`, `curl -O ${COURSE_FILES}/hello.js`, "docker build -t myid/hello:1.0.0 ."]) {
    await input.click();
    await input.fill(line);
    await input.press("Enter");
  }
  await expect(page.getByRole("log")).toContainText("naming to docker.io/myid/hello:1.0.0");
  await expect.poll(() => page.evaluate(() => localStorage.getItem("deploy-notes:progress") ?? "")).toContain("mission1");

  // 4. The course map, after a reload.
  await page.goto("/");
  await page.reload();
  await expect(page.locator('[data-lesson-card="intro"] [data-lesson-status]')).toHaveAttribute("data-lesson-status", "done");
  const pipeline = page.locator('[data-lesson-card="cicd-pipeline"]');
  await expect(pipeline.locator("[data-quiz-score]")).toHaveText(`퀴즈 ${quiz.questions.length}/${quiz.questions.length}`);
  const mission = page.locator('[data-lesson-card="mission-docker-containerd"]');
  await expect(mission.locator("[data-mission-steps]")).toHaveText("미션 1/16단계");
  await expect(mission.locator("[data-lesson-status]")).toHaveAttribute("data-lesson-status", "in-progress");
});
