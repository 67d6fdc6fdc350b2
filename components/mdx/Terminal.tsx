import { CopyButton } from "./CopyButton";

/**
 * Author-facing. Real terminal text in place of the notes' screenshots.
 * - `command` + `output`: one command and what it printed (output optional for silent commands)
 * - or `session`: several `{ command, output? }` in order
 * - `prompt`: default `[root@cicd-server ~]#` (the course's server); `title`: a caption above
 * The prompt is dimmed and not selectable; the copy button copies the commands only.
 * Output is plain text, never highlighted as code.
 */
export interface TerminalEntry {
  command: string;
  output?: string;
}
export interface TerminalProps extends Partial<TerminalEntry> {
  session?: TerminalEntry[];
  prompt?: string;
  title?: string;
}

export const DEFAULT_PROMPT = "[root@cicd-server ~]#";

export function Terminal({ command, output, session, prompt = DEFAULT_PROMPT, title }: TerminalProps) {
  const entries: TerminalEntry[] = session ?? (command !== undefined ? [{ command, output }] : []);
  const commands = entries.map((e) => e.command).join("\n");
  return (
    <figure className="terminal not-prose my-6 overflow-hidden rounded-lg bg-terminal-bg text-terminal-fg shadow-sm" data-terminal>
      <figcaption className="flex items-center justify-between gap-2 border-b border-white/10 px-3 py-1 text-xs text-terminal-dim">
        <span className="flex items-center gap-2">
          <span aria-hidden="true" className="flex gap-1">
            <span className="size-2.5 rounded-full bg-white/20" />
            <span className="size-2.5 rounded-full bg-white/20" />
            <span className="size-2.5 rounded-full bg-white/20" />
          </span>
          <span>{title ?? "터미널"}</span>
        </span>
        <CopyButton text={commands} label={entries.length > 1 ? "명령 모두 복사" : "명령 복사"} className="text-terminal-fg hover:bg-white/10" />
      </figcaption>
      <pre className="overflow-x-auto px-4 py-3 font-mono text-[0.84rem] leading-relaxed" tabIndex={0}>
        {entries.map((entry, i) => (
          <span key={i} className="block">
            <span className="block">
              <span className="select-none text-terminal-dim" aria-hidden="true">{prompt} </span>
              <span className="sr-only">명령: </span>
              <span className="font-semibold">{entry.command}</span>
            </span>
            {entry.output !== undefined && entry.output !== "" && (
              <span className="block whitespace-pre text-terminal-dim" data-output>
                {entry.output.replace(/\n$/, "")}
              </span>
            )}
          </span>
        ))}
      </pre>
    </figure>
  );
}
