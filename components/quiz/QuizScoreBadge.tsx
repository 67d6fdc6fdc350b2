'use client';
/**
 * "퀴즈 5/6" for the course map, from the progress store; "퀴즈 푸는 중 3/23" while the quiz is
 * unfinished (questions answered, not a score); nothing if it was never started.
 */
import { useProgress } from "@/components/progress/useProgress";
import { answeredCount, isQuizFinished } from "@/lib/progress/record";

export function QuizScoreBadge({ quizId }: { quizId: string }) {
  const { record } = useProgress();
  const entry = record.quizzes[quizId];
  if (!entry) return null;
  if (!isQuizFinished(entry)) {
    return (
      <span data-quiz-badge={quizId} data-quiz-state="in-progress" className="inline-flex items-center gap-1 rounded-full border border-dashed border-border px-2 py-0.5 text-xs font-semibold text-muted">
        <span aria-hidden="true">…</span>
        <span>
          퀴즈 푸는 중 {answeredCount(entry)}/{entry.total}
          <span className="sr-only"> 문제 답함</span>
        </span>
      </span>
    );
  }
  const perfect = entry.score === entry.total;
  return (
    <span
      data-quiz-badge={quizId}
      data-quiz-state="done"
      className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-semibold ${perfect ? "border-ok text-ok" : "border-border text-muted"}`}
    >
      <span aria-hidden="true">{perfect ? "✓" : "✎"}</span>
      <span>
        퀴즈 {entry.score}/{entry.total}
        <span className="sr-only"> 정답</span>
      </span>
    </span>
  );
}
