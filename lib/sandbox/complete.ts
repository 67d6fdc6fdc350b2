/** Tab completion: programs, docker/ctr subcommands, namespaces, known image refs and files. */
import { COURSE_BASE_URL } from "./course-files";
import type { SandboxState } from "./state";

export interface Completion {
  /** The line after completing (unchanged when nothing matched). */
  line: string;
  /** Every candidate for the word being completed (shown when there is more than one). */
  options: string[];
}

const PROGRAMS = ["cat", "clear", "ctr", "curl", "docker", "echo", "grep", "head", "help", "history", "hostname", "ls", "pwd", "rm", "tail", "wc", "whoami"];
const DOCKER_SUBS = ["build", "image", "images", "inspect", "load", "login", "logout", "pull", "push", "rmi", "save", "tag", "version"];
const DOCKER_IMAGE_SUBS = ["build", "inspect", "list", "load", "ls", "pull", "push", "remove", "rm", "save", "tag"];
const CTR_GROUPS = ["images", "image", "namespaces", "ns", "version"];
const CTR_IMAGE_SUBS = ["export", "import", "list", "ls", "pull", "push", "remove", "rm", "tag"];
const CTR_NS_SUBS = ["create", "list", "ls", "remove"];

function dockerRefs(s: SandboxState): string[] {
  const refs = new Set<string>();
  for (const img of s.docker.images) img.repoTags.forEach((t) => refs.add(t));
  for (const [repo, r] of Object.entries(s.hub)) {
    for (const tag of Object.keys(r.tags)) refs.add(`${repo.replace(/^library\//, "")}:${tag}`);
  }
  refs.add(`${s.user}/hello:1.0.0`);
  refs.add(`${s.user}/hello:2.0.0`);
  return [...refs];
}

function ctrRefs(s: SandboxState): string[] {
  const refs = new Set<string>();
  for (const ns of Object.values(s.containerd.images)) Object.keys(ns).filter((n) => !n.startsWith("sha256:")).forEach((n) => refs.add(n));
  for (const r of dockerRefs(s)) refs.add(`docker.io/${r.includes("/") ? r : `library/${r}`}`);
  return [...refs];
}

function commonPrefix(words: string[]): string {
  let p = words[0] ?? "";
  for (const w of words) while (!w.startsWith(p)) p = p.slice(0, -1);
  return p;
}

export function completeLine(s: SandboxState, line: string): Completion {
  if (line.length > 500) return { line, options: [] };
  const words = line.split(/\s+/);
  const current = words.pop() ?? "";
  const before = words.filter(Boolean);
  const files = Object.keys(s.files);
  let candidates: string[] = [];
  const prog = before[0];
  if (before.length === 0) candidates = PROGRAMS;
  else if (prog === "docker") {
    const rest = before.slice(1).filter((w) => !w.startsWith("-"));
    if (rest.length === 0) candidates = DOCKER_SUBS;
    else if (rest[0] === "image" && rest.length === 1) candidates = DOCKER_IMAGE_SUBS;
    else if (["save", "load"].includes(rest.at(-1) ?? "") || before.at(-1) === "-o" || before.at(-1) === "-i") candidates = [...files, ...dockerRefs(s)];
    else candidates = dockerRefs(s);
  } else if (prog === "ctr") {
    const rest: string[] = [];
    for (let i = 1; i < before.length; i++) {
      if (before[i] === "-n" || before[i] === "--namespace") i++;
      else if (!before[i].startsWith("-")) rest.push(before[i]);
    }
    if (before.at(-1) === "-n" || before.at(-1) === "--namespace") candidates = ["default", "k8s.io", "moby"];
    else if (rest.length === 0) candidates = CTR_GROUPS;
    else if (rest.length === 1) candidates = ["images", "image", "i"].includes(rest[0]) ? CTR_IMAGE_SUBS : ["namespaces", "ns", "namespace"].includes(rest[0]) ? CTR_NS_SUBS : [];
    else if (["export", "import"].includes(rest[1]) && rest.length === 2) candidates = [...files, "file.tar"];
    else candidates = ctrRefs(s);
  } else if (prog === "curl") candidates = [`${COURSE_BASE_URL}Dockerfile`, `${COURSE_BASE_URL}hello.js`];
  else candidates = files;
  const options = [...new Set(candidates)].filter((c) => c.startsWith(current)).sort();
  if (options.length === 0) return { line, options };
  const head = line.slice(0, line.length - current.length);
  if (options.length === 1) return { line: head + options[0] + " ", options };
  return { line: head + commonPrefix(options), options };
}
