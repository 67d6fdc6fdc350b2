/**
 * `ctr` 1.6.21: global flags (`-n` belongs BEFORE the subcommand), urfave/cli dispatch with
 * its exact error shapes, and the metadata commands (namespaces, images list/tag/remove).
 * Transfers (pull/push/import/export) are in ctr-transfer.ts.
 */
import { contentSize, imageContent } from "./content";
import { ctrBytes, ctrTable } from "./format";
import { parseFlags, last, type FlagSpec, type ParsedFlags } from "./flags";
import type { CommandIO, Handler } from "./io";
import { incorrectUsage } from "./ctr-help";
import { nsImages, putImage } from "./ctr-store";
import { ctrExport, ctrImport, ctrPull, ctrPush } from "./ctr-transfer";

export interface CtrCommand {
  flags: FlagSpec[];
  run: (p: ParsedFlags, io: CommandIO, ns: string) => number;
}

const byteOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const imagesList: CtrCommand = {
  flags: [{ long: "quiet", short: "q" }],
  run(p, io, ns) {
    const images = nsImages(io.state, ns);
    let names = Object.keys(images).sort(byteOrder);
    // Filters use containerd's filter syntax; support the common `name==REF` and `name~=SUBSTR`.
    for (const f of p.args) {
      const m = /^name(==|~=)"?([^"]*)"?$/.exec(f);
      names = names.filter((n) => (m ? (m[1] === "==" ? n === m[2] : n.includes(m[2])) : false));
    }
    if (p.bools.has("quiet")) {
      io.out(names.map((n) => n + "\n").join(""));
      return 0;
    }
    const rows = [["REF", "TYPE", "DIGEST", "SIZE", "PLATFORMS", "LABELS"]];
    for (const n of names) {
      const img = images[n];
      const c = imageContent(img.recipe);
      const labels = Object.entries(img.labels).map(([k, v]) => `${k}=${v}`).sort();
      const size = ctrBytes(contentSize(c));
      rows.push([n, c.target.mediaType, c.target.digest, size, c.platforms.join(","), labels.length ? labels.join(",") : "-"]);
      if (img.recipe.def === "api-tester" && io.state.seen.ctrListedApiTesterSizes.length < 400) io.state.seen.ctrListedApiTesterSizes.push(size);
    }
    io.out(ctrTable(rows));
    io.state.seen.ctrImageList[ns] = names.filter((n) => n.includes("hello")).length;
    return 0;
  },
};

const imagesTag: CtrCommand = {
  flags: [{ long: "force" }],
  run(p, io, ns) {
    if (p.args.length < 2) {
      io.err(p.args.length === 0 ? "ctr: please provide an image reference to tag from\n" : "ctr: please provide an image reference to tag to\n");
      return 1;
    }
    const [src, ...targets] = p.args;
    const images = nsImages(io.state, ns);
    const img = images[src];
    if (!img) {
      io.err(`ctr: image "${src}": not found\n`);
      return 1;
    }
    for (const t of targets) {
      if (images[t] && !p.bools.has("force")) {
        io.err(`ctr: image "${t}": already exists\n`);
        return 1;
      }
      putImage(io.state, ns, t, img.recipe);
      io.out(`${t}\n`);
    }
    return 0;
  },
};

const imagesRemove: CtrCommand = {
  flags: [{ long: "sync" }],
  run(p, io, ns) {
    const images = nsImages(io.state, ns);
    for (const ref of p.args) {
      if (images[ref]) {
        delete images[ref];
        io.out(`${ref}\n`);
      } else io.err(`WARN[0000] ${`${ref}: image not found`.padEnd(44)} \n`); // logrus TTY: %-44s
    }
    return 0;
  },
};

const nsList: CtrCommand = {
  flags: [{ long: "quiet", short: "q" }],
  run(p, io) {
    const names = [...io.state.containerd.namespaces].sort(byteOrder);
    io.state.seen.ctrNsList++;
    if (p.bools.has("quiet")) io.out(names.map((n) => n + "\n").join(""));
    else io.out(ctrTable([["NAME", "LABELS"], ...names.map((n) => [n, ""])]));
    return 0;
  },
};

const nsCreate: CtrCommand = {
  flags: [],
  run(p, io) {
    const name = p.args[0];
    if (!name) {
      io.err("ctr: must specify a single namespace name\n");
      return 1;
    }
    if (io.state.containerd.namespaces.includes(name)) {
      io.err(`ctr: namespace ${name}: already exists\n`);
      return 1;
    }
    io.state.containerd.namespaces.push(name);
    io.state.containerd.namespaces.sort(byteOrder);
    return 0;
  },
};

const nsRemove: CtrCommand = {
  flags: [],
  run(p, io) {
    for (const name of p.args) {
      if (!io.state.containerd.namespaces.includes(name)) {
        io.err(`ctr: namespace ${name}: not found\n`);
        return 1;
      }
      if (Object.keys(nsImages(io.state, name)).length) {
        io.err(`ctr: namespace "${name}" must be empty, but it still has images: failed precondition\n`);
        return 1;
      }
      io.state.containerd.namespaces = io.state.containerd.namespaces.filter((n) => n !== name);
      io.out(`${name}\n`);
    }
    return 0;
  },
};

const GROUPS: Record<string, { aliases: string[]; subs: Record<string, { aliases: string[]; cmd: CtrCommand }> }> = {
  images: {
    aliases: ["image", "i"],
    subs: {
      list: { aliases: ["ls"], cmd: imagesList },
      tag: { aliases: [], cmd: imagesTag },
      remove: { aliases: ["rm"], cmd: imagesRemove },
      pull: { aliases: [], cmd: ctrPull },
      push: { aliases: [], cmd: ctrPush },
      import: { aliases: [], cmd: ctrImport },
      export: { aliases: [], cmd: ctrExport },
    },
  },
  namespaces: {
    aliases: ["namespace", "ns"],
    subs: {
      list: { aliases: ["ls"], cmd: nsList },
      create: { aliases: ["c"], cmd: nsCreate },
      remove: { aliases: ["rm"], cmd: nsRemove },
    },
  },
};

const OTHER_COMMANDS = ["plugins", "plugin", "containers", "container", "c", "content", "events", "event", "install", "leases", "run", "snapshots", "snapshot", "tasks", "task", "t", "shim", "oci", "sandboxes", "info", "deprecations"];

const GLOBAL: FlagSpec[] = [
  { long: "debug" },
  { long: "address", short: "a", value: true },
  { long: "timeout", value: true },
  { long: "connect-timeout", value: true },
  { long: "namespace", short: "n", value: true },
  { long: "help", short: "h" },
  { long: "version", short: "v" },
];

const CTR_USAGE = "NAME:\n   ctr - containerd CLI\n\nUSAGE:\n   ctr [global options] command [command options] [arguments...]\n\nVERSION:\n   v1.6.21\n\nCOMMANDS:\n   images, image, i          manage images\n   namespaces, namespace, ns  manage namespaces\n   version                   print the client and server versions\n\nGLOBAL OPTIONS:\n   --namespace value, -n value  namespace to use with commands (default: \"default\") [$CONTAINERD_NAMESPACE]\n";

export const ctr: Handler = (argv, io) => {
  // Global flags stop at the first non-flag word: that is the command.
  let i = 0;
  const globals: string[] = [];
  while (i < argv.length && argv[i].startsWith("-")) {
    globals.push(argv[i]);
    const spec = GLOBAL.find((g) => `--${g.long}` === argv[i] || `-${g.long}` === argv[i] || (g.short && `-${g.short}` === argv[i]));
    if (spec?.value && !argv[i].includes("=")) globals.push(argv[++i] ?? "");
    i++;
  }
  const g = parseFlags(globals, GLOBAL, "urfave");
  if (g.error) {
    io.out(`Incorrect Usage. ${g.error}\n\n${CTR_USAGE}`);
    io.err(`ctr: ${g.error}\n`);
    return 1;
  }
  if (g.bools.has("version")) {
    io.out("ctr github.com/containerd/containerd v1.6.21\n");
    return 0;
  }
  const word = argv[i];
  if (word === undefined || g.bools.has("help")) {
    io.out(CTR_USAGE);
    return 0;
  }
  const ns = last(g, "namespace") || "default";
  if (word === "version") {
    io.out("Client:\n  Version:  v1.6.21\n  Revision: 3dce8eb055cbb6872793272b4f20ed16117344f8\n  Go version: go1.19.9\n\nServer:\n  Version:  v1.6.21\n  Revision: 3dce8eb055cbb6872793272b4f20ed16117344f8\n  UUID: 6f1b2c4e-2b7a-4d0e-9a55-1c3f0e8d7b21\n");
    return 0;
  }
  const groupName = Object.keys(GROUPS).find((k) => k === word || GROUPS[k].aliases.includes(word));
  if (!groupName) {
    if (OTHER_COMMANDS.includes(word)) {
      io.err(`ctr ${word}: 이 연습 터미널은 images, namespaces, version 명령만 지원합니다.\n`);
      return 1;
    }
    io.out(`No help topic for '${word}'\n`);
    return 3;
  }
  const group = GROUPS[groupName];
  const subWord = argv[i + 1];
  if (subWord === undefined || subWord === "--help" || subWord === "-h" || subWord === "help") {
    io.out(`NAME:\n   ctr ${groupName} - manage ${groupName}\n\nUSAGE:\n   ctr ${groupName} command [command options] [arguments...]\n\nCOMMANDS:\n${Object.entries(group.subs).map(([k, v]) => `   ${[k, ...v.aliases].join(", ")}`).join("\n")}\n`);
    return 0;
  }
  const subName = Object.keys(group.subs).find((k) => k === subWord || group.subs[k].aliases.includes(subWord));
  if (!subName) {
    io.out(`No help topic for '${subWord}'\n`);
    return 3;
  }
  const cmd = group.subs[subName].cmd;
  const p = parseFlags(argv.slice(i + 2), cmd.flags, "urfave");
  if (p.error) {
    io.out(incorrectUsage(`${groupName} ${subName}`, p.error));
    io.err(`ctr: ${p.error}\n`);
    return 1;
  }
  return cmd.run(p, io, ns);
};
