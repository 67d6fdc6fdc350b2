'use client';
/**
 * One inline question inside a lesson: practice, kept apart from the lesson's quiz. Its answer is
 * saved in the progress record's `practice` as soon as it is checked, so a reload shows it again
 * with its feedback; "다시 풀기" forgets it.
 */
import { useMemo, useState } from "react";
import { practiceKey, recordPracticeAnswer } from "@/lib/progress/quizAnswers";
import { checkedFromStored, toStoredAnswer } from "@/lib/quiz/attempt";
import { useProgress } from "@/components/progress/useProgress";
import { QuestionCard, type Checked } from "./QuestionCard";
import type { ClientQuestion } from "./types";

export function SingleQuestion({ quizId, question }: { quizId: string; question: ClientQuestion }) {
  const { record, update } = useProgress();
  const key = practiceKey(quizId, question.id);
  const stored = Object.hasOwn(record.practice, key) ? record.practice[key] : undefined;
  const fromStore = useMemo(() => (stored ? checkedFromStored(quizId, question, stored) : undefined), [quizId, question, stored]);
  // Once the learner acts here, this page's own state wins over what the store says (as in QuizRunner).
  const [local, setLocal] = useState<{ checked?: Checked } | null>(null);
  const checked = local ? local.checked : fromStore;

  const onChecked = (c: Checked) => {
    setLocal({ checked: c });
    const answer = toStoredAnswer(c);
    update((r) => recordPracticeAnswer(r, key, answer));
  };
  const retry = () => {
    setLocal({ checked: undefined });
    update((r) => recordPracticeAnswer(r, key, undefined));
  };

  return (
    <div>
      <QuestionCard quizId={quizId} question={question} number={1} total={1} checked={checked} onChecked={onChecked} />
      {checked && (
        <button type="button" onClick={retry} className="mt-2 inline-flex min-h-11 items-center rounded-lg border border-border px-4 text-sm font-semibold hover:bg-surface-2">
          다시 풀기
        </button>
      )}
    </div>
  );
}
