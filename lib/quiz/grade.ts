/**
 * Grading: pure functions from a question and a learner's response to a result with Korean feedback.
 * The UI only renders what these return.
 */
import type { CommandQuestion, MatchQuestion, OrderQuestion, Question } from "./schema";
import { seededPermutation } from "./shuffle";
import { canonicalCommand, diffCommands, hintFor, type CommandDiff } from "./command";
import { gradePredict } from "./predict";

/** single: choice index; multiple: chosen indices; order: item indices as arranged;
 *  match: for each pair, the index of the chosen option in matchOptions() (-1 = none);
 *  command / predict: the typed text. */
export type Response = number | number[] | string;

export interface GradeResult {
  correct: boolean;
  /** multiple: correct choices the learner did not pick. */
  missed: number[];
  /** multiple: choices picked that are wrong. */
  wrongChosen: number[];
  /** order: positions (0-based) holding the wrong item; match: pair indices matched wrongly. */
  wrongPositions: number[];
  /** Korean sentences; inline code in backticks. */
  hints: string[];
}

const ok = (): GradeResult => ({ correct: true, missed: [], wrongChosen: [], wrongPositions: [], hints: [] });
const wrong = (hints: string[] = [], extra: Partial<GradeResult> = {}): GradeResult => ({
  correct: false, missed: [], wrongChosen: [], wrongPositions: [], hints, ...extra,
});

export const questionSeed = (quizId: string, questionId: string) => `${quizId}/${questionId}`;

/** The order in which an `order` question's items are first shown (indices into `items`). */
export function initialOrder(quizId: string, q: OrderQuestion): number[] {
  return seededPermutation(q.items.length, questionSeed(quizId, q.id));
}

/** The options offered for every left item of a `match` question: the distinct rights plus
 *  distractors, shuffled so that option i is not simply the answer to pair i. */
export function matchOptions(quizId: string, q: MatchQuestion): string[] {
  const distinct = [...new Set([...q.pairs.map((p) => p.right), ...(q.distractors ?? [])])];
  return seededPermutation(distinct.length, questionSeed(quizId, q.id)).map((i) => distinct[i]);
}

const isIndexList = (r: Response): r is number[] => Array.isArray(r) && r.every((x) => Number.isInteger(x));

export function gradeCommand(q: CommandQuestion, input: string): GradeResult {
  if (input.trim() === "") return wrong(["명령을 입력하세요."]);
  const key = canonicalCommand(input);
  if (q.accept.some((a) => canonicalCommand(a) === key)) return ok();
  const author = (q.hints ?? []).filter((h) => canonicalCommand(h.when) === key).map((h) => h.say);
  // Hints come from the accepted form closest to what was typed.
  // A different program or subcommand is a bigger miss than a flag.
  const cost = (ds: CommandDiff[]) => ds.reduce((n, d) => n + (d.kind === "program" ? 10 : d.kind === "path" ? 3 : 1), 0);
  let best = diffCommands(input, q.accept[0]);
  for (const a of q.accept.slice(1)) {
    const d = diffCommands(input, a);
    if (cost(d) < cost(best)) best = d;
  }
  const generic = best.map(hintFor);
  return wrong([...author, ...generic.filter((g) => !author.includes(g))]);
}

export function grade(quizId: string, q: Question, response: Response | null | undefined): GradeResult {
  if (response === null || response === undefined) return wrong(["답을 고르지 않았습니다."]);
  switch (q.type) {
    case "single":
      return response === q.answer ? ok() : wrong();
    case "multiple": {
      if (!isIndexList(response)) return wrong(["답을 고르지 않았습니다."]);
      const chosen = new Set(response);
      const want = new Set(q.answers);
      const missed = q.answers.filter((i) => !chosen.has(i)).sort((a, b) => a - b);
      const wrongChosen = [...chosen].filter((i) => !want.has(i)).sort((a, b) => a - b);
      if (missed.length === 0 && wrongChosen.length === 0) return ok();
      const hints: string[] = [];
      if (missed.length) hints.push(`맞는 보기 ${missed.length}개를 놓쳤습니다.`);
      if (wrongChosen.length) hints.push(`틀린 보기 ${wrongChosen.length}개를 골랐습니다.`);
      return wrong(hints, { missed, wrongChosen });
    }
    case "order": {
      if (!isIndexList(response) || response.length !== q.items.length) return wrong(["모든 단계를 배치하세요."]);
      const wrongPositions = response.flatMap((item, pos) => (item === pos ? [] : [pos]));
      if (wrongPositions.length === 0) return ok();
      const right = q.items.length - wrongPositions.length;
      return wrong([`${q.items.length}단계 중 ${right}단계가 제자리에 있습니다.`], { wrongPositions });
    }
    case "match": {
      if (!isIndexList(response) || response.length !== q.pairs.length) return wrong(["모든 항목을 짝지으세요."]);
      const options = matchOptions(quizId, q);
      const wrongPositions = q.pairs.flatMap((p, i) => (options[response[i]] === p.right ? [] : [i]));
      if (wrongPositions.length === 0) return ok();
      const unanswered = response.filter((r) => r < 0 || r >= options.length).length;
      const hints = [`${q.pairs.length}쌍 중 ${q.pairs.length - wrongPositions.length}쌍이 맞았습니다.`];
      if (unanswered) hints.push(`${unanswered}개 항목을 고르지 않았습니다.`);
      return wrong(hints, { wrongPositions });
    }
    case "command":
      return typeof response === "string" ? gradeCommand(q, response) : wrong(["명령을 입력하세요."]);
    case "predict": {
      if (typeof response !== "string") return wrong(["답을 입력하세요."]);
      const r = gradePredict(response, q.accept, q.unit);
      return r.correct ? ok() : wrong(r.hint ? [r.hint] : []);
    }
  }
}

/** The correct answer written out, shown with the explanation. */
export function answerText(quizId: string, q: Question): string {
  switch (q.type) {
    case "single":
      return q.choices[q.answer];
    case "multiple":
      return q.answers.map((i) => q.choices[i]).join(", ");
    case "order":
      return q.items.map((it, i) => `${i + 1}. ${it}`).join("\n");
    case "match":
      return q.pairs.map((p) => `${p.left} → ${p.right}`).join("\n");
    case "command":
      return q.accept[0].includes("`") ? q.accept[0] : `\`${q.accept[0]}\``;
    case "predict":
      return String(q.accept[0]) + (typeof q.accept[0] === "number" && q.unit ? ` ${q.unit}` : "");
  }
}

export interface QuizScore {
  score: number;
  total: number;
}

export function scoreOf(results: Record<string, { correct: boolean }>, questionIds: string[]): QuizScore {
  return { score: questionIds.filter((id) => results[id]?.correct).length, total: questionIds.length };
}
