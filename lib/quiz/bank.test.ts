/**
 * The real question bank in content/quizzes/: every file validates against the real lessons'
 * headings, the counts the course promises hold, and every question type is used.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCourse } from "@/lib/content/load";
import { loadAllQuizzes } from "./load";
import { formatProblem } from "./load";
import { grade, initialOrder, matchOptions } from "./grade";
import { QUESTION_TYPES } from "./schema";

const root = path.resolve(__dirname, "../..");
const course = loadCourse(root);
const links = new Set<string>();
for (const l of course.lessons) {
  links.add(`/lessons/${l.slug}`);
  for (const h of l.headings) links.add(`/lessons/${l.slug}#${h.id}`);
}
const bank = loadAllQuizzes(root, { linkExists: (href) => links.has(href) });
const count = (id: string) => bank.quizzes.find((q) => q.id === id)?.questions.length ?? 0;

describe("question bank", () => {
  it("validates with no problems", () => {
    expect(bank.problems.map(formatProblem)).toEqual([]);
  });
  it("has the promised number of questions", () => {
    for (const id of ["cicd-pipeline", "cicd-tools", "deployment-strategies"]) expect(count(id), id).toBeGreaterThanOrEqual(6);
    for (const id of ["mission-docker-containerd", "mission-image-size"]) expect(count(id), id).toBeGreaterThanOrEqual(8);
    expect(count("final")).toBeGreaterThanOrEqual(20);
    expect(bank.stats.questions).toBeGreaterThanOrEqual(60);
  });
  it("uses every question type", () => {
    expect(bank.stats.types).toEqual([...QUESTION_TYPES].sort());
  });
  it("every lesson quiz belongs to an existing lesson", () => {
    const slugs = new Set(course.lessons.map((l) => l.slug));
    for (const q of bank.quizzes) if (q.id !== "final") expect(slugs.has(q.id), q.id).toBe(true);
  });
  it("the final quiz draws from every lesson with a quiz", () => {
    const final = bank.quizzes.find((q) => q.id === "final")!;
    const lessons = new Set(final.questions.map((q) => q.section.split("#")[0]));
    for (const q of bank.quizzes) if (q.id !== "final") expect(lessons.has(`/lessons/${q.id}`), q.id).toBe(true);
  });
  it("every question's own answer grades as correct", () => {
    for (const quiz of bank.quizzes)
      for (const q of quiz.questions) {
        const response =
          q.type === "single" ? q.answer
          : q.type === "multiple" ? q.answers
          : q.type === "order" ? q.items.map((_, i) => i)
          : q.type === "match" ? q.pairs.map((p) => matchOptions(quiz.id, q).indexOf(p.right))
          : String(q.accept[0]);
        expect(grade(quiz.id, q, response).correct, `${quiz.id}/${q.id}`).toBe(true);
        if (q.type === "order") expect(initialOrder(quiz.id, q)).not.toEqual(q.items.map((_, i) => i));
      }
  });
  it("author hints are reachable: each `when` is graded wrong", () => {
    for (const quiz of bank.quizzes)
      for (const q of quiz.questions)
        if (q.type === "command") for (const h of q.hints ?? []) expect(grade(quiz.id, q, h.when).correct, `${quiz.id}/${q.id}: ${h.when}`).toBe(false);
  });
});
