/**
 * The sandbox engine: one simulated node (`[root@cicd-server ~]#`) with Docker 23.0.6,
 * containerd 1.6.21 and a simulated Docker Hub. `run` executes one line of shell; everything
 * is deterministic (seeded timings, a simulated clock that advances per command).
 */
import { ctr } from "./ctr";
import { docker } from "./docker";
import * as core from "./coreutils";
import { MAX_OUTPUT, type Chunk, type CommandIO, type Handler } from "./io";
import { MAX_LINE, parseLine, sanitizeLine } from "./shell";
import { initialState, randInt, type SandboxState, type Scenario } from "./state";
import { stateSchema } from "./schema";
import { completeLine, type Completion } from "./complete";

export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** Output in the order it was written, for a faithful transcript. */
  chunks: Chunk[];
  /** The screen should be cleared (clear / Ctrl+L). */
  clear: boolean;
}

export interface SandboxOptions {
  user?: string;
  scenario?: Scenario;
  seed?: number;
}

export interface Sandbox {
  run(line: string, options?: { stdin?: string }): RunResult;
  /** True when running this line will show a `Password:` prompt (ask for it, masked). */
  needsPassword(line: string): boolean;
  /** Tab completion for the line as typed so far. */
  complete(line: string): Completion;
  /** A deep copy of the current state (read-only use: objectives, layer view). */
  state(): SandboxState;
  /** Change the Docker Hub ID used for the learner's repository. */
  setUser(user: string): void;
  serialize(): string;
}

export const PROMPT = "[root@cicd-server ~]# ";

/** Docker Hub IDs: 4–30 lowercase letters and digits. Anything else falls back to `myid`. */
export function normalizeUser(user: string | undefined): string {
  const u = (user ?? "").trim().toLowerCase();
  return /^[a-z0-9]{2,30}$/.test(u) ? u : "myid";
}

const notFound: Handler = () => 127;

/** No editor here: the course files come from curl, exactly as the notes do it. */
const editor: Handler = (_args, io) => {
  io.err("이 연습 터미널에는 편집기가 없습니다. 파일은 curl -O로 내려받고 cat으로 내용을 확인하세요.\n");
  return 1;
};

function programs(name: string): Handler | undefined {
  const table: Record<string, Handler> = {
    docker,
    ctr,
    curl: core.curl,
    ls: core.ls,
    ll: (a, io) => core.ls(["-l", ...a], io),
    cat: core.cat,
    rm: core.rm,
    grep: core.grep,
    egrep: core.grep,
    head: core.head,
    tail: core.tail,
    wc: core.wc,
    echo: core.echo,
    history: core.history,
    clear: core.clear,
    help: core.help,
    pwd: core.simple("/root\n"),
    whoami: core.simple("root\n"),
    hostname: core.simple("cicd-server\n"),
    true: () => 0,
    exit: (_a, io) => {
      io.out("logout\n");
      io.err("(연습 터미널은 닫히지 않습니다. 처음부터 하려면 '처음부터 다시' 버튼을 쓰세요.)\n");
      return 0;
    },
    vi: editor,
    vim: editor,
    nano: editor,
    false: () => 1,
    cd: (args, io) => {
      if (args.length === 0 || ["~", "/root", ".", "/root/"].includes(args[0])) return 0;
      io.err(`-bash: cd: ${args[0]}: 이 연습 터미널에서는 /root 디렉터리만 씁니다\n`);
      return 1;
    },
  };
  return Object.prototype.hasOwnProperty.call(table, name) ? table[name] : undefined;
}

function execute(state: SandboxState, line: string, stdin: string | undefined): RunResult {
  const chunks: Chunk[] = [];
  let clear = false;
  let budget = MAX_OUTPUT;
  const emit = (stream: Chunk["stream"], text: string) => {
    if (!text || budget <= 0) return;
    const t = text.length > budget ? text.slice(0, budget) + "\n[출력이 너무 길어 잘랐습니다]\n" : text;
    budget -= text.length;
    const prev = chunks[chunks.length - 1];
    if (prev && prev.stream === stream) prev.text += t;
    else chunks.push({ stream, text: t });
  };
  const finish = (exitCode: number): RunResult => ({
    stdout: chunks.filter((c) => c.stream === "stdout").map((c) => c.text).join(""),
    stderr: chunks.filter((c) => c.stream === "stderr").map((c) => c.text).join(""),
    exitCode,
    chunks,
    clear,
  });

  if (line.length > MAX_LINE) {
    emit("stderr", `-bash: 입력이 너무 깁니다 (${MAX_LINE}자까지).\n`);
    return finish(1);
  }
  const clean = sanitizeLine(line).trim();
  if (!clean) return finish(0);
  state.history.push(clean);
  if (state.history.length > 500) state.history.splice(0, state.history.length - 500);
  state.clock += randInt(state, 3000, 12000); // the learner's typing time

  const parsed = parseLine(clean, Object.keys(state.files));
  if (!parsed.ok) {
    emit("stderr", parsed.error + "\n");
    return finish(2);
  }
  let code = 0;
  for (const pipeline of parsed.pipelines) {
    if (pipeline.connector === "&&" && code !== 0) continue;
    if (pipeline.connector === "||" && code === 0) continue;
    let piped = "";
    pipeline.commands.forEach((argv, idx) => {
      const isLast = idx === pipeline.commands.length - 1;
      let words = argv;
      if (words[0] === "sudo") words = words.slice(1);
      const [name, ...args] = words;
      let out = "";
      const io: CommandIO = {
        state,
        stdin: piped,
        password: stdin,
        tty: isLast,
        out: (t) => {
          if (isLast) emit("stdout", t);
          else if (out.length < MAX_OUTPUT) out += t;
        },
        err: (t) => emit("stderr", t),
        requestClear: () => {
          clear = true;
          chunks.length = 0;
        },
      };
      const handler = name === undefined ? () => 0 : (programs(name) ?? notFound);
      if (handler === notFound) io.err(`-bash: ${name}: command not found\n`);
      try {
        code = handler(args, io);
      } catch {
        io.err(`${name}: 연습 터미널 내부 오류가 났습니다. 'reset' 버튼으로 다시 시작할 수 있습니다.\n`);
        code = 1;
      }
      piped = out;
    });
  }
  return finish(code);
}

function wrap(state: SandboxState): Sandbox {
  return {
    run(line, options) {
      return execute(state, String(line ?? ""), options?.stdin);
    },
    needsPassword(line) {
      if (line.length > MAX_LINE) return false;
      const parsed = parseLine(sanitizeLine(line), Object.keys(state.files));
      if (!parsed.ok) return false;
      return parsed.pipelines.some((p) =>
        p.commands.some((raw) => {
          const argv = raw[0] === "sudo" ? raw.slice(1) : raw;
          if (argv[0] === "docker" && argv[1] === "login") {
            return argv.some((a) => a === "-u" || a.startsWith("--username") || /^-u./.test(a)) && !argv.some((a) => a === "-p" || a.startsWith("--password"));
          }
          if (argv[0] === "ctr") {
            const i = argv.findIndex((a) => ["--user", "-u", "-user"].includes(a));
            const eq = argv.find((a) => /^--?user=/.test(a));
            const value = i >= 0 ? argv[i + 1] : eq?.split("=")[1];
            return value !== undefined && !value.includes(":") && argv.some((a) => a === "push" || a === "pull");
          }
          return false;
        }),
      );
    },
    complete(line) {
      return completeLine(state, line);
    },
    state() {
      return JSON.parse(JSON.stringify(state)) as SandboxState;
    },
    setUser(user) {
      const u = normalizeUser(user);
      state.user = u;
      state.hub[`${u}/hello`] ??= { tags: {}, layers: [] };
    },
    serialize() {
      return JSON.stringify(state);
    },
  };
}

export function createSandbox(options: SandboxOptions = {}): Sandbox {
  return wrap(initialState(normalizeUser(options.user), options.scenario ?? "mission1", options.seed ?? 20250617));
}

/** Rebuild a sandbox from `serialize()` output; corrupt or foreign data gives `null`. */
export function restoreSandbox(json: string): Sandbox | null {
  try {
    const parsed = stateSchema.safeParse(JSON.parse(json));
    return parsed.success ? wrap(parsed.data as SandboxState) : null;
  } catch {
    return null;
  }
}
