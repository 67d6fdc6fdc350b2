/**
 * The handful of shell utilities the missions use around docker and ctr: curl -O for the
 * course files, ls / ls -lh (to see the tars), cat, rm, grep in pipelines, plus small comforts
 * (echo, pwd, history, help, clear). Output follows GNU coreutils / curl on Rocky Linux.
 */
import { COURSE_BASE_URL, COURSE_FILES } from "./course-files";
import { lsDate, lsHuman } from "./format";
import type { CommandIO, Handler } from "./io";
import { utf8Length } from "./sha256";
import { randInt, type FileEntry } from "./state";

export const MAX_FILES = 64;

export const fileSize = (f: FileEntry) => (f.kind === "text" ? utf8Length(f.content) : f.size);

/** Where ls sorts (en_US.UTF-8 collation ignores case first). */
const lsOrder = (a: string, b: string) => a.toLowerCase().localeCompare(b.toLowerCase()) || (a < b ? -1 : 1);

export function writeFile(io: CommandIO, name: string, entry: FileEntry): boolean {
  if (!(name in io.state.files) && Object.keys(io.state.files).length >= MAX_FILES) {
    io.err(`-bash: ${name}: 연습 터미널의 파일 개수 한도(${MAX_FILES}개)를 넘었습니다.\n`);
    return false;
  }
  io.state.files[name] = entry;
  return true;
}

function splitFlags(args: string[]): { flags: Set<string>; rest: string[]; bad?: string } {
  const flags = new Set<string>();
  const rest: string[] = [];
  for (const a of args) {
    if (a.startsWith("--")) flags.add(a);
    else if (a.startsWith("-") && a.length > 1) for (const c of a.slice(1)) flags.add(c);
    else rest.push(a);
  }
  return { flags, rest };
}

export const ls: Handler = (args, io) => {
  const { flags, rest } = splitFlags(args);
  const long = flags.has("l");
  const human = flags.has("h") || flags.has("--human-readable");
  let code = 0;
  const names: string[] = [];
  for (const r of rest) {
    const name = r.replace(/^\.\//, "");
    if (name in io.state.files) names.push(name);
    else {
      io.err(`ls: cannot access '${r}': No such file or directory\n`);
      code = 2;
    }
  }
  const listing = rest.length === 0;
  const shown = (listing ? Object.keys(io.state.files) : names).sort(lsOrder);
  for (const n of shown) if (!io.state.seen.lsFiles.includes(n)) io.state.seen.lsFiles.push(n);
  if (long && human) {
    for (const n of shown) {
      const f = io.state.files[n];
      if (f.kind !== "text" && !io.state.seen.lsLhArchives.includes(n)) io.state.seen.lsLhArchives.push(n);
    }
  }
  if (!long) {
    if (shown.length) io.out(io.tty ? shown.join("  ") + "\n" : shown.map((n) => n + "\n").join(""));
    return code;
  }
  const rows = shown.map((n) => {
    const f = io.state.files[n];
    const size = fileSize(f);
    return { n, mode: f.mode, size: human ? lsHuman(size) : String(size), date: lsDate(f.mtime), bytes: size };
  });
  if (listing) {
    const kib = rows.reduce((s, r) => s + Math.ceil(r.bytes / 4096) * 4, 0);
    io.out(`total ${human ? (kib === 0 ? "0" : lsHuman(kib * 1024)) : kib}\n`);
  }
  const w = Math.max(0, ...rows.map((r) => r.size.length));
  for (const r of rows) io.out(`${r.mode}. 1 root root ${r.size.padStart(w)} ${r.date} ${r.n}\n`);
  return code;
};

export const cat: Handler = (args, io) => {
  const { rest } = splitFlags(args);
  if (rest.length === 0) {
    io.out(io.stdin);
    return 0;
  }
  let code = 0;
  for (const r of rest) {
    const f = io.state.files[r.replace(/^\.\//, "")];
    if (!f) {
      io.err(`cat: ${r}: No such file or directory\n`);
      code = 1;
    } else if (f.kind === "text") io.out(f.content);
    else io.err(`cat: ${r}: tar 아카이브(바이너리)라서 내용을 보여 주지 않습니다. 'ls -lh ${r}'로 크기를 확인해 보세요.\n`);
  }
  return code;
};

export const rm: Handler = (args, io) => {
  const { flags, rest } = splitFlags(args);
  if (rest.length === 0) {
    io.err("rm: missing operand\nTry 'rm --help' for more information.\n");
    return 1;
  }
  let code = 0;
  for (const r of rest) {
    const name = r.replace(/^\.\//, "");
    if (name in io.state.files) delete io.state.files[name];
    else if (!flags.has("f")) {
      io.err(`rm: cannot remove '${r}': No such file or directory\n`);
      code = 1;
    }
  }
  return code;
};

const pad = (v: string | number, w: number) => String(v).padStart(w);

export const curl: Handler = (args, io) => {
  let saveRemote = false;
  let output: string | undefined;
  let silent = false;
  let url: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "-o" || a === "--output") output = args[++i];
    else if (a === "--remote-name") saveRemote = true;
    else if (a === "--silent") silent = true;
    else if (/^-[a-zA-Z]+$/.test(a)) {
      if (a.includes("O")) saveRemote = true;
      if (a.includes("s")) silent = true;
      if (a.endsWith("o")) output = args[++i];
    } else if (a.startsWith("-")) {
      io.err(`curl: option ${a}: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n`);
      return 2;
    } else url = a;
  }
  if (!url) {
    io.err("curl: try 'curl --help' or 'curl --manual' for more information\n");
    return 2;
  }
  const m = /^(?:(https?):\/\/)?([^/:?#]+)(?::\d+)?(\/[^?#]*)?/.exec(url);
  const host = m?.[2] ?? url;
  if (!m || (host !== "raw.githubusercontent.com" && host !== "github.com")) {
    io.err(`curl: (6) Could not resolve host: ${host}\n`);
    return 6;
  }
  const base = url.replace(/^http:/, "https:");
  const known = base.startsWith(COURSE_BASE_URL) ? COURSE_FILES[base.slice(COURSE_BASE_URL.length)] : undefined;
  const body = known ?? "404: Not Found";
  const remoteName = (m[3] ?? "/").split("/").pop() ?? "";
  const target = output ?? (saveRemote ? remoteName : undefined);
  if (saveRemote && !output && !remoteName) {
    io.err("curl: Remote file name has no length!\ncurl: try 'curl --help' or 'curl --manual' for more information\n");
    return 23;
  }
  const size = utf8Length(body);
  if (target === undefined) {
    io.out(body);
    return 0;
  }
  if (!silent) {
    const speed = randInt(io.state, 900, 2400);
    io.err(
      "  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n" +
        "                                 Dload  Upload   Total   Spent    Left  Speed\n" +
        `100 ${pad(size, 5)}  100 ${pad(size, 5)}    0     0 ${pad(speed, 6)}      0 --:--:-- --:--:-- --:--:-- ${pad(speed + 4, 5)}\n`,
    );
  }
  writeFile(io, target, { kind: "text", content: body, mtime: io.state.clock, mode: "-rw-r--r--" });
  return 0;
};

export const grep: Handler = (args, io) => {
  let ignoreCase = false;
  let invert = false;
  let countOnly = false;
  let numbered = false;
  const rest: string[] = [];
  for (const a of args) {
    if (/^-[ivcnEFw]+$/.test(a)) {
      ignoreCase ||= a.includes("i");
      invert ||= a.includes("v");
      countOnly ||= a.includes("c");
      numbered ||= a.includes("n");
    } else rest.push(a);
  }
  const pattern = rest.shift();
  if (pattern === undefined) {
    io.err("Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n");
    return 2;
  }
  let input = io.stdin;
  if (rest.length) {
    const f = io.state.files[rest[0]];
    if (!f) {
      io.err(`grep: ${rest[0]}: No such file or directory\n`);
      return 2;
    }
    input = f.kind === "text" ? f.content : "";
  }
  // Fixed-string matching: user patterns never become a RegExp, so no pathological backtracking.
  const needle = ignoreCase ? pattern.toLowerCase() : pattern;
  const lines = input.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  const hits: string[] = [];
  lines.forEach((line, i) => {
    const hay = ignoreCase ? line.toLowerCase() : line;
    if (hay.includes(needle) !== invert) hits.push(numbered ? `${i + 1}:${line}` : line);
  });
  if (countOnly) io.out(`${hits.length}\n`);
  else io.out(hits.map((h) => h + "\n").join(""));
  return hits.length ? 0 : 1;
};

function takeCount(args: string[]): number {
  const i = args.indexOf("-n");
  if (i >= 0) return Math.max(0, Number(args[i + 1]) || 0);
  const short = args.find((a) => /^-\d+$/.test(a));
  return short ? Number(short.slice(1)) : 10;
}

export const head: Handler = (args, io) => {
  const lines = io.stdin.split("\n").filter((l, i, all) => i < all.length - 1 || l !== "");
  io.out(lines.slice(0, takeCount(args)).map((l) => l + "\n").join(""));
  return 0;
};

export const tail: Handler = (args, io) => {
  const lines = io.stdin.split("\n").filter((l, i, all) => i < all.length - 1 || l !== "");
  const n = takeCount(args);
  io.out(lines.slice(Math.max(0, lines.length - n)).map((l) => l + "\n").join(""));
  return 0;
};

export const wc: Handler = (args, io) => {
  const lines = (io.stdin.match(/\n/g) ?? []).length;
  io.out(args.includes("-l") ? `${lines}\n` : `${pad(lines, 7)} ${pad(io.stdin.split(/\s+/).filter(Boolean).length, 7)} ${pad(utf8Length(io.stdin), 7)}\n`);
  return 0;
};

export const echo: Handler = (args, io) => {
  const noNewline = args[0] === "-n";
  io.out((noNewline ? args.slice(1) : args).join(" ") + (noNewline ? "" : "\n"));
  return 0;
};

export const history: Handler = (args, io) => {
  if (args[0] === "-c") {
    io.state.history = [];
    return 0;
  }
  io.out(io.state.history.map((h, i) => `${pad(i + 1, 5)}  ${h}\n`).join(""));
  return 0;
};

export const clear: Handler = (_args, io) => {
  io.requestClear();
  return 0;
};

export const HELP_TEXT = `이 연습 터미널에서 쓸 수 있는 명령어
  docker  build, images / image list|ls, tag, login, logout, push, pull, rmi / image rm,
          save, load, image inspect, version
  ctr     ns list, images list|ls, pull, tag, push, export, import, remove|rm, version
          (네임스페이스는 ctr -n k8s.io ... 처럼 하위 명령 앞에 씁니다)
  curl -O URL   과정 파일(Dockerfile, hello.js) 내려받기
  ls [-lh] · cat · rm · grep · head · tail · wc -l · echo · pwd · whoami · hostname
  history · clear (Ctrl+L) · help
파이프(|), &&, ||, ; 를 쓸 수 있고, 리다이렉션(>, <)은 지원하지 않습니다.
`;

export const help: Handler = (_args, io) => {
  io.out(HELP_TEXT);
  return 0;
};

export const simple = (text: string): Handler => (_args, io) => {
  io.out(text);
  return 0;
};
