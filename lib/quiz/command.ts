/**
 * Command answers: tokenise like a shell (shell-quote), then normalise per tool so that forms the
 * tool itself treats as the same command compare equal (aliases such as `images`/`image`, `ls`/`list`,
 * flag order, `--flag=value` vs `--flag value`, `ctr -n default` which is ctr's default, Docker's
 * implicit `docker.io/`). The structural difference to an accepted form is then turned into Korean hints.
 */
import { parse } from "shell-quote";
import { GLOBALS_ANYWHERE, TOOLS } from "./tools";

export { hintFor } from "./hints";

export interface Flag {
  name: string;
  value?: string;
}

export interface Segment {
  program: string;
  /** Flags given before the subcommand (ctr's `-n`, docker's `-H`). */
  globals: Flag[];
  /** Subcommand words, aliases resolved: ["images", "list"]. */
  path: string[];
  flags: Flag[];
  args: string[];
  /** Global-only flags that were written after the subcommand (a ctr usage error). */
  misplacedGlobals: Flag[];
}

export interface ParsedCommand {
  segments: Segment[];
  /** Shell syntax other than a plain pipe (`;`, `&&`, redirects): not a single command. */
  unsupported: string[];
}


function isFlag(tok: string): boolean {
  return tok.length > 1 && tok.startsWith("-") && tok !== "--";
}

/** JSON arguments (a kubectl patch) compare by value, not by spacing or quoting. */
function normaliseValue(v: string): string {
  const t = v.trim();
  if ((t.startsWith("{") && t.endsWith("}")) || (t.startsWith("[") && t.endsWith("]"))) {
    try {
      return JSON.stringify(JSON.parse(t));
    } catch {
      return v;
    }
  }
  return v;
}

function readFlag(tok: string, next: string | undefined, valueFlags: Record<string, string>): { flag: Flag; used: number } {
  const eq = tok.indexOf("=");
  const name = eq > 0 ? tok.slice(0, eq) : tok;
  const canonical = valueFlags[name];
  if (canonical) {
    if (eq > 0) return { flag: { name: canonical, value: normaliseValue(tok.slice(eq + 1)) }, used: 1 };
    return next === undefined ? { flag: { name: canonical, value: "" }, used: 1 } : { flag: { name: canonical, value: normaliseValue(next) }, used: 2 };
  }
  return eq > 0 ? { flag: { name, value: normaliseValue(tok.slice(eq + 1)) }, used: 1 } : { flag: { name }, used: 1 };
}

function parseSegment(tokens: string[]): Segment {
  let toks = tokens;
  while (toks[0] === "sudo") toks = toks.slice(1);
  const program = toks[0] ?? "";
  const spec = TOOLS[program];
  const seg: Segment = { program, globals: [], path: [], flags: [], args: [], misplacedGlobals: [] };
  if (!spec) {
    // Unknown tool: flags are an unordered set, combined short flags (`-lh`) split, args in order.
    for (const tok of toks.slice(1)) {
      if (/^-[a-zA-Z]{2,}$/.test(tok)) for (const ch of tok.slice(1)) seg.flags.push({ name: `-${ch}` });
      else if (isFlag(tok)) seg.flags.push(readFlag(tok, undefined, {}).flag);
      else seg.args.push(tok);
    }
    seg.flags.sort(compareFlags);
    return seg;
  }
  let i = 1;
  // Global flags up to the first word.
  while (i < toks.length && isFlag(toks[i])) {
    const tok = toks[i];
    const name = tok.split("=")[0];
    if (spec.globalBoolFlags[name]) {
      seg.globals.push({ name: spec.globalBoolFlags[name] });
      i += 1;
    } else {
      const { flag, used } = readFlag(tok, toks[i + 1], spec.globalValueFlags);
      seg.globals.push(flag);
      i += used;
    }
  }
  // Subcommand words: the words before the first flag, resolved by the tool's aliases.
  const words: string[] = [];
  let j = i;
  while (j < toks.length && !isFlag(toks[j]) && words.length < 2) words.push(toks[j++]);
  const { path, used } = spec.resolvePath(words);
  seg.path = path;
  i += used;
  const valueFlags = { ...spec.valueFlags(path) };
  const anywhere = GLOBALS_ANYWHERE.has(program);
  const rest: string[] = [];
  while (i < toks.length) {
    const tok = toks[i];
    if (tok === "--") {
      rest.push(...toks.slice(i + 1));
      break;
    }
    if (!isFlag(tok)) {
      rest.push(tok);
      i += 1;
      continue;
    }
    const name = tok.split("=")[0];
    if (!valueFlags[name] && (spec.globalValueFlags[name] || spec.globalBoolFlags[name])) {
      const isBool = Boolean(spec.globalBoolFlags[name]);
      const { flag, used: n } = isBool ? { flag: { name: spec.globalBoolFlags[name] }, used: 1 } : readFlag(tok, toks[i + 1], spec.globalValueFlags);
      (anywhere ? seg.globals : seg.misplacedGlobals).push(flag);
      i += n;
      continue;
    }
    const { flag, used: n } = readFlag(tok, toks[i + 1], valueFlags);
    seg.flags.push(flag);
    i += n;
  }
  seg.args = spec.normaliseArgs ? spec.normaliseArgs(path, rest) : rest;
  const defaults = spec.defaultGlobals ?? [];
  seg.globals = seg.globals.filter((g) => !defaults.some((d) => d.name === g.name && d.value === g.value)).sort(compareFlags);
  seg.flags.sort(compareFlags);
  return seg;
}

function compareFlags(a: Flag, b: Flag): number {
  return a.name === b.name ? (a.value ?? "").localeCompare(b.value ?? "") : a.name < b.name ? -1 : 1;
}

/** Strip a pasted prompt such as `[root@cicd-server ~]#` or `$`. */
function stripPrompt(input: string): string {
  return input.replace(/^\s*(\[[^\]]*\]\s*[#$]|[$#])\s+/, "");
}

export function parseCommand(input: string): ParsedCommand {
  const entries = parse(stripPrompt(input).trim(), (name: string) => `$${name}`);
  const segments: string[][] = [[]];
  const unsupported: string[] = [];
  for (const e of entries) {
    if (typeof e === "string") segments[segments.length - 1].push(e);
    else if ("comment" in e) continue;
    else if (e.op === "glob") segments[segments.length - 1].push((e as { pattern: string }).pattern);
    else if (e.op === "|") segments.push([]);
    else unsupported.push(e.op);
  }
  return { segments: segments.filter((s) => s.length > 0).map(parseSegment), unsupported };
}

/** A string that is equal for two commands exactly when they count as the same answer. */
export function canonicalCommand(input: string): string {
  const p = parseCommand(input);
  return JSON.stringify(p);
}

export type CommandDiff =
  | { kind: "empty" }
  | { kind: "unsupported"; ops: string[] }
  | { kind: "pipe-missing"; want: string }
  | { kind: "pipe-extra"; got: string }
  | { kind: "program"; got: string; want: string }
  | { kind: "global-misplaced"; flag: Flag; want?: Flag }
  | { kind: "global-missing"; flag: Flag }
  | { kind: "global-extra"; flag: Flag }
  | { kind: "global-value"; name: string; got: string; want: string }
  | { kind: "path"; got: string[]; want: string[] }
  | { kind: "flag-missing"; flag: Flag }
  | { kind: "flag-extra"; flag: Flag }
  | { kind: "flag-value"; name: string; got: string; want: string }
  | { kind: "registry-prefix"; got: string; want: string }
  | { kind: "args-order"; got: string[]; want: string[] }
  | { kind: "arg-missing"; want: string }
  | { kind: "arg-extra"; got: string }
  | { kind: "arg"; got: string; want: string };

function diffFlags(got: Flag[], want: Flag[], kinds: { missing: "flag-missing" | "global-missing"; extra: "flag-extra" | "global-extra"; value: "flag-value" | "global-value" }): CommandDiff[] {
  const out: CommandDiff[] = [];
  const left = [...got];
  for (const w of want) {
    const exact = left.findIndex((g) => g.name === w.name && g.value === w.value);
    if (exact >= 0) {
      left.splice(exact, 1);
      continue;
    }
    const sameName = left.findIndex((g) => g.name === w.name);
    if (sameName >= 0) {
      out.push({ kind: kinds.value, name: w.name, got: left[sameName].value ?? "", want: w.value ?? "" });
      left.splice(sameName, 1);
    } else out.push({ kind: kinds.missing, flag: w });
  }
  for (const g of left) out.push({ kind: kinds.extra, flag: g });
  return out;
}

function diffArgs(got: string[], want: string[]): CommandDiff[] {
  if (got.length === want.length && got.length > 1 && [...got].sort().join("\0") === [...want].sort().join("\0") && got.join("\0") !== want.join("\0")) {
    return [{ kind: "args-order", got, want }];
  }
  const out: CommandDiff[] = [];
  const n = Math.max(got.length, want.length);
  for (let i = 0; i < n; i++) {
    const g = got[i];
    const w = want[i];
    if (g === w) continue;
    if (g === undefined) out.push({ kind: "arg-missing", want: w });
    else if (w === undefined) out.push({ kind: "arg-extra", got: g });
    else if (w === `docker.io/${g}`) out.push({ kind: "registry-prefix", got: g, want: w });
    else out.push({ kind: "arg", got: g, want: w });
  }
  return out;
}

function diffSegment(got: Segment, want: Segment): CommandDiff[] {
  if (got.program !== want.program) return [{ kind: "program", got: got.program, want: want.program }];
  const out: CommandDiff[] = [];
  // A global written after the subcommand: report it as misplaced, and not also as missing.
  const wantGlobals = [...want.globals];
  for (const m of got.misplacedGlobals) {
    const k = wantGlobals.findIndex((w) => w.name === m.name);
    out.push({ kind: "global-misplaced", flag: m, want: k >= 0 ? wantGlobals[k] : undefined });
    if (k >= 0) wantGlobals.splice(k, 1);
  }
  out.push(...diffFlags(got.globals, wantGlobals, { missing: "global-missing", extra: "global-extra", value: "global-value" }));
  if (got.path.join(" ") !== want.path.join(" ")) {
    out.push({ kind: "path", got: got.path, want: want.path });
    return out; // flags and args of another subcommand say nothing useful
  }
  out.push(...diffFlags(got.flags, want.flags, { missing: "flag-missing", extra: "flag-extra", value: "flag-value" }));
  out.push(...diffArgs(got.args, want.args));
  return out;
}

export function diffCommands(input: string, accepted: string): CommandDiff[] {
  const got = parseCommand(input);
  const want = parseCommand(accepted);
  if (got.segments.length === 0) return [{ kind: "empty" }];
  if (got.unsupported.length > 0) return [{ kind: "unsupported", ops: got.unsupported }];
  const out: CommandDiff[] = [];
  const n = Math.max(got.segments.length, want.segments.length);
  for (let i = 0; i < n; i++) {
    const g = got.segments[i];
    const w = want.segments[i];
    if (!g) out.push({ kind: "pipe-missing", want: segmentText(w) });
    else if (!w) out.push({ kind: "pipe-extra", got: segmentText(g) });
    else out.push(...diffSegment(g, w));
  }
  return out;
}

function segmentText(s: Segment): string {
  return [s.program, ...s.path, ...s.flags.map((f) => (f.value !== undefined ? `${f.name} ${f.value}` : f.name)), ...s.args].join(" ");
}
