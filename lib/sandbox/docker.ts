/**
 * `docker` (CLI 23.0.6 against a 23.0.6 daemon with overlay2): dispatch, flag errors, and the
 * image-store commands. Registry and archive commands live in docker-remote.ts and
 * docker-archive.ts.
 */
import { chainIds, diffId, dockerImageInfo } from "./content";
import { dockerTable, dockerSize, humanDuration, rfc3339Nano } from "./format";
import { parseFlags, type FlagSpec, type ParsedFlags } from "./flags";
import type { CommandIO, Handler } from "./io";
import { note } from "./state";
import { parseDockerRef } from "./refs";
import { imageId, findDockerImage, moveTag, shortId } from "./docker-store";
import { argCountError } from "./docker-usage";
import { dockerBuild, dockerLogin, dockerLogout, dockerPull, dockerPush } from "./docker-remote";
import { dockerLoad, dockerSave } from "./docker-archive";

export interface DockerCommand {
  flags: FlagSpec[];
  run: (p: ParsedFlags, io: CommandIO, path: string) => number;
}

const Q: FlagSpec = { long: "quiet", short: "q" };

const list: DockerCommand = {
  flags: [{ long: "all", short: "a" }, Q, { long: "digests" }, { long: "no-trunc" }, { long: "filter", short: "f", value: true }, { long: "format", value: true }],
  run(p, io, path) {
    if (p.args.length > 1) {
      io.err(`"docker ${path}" accepts at most 1 argument.\nSee 'docker ${path} --help'.\n\nUsage:  docker ${path} [OPTIONS] [REPOSITORY[:TAG]]\n\nList images\n`);
      return 1;
    }
    const filter = p.args[0];
    const rows: { repo: string; tag: string; digest: string; id: string; created: number; size: number; def: string }[] = [];
    for (const img of io.state.docker.images) {
      const info = dockerImageInfo(img.def, img.created);
      const base = { id: info.id, created: img.created, size: info.size, def: img.def };
      const tags = img.repoTags.length ? img.repoTags : [];
      const digestFor = (repo: string) => img.repoDigests.find((d) => d.startsWith(`${repo}@`))?.split("@")[1] ?? "<none>";
      if (!tags.length) {
        if (img.repoDigests.length) for (const d of img.repoDigests) rows.push({ ...base, repo: d.split("@")[0], tag: "<none>", digest: d.split("@")[1] });
        else rows.push({ ...base, repo: "<none>", tag: "<none>", digest: "<none>" });
      }
      for (const t of tags) {
        const i = t.lastIndexOf(":");
        rows.push({ ...base, repo: t.slice(0, i), tag: t.slice(i + 1), digest: digestFor(t.slice(0, i)) });
      }
    }
    let shown = rows;
    if (filter) {
      const ref = parseDockerRef(filter);
      const repo = ref.ok ? ref.ref.familiarRepo : filter;
      const tag = filter.includes(":") && ref.ok ? ref.ref.tag : undefined;
      shown = rows.filter((r) => r.repo === repo && (!tag || r.tag === tag));
    }
    shown.sort((a, b) => b.created - a.created || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const noTrunc = p.bools.has("no-trunc");
    if (p.bools.has("quiet")) {
      const ids = shown.map((r) => (noTrunc ? r.id : shortId(r.id)));
      io.out(ids.filter((id, i) => ids.indexOf(id) === i).map((i) => i + "\n").join(""));
      return 0;
    }
    const digests = p.bools.has("digests");
    const header = ["REPOSITORY", "TAG", ...(digests ? ["DIGEST"] : []), "IMAGE ID", "CREATED", "SIZE"];
    const body = shown.map((r) => [
      r.repo,
      r.tag,
      ...(digests ? [r.digest] : []),
      noTrunc ? r.id : shortId(r.id),
      humanDuration(io.state.clock - r.created) + " ago",
      dockerSize(r.size),
    ]);
    io.out(dockerTable([header, ...body]));
    io.state.seen.dockerImageList++;
    const s = io.state;
    for (const r of shown) {
      if (r.def === "api-tester" && s.seen.dockerListedApiTesterSizes.length < 400) s.seen.dockerListedApiTesterSizes.push(dockerSize(r.size));
      if (r.tag !== "<none>") note(s, `docker-list:${r.repo}:${r.tag}`);
      if (s.seen.events.some((e) => e.startsWith("docker-load-oci:")) && r.def === "api-tester") note(s, "docker-list-after-oci:api-tester");
    }
    return 0;
  },
};

const tag: DockerCommand = {
  flags: [],
  run(p, io, path) {
    if (p.args.length !== 2) {
      io.err(argCountError(path, "exactly 2 arguments"));
      return 1;
    }
    const [src, dst] = p.args;
    const target = parseDockerRef(dst);
    if (!target.ok) {
      io.err(`Error parsing reference: "${dst}" is not a valid repository/tag: ${target.error}\n`);
      return 1;
    }
    const img = findDockerImage(io.state, src);
    if (!img) {
      const s = parseDockerRef(src);
      io.err(`Error response from daemon: No such image: ${s.ok ? s.ref.familiar : src}\n`);
      return 1;
    }
    moveTag(io.state, target.ref.familiar, img);
    return 0;
  },
};

const rmi: DockerCommand = {
  flags: [{ long: "force", short: "f" }, { long: "no-prune" }],
  run(p, io, path) {
    if (p.args.length === 0) {
      io.err(argCountError(path, "at least 1 argument"));
      return 1;
    }
    let code = 0;
    for (const name of p.args) {
      const img = findDockerImage(io.state, name);
      const parsed = parseDockerRef(name);
      if (!img) {
        io.err(`Error response from daemon: No such image: ${parsed.ok ? parsed.ref.familiar : name}\n`);
        code = 1;
        continue;
      }
      const byRef = parsed.ok && (img.repoTags.includes(parsed.ref.familiar) || img.repoDigests.includes(`${parsed.ref.familiarRepo}@${parsed.ref.digest}`));
      if (!byRef && img.repoTags.length > 1 && !p.bools.has("force")) {
        io.err(`Error response from daemon: conflict: unable to delete ${name} (must be forced) - image is referenced in multiple repositories\n`);
        code = 1;
        continue;
      }
      if (byRef && parsed.ok) {
        const ref = parsed.ref.digest ? `${parsed.ref.familiarRepo}@${parsed.ref.digest}` : parsed.ref.familiar;
        img.repoTags = img.repoTags.filter((t) => t !== ref);
        img.repoDigests = img.repoDigests.filter((d) => d !== ref);
        io.out(`Untagged: ${ref}\n`);
        if (img.repoTags.length) continue;
      }
      for (const t of img.repoTags) io.out(`Untagged: ${t}\n`);
      for (const d of img.repoDigests) io.out(`Untagged: ${d}\n`);
      io.state.docker.images = io.state.docker.images.filter((i) => i !== img);
      io.out(`Deleted: ${imageId(img)}\n`);
      // Layers no other image uses go too, newest first (as the layer store releases them).
      const info = dockerImageInfo(img.def, img.created);
      const chains = chainIds(info.def.layers);
      const stillUsed = new Set(io.state.docker.images.flatMap((i) => chainIds(dockerImageInfo(i.def, i.created).def.layers)));
      for (const c of [...chains].reverse()) if (!stillUsed.has(c)) io.out(`Deleted: ${c}\n`);
    }
    return code;
  },
};

function inspectJson(io: CommandIO, name: string): unknown | undefined {
  const img = findDockerImage(io.state, name);
  if (!img) return undefined;
  const info = dockerImageInfo(img.def, img.created);
  const config = JSON.parse(info.configJson) as { config: Record<string, unknown> };
  if (img.def === "api-tester") io.state.seen.inspectArch++;
  return {
    Id: info.id,
    RepoTags: img.repoTags,
    RepoDigests: img.repoDigests,
    Parent: "",
    Comment: "buildkit.dockerfile.v0",
    Created: rfc3339Nano(img.created, 123456),
    DockerVersion: "",
    Author: "",
    Config: { Hostname: "", Domainname: "", User: "", AttachStdin: false, AttachStdout: false, AttachStderr: false, Tty: false, OpenStdin: false, StdinOnce: false, ...config.config, Image: "", Volumes: null, Labels: null },
    Architecture: "amd64",
    Os: "linux",
    Size: info.size,
    VirtualSize: info.size,
    GraphDriver: { Data: { MergedDir: `/var/lib/docker/overlay2/${shortId(info.id)}/merged` }, Name: "overlay2" },
    RootFS: { Type: "layers", Layers: info.def.layers.map(diffId) },
    Metadata: { LastTagTime: "0001-01-01T00:00:00Z" },
  };
}

const inspect: DockerCommand = {
  flags: [{ long: "format", short: "f", value: true }, { long: "type", value: true }, { long: "size", short: "s" }],
  run(p, io, path) {
    if (p.args.length === 0) {
      io.err(argCountError(path, "at least 1 argument"));
      return 1;
    }
    const found: unknown[] = [];
    let code = 0;
    const errors: string[] = [];
    for (const name of p.args) {
      const j = inspectJson(io, name);
      if (j) found.push(j);
      else {
        errors.push(`Error: No such ${path === "inspect" ? "object" : "image"}: ${name}\n`);
        code = 1;
      }
    }
    io.out(found.length ? JSON.stringify(found, null, 4) + "\n" : "[]\n");
    for (const e of errors) io.err(e);
    return code;
  },
};

const version: DockerCommand = {
  flags: [{ long: "format", short: "f", value: true }],
  run(_p, io) {
    io.out(
      "Client: Docker Engine - Community\n Version:           23.0.6\n API version:       1.42\n Go version:        go1.19.9\n Git commit:        ef23cbc\n OS/Arch:           linux/amd64\n Context:           default\n\n" +
        "Server: Docker Engine - Community\n Engine:\n  Version:          23.0.6\n  API version:      1.42 (minimum version 1.12)\n  Git commit:       9dbdbd4\n containerd:\n  Version:          1.6.21\n runc:\n  Version:          1.1.7\n",
    );
    return 0;
  },
};

const COMMANDS: Record<string, DockerCommand> = {
  images: list,
  "image ls": list,
  tag,
  "image tag": tag,
  rmi,
  "image rm": rmi,
  inspect,
  "image inspect": inspect,
  version,
  build: dockerBuild,
  "image build": dockerBuild,
  login: dockerLogin,
  logout: dockerLogout,
  push: dockerPush,
  "image push": dockerPush,
  pull: dockerPull,
  "image pull": dockerPull,
  save: dockerSave,
  "image save": dockerSave,
  load: dockerLoad,
  "image load": dockerLoad,
};

const IMAGE_ALIASES: Record<string, string> = { list: "ls", remove: "rm" };
const UNSUPPORTED = new Set(["run", "ps", "exec", "start", "stop", "container", "compose", "network", "volume", "system", "logs", "rm", "kill", "create", "buildx", "commit", "cp", "stats", "top", "info", "search", "history"]);

export const docker: Handler = (argv, io) => {
  if (argv[0] === "--version" || argv[0] === "-v") {
    io.out("Docker version 23.0.6, build ef23cbc\n");
    return 0;
  }
  if (argv.length === 0 || argv[0] === "--help" || argv[0] === "help") {
    io.out("\nUsage:  docker [OPTIONS] COMMAND\n\nA self-sufficient runtime for containers\n\n이 연습 터미널에서 쓸 수 있는 명령: build, images, image, tag, login, logout, push, pull, rmi, save, load, inspect, version\n");
    return 0;
  }
  let path = argv[0];
  let rest = argv.slice(1);
  if (argv[0] === "image") {
    const sub = argv[1];
    if (sub === undefined || sub === "--help") {
      io.out("\nUsage:  docker image COMMAND\n\nManage images\n\nCommands:\n  build       Build an image from a Dockerfile\n  inspect     Display detailed information on one or more images\n  load        Load an image from a tar archive or STDIN\n  ls          List images\n  pull        Download an image from a registry\n  push        Upload an image to a registry\n  rm          Remove one or more images\n  save        Save one or more images to a tar archive (streamed to STDOUT by default)\n  tag         Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE\n");
      return 0;
    }
    path = `image ${IMAGE_ALIASES[sub] ?? sub}`;
    rest = argv.slice(2);
  }
  const cmd = COMMANDS[path];
  if (!cmd) {
    if (UNSUPPORTED.has(argv[0])) {
      io.err(`docker ${argv[0]}: 이 연습 터미널은 이미지 미션에 필요한 명령만 지원합니다. 'help'로 목록을 확인하세요.\n`);
      return 1;
    }
    io.err(`docker: '${argv[0] === "image" ? `image ${argv[1]}` : argv[0]}' is not a docker command.\nSee 'docker --help'\n`);
    return 1;
  }
  const p = parseFlags(rest, [...cmd.flags, { long: "help" }], "pflag");
  if (p.error) {
    io.err(`${p.error}\nSee 'docker ${path} --help'.\n`);
    return 125;
  }
  if (p.bools.has("help")) {
    io.out(`\nUsage:  docker ${path} [OPTIONS]\n\n'help'로 이 연습 터미널에서 쓸 수 있는 명령을 볼 수 있습니다.\n`);
    return 0;
  }
  return cmd.run(p, io, path);
};
