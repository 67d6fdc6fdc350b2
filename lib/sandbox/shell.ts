/**
 * A tiny bash: words and quoting via shell-quote, `$VAR` expansion, globbing against the
 * working directory, pipelines (`|`) and lists (`&&`, `||`, `;`). Redirections, subshells and
 * background jobs are refused with a message instead of being half-emulated.
 */
import { parse, type ParseEntry } from "shell-quote";

export const ENV: Record<string, string> = {
  HOME: "/root",
  USER: "root",
  LOGNAME: "root",
  PWD: "/root",
  HOSTNAME: "cicd-server",
  SHELL: "/bin/bash",
};

/** Longest line the shell accepts; anything longer is refused before any parsing. */
export const MAX_LINE = 2000;
/** Most commands one line may run. */
export const MAX_COMMANDS = 32;

export type Connector = "&&" | "||" | ";";

export interface Pipeline {
  /** How this pipeline joins the previous one (`;` for the first). */
  connector: Connector;
  /** Each command's argv (after expansion). */
  commands: string[][];
}

export type ParseResult = { ok: true; pipelines: Pipeline[] } | { ok: false; error: string };

/** Strip control characters (keep tab) so nothing odd reaches the parser or the screen. */
export function sanitizeLine(line: string): string {
  // eslint-disable-next-line no-control-regex
  return line.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, "");
}

/** `*` and `?` matching without backtracking blow-ups (iterative wildcard match). */
export function globMatch(pattern: string, name: string): boolean {
  let p = 0;
  let n = 0;
  let star = -1;
  let mark = 0;
  while (n < name.length) {
    if (p < pattern.length && (pattern[p] === "?" || pattern[p] === name[n])) {
      p++;
      n++;
    } else if (p < pattern.length && pattern[p] === "*") {
      star = p++;
      mark = n;
    } else if (star >= 0) {
      p = star + 1;
      n = ++mark;
    } else return false;
  }
  while (p < pattern.length && pattern[p] === "*") p++;
  return p === pattern.length;
}

export function parseLine(line: string, files: string[]): ParseResult {
  let entries: ParseEntry[];
  try {
    entries = parse(line, (key: string) => ENV[key] ?? "");
  } catch {
    return { ok: false, error: "-bash: syntax error" };
  }
  const pipelines: Pipeline[] = [];
  let current: Pipeline = { connector: ";", commands: [] };
  let words: string[] = [];
  let count = 0;
  let pendingPipe = false;
  const endCommand = (): string | null => {
    if (words.length === 0) return "empty";
    current.commands.push(words);
    words = [];
    count++;
    return null;
  };
  for (const e of entries) {
    if (typeof e === "string") {
      pendingPipe = false;
      words.push(e);
      continue;
    }
    if ("comment" in e) break;
    if (e.op === "glob") {
      pendingPipe = false;
      const matches = files.filter((f) => globMatch(e.pattern, f)).sort();
      words.push(...(matches.length ? matches : [e.pattern]));
      continue;
    }
    if (e.op === "|") {
      if (endCommand()) return { ok: false, error: "-bash: syntax error near unexpected token `|'" };
      pendingPipe = true;
      continue;
    }
    if (e.op === "&&" || e.op === "||" || e.op === ";") {
      if (words.length === 0 && current.commands.length === 0) {
        return { ok: false, error: `-bash: syntax error near unexpected token \`${e.op}'` };
      }
      if (words.length && endCommand()) return { ok: false, error: "-bash: syntax error" };
      pipelines.push(current);
      current = { connector: e.op, commands: [] };
      continue;
    }
    return { ok: false, error: `-bash: '${e.op}' 기호(리다이렉션·서브셸·백그라운드 실행)는 이 연습 터미널에서 지원하지 않습니다.` };
  }
  if (pendingPipe) return { ok: false, error: "-bash: syntax error: unexpected end of file" };
  if (words.length) endCommand();
  if (current.commands.length) pipelines.push(current);
  else if (current.connector === "&&" || current.connector === "||") {
    return { ok: false, error: "-bash: syntax error: unexpected end of file" };
  }
  if (count > MAX_COMMANDS) return { ok: false, error: `-bash: 한 줄에 명령을 ${MAX_COMMANDS}개까지만 실행할 수 있습니다.` };
  return { ok: true, pipelines };
}
