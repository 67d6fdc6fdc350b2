import { describe, expect, test } from "vitest";
import path from "node:path";
import { loadCourse } from "./load";
import { analyzeLesson } from "./lesson";
import { extractExplicitIds } from "./headings";
import { formatProblem } from "./problems";

const fixture = (name: string) => path.join(__dirname, "fixtures", name);
const L = "content/lessons";

describe("a valid course", () => {
  const course = loadCourse(fixture("good"));
  test("has no problems and keeps lessons in order", () => {
    expect(course.problems).toEqual([]);
    expect(course.lessons.map((l) => [l.order, l.slug])).toEqual([[1, "first"], [2, "second"]]);
    expect(course.lessons[1].frontMatter).toEqual({ title: "둘째 레슨", description: "설명", objectives: ["하나", "둘"], minutes: 7, section: "미션" });
    expect(course.glossary.map((t) => t.id)).toEqual(["pod", "deployment"]);
  });
  test("heading ids: explicit, then github-slugger with de-duplication", () => {
    expect(course.lessons[0].headings.map((h) => [h.depth, h.id])).toEqual([
      [2, "start"],
      [3, "같은-제목"],
      [3, "같은-제목-1"],
    ]);
  });
  test("the {#id} suffix is stripped without moving lines, and ignored inside code fences", () => {
    const src = "## 가 {#a}\ntext\n```\n## 나 {#b}\n```\n";
    const prepared = extractExplicitIds(src);
    expect(prepared.source).toBe("## 가\ntext\n```\n## 나 {#b}\n```\n");
    expect([...prepared.explicitIds]).toEqual([[1, "a"]]);
  });
});

describe("a broken course reports every problem at its file and line", () => {
  const { problems } = loadCourse(fixture("broken"));
  const lines = problems.map(formatProblem);
  const has = (file: string, line: number, text: string) =>
    expect(lines.some((l) => l.startsWith(`${file}:${line}: `) && l.includes(text)), `${file}:${line} ${text}\n${lines.join("\n")}`).toBe(true);

  test("front matter type errors and unknown keys point at their line", () => {
    has(`${L}/01-bad-front.mdx`, 6, "minutes");
    has(`${L}/01-bad-front.mdx`, 7, "colour");
  });
  test("unknown MDX component", () => has(`${L}/01-bad-front.mdx`, 12, "<Quizz>"));
  test("links to a missing lesson, anchor or glossary term", () => {
    has(`${L}/01-bad-front.mdx`, 14, "없는 레슨");
    has(`${L}/01-bad-front.mdx`, 14, "#missing");
    has(`${L}/01-bad-front.mdx`, 14, "용어집에 없는 용어 #nope");
  });
  test("duplicate order and duplicate slug", () => {
    has(`${L}/01-same-order.mdx`, 1, "순서 번호 01");
    has(`${L}/05-same-order.mdx`, 1, 'slug "same-order"');
  });
  test("MDX syntax error", () => has(`${L}/02-syntax.mdx`, 10, "MDX 문법 오류"));
  test("missing front matter", () => has(`${L}/03-no-front.mdx`, 1, "front matter"));
  test("duplicate explicit heading ids", () => has(`${L}/04-same-order.mdx`, 10, '"#dup"'));
  test("files that are not lessons", () => has(`${L}/notes.txt`, 1, ".mdx"));
  test("component props: unknown values, unknown props, wrong types, bad combinations, missing ones", () => {
    const f = `${L}/06-bad-props.mdx`;
    has(f, 10, '<RolloutDiagram> strategy: "Canry"은(는) 없는 값입니다');
    has(f, 12, "알 수 없는 속성 replica");
    has(f, 12, "maxSurge가 0이면 maxUnavailable도 0일 수 없습니다");
    has(f, 16, '"wait"을(를) 읽을 수 없습니다'); // the line of the prop, inside a multi-line tag
    has(f, 17, "readyAfter: \"2\"은(는) 쓸 수 없는 값입니다. {숫자}");
    has(f, 20, "<StrategyDiagram> strategy 속성이 필요합니다");
    has(f, 22, "<Quiz> 퀴즈 content/quizzes/no-such-quiz.yaml이 없습니다");
    has(f, 24, "<QuizQuestion> 퀴즈 content/quizzes/no-such-quiz.yaml이 없습니다");
    has(f, 26, '<Sandbox> mission: "mission3"');
    has(f, 28, "noteSaid");
    has(f, 30, "<Terminal> command 또는 session이 있어야 합니다");
    // Template-literal output, a bare boolean and a string summary are all fine.
    expect(lines.filter((l) => l.startsWith(`${f}:32:`) || l.startsWith(`${f}:34:`))).toEqual([]);
  });
  test("glossary: duplicate id, bad id, unknown see", () => {
    has("content/glossary.yaml", 4, '"pod"');
    has("content/glossary.yaml", 7, "ghost");
    has("content/glossary.yaml", 8, "id는");
  });
});

describe("analyzeLesson", () => {
  test("a file name without the NN- prefix is rejected", () => {
    const lesson = analyzeLesson("content/lessons/intro.mdx", "---\ntitle: a\ndescription: b\nobjectives: [c]\nminutes: 1\n---\n");
    expect(lesson.problems.map((p) => p.reason).join()).toContain("NN-slug.mdx");
  });
  test("YAML syntax errors in front matter carry the line", () => {
    const lesson = analyzeLesson("content/lessons/01-a.mdx", "---\ntitle: a\nobjectives: [c\nminutes: 1\n---\n");
    expect(lesson.problems[0].reason).toContain("YAML");
    expect(lesson.problems[0].line).toBeGreaterThanOrEqual(3);
  });
});
