'use client';
/**
 * The running score of an unfinished quiz: how many questions are answered and how many of those
 * are right. Shown above the questions, so a learner who comes back after a reload sees at once
 * that their answers were kept.
 */
export function QuizProgressLine({ answered, score, total }: { answered: number; score: number; total: number }) {
  return (
    <p className="text-sm text-muted" data-testid="quiz-progress">
      {total}문제 중 {answered}문제를 풀었고 {score}문제를 맞혔습니다.
    </p>
  );
}
