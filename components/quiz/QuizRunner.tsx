'use client';
/**
 * A whole quiz, one question at a time or all at once. Until the learner acts, what is shown comes
 * from the progress store (so a reload, or another tab, shows the saved answers and resumes at the
 * first unanswered question); the first check, retry or reset starts a local attempt. Every checked
 * answer is saved at once, so leaving halfway loses nothing; the quiz counts as taken only once every
 * question has an answer.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import { clearQuizResult } from "@/lib/progress/record";
import { recordQuizAnswer, startQuizRetry } from "@/lib/progress/quizAnswers";
import { useProgress } from "@/components/progress/useProgress";
import { QuestionCard, type Checked } from "./QuestionCard";
import { ScorePanel } from "./ScorePanel";
import { attemptFromStored, freshAttempt, isComplete, missedIds, retryMissed, toStoredAnswer, type Attempt } from "@/lib/quiz/attempt";
import { QuizProgressLine } from "./QuizProgressLine";
import { AnsweredReview } from "./AnsweredReview";
import type { ClientQuiz } from "./types";

export function QuizRunner({ quiz }: { quiz: ClientQuiz }) {
  const { record, persistent, update } = useProgress();
  const stored = record.quizzes[quiz.id];
  const fromStore = useMemo(() => (stored ? attemptFromStored(quiz, stored) : freshAttempt(quiz)), [quiz, stored]);
  const [local, setLocal] = useState<Attempt | null>(null);
  const attempt = local ?? fromStore;
  const scoreRef = useRef<HTMLDivElement>(null);
  const [focusScore, setFocusScore] = useState(false);
  const [navigated, setNavigated] = useState(false);

  const byId = useMemo(() => new Map(quiz.questions.map((q) => [q.id, q])), [quiz]);
  const questionIds = useMemo(() => quiz.questions.map((q) => q.id), [quiz]);
  const complete = isComplete(attempt);
  const oneAtATime = quiz.mode === "one-at-a-time";

  useEffect(() => {
    if (focusScore && complete) {
      scoreRef.current?.focus();
      setFocusScore(false);
    }
  }, [focusScore, complete]);

  const onChecked = (id: string, c: Checked) => {
    const next: Attempt = { ...attempt, answers: { ...attempt.answers, [id]: c } };
    setLocal(next);
    const answer = toStoredAnswer(c);
    update((r) => recordQuizAnswer(r, quiz.id, questionIds, id, answer));
  };

  const goNext = () => {
    setNavigated(true);
    const index = attempt.index + 1;
    setLocal({ ...attempt, index });
    if (index >= attempt.ids.length) setFocusScore(true);
  };

  const restart = (a: Attempt) => {
    setNavigated(true);
    setLocal(a);
  };
  const onRetryMissed = () => {
    const retry = retryMissed(quiz, attempt);
    // Saved too, so a reload in the middle of the retry comes back to it.
    update((r) => startQuizRetry(r, quiz.id, retry.ids));
    restart(retry);
  };
  const onReset = () => {
    update((r) => clearQuizResult(r, quiz.id));
    restart(freshAttempt(quiz));
  };

  const missed = missedIds(quiz, attempt).length;
  const score = quiz.questions.length - missed;
  const numberOf = (id: string) => quiz.questions.findIndex((q) => q.id === id) + 1;
  const card = (id: string, autoFocus = false) => {
    const q = byId.get(id)!;
    return (
      <QuestionCard
        key={id}
        quizId={quiz.id}
        question={q}
        number={numberOf(id)}
        total={quiz.questions.length}
        checked={attempt.answers[id]}
        onChecked={(c) => onChecked(id, c)}
        autoFocus={autoFocus}
      />
    );
  };

  const retrying = attempt.ids.length < quiz.questions.length;
  const currentId = attempt.ids[Math.min(attempt.index, attempt.ids.length - 1)];
  const answered = quiz.questions.filter((q) => attempt.answers[q.id]);
  // One at a time, the questions of this pass answered before the current one stay reachable (AnsweredReview).
  const earlier = attempt.ids.filter((id) => id !== currentId && attempt.answers[id]);
  const scorePanel = (
    <ScorePanel ref={scoreRef} score={score} total={quiz.questions.length} missed={missed} onRetryMissed={onRetryMissed} onReset={onReset} persistent={persistent} />
  );

  return (
    <div className="grid gap-4" data-quiz={quiz.id} data-mode={quiz.mode}>
      {retrying && !complete && (
        <p className="text-sm text-muted">틀린 문제 {attempt.ids.length}개를 다시 풉니다.</p>
      )}
      {!complete && answered.length > 0 && <QuizProgressLine answered={answered.length} score={score} total={quiz.questions.length} />}
      {oneAtATime && complete && attempt.index >= attempt.ids.length ? (
        <>
          {scorePanel}
          <details className="rounded-xl border border-border">
            <summary className="min-h-11 cursor-pointer px-4 py-2.5 font-semibold">문제와 해설 다시 보기</summary>
            <div className="grid gap-4 p-4 pt-0">{quiz.questions.map((q) => card(q.id))}</div>
          </details>
        </>
      ) : oneAtATime ? (
        <>
          {retrying && (
            <p className="text-sm text-muted">
              다시 풀기 {attempt.index + 1} / {attempt.ids.length}
            </p>
          )}
          {card(currentId, navigated)}
          {attempt.answers[currentId] && (
            <button type="button" onClick={goNext} className="inline-flex min-h-11 w-fit items-center rounded-lg bg-accent px-5 font-semibold text-accent-fg">
              {attempt.index + 1 < attempt.ids.length ? "다음 문제" : "결과 보기"}
            </button>
          )}
          {earlier.length > 0 && <AnsweredReview count={earlier.length}>{() => earlier.map((id) => card(id))}</AnsweredReview>}
        </>
      ) : (
        <>
          {attempt.ids.map((id) => card(id))}
          {complete && scorePanel}
        </>
      )}
      <p aria-live="polite" className="sr-only">{local && complete ? `모든 문제를 풀었습니다. ${quiz.questions.length}문제 중 ${score}문제 정답.` : ""}</p>
    </div>
  );
}
