'use client';
/** Radio buttons (single) or checkboxes (multiple); after checking, each choice is marked in words too. */
import { InlineCode } from "@/components/ui/InlineCode";

interface Props {
  name: string;
  choices: string[];
  multiple: boolean;
  value: number[];
  onChange(value: number[]): void;
  disabled: boolean;
  /** After checking: the right answers, to mark missed and wrongly chosen ones. */
  correct?: number[];
}

export function ChoiceInput({ name, choices, multiple, value, onChange, disabled, correct }: Props) {
  const toggle = (i: number) => {
    if (!multiple) onChange([i]);
    else onChange(value.includes(i) ? value.filter((v) => v !== i) : [...value, i].sort((a, b) => a - b));
  };
  return (
    <ul className="grid gap-2">
      {choices.map((c, i) => {
        const chosen = value.includes(i);
        const isRight = correct?.includes(i);
        const mark = !correct ? null : isRight && chosen ? "정답" : isRight ? "놓친 정답" : chosen ? "틀린 선택" : null;
        return (
          <li key={i}>
            <label
              className={`flex min-h-11 cursor-pointer items-start gap-3 rounded-lg border px-3 py-2.5 transition-colors ${
                chosen ? "border-accent bg-surface-2" : "border-border hover:bg-surface"
              } ${mark === "틀린 선택" ? "border-fail" : ""} ${mark === "놓친 정답" ? "border-dashed border-ok" : ""} ${disabled ? "cursor-default" : ""}`}
            >
              <input
                type={multiple ? "checkbox" : "radio"}
                name={name}
                className="mt-1 size-4 shrink-0 accent-[var(--accent)]"
                checked={chosen}
                onChange={() => toggle(i)}
                disabled={disabled}
              />
              <span className="flex-1">
                <InlineCode text={c} />
              </span>
              {mark && (
                <span className={`shrink-0 text-sm font-semibold ${mark === "정답" || mark === "놓친 정답" ? "text-ok" : "text-fail"}`}>
                  {mark === "틀린 선택" ? "✗ " : "✓ "}
                  {mark}
                </span>
              )}
            </label>
          </li>
        );
      })}
    </ul>
  );
}
