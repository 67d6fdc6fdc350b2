'use client';
/** "퀴즈 5/6" for the course map, from the progress store; nothing if the quiz was not taken. */
import { useProgress } from "@/components/progress/useProgress";

export function QuizScoreBadge({ quizId }: { quizId: string }) {
  const { record } = useProgress();
  const entry = record.quizzes[quizId];
  if (!entry) return null;
  const perfect = entry.score === entry.total;
  return (
    <span
      data-quiz-badge={quizId}
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
