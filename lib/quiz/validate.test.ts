import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateQuizSource } from "./validate";
import { formatProblem, formatQuizStats, loadAllQuizzes, loadQuiz } from "./load";

const KNOWN = new Set(["/lessons/deployment-strategies#recreate", "/lessons/mission-docker-containerd"]);
const ctx = { linkExists: (href: string) => KNOWN.has(href) };
const fixture = (name: string) => {
  const file = `lib/quiz/fixtures/${name}.yaml`;
  return validateQuizSource(file, fs.readFileSync(path.join(__dirname, "fixtures", `${name}.yaml`), "utf8"), ctx);
};
const summary = (name: string) => fixture(name).problems.map((p) => [p.line, p.reason]);

describe("validateQuizSource", () => {
  it("accepts a valid quiz and names it after the file", () => {
    const r = fixture("valid");
    expect(r.problems).toEqual([]);
    expect(r.quiz?.id).toBe("valid");
    expect(r.quiz?.mode).toBe("one-at-a-time");
    expect(r.quiz?.questions.map((q) => q.type)).toEqual(["single", "command"]);
  });
  it("unknown type", () => {
    expect(summary("unknown-type")).toEqual([[5, "unknown question type 'essay' (expected single, multiple, order, match, command, predict)"]]);
  });
  it("missing explanation points at the question", () => {
    expect(summary("missing-explanation")).toEqual([[4, "explanation: missing (required)"]]);
  });
  it("answer index out of range, single and multiple", () => {
    expect(summary("answer-out-of-range")).toEqual([
      [8, "answer 3 is out of range (0..2)"],
      [17, "answer 5 is out of range (0..2)"],
    ]);
  });
  it("duplicate ids within a quiz", () => {
    expect(summary("duplicate-id")).toEqual([[11, "duplicate question id 'same' (first used on line 4)"]]);
  });
  it("order and match with fewer than 3 items", () => {
    expect(summary("too-few-items")).toEqual([
      [8, "an order question needs at least 3 items (has 2)"],
      [16, "a match question needs at least 3 pairs (has 2)"],
    ]);
  });
  it("a section link to a missing lesson section", () => {
    expect(summary("bad-section")).toEqual([[9, "section link /lessons/deployment-strategies#no-such-heading does not exist"]]);
  });
  it("YAML syntax errors keep their line", () => {
    const r = fixture("syntax-error");
    expect(r.quiz).toBeUndefined();
    expect(r.problems.length).toBeGreaterThan(0);
    expect(r.problems[0].reason).toMatch(/^YAML syntax: /);
    expect(r.problems[0].line).toBeGreaterThanOrEqual(5);
  });
  it("a misspelt key is reported on its own line", () => {
    expect(summary("unknown-key")).toEqual([[9, "unknown key 'explaination'"]]);
  });
  it("top-level problems: bad mode, no questions", () => {
    const r = validateQuizSource("x.yaml", "title: t\nmode: sometimes\nquestions: []\n", ctx);
    expect(r.problems.map((p) => p.line)).toEqual([2, 3]);
    expect(r.problems[0].reason).toContain("mode");
  });
  it("prints problems as path:line: reason", () => {
    expect(formatProblem({ file: "content/quizzes/a.yaml", line: 7, reason: "boom" })).toBe("content/quizzes/a.yaml:7: boom");
  });
  it("rejects an accepted command that is not a single command", () => {
    const src = "title: t\nmode: all-at-once\nquestions:\n  - id: c\n    type: command\n    prompt: p\n    accept: ['ls; rm x']\n    explanation: e\n    section: /lessons/mission-docker-containerd\n";
    expect(validateQuizSource("c.yaml", src, ctx).problems).toEqual([{ file: "c.yaml", line: 7, reason: "accepted command 'ls; rm x' is not a single command" }]);
  });
});

describe("load", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "quiz-"));
  fs.mkdirSync(path.join(root, "content/quizzes"), { recursive: true });
  fs.copyFileSync(path.join(__dirname, "fixtures/valid.yaml"), path.join(root, "content/quizzes/good.yaml"));
  fs.copyFileSync(path.join(__dirname, "fixtures/duplicate-id.yaml"), path.join(root, "content/quizzes/dup.yaml"));

  it("loads all quizzes with problems and stats", () => {
    const r = loadAllQuizzes(root, ctx);
    expect(r.quizzes.map((q) => q.id)).toEqual(["good"]);
    expect(r.problems.map(formatProblem)).toEqual(["content/quizzes/dup.yaml:11: duplicate question id 'same' (first used on line 4)"]);
    expect(formatQuizStats(r.stats)).toBe("quizzes=1 questions=2 types=command,single");
  });
  it("loadQuiz returns a quiz, null for none, and throws for a broken file", () => {
    expect(loadQuiz("good", root)?.title).toBe("검증용 퀴즈");
    expect(loadQuiz("nope", root)).toBeNull();
    expect(loadQuiz("../etc", root)).toBeNull();
    expect(() => loadQuiz("dup", root)).toThrow(/dup.yaml:11/);
  });
});
