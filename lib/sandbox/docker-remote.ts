/**
 * docker build (BuildKit's TTY progress), login/logout, push and pull against the simulated
 * Docker Hub. Outputs follow Docker 23.0.6 (buildx 0.10) on a terminal.
 */
import { diffId, dockerImageInfo, gzipDigest, IMAGE_DEFS, imageContent, type Recipe } from "./content";
import { DOCKERFILE } from "./course-files";
import { humanSize } from "./format";
import { last, type ParsedFlags } from "./flags";
import type { CommandIO } from "./io";
import { parseDockerRef, type DockerRef } from "./refs";
import { utf8Length } from "./sha256";
import { note, randInt, type SandboxState } from "./state";
import { ensureImage, findDockerImage, moveTag, shortId, storedLayerKeys } from "./docker-store";
import { argCountError } from "./docker-usage";
import { overPullLimit, recordPull, TOO_MANY } from "./ratelimit";
import type { DockerCommand } from "./docker";

const WIDTH = 80;

/** One BuildKit TTY line: name on the left, duration right-aligned, cut to the width. */
function buildLine(text: string, seconds: number): string {
  const dt = `${seconds.toFixed(1)}s`;
  const room = WIDTH - dt.length - 1;
  const left = ` => ${text}`;
  const cut = left.length > room ? left.slice(0, room) : left;
  return cut.padEnd(room) + " " + dt;
}

export const dockerBuild: DockerCommand = {
  flags: [
    { long: "tag", short: "t", value: true },
    { long: "file", short: "f", value: true },
    { long: "no-cache" },
    { long: "quiet", short: "q" },
    { long: "progress", value: true },
    { long: "platform", value: true },
    { long: "pull" },
  ],
  run(p, io, path) {
    if (p.args.length !== 1) {
      io.err(argCountError(path, "exactly 1 argument"));
      return 1;
    }
    const tags: DockerRef[] = [];
    for (const t of p.values.get("tag") ?? []) {
      const r = parseDockerRef(t);
      if (!r.ok) {
        io.err(`invalid argument "${t}" for "-t, --tag" flag: ${r.error}\nSee 'docker ${path} --help'.\n`);
        return 125;
      }
      tags.push(r.ref);
    }
    if (p.args[0] !== "." && p.args[0] !== "./" && p.args[0] !== "/root" && p.args[0] !== "~") {
      io.err(`unable to prepare context: path "${p.args[0]}" not found\n`);
      return 1;
    }
    const s = io.state;
    const dockerfileName = last(p, "file") ?? "Dockerfile";
    const dockerfile = s.files[dockerfileName];
    const mount = randInt(s, 1_000_000_000, 4_000_000_000);
    if (!dockerfile || dockerfile.kind !== "text") {
      io.err(`[+] Building 0.0s (2/2) FINISHED\n${buildLine("[internal] load build definition from Dockerfile", 0)}\n${buildLine("=> transferring dockerfile: 2B", 0)}\n`);
      io.err(`ERROR: failed to solve: failed to read dockerfile: open /var/lib/docker/tmp/buildkit-mount${mount}/${dockerfileName}: no such file or directory\n`);
      return 1;
    }
    const lines: string[] = [];
    const dfSize = utf8Length(dockerfile.content);
    lines.push(buildLine("[internal] load build definition from Dockerfile", 0), buildLine(`=> transferring dockerfile: ${humanSize(dfSize)}`, 0));
    lines.push(buildLine("[internal] load .dockerignore", 0), buildLine("=> transferring context: 2B", 0));
    if (dockerfile.content !== DOCKERFILE) {
      const first = dockerfile.content.split("\n")[0].split(" ")[0].slice(0, 40);
      io.err(`[+] Building 0.1s (4/4) FINISHED\n${lines.join("\n")}\n`);
      io.err(`ERROR: failed to solve: dockerfile parse error on line 1: unknown instruction: ${first}\n`);
      return 1;
    }
    const hello = s.files["hello.js"];
    const cacheKey = "hello";
    const cached = s.docker.buildCache[cacheKey] !== undefined && !p.bools.has("no-cache");
    const baseLayers = IMAGE_DEFS["node-slim"].layers;
    const baseRecipe: Recipe = { def: "node-slim", created: IMAGE_DEFS["node-slim"].created!, form: "registry" };
    const base = imageContent(baseRecipe);
    const haveBase = baseLayers.every((l) => storedLayerKeys(s).has(l.key));
    const meta = randInt(s, 12, 31) / 10;
    lines.push(buildLine("[internal] load metadata for docker.io/library/node:slim", meta));
    if (!haveBase) lines.push(buildLine("[auth] library/node:pull token for registry-1.docker.io", 0));
    const fromRef = `docker.io/library/node:slim@${base.target.digest}`;
    let pullTime = 0;
    const pulls: string[] = [];
    if (!haveBase) {
      for (const b of base.blobs.filter((x) => x.kind !== "layer")) pulls.push(buildLine(`=> sha256:${b.digest.slice(7)} ${humanSize(b.size)} / ${humanSize(b.size)}`, 0));
      for (const l of baseLayers) {
        const t = Math.max(0.1, l.gzipBytes / randInt(s, 6_000_000, 9_000_000));
        pullTime = Math.max(pullTime, t);
        pulls.push(buildLine(`=> sha256:${gzipDigest(l).slice(7)} ${humanSize(l.gzipBytes)} / ${humanSize(l.gzipBytes)}`, Math.round(t * 10) / 10));
      }
      for (const l of baseLayers) pulls.push(buildLine(`=> extracting sha256:${gzipDigest(l).slice(7)}`, Math.round((l.fileBytes / 60_000_000) * 10) / 10));
      pullTime += baseLayers.reduce((a, l) => a + l.fileBytes / 60_000_000, 0);
    }
    const fromTime = Math.round(pullTime * 10) / 10;
    lines.push(buildLine(`[1/2] FROM ${fromRef}`, fromTime));
    lines.push(buildLine(`=> resolve ${fromRef}`, 0), ...pulls);
    lines.push(buildLine("[internal] load build context", 0));
    if (!hello || hello.kind !== "text") {
      lines.push(buildLine('=> transferring context: 2B', 0));
      lines.push(buildLine("ERROR [2/2] COPY hello.js .", 0));
      io.err(`[+] Building ${(meta + fromTime).toFixed(1)}s (7/8)\n${lines.join("\n")}\n------\n > [2/2] COPY hello.js .:\n------\n`);
      io.err(`ERROR: failed to solve: failed to compute cache key: failed to calculate checksum of ref moby::${shortId(gzipDigest(baseLayers[0])).slice(0, 10)}: "/hello.js": not found\n`);
      return 1;
    }
    lines.push(buildLine(`=> transferring context: ${humanSize(utf8Length(hello.content))}`, 0));
    lines.push(buildLine(`${cached ? "CACHED " : ""}[2/2] COPY hello.js .`, cached ? 0 : 0.1));
    const created = cached ? s.docker.buildCache[cacheKey] : s.clock + Math.round((meta + fromTime) * 1000);
    s.docker.buildCache[cacheKey] = created;
    const info = dockerImageInfo("hello", created);
    lines.push(buildLine("exporting to image", 0.1), buildLine("=> exporting layers", cached ? 0 : 0.1));
    lines.push(buildLine(`=> writing image ${info.id}`, 0));
    for (const t of tags) lines.push(buildLine(`=> naming to ${t.full}`, 0));
    const total = meta + fromTime + 0.3;
    const steps = haveBase ? 7 : 8;
    io.err(`[+] Building ${total.toFixed(1)}s (${steps}/${steps}) FINISHED\n${lines.join("\n")}\n`);
    s.clock += Math.round(total * 1000);
    const img = ensureImage(s, "hello", created);
    for (const t of tags) moveTag(s, t.familiar, img);
    return 0;
  },
};

const HUB = "https://index.docker.io/v1/";

export const dockerLogin: DockerCommand = {
  flags: [{ long: "username", short: "u", value: true }, { long: "password", short: "p", value: true }, { long: "password-stdin" }],
  run(p, io) {
    const user = last(p, "username");
    let password = last(p, "password");
    if (password !== undefined) io.err("WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n");
    if (!user) {
      io.err("Error: Cannot perform an interactive login from a non TTY device\n");
      io.err("(이 연습 터미널에서는 'docker login -u <Docker Hub ID>' 처럼 -u로 ID를 주세요.)\n");
      return 1;
    }
    if (password === undefined) {
      if (io.password === undefined) {
        io.err("Error: Cannot perform an interactive login from a non TTY device\n");
        return 1;
      }
      io.out("Password: \n");
      password = io.password;
    }
    if (password === "") {
      io.err("Error: Password Required\n");
      return 1;
    }
    io.state.docker.loggedInAs = user;
    io.err("WARNING! Your password will be stored unencrypted in /root/.docker/config.json.\nConfigure a credential helper to remove this warning. See\nhttps://docs.docker.com/engine/reference/commandline/login/#credentials-store\n\n");
    io.out("Login Succeeded\n");
    return 0;
  },
};

export const dockerLogout: DockerCommand = {
  flags: [],
  run(_p, io) {
    if (!io.state.docker.loggedInAs) {
      io.out(`Not logged in to ${HUB}\n`);
      return 0;
    }
    io.state.docker.loggedInAs = null;
    io.out(`Removing login credentials for ${HUB}\n`);
    return 0;
  },
};

function hostError(io: CommandIO, ref: DockerRef): number {
  io.err(`Error response from daemon: Get "https://${ref.domain}/v2/": dial tcp: lookup ${ref.domain} on 8.8.8.8:53: no such host\n`);
  return 1;
}

/** push and pull take exactly one image reference; docker prints the same errors for both. */
function singleRefArgument(p: ParsedFlags, io: CommandIO, path: string): DockerRef | null {
  if (p.args.length !== 1) {
    io.err(argCountError(path, "exactly 1 argument"));
    return null;
  }
  const r = parseDockerRef(p.args[0]);
  if (!r.ok) {
    io.err(`${r.error}\n`);
    return null;
  }
  return r.ref;
}

export const dockerPush: DockerCommand = {
  flags: [{ long: "all-tags", short: "a" }, { long: "quiet", short: "q" }],
  run(p, io, path) {
    const ref = singleRefArgument(p, io, path);
    if (!ref) return 1;
    const s = io.state;
    const img = findDockerImage(s, ref.familiar);
    if (!img || !img.repoTags.includes(ref.familiar)) {
      io.err(`An image does not exist locally with the tag: ${ref.familiarRepo}\n`);
      return 1;
    }
    if (ref.domain !== "docker.io") return hostError(io, ref);
    const layers = dockerImageInfo(img.def, img.created).def.layers;
    io.out(`The push refers to repository [docker.io/${ref.path}]\n`);
    const allowed = s.docker.loggedInAs !== null && ref.path.split("/")[0] === s.docker.loggedInAs;
    if (!allowed) {
      for (const l of [...layers].reverse()) io.out(`${shortId(diffId(l))}: Preparing\n`);
      io.err("denied: requested access to the resource is denied\n");
      return 1;
    }
    const repo = (s.hub[ref.path] ??= { tags: {}, layers: [] });
    const nodeLayers = new Set(IMAGE_DEFS["node-slim"].layers.map((l) => l.key));
    for (const l of [...layers].reverse()) {
      const status = repo.layers.includes(l.key) ? "Layer already exists" : nodeLayers.has(l.key) ? "Mounted from library/node" : "Pushed";
      io.out(`${shortId(diffId(l))}: ${status}\n`);
      if (!repo.layers.includes(l.key)) repo.layers.push(l.key);
    }
    const recipe: Recipe = { def: img.def, created: img.created, form: "registry" };
    const content = imageContent(recipe);
    repo.tags[ref.tag] = recipe;
    const rd = `${ref.familiarRepo}@${content.target.digest}`;
    if (!img.repoDigests.includes(rd)) img.repoDigests.push(rd);
    io.out(`${ref.tag}: digest: ${content.target.digest} size: ${content.target.size}\n`);
    s.clock += randInt(s, 3000, 9000);
    return 0;
  },
};

export function hubLookup(s: SandboxState, path: string, tag: string): { recipe?: Recipe; repoMissing: boolean } {
  const repo = s.hub[path];
  if (!repo) return { repoMissing: true };
  return { recipe: repo.tags[tag], repoMissing: false };
}

export const dockerPull: DockerCommand = {
  flags: [{ long: "all-tags", short: "a" }, { long: "quiet", short: "q" }, { long: "platform", value: true }],
  run(p: ParsedFlags, io, path) {
    const ref = singleRefArgument(p, io, path);
    if (!ref) return 1;
    const s = io.state;
    if (ref.domain !== "docker.io") return hostError(io, ref);
    const hit = hubLookup(s, ref.path, ref.tag);
    if (hit.repoMissing) {
      io.err(`Error response from daemon: pull access denied for ${ref.familiarRepo}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n`);
      return 1;
    }
    if (!hit.recipe) {
      io.err(`Error response from daemon: manifest for ${ref.familiar} not found: manifest unknown: manifest unknown\n`);
      return 1;
    }
    const content = imageContent(hit.recipe);
    const info = dockerImageInfo(hit.recipe.def, hit.recipe.created);
    const existing = findDockerImage(s, ref.familiar);
    const upToDate = existing !== undefined && existing.def === hit.recipe.def && existing.created === hit.recipe.created;
    const auth = s.docker.loggedInAs !== null;
    if (!upToDate && overPullLimit(s, auth)) {
      io.err(`Error response from daemon: ${TOO_MANY}\n`);
      return 1;
    }
    io.out(`${ref.tag}: Pulling from ${ref.path}\n`); // the registry path: "library/node", not "node"
    if (!upToDate) {
      recordPull(s, auth);
      const have = storedLayerKeys(s);
      for (const l of info.def.layers) io.out(`${shortId(gzipDigest(l))}: ${have.has(l.key) ? "Already exists" : "Pull complete"}\n`);
      s.clock += randInt(s, 4000, 15000);
    }
    io.out(`Digest: ${content.target.digest}\n`);
    io.out(`Status: ${upToDate ? "Image is up to date" : "Downloaded newer image"} for ${ref.familiar}\n`);
    io.out(`${ref.full}\n`);
    const img = ensureImage(s, hit.recipe.def, hit.recipe.created);
    moveTag(s, ref.familiar, img);
    const rd = `${ref.familiarRepo}@${content.target.digest}`;
    if (!img.repoDigests.includes(rd)) img.repoDigests.push(rd);
    note(s, `docker-pull:${ref.familiar}`);
    return 0;
  },
};
