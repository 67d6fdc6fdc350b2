'use client';

import { useState, type ReactNode } from "react";
import type { ToolCategory } from "./tools";

/*
 * The only client part of the tool map. The server already rendered the full list (so it is in the
 * static HTML and readable without JavaScript); this component only sets `data-filter` on the
 * wrapper, and each section hides itself with a `group-data-[filter=…]` class. No DOM walking.
 */

type Filter = "all" | ToolCategory;

type Props = {
  categories: readonly { id: ToolCategory; label: string }[];
  counts: Record<ToolCategory, number>;
  children: ReactNode;
};

export function ToolMapFilter({ categories, counts, children }: Props) {
  const [filter, setFilter] = useState<Filter>("all");
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const shown = filter === "all" ? total : counts[filter];
  const options: { id: Filter; label: string }[] = [{ id: "all", label: "전체" }, ...categories];

  return (
    <div className="group/toolmap" data-filter={filter}>
      <div role="group" aria-label="도구 분류로 거르기" className="flex flex-wrap gap-2">
        {options.map((o) => {
          const pressed = filter === o.id;
          return (
            <button
              key={o.id}
              type="button"
              aria-pressed={pressed}
              onClick={() => setFilter(o.id)}
              className={
                "min-h-11 rounded-full border px-4 text-sm font-medium transition-colors " +
                "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent " +
                "motion-reduce:transition-none " +
                (pressed
                  ? "border-accent bg-accent text-accent-fg"
                  : "border-border bg-transparent text-fg hover:bg-surface-2")
              }
            >
              {/* A check mark as well as the fill, so the pressed state is not colour alone. */}
              {pressed && <span aria-hidden="true">✓ </span>}
              {o.label}
            </button>
          );
        })}
      </div>
      <p aria-live="polite" className="mt-3 text-sm text-muted">
        {`도구 ${shown}개 표시 중 (전체 ${total}개)`}
      </p>
      {children}
    </div>
  );
}
