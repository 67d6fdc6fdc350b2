"use client";
/** The learner's Docker Hub ID, substituted into every "대신 입력하기" command. */
import { useId, useState, type FormEvent } from "react";
import { normalizeUser } from "@/lib/sandbox";

export function HubIdForm({ user, onUser }: { user: string; onUser(user: string): void }) {
  const [value, setValue] = useState(user);
  const [message, setMessage] = useState("");
  const inputId = useId();
  const msgId = useId();

  function submit(e: FormEvent) {
    e.preventDefault();
    const trimmed = value.trim().toLowerCase();
    const next = normalizeUser(trimmed);
    if (next !== trimmed) {
      setMessage("Docker Hub ID는 영문 소문자와 숫자 2~30자입니다.");
      return;
    }
    onUser(next);
    setValue(next);
    setMessage(`이제 명령에 ${next}을(를) 씁니다.`);
  }

  return (
    <form onSubmit={submit} className="mt-2 flex flex-wrap items-end gap-2">
      <div className="min-w-0 flex-1">
        <label htmlFor={inputId} className="block text-xs font-medium text-muted">
          Docker Hub ID
        </label>
        <input
          id={inputId}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          maxLength={30}
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          aria-describedby={msgId}
          className="mt-0.5 w-full rounded-md border border-border bg-bg px-2 py-1 font-mono text-[16px] sm:text-sm max-sm:min-h-11"
        />
      </div>
      <button type="submit" className="inline-flex min-h-9 items-center rounded-md bg-accent px-3 text-sm font-semibold text-accent-fg max-sm:min-h-11">
        적용
      </button>
      <p id={msgId} className="w-full text-xs text-muted" aria-live="polite">
        {message}
      </p>
    </form>
  );
}
