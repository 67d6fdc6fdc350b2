import type { ReactNode } from "react";

/**
 * Author-facing. Collapsible section like the notes' `<details>`; closed by default.
 * - `summary`: the always-visible line; `open`: start expanded.
 * Native <details>, so it works without JavaScript and with find-in-page.
 */
export function Details({ summary, open, children }: { summary: string; open?: boolean; children?: ReactNode }) {
  return (
    <details className="details my-6 rounded-lg border border-border bg-surface" open={open}>
      <summary className="min-h-11 cursor-pointer list-inside px-4 py-2.5 font-semibold marker:text-muted">{summary}</summary>
      <div className="border-t border-border px-4 py-3">{children}</div>
    </details>
  );
}
