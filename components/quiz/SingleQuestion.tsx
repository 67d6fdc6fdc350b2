'use client';
/** One inline question inside a lesson: practice only, not saved to progress. */
import { useState } from "react";
import { QuestionCard, type Checked } from "./QuestionCard";
import type { ClientQuestion } from "./types";

export function SingleQuestion({ quizId, question }: { quizId: string; question: ClientQuestion }) {
  const [checked, setChecked] = useState<Checked | undefined>();
  return (
    <div>
      <QuestionCard quizId={quizId} question={question} number={1} total={1} checked={checked} onChecked={setChecked} />
      {checked && (
        <button type="button" onClick={() => setChecked(undefined)} className="mt-2 inline-flex min-h-11 items-center rounded-lg border border-border px-4 text-sm font-semibold hover:bg-surface-2">
          다시 풀기
        </button>
      )}
    </div>
  );
}
