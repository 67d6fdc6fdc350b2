'use client';
/** A typed command or a short predicted answer. Whatever is typed stays plain text. */
import { useId } from "react";

interface Props {
  kind: "command" | "predict";
  value: string;
  onChange(value: string): void;
  disabled: boolean;
  placeholder?: string;
  unit?: string;
}

export function TextAnswerInput({ kind, value, onChange, disabled, placeholder, unit }: Props) {
  const id = useId();
  const isCommand = kind === "command";
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-muted">
        {isCommand ? "명령 입력" : "답 입력"}
      </label>
      <div className={`flex items-center gap-2 rounded-lg border border-border px-3 focus-within:ring-3 focus-within:ring-accent ${isCommand ? "bg-terminal-bg text-terminal-fg" : "bg-bg"}`}>
        {isCommand && (
          <span className="select-none font-mono text-terminal-dim" aria-hidden="true">#</span>
        )}
        <input
          id={id}
          type="text"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          disabled={disabled}
          placeholder={placeholder}
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          maxLength={500}
          className={`min-h-11 w-full min-w-0 bg-transparent py-2 outline-none ${isCommand ? "font-mono placeholder:text-terminal-dim" : "placeholder:text-muted"}`}
        />
        {unit && <span className="shrink-0 text-muted">{unit}</span>}
      </div>
    </div>
  );
}
