import { describe, expect, it } from "vitest";
import { answerText, grade, initialOrder, matchOptions, scoreOf } from "./grade";
import { normaliseAnswer, gradePredict } from "./predict";
import { seededPermutation } from "./shuffle";
import { splitInlineCode } from "./inline";
import type { MatchQuestion, MultipleQuestion, OrderQuestion, PredictQuestion, SingleQuestion } from "./schema";

const base = { prompt: "p", explanation: "e", section: "/lessons/x#y" };
const single: SingleQuestion = { ...base, id: "s", type: "single", choices: ["a", "b", "c"], answer: 1 };
const multiple: MultipleQuestion = { ...base, id: "m", type: "multiple", choices: ["a", "b", "c", "d"], answers: [0, 2] };
const order: OrderQuestion = { ...base, id: "o", type: "order", items: ["pull", "export", "import", "list"] };
const match: MatchQuestion = {
  ...base, id: "mt", type: "match",
  pairs: [
    { left: "DB 스키마 비호환", right: "Recreate" },
    { left: "일부 사용자만 먼저", right: "Canary" },
    { left: "A/B 테스트", right: "Canary" },
    { left: "대부분의 일반 서비스", right: "RollingUpdate" },
  ],
  distractors: ["Blue/Green"],
};
const predict: PredictQuestion = { ...base, id: "p", type: "predict", accept: ["248.3 MiB"] };

describe("single", () => {
  it("grades the chosen index", () => {
    expect(grade("q", single, 1).correct).toBe(true);
    expect(grade("q", single, 0).correct).toBe(false);
    expect(grade("q", single, null).hints).toEqual(["답을 고르지 않았습니다."]);
  });
});

describe("multiple", () => {
  it("needs exactly the right set, in any order", () => {
    expect(grade("q", multiple, [2, 0]).correct).toBe(true);
  });
  it("a partial answer is wrong and says what was missed", () => {
    const r = grade("q", multiple, [0]);
    expect(r).toMatchObject({ correct: false, missed: [2], wrongChosen: [] });
    expect(r.hints).toEqual(["맞는 보기 1개를 놓쳤습니다."]);
  });
  it("says which were wrongly chosen", () => {
    const r = grade("q", multiple, [0, 1, 2, 3]);
    expect(r).toMatchObject({ correct: false, missed: [], wrongChosen: [1, 3] });
    expect(r.hints).toEqual(["틀린 보기 2개를 골랐습니다."]);
  });
  it("both at once", () => {
    expect(grade("q", multiple, [1, 2])).toMatchObject({ missed: [0], wrongChosen: [1] });
  });
});

describe("order", () => {
  it("is correct only in the authored order", () => {
    expect(grade("q", order, [0, 1, 2, 3]).correct).toBe(true);
    const r = grade("q", order, [0, 2, 1, 3]);
    expect(r).toMatchObject({ correct: false, wrongPositions: [1, 2] });
    expect(r.hints).toEqual(["4단계 중 2단계가 제자리에 있습니다."]);
    expect(grade("q", order, [0, 1]).correct).toBe(false);
  });
  it("is first shown in a seeded order that is never the answer", () => {
    const first = initialOrder("quiz", order);
    expect(first).toEqual(initialOrder("quiz", order));
    expect(first).not.toEqual([0, 1, 2, 3]);
    expect([...first].sort()).toEqual([0, 1, 2, 3]);
  });
});

describe("seededPermutation", () => {
  it("never returns the identity for n ≥ 2, over many seeds", () => {
    for (let n = 2; n <= 6; n++)
      for (let s = 0; s < 300; s++) {
        const p = seededPermutation(n, `seed-${s}`);
        expect(p.some((v, i) => v !== i)).toBe(true);
        expect([...p].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
      }
  });
  it("depends on the seed", () => {
    const all = new Set(Array.from({ length: 50 }, (_, s) => seededPermutation(5, `s${s}`).join()));
    expect(all.size).toBeGreaterThan(10);
  });
});

describe("match", () => {
  const opts = matchOptions("quiz", match);
  const pick = (right: string) => opts.indexOf(right);
  it("offers each distinct right item once, plus distractors", () => {
    expect([...opts].sort()).toEqual(["Blue/Green", "Canary", "Recreate", "RollingUpdate"]);
    expect(opts).toEqual(matchOptions("quiz", match));
  });
  it("grades by the chosen right item", () => {
    const right = match.pairs.map((p) => pick(p.right));
    expect(grade("quiz", match, right).correct).toBe(true);
    const wrong = [...right];
    wrong[1] = pick("Blue/Green");
    wrong[3] = -1;
    const r = grade("quiz", match, wrong);
    expect(r).toMatchObject({ correct: false, wrongPositions: [1, 3] });
    expect(r.hints).toEqual(["4쌍 중 2쌍이 맞았습니다.", "1개 항목을 고르지 않았습니다."]);
  });
});

describe("predict", () => {
  it("normalises case, spacing, full-width digits and units", () => {
    for (const ok of ["248.3 MiB", "248.3MiB", "248.3 mib", "２４８.３ ＭｉＢ", "  248.3   MiB. "]) expect(grade("q", predict, ok).correct).toBe(true);
  });
  it("a number in another unit gets a unit hint", () => {
    const r = grade("q", predict, "248.3 MB");
    expect(r.correct).toBe(false);
    expect(r.hints[0]).toContain("단위");
    expect(grade("q", predict, "490MB").hints).toEqual([]);
  });
  it("counts accept counter words and a bare number in the question's unit", () => {
    const pods: PredictQuestion = { ...predict, accept: [13], unit: "개" };
    for (const ok of ["13", "13개", "13 pods", "１３", "13 개"]) expect(grade("q", pods, ok).correct).toBe(true);
    expect(grade("q", pods, "12").correct).toBe(false);
    const mib: PredictQuestion = { ...predict, accept: ["248.3 MiB"], unit: "MiB" };
    expect(grade("q", mib, "248.3").correct).toBe(true);
  });
  it("ignores hedges and Korean counters", () => {
    expect(gradePredict("약 471 MiB", ["471.0 MiB"], "MiB").correct).toBe(true);
    expect(gradePredict("~471MiB", ["471.0 MiB"]).correct).toBe(true);
    expect(gradePredict("2줄", [2], "개").correct).toBe(true);
    expect(gradePredict("100번", [100], "회").correct).toBe(true);
    expect(gradePredict("100 times", [100], "회").correct).toBe(true);
    expect(gradePredict("99번", [100], "회").correct).toBe(false);
  });
  it("compares text answers after normalisation", () => {
    expect(gradePredict("v1(stable)", ["v1 (stable)"]).correct).toBe(true);
    expect(gradePredict(" K8S.IO ", ["k8s.io"]).correct).toBe(true);
    expect(gradePredict("", ["x"])).toEqual({ correct: false, hint: "답을 입력하세요." });
    expect(normaliseAnswer("1,000 MiB")).toEqual({ text: "1000mib", num: 1000, unit: "mib" });
  });
  it("shows hostile text only as data", () => {
    expect(grade("q", predict, "<img src=x onerror=alert(1)>").correct).toBe(false);
  });
});

describe("answerText and score", () => {
  it("writes the answer out per type", () => {
    expect(answerText("q", single)).toBe("b");
    expect(answerText("q", multiple)).toBe("a, c");
    expect(answerText("q", order)).toBe("1. pull\n2. export\n3. import\n4. list");
    expect(answerText("q", { ...predict, accept: [13], unit: "개" })).toBe("13 개");
    expect(answerText("q", { ...base, id: "c", type: "command", accept: ["ctr ns list"] })).toBe("`ctr ns list`");
  });
  it("counts correct answers over the given ids", () => {
    expect(scoreOf({ a: { correct: true }, b: { correct: false } }, ["a", "b", "c"])).toEqual({ score: 1, total: 3 });
  });
});

describe("splitInlineCode", () => {
  it("splits on backticks", () => {
    expect(splitInlineCode("run `ctr ns list` now")).toEqual([
      { code: false, text: "run " }, { code: true, text: "ctr ns list" }, { code: false, text: " now" },
    ]);
  });
  it("keeps an unmatched backtick and never interprets HTML", () => {
    expect(splitInlineCode("a `b` c `d")).toEqual([{ code: false, text: "a " }, { code: true, text: "b" }, { code: false, text: " c `d" }]);
    expect(splitInlineCode("<b>x</b>")).toEqual([{ code: false, text: "<b>x</b>" }]);
  });
});
