/**
 * What ctr, docker and kubectl accept as the same command: subcommand aliases, which flags take a
 * value, flags that are global, and tool defaults. Read from ctr 1.6 (urfave/cli), docker 23 (cobra)
 * and kubectl (pflag) usage; only what the course's commands need.
 */
import type { Flag } from "./command";

export interface ToolSpec {
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

export const TOOLS: Record<string, ToolSpec> = { ctr, docker, kubectl };

/** kubectl (pflag) also treats the global flags as valid anywhere. */
export const GLOBALS_ANYWHERE = new Set(["kubectl", "docker"]);
