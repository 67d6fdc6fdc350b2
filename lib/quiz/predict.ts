/**
 * Short free answers ("what will this print", "how many pods"): normalised so that only the meaning
 * counts. NFKC folds full-width digits and letters (１３ → 13); case and spacing are ignored; a number
 * with a unit compares by value and unit, so `248.3MiB`, `248.3 mib` and `２４８.３ MiB` are the same,
 * while `248.3 MB` is a different unit and gets its own hint.
 */

/** Counting words (Korean counters, "pods", "times") that mean "no unit" for a count of things. */
const COUNT_WORDS = new Set([
  "", "개", "대", "줄", "회", "번", "명", "pod", "pods", "파드", "개의파드", "개파드", "개의pod", "개pod",
  "times", "lines", "line", "줄입니다", "개입니다", "회입니다", "번입니다",
]);

/** Hedges a learner may put before an estimate: "약 471 MiB", "~471MiB". */
const HEDGE = /^(약|대략|about|approx\.?|~|≈)\s*/;

export interface NormalisedAnswer {
  text: string;
  num?: number;
  unit?: string;
}

export function normaliseAnswer(input: string | number): NormalisedAnswer {
  const text = String(input)
    .normalize("NFKC")
    .trim()
    .toLowerCase()
    .replace(/[.。]$/, "")
    .replace(/\s+/g, " ")
    .replace(HEDGE, "");
  const m = /^([-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[-+]?\d+(?:\.\d+)?|[-+]?\.\d+)\s*(.*)$/.exec(text);
  // Text answers compare without spaces: "v1 (stable)" = "v1(stable)".
  if (!m) return { text: text.replace(/\s+/g, "") };
  const num = Number(m[1].replace(/,/g, ""));
  let unit = m[2].replace(/\s+/g, "");
  if (COUNT_WORDS.has(unit)) unit = "";
  return { text: `${num}${unit}`, num, unit };
}

export type PredictOutcome = { correct: true } | { correct: false; hint?: string };

/** `unit`: the question's unit; a bare number is read in that unit. */
export function gradePredict(input: string, accepted: Array<string | number>, unit?: string): PredictOutcome {
  const got = normaliseAnswer(input);
  if (got.text === "") return { correct: false, hint: "답을 입력하세요." };
  const defaultUnit = unit ? normaliseAnswer(`0 ${unit}`).unit ?? "" : "";
  let unitHint: string | undefined;
  for (const a of accepted) {
    const want = normaliseAnswer(a);
    if (want.num !== undefined && got.num !== undefined) {
      const wantUnit = want.unit || defaultUnit;
      const gotUnit = got.unit || defaultUnit;
      if (want.num === got.num && wantUnit === gotUnit) return { correct: true };
      if (want.num === got.num) unitHint = `숫자는 맞지만 단위가 다릅니다: ${unitLabel(a, unit)}로 답해야 합니다.`;
    } else if (want.text === got.text) return { correct: true };
  }
  return unitHint ? { correct: false, hint: unitHint } : { correct: false };
}

function unitLabel(accepted: string | number, unit?: string): string {
  const m = /[\d.]\s*(\S.*)$/.exec(String(accepted));
  return `\`${m ? m[1] : unit ?? ""}\``;
}
