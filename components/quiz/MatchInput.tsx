'use client';
/** Pair items with a native select per left item: keyboard, touch and screen readers for free. */
import { useId } from "react";
import { InlineCode } from "@/components/ui/InlineCode";

interface Props {
  lefts: string[];
  options: string[];
  /** For each left item, the chosen option index or -1. */
  value: number[];
  onChange(value: number[]): void;
  disabled: boolean;
  wrongPositions?: number[];
  /** The right answers, shown next to wrong pairs after checking. */
  rights?: string[];
}

export function MatchInput({ lefts, options, value, onChange, disabled, wrongPositions, rights }: Props) {
  const id = useId();
  return (
    <ul className="grid gap-3">
      {lefts.map((left, i) => {
        const wrong = wrongPositions?.includes(i);
        return (
          <li key={i} className={`grid gap-2 rounded-lg border p-3 sm:grid-cols-[1fr_14rem] sm:items-center ${wrong ? "border-fail" : wrongPositions ? "border-ok" : "border-border"}`}>
            <label htmlFor={`${id}-${i}`} className="min-w-0">
              <InlineCode text={left} />
            </label>
            <div>
              <select
                id={`${id}-${i}`}
                value={value[i] ?? -1}
                disabled={disabled}
                onChange={(e) => {
                  const next = [...value];
                  next[i] = Number(e.target.value);
                  onChange(next);
                }}
                className="min-h-11 w-full rounded-md border border-border bg-bg px-2 text-fg"
              >
                <option value={-1}>선택하세요</option>
                {options.map((o, k) => (
                  // <option> holds plain text only, so inline-code backticks are dropped here.
                  <option key={k} value={k}>{o.replace(/`/g, "")}</option>
                ))}
              </select>
              {wrongPositions && (
                <p className={`mt-1 text-sm font-semibold ${wrong ? "text-fail" : "text-ok"}`}>
                  {wrong ? (
                    <>
                      ✗ 정답: <InlineCode text={rights?.[i] ?? ""} />
                    </>
                  ) : (
                    "✓ 맞음"
                  )}
                </p>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
