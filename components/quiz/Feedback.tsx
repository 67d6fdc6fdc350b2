'use client';
/**
 * What a learner sees after checking: right or wrong in words and an icon (never colour alone),
 * the hints computed from their answer, their own typed answer echoed as text, the right answer,
 * the explanation and a link back to the lesson section.
 */
import { forwardRef } from "react";
import type { GradeResult } from "@/lib/quiz/grade";
import { InlineCode, TextLines } from "@/components/ui/InlineCode";

interface Props {
  result: GradeResult;
  /** The learner's typed answer (command / predict), shown back verbatim. */
  typed?: string;
  answer: string;
  explanation: string;
  section: string;
  sectionLabel: string;
}

export const Feedback = forwardRef<HTMLDivElement, Props>(function Feedback({ result, typed, answer, explanation, section, sectionLabel }, ref) {
  const ok = result.correct;
  return (
    <div ref={ref} tabIndex={-1} data-feedback={ok ? "correct" : "wrong"} className={`mt-4 rounded-lg border-l-4 p-4 outline-none focus-visible:ring-3 focus-visible:ring-accent ${ok ? "border-ok bg-surface" : "border-fail bg-fail-soft"}`}>
      <p className={`flex items-center gap-2 font-bold ${ok ? "text-ok" : "text-fail"}`}>
        <span aria-hidden="true">{ok ? "✓" : "✗"}</span>
        {ok ? "정답입니다" : "틀렸습니다"}
      </p>
      {typed !== undefined && (
        <p className="mt-2 text-sm">
          <span className="text-muted">내 답: </span>
          <code className="whitespace-pre-wrap break-all rounded bg-surface-2 px-1 py-0.5 font-mono" data-testid="typed-answer">{typed}</code>
        </p>
      )}
      {result.hints.length > 0 && (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {result.hints.map((h, i) => (
            <li key={i}><InlineCode text={h} /></li>
          ))}
        </ul>
      )}
      {!ok && (
        <div className="mt-3">
          <p className="text-sm font-semibold text-muted">정답</p>
          <div className="mt-1 font-medium"><TextLines text={answer} /></div>
        </div>
      )}
      <div className="mt-3">
        <p className="text-sm font-semibold text-muted">해설</p>
        <p className="mt-1 leading-relaxed"><InlineCode text={explanation} /></p>
      </div>
      <p className="mt-3 text-sm">
        <a href={section} className="inline-flex min-h-11 items-center font-medium text-accent underline underline-offset-2 sm:min-h-0">
          레슨에서 다시 보기: {sectionLabel}
        </a>
      </p>
    </div>
  );
});
