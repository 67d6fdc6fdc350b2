"use client";
/**
 * The scrollback: every entry rendered as TEXT (never HTML) in a polite live log. The prompt is
 * decoration — dimmed, not selectable, hidden from screen readers — so copying a command copies
 * only the command.
 */
import { memo } from "react";
import { PROMPT } from "@/lib/sandbox";
import type { TranscriptEntry } from "./session-storage";

const KIND_CLASS: Record<TranscriptEntry["kind"], string> = {
  cmd: "text-terminal-fg",
  stdout: "text-terminal-fg",
  // stderr is slightly warmer, as many terminals theme it; the text itself says what went wrong.
  stderr: "text-[#ffb4a9]",
  info: "text-terminal-dim italic",
};

const Entry = memo(function Entry({ entry }: { entry: TranscriptEntry }) {
  if (entry.kind === "cmd") {
    return (
      <div className="whitespace-pre" data-entry="cmd">
        <span aria-hidden="true" className="select-none text-terminal-dim">
          {PROMPT}
        </span>
        <span>{entry.text}</span>
      </div>
    );
  }
  return (
    <div className={`${entry.kind === "info" ? "whitespace-pre-wrap" : "whitespace-pre"} ${KIND_CLASS[entry.kind]}`} data-entry={entry.kind}>
      {entry.text.replace(/\n$/, "")}
    </div>
  );
});

export function TerminalOutput({ entries, labelledBy }: { entries: TranscriptEntry[]; labelledBy: string }) {
  return (
    <div role="log" aria-live="polite" aria-labelledby={labelledBy} data-testid="sandbox-log">
      {entries.map((e) => (
        <Entry key={e.id} entry={e} />
      ))}
    </div>
  );
}

/** The transcript as plain text, as a terminal would show it (for "copy output"). */
export function transcriptText(entries: TranscriptEntry[]): string {
  return entries.map((e) => (e.kind === "cmd" ? PROMPT + e.text : e.text.replace(/\n$/, ""))).join("\n");
}
