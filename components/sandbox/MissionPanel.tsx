"use client";
/**
 * The mission's objectives. Each ticks from the sandbox STATE (see lib/sandbox/missions.ts) and,
 * once done, stays done through the shared progress store. "대신 입력하기" only fills the input:
 * the learner still presses Enter.
 */
import { useId } from "react";
import type { Mission, MissionStep } from "@/lib/sandbox";
import { CheckIcon } from "@/components/ui/icons";
import { HubIdForm } from "./HubIdForm";

interface Props {
  mission: Mission;
  done: string[];
  user: string;
  onFill(command: string): void;
  onUser(user: string): void;
  onReset(): void;
}

function Step({ step, done, user, onFill }: { step: MissionStep; done: boolean; user: string; onFill(c: string): void }) {
  const command = step.command(user);
  return (
    <li className="!mt-0 rounded-lg border border-border bg-bg p-3" data-step={step.id} data-done={done ? "true" : "false"}>
      <div className="flex items-start gap-2">
        <span
          className={`mt-0.5 inline-flex size-5 shrink-0 items-center justify-center rounded-full border ${done ? "border-ok bg-ok text-bg" : "border-border text-transparent"}`}
          aria-hidden="true"
        >
          <CheckIcon width={13} height={13} />
        </span>
        <div className="min-w-0 flex-1">
          <p className="font-semibold leading-snug">
            {step.title}
            <span className={`ml-2 whitespace-nowrap text-xs font-medium ${done ? "text-ok" : "text-muted"}`}>{done ? "완료" : "진행 전"}</span>
          </p>
          <details className="mt-1 text-sm">
            <summary className="cursor-pointer text-muted hover:text-fg max-sm:py-2">힌트</summary>
            <p className="mt-1 leading-relaxed text-muted">{step.hint}</p>
            <code className="mt-1 block break-all rounded bg-surface-2 !px-1.5 !py-1 font-mono !text-xs">{command}</code>
          </details>
          <button
            type="button"
            onClick={() => onFill(command)}
            aria-label={`대신 입력하기: ${step.title}`}
            className="mt-2 inline-flex min-h-9 items-center rounded-md border border-border px-2.5 text-xs font-medium hover:border-accent hover:text-accent max-sm:min-h-11"
          >
            대신 입력하기
          </button>
        </div>
      </div>
    </li>
  );
}

export function MissionPanel({ mission, done, user, onFill, onUser, onReset }: Props) {
  const headingId = useId();
  const groups = [...new Set(mission.steps.map((s) => s.group))];
  const count = mission.steps.filter((s) => done.includes(s.id)).length;
  return (
    <section aria-labelledby={headingId} className="flex h-full min-h-0 flex-col rounded-xl border border-border bg-surface">
      <div className="border-b border-border p-3">
        <h3 id={headingId} className="!mt-0 !text-base !leading-6 !font-bold">
          미션 목표
        </h3>
        <p className="!mt-0.5 text-sm text-muted" aria-live="polite" data-testid="sandbox-progress">
          {mission.steps.length}개 중 {count}개 완료
        </p>
        <HubIdForm user={user} onUser={onUser} />
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto p-3">
        {groups.map((g) => (
          <div key={g} className="mb-4 last:mb-0">
            <h4 className="!mt-0 mb-2 !text-xs !font-bold tracking-wide text-muted">{g}</h4>
            <ol className="!mt-0 flex !list-none flex-col gap-2 !p-0">
              {mission.steps
                .filter((s) => s.group === g)
                .map((s) => (
                  <Step key={s.id} step={s} done={done.includes(s.id)} user={user} onFill={onFill} />
                ))}
            </ol>
          </div>
        ))}
      </div>
      <div className="border-t border-border p-3">
        <button
          type="button"
          onClick={onReset}
          className="inline-flex min-h-9 items-center rounded-md border border-border px-3 text-sm font-medium hover:border-fail hover:text-fail max-sm:min-h-11"
        >
          처음부터 다시 (기록 지우기)
        </button>
      </div>
    </section>
  );
}
