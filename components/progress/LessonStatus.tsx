"use client";
import { useProgress } from "./useProgress";
import { lessonProgress, type LessonProgressInput, type LessonState } from "@/lib/progress/status";

const LABEL: Record<LessonState, string> = { "not-started": "시작 전", "in-progress": "진행 중", done: "완료" };

function StateIcon({ state }: { state: LessonState }) {
  // Shape differs per state (empty ring, half, check) so colour is never the only cue.
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false" className="shrink-0">
      {state === "done" ? (
        <>
          <circle cx="8" cy="8" r="7" fill="var(--ok)" />
          <path d="m4.5 8.2 2.3 2.3 4.7-4.9" fill="none" stroke="var(--bg)" strokeWidth="2" strokeLinecap="round" />
        </>
      ) : state === "in-progress" ? (
        <>
          <circle cx="8" cy="8" r="6.25" fill="none" stroke="var(--accent)" strokeWidth="1.5" />
          <path d="M8 1.75a6.25 6.25 0 0 1 0 12.5z" fill="var(--accent)" />
        </>
      ) : (
        <circle cx="8" cy="8" r="6.25" fill="none" stroke="var(--muted)" strokeWidth="1.5" />
      )}
    </svg>
  );
}

/** Course map: the lesson's state, quiz score and mission steps. */
export function LessonStatusBadge({ lesson }: { lesson: LessonProgressInput }) {
  const { record } = useProgress();
  const p = lessonProgress(record, lesson);
  return (
    <span className="inline-flex flex-wrap items-center gap-2" data-lesson-status={p.state}>
      <span className="inline-flex items-center gap-1">
        <StateIcon state={p.state} />
        <span>{LABEL[p.state]}</span>
      </span>
      {p.quiz && (
        <span className="rounded-full border border-border px-2 py-0.5 text-xs" data-quiz-score>
          퀴즈 {p.quiz.score}/{p.quiz.total}
        </span>
      )}
      {p.quizStarted && (
        // Answered so far, not a score: an unfinished quiz is never shown like a result.
        <span className="rounded-full border border-dashed border-border px-2 py-0.5 text-xs" data-quiz-started>
          퀴즈 푸는 중 {p.quizStarted.answered}/{p.quizStarted.total}
          <span className="sr-only"> 문제 답함</span>
        </span>
      )}
      {p.mission && p.mission.done > 0 && (
        <span className="rounded-full border border-border px-2 py-0.5 text-xs" data-mission-steps>
          미션 {p.mission.done}/{p.mission.total}단계
        </span>
      )}
    </span>
  );
}

/** Sidebar: a small state mark beside the lesson title, named for screen readers. */
export function LessonStatusMark({ lesson }: { lesson: LessonProgressInput }) {
  const { record } = useProgress();
  const p = lessonProgress(record, lesson);
  return (
    <span className="ml-auto self-center" data-lesson-mark={p.state}>
      <StateIcon state={p.state} />
      <span className="sr-only">({LABEL[p.state]})</span>
    </span>
  );
}
