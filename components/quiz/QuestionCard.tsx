'use client';
/**
 * One question: prompt, the input for its type, a check button, then feedback. The card holds the
 * draft answer; grading is done by lib/quiz and reported up through `onChecked`.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import { answerText, grade, initialOrder, matchOptions, type Response } from "@/lib/quiz/grade";
import type { Checked } from "@/lib/quiz/attempt";
import type { ClientQuestion } from "./types";
import { ChoiceInput } from "./ChoiceInput";
import { OrderInput } from "./OrderInput";
import { MatchInput } from "./MatchInput";
import { TextAnswerInput } from "./TextAnswerInput";
import { Feedback } from "./Feedback";
import { InlineCode } from "@/components/ui/InlineCode";

export type { Checked };

interface Props {
  quizId: string;
  question: ClientQuestion;
  number: number;
  total: number;
  /** Set once answered: the card is then locked and shows feedback. */
  checked?: Checked;
  onChecked(c: Checked): void;
  /** Move focus to the prompt when the card appears (one-at-a-time navigation). */
  autoFocus?: boolean;
}

const TYPE_LABEL: Record<ClientQuestion["type"], string> = {
  single: "하나를 고르세요",
  multiple: "해당하는 것을 모두 고르세요",
  order: "올바른 순서로 놓으세요",
  match: "알맞게 짝지으세요",
  command: "명령을 입력하세요",
  predict: "결과를 예상해 입력하세요",
};

function emptyDraft(quizId: string, q: ClientQuestion): Response {
  switch (q.type) {
    case "single":
    case "multiple":
      return [];
    case "order":
      return initialOrder(quizId, q);
    case "match":
      return q.pairs.map(() => -1);
    default:
      return "";
  }
}

export function QuestionCard({ quizId, question: q, number, total, checked, onChecked, autoFocus }: Props) {
  const [draft, setDraft] = useState<Response>(() => checked?.response ?? emptyDraft(quizId, q));
  const [announce, setAnnounce] = useState("");
  const feedbackRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const justChecked = useRef(false);
  const options = useMemo(() => (q.type === "match" ? matchOptions(quizId, q) : []), [quizId, q]);

  // A card reset from outside (retry / start over) drops its draft; one restored from storage shows it.
  useEffect(() => {
    setDraft(checked?.response ?? emptyDraft(quizId, q));
    if (!checked) setAnnounce("");
  }, [checked, quizId, q]);

  useEffect(() => {
    if (autoFocus) headingRef.current?.focus();
  }, [autoFocus]);

  useEffect(() => {
    if (checked && justChecked.current) {
      justChecked.current = false;
      feedbackRef.current?.focus();
    }
  }, [checked]);

  const locked = Boolean(checked);
  const result = checked?.result;
  const list = Array.isArray(draft) ? draft : [];
  const text = typeof draft === "string" ? draft : "";
  const canCheck = q.type === "single" || q.type === "multiple" ? list.length > 0 : q.type === "command" || q.type === "predict" ? text.trim() !== "" : true;

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (locked || !canCheck) return;
    const response: Response = q.type === "single" ? list[0] : draft;
    const r = grade(quizId, q, response);
    justChecked.current = true;
    setAnnounce(r.correct ? `${number}번 문제, 정답입니다.` : `${number}번 문제, 틀렸습니다. ${r.hints.join(" ").replace(/`/g, "")}`);
    onChecked({ response, result: r });
  };

  const headingId = `${quizId}-${q.id}-prompt`;
  return (
    <section aria-labelledby={headingId} data-question={q.id} className="rounded-xl border border-border bg-bg p-4 sm:p-5">
      <form onSubmit={submit} noValidate>
        <p className="text-sm text-muted">
          {number} / {total} · {TYPE_LABEL[q.type]}
        </p>
        <h3 id={headingId} ref={headingRef} tabIndex={-1} className="mt-1 text-lg font-semibold leading-relaxed outline-none focus-visible:ring-3 focus-visible:ring-accent">
          <InlineCode text={q.prompt} />
        </h3>
        {q.code && (
          <pre tabIndex={0} className="mt-3 overflow-x-auto rounded-lg bg-terminal-bg p-3 font-mono text-sm text-terminal-fg"><code>{q.code}</code></pre>
        )}
        <div className="mt-4">
          {(q.type === "single" || q.type === "multiple") && (
            <ChoiceInput
              name={`${quizId}-${q.id}`}
              choices={q.choices}
              multiple={q.type === "multiple"}
              value={typeof draft === "number" ? [draft] : list}
              onChange={setDraft}
              disabled={locked}
              correct={locked ? (q.type === "single" ? [q.answer] : q.answers) : undefined}
            />
          )}
          {q.type === "order" && (
            <OrderInput items={q.items} value={list} onChange={setDraft} disabled={locked} wrongPositions={result?.wrongPositions} />
          )}
          {q.type === "match" && (
            <MatchInput
              lefts={q.pairs.map((p) => p.left)}
              options={options}
              value={list}
              onChange={setDraft}
              disabled={locked}
              wrongPositions={result?.wrongPositions}
              rights={q.pairs.map((p) => p.right)}
            />
          )}
          {(q.type === "command" || q.type === "predict") && (
            <TextAnswerInput kind={q.type} value={text} onChange={setDraft} disabled={locked} placeholder={q.placeholder} unit={q.type === "predict" ? q.unit : undefined} />
          )}
        </div>
        {!locked && (
          <button
            type="submit"
            disabled={!canCheck}
            className="mt-4 inline-flex min-h-11 items-center rounded-lg bg-accent px-5 font-semibold text-accent-fg disabled:cursor-not-allowed disabled:opacity-50"
          >
            확인
          </button>
        )}
      </form>
      {checked && (
        <Feedback
          ref={feedbackRef}
          result={checked.result}
          typed={typeof checked.response === "string" ? checked.response : undefined}
          answer={answerText(quizId, q)}
          explanation={q.explanation}
          section={q.section}
          sectionLabel={q.sectionLabel}
        />
      )}
      <p aria-live="polite" className="sr-only">{announce}</p>
    </section>
  );
}
