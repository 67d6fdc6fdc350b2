'use client';
/** The end of a quiz: the score in words, and the two ways to go again. */
import { forwardRef } from "react";

interface Props {
  score: number;
  total: number;
  missed: number;
  onRetryMissed(): void;
  onReset(): void;
  persistent: boolean;
}

export const ScorePanel = forwardRef<HTMLDivElement, Props>(function ScorePanel({ score, total, missed, onRetryMissed, onReset, persistent }, ref) {
  const perfect = score === total;
  return (
    <div ref={ref} tabIndex={-1} data-testid="quiz-score" className="rounded-xl border border-border bg-surface p-5 outline-none focus-visible:ring-3 focus-visible:ring-accent">
      <p className="text-sm font-semibold text-muted">결과</p>
      <p className="mt-1 text-2xl font-extrabold">
        {total}문제 중 {score}문제 정답
      </p>
      <p className="mt-1 text-muted">
        {perfect ? "모두 맞혔습니다. 다음 레슨으로 넘어가도 좋습니다." : `틀린 문제 ${missed}개는 해설과 레슨 링크로 다시 확인해 보세요.`}
      </p>
      {!persistent && <p className="mt-2 text-sm text-warning">이 브라우저에 저장할 수 없어 결과는 이 탭을 닫으면 사라집니다.</p>}
      <div className="mt-4 flex flex-wrap gap-2">
        {missed > 0 && (
          <button type="button" onClick={onRetryMissed} className="inline-flex min-h-11 items-center rounded-lg bg-accent px-4 font-semibold text-accent-fg">
            틀린 문제만 다시 풀기
          </button>
        )}
        <button type="button" onClick={onReset} className="inline-flex min-h-11 items-center rounded-lg border border-border bg-bg px-4 font-semibold hover:bg-surface-2">
          처음부터 다시
        </button>
      </div>
    </div>
  );
});
