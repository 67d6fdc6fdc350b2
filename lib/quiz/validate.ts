/**
 * Validate one quiz file: YAML syntax, the zod schema, then checks that need the whole question
 * (answer indices, duplicate ids, enough items to order or match, parseable commands, links to
 * lessons). Every problem carries the line of the YAML node it is about, via yaml's LineCounter.
 */
import { isMap, LineCounter, parseDocument, type Document, type Node } from "yaml";
import { z } from "zod";
import { parseCommand } from "./command";
import { QUESTION_TYPES, questionSchema, quizFileSchema, type Problem, type Question, type Quiz } from "./schema";

export interface LinkContext {
  linkExists(href: string): boolean;
}

type Path = (string | number)[];

function quizIdOf(file: string): string {
  return file.replace(/\\/g, "/").split("/").pop()!.replace(/\.ya?ml$/, "");
}

/** The line of the deepest node along `path` that exists (a missing key points at its parent). */
function lineOf(doc: Document, lc: LineCounter, path: Path): number {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as Node | undefined;
    if (node && typeof node === "object" && "range" in node && node.range) {
      // For a map, point at the key of the missing child if there is one.
      return lc.linePos(node.range[0]).line;
    }
  }
  return 1;
}

/** The line of a key inside a map (for unknown keys). */
function keyLine(doc: Document, lc: LineCounter, path: Path, key: string): number {
  const node = doc.getIn(path, true);
  if (isMap(node)) {
    for (const pair of node.items) {
      const k = pair.key as Node & { value?: unknown };
      if (k && k.value === key && k.range) return lc.linePos(k.range[0]).line;
    }
  }
  return lineOf(doc, lc, path);
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length ? `${issue.path.join(".")}: ` : "";
  if (issue.code === "unrecognized_keys") return `${where}unknown key${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `'${k}'`).join(", ")}`;
  if (issue.code === "invalid_type" && /received undefined/.test(issue.message)) return `${where}missing (required)`;
  return `${where}${issue.message}`;
}

export function validateQuizSource(file: string, source: string, ctx: LinkContext): { quiz?: Quiz; problems: Problem[] } {
  const problems: Problem[] = [];
  const lc = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lc, prettyErrors: false });
  const report = (line: number, reason: string) => problems.push({ file, line, reason });

  if (doc.errors.length > 0) {
    for (const e of doc.errors) report(e.linePos?.[0]?.line ?? lc.linePos(e.pos[0]).line, `YAML syntax: ${e.message.split("\n")[0]}`);
    return { problems };
  }

  const data = doc.toJS() as unknown;
  const top = quizFileSchema.safeParse(data);
  if (!top.success) {
    for (const issue of top.error.issues) {
      if (issue.code === "unrecognized_keys") for (const k of issue.keys) report(keyLine(doc, lc, issue.path as Path, k), `unknown key '${k}'`);
      else report(lineOf(doc, lc, issue.path as Path), describeIssue(issue));
    }
    if (!isMap(doc.contents) || !Array.isArray((data as { questions?: unknown }).questions)) return { problems };
  }

  const rawQuestions = ((data as { questions?: unknown[] }).questions ?? []) as unknown[];
  const questions: Question[] = [];
  const seenIds = new Map<string, number>();

  rawQuestions.forEach((raw, i) => {
    const qPath: Path = ["questions", i];
    const line = (sub: Path = []) => lineOf(doc, lc, [...qPath, ...sub]);
    const type = (raw as { type?: unknown } | null)?.type;
    if (typeof type !== "string" || !(QUESTION_TYPES as readonly string[]).includes(type)) {
      report(line(type === undefined ? [] : ["type"]), type === undefined ? "question has no type" : `unknown question type '${String(type)}' (expected ${QUESTION_TYPES.join(", ")})`);
      return;
    }
    const parsed = questionSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const p = issue.path as Path;
        if (issue.code === "unrecognized_keys") for (const k of issue.keys) report(keyLine(doc, lc, [...qPath, ...p], k), `unknown key '${k}'`);
        else report(line(p), describeIssue(issue));
      }
      return;
    }
    const q = parsed.data;
    const before = seenIds.get(q.id);
    if (before !== undefined) report(line(["id"]), `duplicate question id '${q.id}' (first used on line ${before})`);
    else seenIds.set(q.id, line(["id"]));

    switch (q.type) {
      case "single":
        if (q.answer < 0 || q.answer >= q.choices.length) report(line(["answer"]), `answer ${q.answer} is out of range (0..${q.choices.length - 1})`);
        break;
      case "multiple":
        q.answers.forEach((a, k) => {
          if (a < 0 || a >= q.choices.length) report(line(["answers", k]), `answer ${a} is out of range (0..${q.choices.length - 1})`);
        });
        if (new Set(q.answers).size !== q.answers.length) report(line(["answers"]), "answers lists the same choice twice");
        break;
      case "order":
        if (q.items.length < 3) report(line(["items"]), `an order question needs at least 3 items (has ${q.items.length})`);
        if (new Set(q.items).size !== q.items.length) report(line(["items"]), "items must be distinct");
        break;
      case "match":
        if (q.pairs.length < 3) report(line(["pairs"]), `a match question needs at least 3 pairs (has ${q.pairs.length})`);
        if (new Set(q.pairs.map((p) => p.left)).size !== q.pairs.length) report(line(["pairs"]), "left items must be distinct");
        if (new Set(q.pairs.map((p) => p.right)).size < 2) report(line(["pairs"]), "a match question needs at least 2 different right items");
        break;
      case "command":
        q.accept.forEach((a, k) => {
          const p = parseCommand(a);
          if (p.segments.length === 0 || p.unsupported.length > 0) report(line(["accept", k]), `accepted command '${a}' is not a single command`);
        });
        break;
      case "predict":
        break;
    }
    if (!ctx.linkExists(q.section)) report(line(["section"]), `section link ${q.section} does not exist`);
    questions.push(q);
  });

  if (problems.length > 0 || !top.success) return { problems };
  return {
    quiz: { id: quizIdOf(file), title: top.data.title, description: top.data.description, mode: top.data.mode, questions },
    problems,
  };
}

