/**
 * Command answers: tokenise like a shell (shell-quote), then normalise per tool so that forms the
 * tool itself treats as the same command compare equal (aliases such as `images`/`image`, `ls`/`list`,
 * flag order, `--flag=value` vs `--flag value`, `ctr -n default` which is ctr's default, Docker's
 * implicit `docker.io/`). The structural difference to an accepted form is then turned into Korean hints.
 */
import { parse } from "shell-quote";

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

interface ToolSpec {
  globalValueFlags: Record<string, string>; // alias -> canonical name
  globalBoolFlags: Record<string, string>;
  /** Resolve subcommand words; returns the canonical path and how many words it used. */
  resolvePath(words: string[]): { path: string[]; used: number };
  valueFlags(path: string[]): Record<string, string>;
  normaliseArgs?(path: string[], args: string[]): string[];
  /** Globals equal to the tool's default, dropped from the canonical form. */
  defaultGlobals?: Flag[];
}

const CTR_GROUPS: Record<string, string> = {
  images: "images", image: "images", i: "images",
  namespaces: "namespaces", namespace: "namespaces", ns: "namespaces",
  containers: "containers", container: "containers", c: "containers",
  tasks: "tasks", task: "tasks", t: "tasks",
  content: "content", snapshots: "snapshots", snapshot: "snapshots",
};
const VERBS: Record<string, string> = {
  list: "list", ls: "list",
  remove: "remove", rm: "remove", delete: "remove", del: "remove",
};

const ctr: ToolSpec = {
  globalValueFlags: { "-n": "-n", "--namespace": "-n", "-a": "-a", "--address": "-a", "--timeout": "--timeout", "--connect-timeout": "--connect-timeout" },
  globalBoolFlags: { "--debug": "--debug" },
  resolvePath(words) {
    const group = CTR_GROUPS[words[0] ?? ""];
    if (!group) return { path: words.slice(0, 1), used: Math.min(1, words.length) };
    if (words.length < 2) return { path: [group], used: 1 };
    return { path: [group, VERBS[words[1]] ?? words[1]], used: 2 };
  },
  valueFlags: () => ({ "--user": "--user", "-u": "--user", "--platform": "--platform", "--label": "--label", "--index-name": "--index-name" }),
  defaultGlobals: [{ name: "-n", value: "default" }],
};

/** docker's top-level shortcuts and the management command they stand for. */
const DOCKER_SHORTCUTS: Record<string, string[]> = {
  images: ["image", "list"], rmi: ["image", "remove"], build: ["image", "build"], tag: ["image", "tag"],
  push: ["image", "push"], pull: ["image", "pull"], save: ["image", "save"], load: ["image", "load"],
  history: ["image", "history"], ps: ["container", "list"], run: ["container", "run"],
};
const DOCKER_MANAGEMENT = new Set(["image", "container", "network", "volume", "system", "builder", "context"]);
const DOCKER_VALUE_FLAGS: Record<string, Record<string, string>> = {
  "image build": { "-t": "-t", "--tag": "-t", "-f": "-f", "--file": "-f", "--build-arg": "--build-arg", "--platform": "--platform", "--target": "--target" },
  "image save": { "-o": "-o", "--output": "-o", "--platform": "--platform" },
  "image load": { "-i": "-i", "--input": "-i", "--platform": "--platform" },
  "image list": { "-f": "--filter", "--filter": "--filter", "--format": "--format" },
  "image pull": { "--platform": "--platform" },
  "image inspect": { "-f": "--format", "--format": "--format" },
  login: { "-u": "-u", "--username": "-u", "-p": "-p", "--password": "-p" },
};

const docker: ToolSpec = {
  globalValueFlags: { "-H": "-H", "--host": "-H", "-c": "--context", "--context": "--context", "--config": "--config", "-l": "--log-level", "--log-level": "--log-level" },
  globalBoolFlags: { "-D": "-D", "--debug": "-D" },
  resolvePath(words) {
    const first = words[0] ?? "";
    if (DOCKER_SHORTCUTS[first]) return { path: DOCKER_SHORTCUTS[first], used: 1 };
    if (DOCKER_MANAGEMENT.has(first) && words.length >= 2) return { path: [first, VERBS[words[1]] ?? words[1]], used: 2 };
    return { path: words.slice(0, 1), used: Math.min(1, words.length) };
  },
  valueFlags: (path) => DOCKER_VALUE_FLAGS[path.join(" ")] ?? {},
  // Docker completes short names itself: `myid/hello` is `docker.io/myid/hello`, `node` is `docker.io/library/node`.
  normaliseArgs: (_path, args) => args.map((a) => a.replace(/^docker\.io\//, "").replace(/^(index\.docker\.io\/)/, "").replace(/^library\//, "")),
};

const KUBE_RESOURCES: Record<string, string> = {
  deploy: "deployment", deployment: "deployment", deployments: "deployment",
  svc: "service", service: "service", services: "service",
  po: "pod", pod: "pod", pods: "pod", rs: "replicaset", replicaset: "replicaset", replicasets: "replicaset",
  ing: "ingress", ingress: "ingress", ingresses: "ingress",
};
const kubectl: ToolSpec = {
  globalValueFlags: { "-n": "-n", "--namespace": "-n", "--context": "--context", "--kubeconfig": "--kubeconfig" },
  globalBoolFlags: {},
  resolvePath(words) {
    if ((words[0] === "rollout" || words[0] === "set") && words.length >= 2) return { path: words.slice(0, 2), used: 2 };
    return { path: words.slice(0, 1), used: Math.min(1, words.length) };
  },
  valueFlags: () => ({ "-p": "-p", "--patch": "-p", "-f": "-f", "--filename": "-f", "-o": "-o", "--output": "-o", "-l": "-l", "--selector": "-l", "--replicas": "--replicas", "--to-revision": "--to-revision", "--type": "--type", "-c": "-c", "--container": "-c" }),
  normaliseArgs(_path, args) {
    // `deployment/app` and `deploy app` name the same object.
    const out: string[] = [];
    for (const a of args) {
      const slash = /^([a-z]+)\/(.+)$/.exec(a);
      if (slash && KUBE_RESOURCES[slash[1]]) out.push(KUBE_RESOURCES[slash[1]], slash[2]);
      else out.push(KUBE_RESOURCES[a] ?? a);
    }
    return out;
  },
  // The usual context's namespace; `-n default` names what was already meant.
  defaultGlobals: [{ name: "-n", value: "default" }],
};

const TOOLS: Record<string, ToolSpec> = { ctr, docker, kubectl };

/** kubectl (pflag) also treats the global flags as valid anywhere. */
const GLOBALS_ANYWHERE = new Set(["kubectl", "docker"]);

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

const flagText = (f: Flag) => (f.value !== undefined && f.value !== "" ? `${f.name} ${f.value}` : f.name);

/** One Korean sentence per difference. Inline code is written in backticks (rendered by the UI). */
export function hintFor(d: CommandDiff): string {
  switch (d.kind) {
    case "empty":
      return "명령을 입력하세요.";
    case "unsupported":
      return `명령 하나만 입력하세요. \`${d.ops.join(" ")}\` 같은 셸 문법은 이 문제에서 쓰지 않습니다.`;
    case "pipe-missing":
      return `결과를 걸러 내는 파이프가 빠졌습니다: \`| ${d.want}\``;
    case "pipe-extra":
      return `이 문제에는 파이프(\`| ${d.got}\`)가 필요하지 않습니다.`;
    case "program":
      if (d.got === "crt" && d.want === "ctr") return "`crt`는 없는 명령이라 셸이 `command not found`를 냅니다. containerd의 CLI는 `ctr`입니다.";
      return d.got ? `이 작업은 \`${d.got}\`가 아니라 \`${d.want}\`로 합니다.` : `\`${d.want}\` 명령으로 시작해야 합니다.`;
    case "global-misplaced":
      if (d.flag.name === "-n")
        return "`-n`(네임스페이스)은 ctr의 전역 옵션이라 서브커맨드 앞에 와야 합니다: `ctr -n k8s.io image ...`. 뒤에 쓰면 `flag provided but not defined: -n` 오류가 납니다.";
      return `\`${d.flag.name}\`은 전역 옵션이라 서브커맨드보다 앞에 써야 합니다.`;
    case "global-missing":
      if (d.flag.name === "-n" && d.flag.value === "k8s.io")
        return "네임스페이스를 확인하세요. `-n`을 주지 않으면 ctr은 `default` 네임스페이스를 쓰는데, 쿠버네티스는 `k8s.io` 네임스페이스만 봅니다. `ctr -n k8s.io ...`처럼 지정하세요.";
      if (d.flag.name === "-n") return `네임스페이스 \`-n ${d.flag.value}\`를 지정해야 합니다.`;
      return `전역 옵션 \`${flagText(d.flag)}\`이 빠졌습니다.`;
    case "global-extra":
      if (d.flag.name === "-n") return `네임스페이스 \`${d.flag.value}\`가 아닌 기본(default) 네임스페이스를 써야 합니다.`;
      return `\`${flagText(d.flag)}\` 옵션은 필요하지 않습니다.`;
    case "global-value":
      if (d.name === "-n") return `네임스페이스가 다릅니다: \`${d.got || "(값 없음)"}\`가 아니라 \`${d.want}\`입니다.`;
      return `\`${d.name}\` 옵션의 값이 다릅니다.`;
    case "path":
      return `하위 명령이 다릅니다: \`${d.got.join(" ") || "(없음)"}\` 대신 \`${d.want.join(" ")}\`가 필요합니다.`;
    case "flag-missing":
      return `\`${d.flag.name}\` 옵션이 빠졌습니다.`;
    case "flag-extra":
      return `\`${d.flag.name}\` 옵션은 이 작업에 필요하지 않습니다.`;
    case "flag-value":
      return `\`${d.name}\` 옵션의 값이 다릅니다: \`${d.got || "(값 없음)"}\` 대신 \`${d.want}\`.`;
    case "registry-prefix":
      return `ctr은 \`docker.io/\`를 자동으로 붙이지 않습니다. \`${d.want}\`처럼 레지스트리까지 적은 전체 이름을 쓰세요.`;
    case "args-order":
      return `인자의 순서가 바뀌었습니다: \`${d.want.join(" ")}\` 순서로 씁니다.`;
    case "arg-missing":
      return `인자가 부족합니다: \`${d.want}\`가 빠졌습니다.`;
    case "arg-extra":
      return `필요 없는 인자 \`${d.got}\`가 있습니다.`;
    case "arg":
      return `\`${d.got}\` 자리에 \`${d.want}\`가 와야 합니다.`;
  }
}
