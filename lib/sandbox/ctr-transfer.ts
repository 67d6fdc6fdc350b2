/**
 * ctr images pull / push / export / import. Pull and push print containerd's progress table
 * (content.Display) as it looks once everything is done; import prints one
 * `unpacking NAME (DIGEST)...done` per image, exactly as ctr 1.6 does.
 */
import { imageContent, type BlobDesc, type ImageContent, type Recipe } from "./content";
import { ctrBytes, goDuration, goFixed, tabwrite } from "./format";
import { last } from "./flags";
import type { CommandIO } from "./io";
import { tarEntryBytes } from "./layers";
import { parseCtrRef, parseDockerRef } from "./refs";
import { randInt, type FileEntry } from "./state";
import { contentDigests, nsImages, putImage } from "./ctr-store";
import { hubLookup } from "./docker-remote";
import { writeFile } from "./coreutils";
import { overPullLimit, recordPull } from "./ratelimit";
import type { CtrCommand } from "./ctr";

const BAR = "|" + "+".repeat(38) + "|";

const REGISTRY_FLAGS = [
  { long: "user", short: "u", value: true },
  { long: "skip-verify", short: "k" },
  { long: "plain-http" },
  { long: "refresh", value: true },
  { long: "hosts-dir", value: true },
  { long: "tlscacert", value: true },
  { long: "platform", value: true },
  { long: "all-platforms" },
  { long: "snapshotter", value: true },
  { long: "label", value: true },
  { long: "max-concurrent-downloads", value: true },
  { long: "print-chainid" },
  { long: "manifest", value: true },
  { long: "manifest-type", value: true },
];

const blobRef = (b: BlobDesc) => `${b.kind}-${b.digest}`;

/** content.Display's final frame: one row per job, then elapsed / total / rate. */
function display(rows: [string, string][], total: number, seconds: number): string {
  const lines = rows.map(([ref, status]) => `${ref}:\t${status}\t${BAR}\t`);
  const elapsed = `${goFixed(seconds, 1).padEnd(4)}s`;
  const totalStr = ctrBytes(total).slice(0, 6).padStart(7);
  const rate = `${ctrBytes(Math.trunc(total / seconds))}/s`;
  lines.push(`elapsed: ${elapsed}\ttotal: ${totalStr}\t(${rate})\t`);
  return tabwrite(lines.join("\n"), 1, 1) + "\n";
}

/** Password for `--user name` (prompted) or `--user name:secret`. */
function credentials(io: CommandIO, user: string | undefined): { user?: string; password?: string } {
  if (!user) return {};
  const colon = user.indexOf(":");
  if (colon >= 0) return { user: user.slice(0, colon), password: user.slice(colon + 1) };
  io.out("Password: \n");
  return { user, password: io.password ?? "" };
}

function resolveError(io: CommandIO, ref: string, why: string): number {
  io.err(`ctr: failed to resolve reference "${ref}": ${why}\n`);
  return 1;
}

export const ctrPull: CtrCommand = {
  flags: REGISTRY_FLAGS,
  run(p, io, ns) {
    const name = p.args[0];
    if (!name) {
      io.err("ctr: please provide an image reference to pull\n");
      return 1;
    }
    const r = parseCtrRef(name);
    if (!r.ok) return resolveError(io, name, r.error);
    const { host, path, tag } = r.ref;
    if (host !== "docker.io" && host !== "registry-1.docker.io") {
      return resolveError(io, name, `failed to do request: Head "https://${host}/v2/${path}/manifests/${tag}": dial tcp: lookup ${host} on 8.8.8.8:53: no such host`);
    }
    const cred = credentials(io, last(p, "user"));
    const hit = hubLookup(io.state, path, tag);
    if (hit.repoMissing) return resolveError(io, name, "pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed");
    if (!hit.recipe) return resolveError(io, name, `${name}: not found`);
    const auth = Boolean(cred.user && cred.password);
    if (overPullLimit(io.state, auth)) {
      const url = `https://registry-1.docker.io/v2/${path}/manifests/${tag}`;
      return resolveError(io, name, `unexpected status from HEAD request to ${url}: 429 Too Many Requests`);
    }
    recordPull(io.state, auth);
    const content = imageContent(hit.recipe);
    const have = contentDigests(io.state);
    const rows: [string, string][] = [[name, "resolved"]];
    let total = 0;
    for (const b of content.blobs) {
      const exists = have.has(b.digest);
      rows.push([blobRef(b), exists ? "exists" : "done"]);
      if (!exists) total += b.size;
    }
    const seconds = total === 0 ? randInt(io.state, 3, 9) / 10 : Math.max(0.6, total / randInt(io.state, 18_000_000, 30_000_000));
    io.out(display(rows, total, Math.round(seconds * 10) / 10 || 0.1));
    io.out(`unpacking linux/amd64 ${content.target.digest}...\n`);
    const unpackNs = total === 0 ? randInt(io.state, 20_000_000, 90_000_000) : Math.round(total * randInt(io.state, 9, 16)) + randInt(io.state, 1, 999_999);
    io.out(`done: ${goDuration(unpackNs)}\t\n`);
    io.state.clock += Math.round(seconds * 1000 + unpackNs / 1e6);
    putImage(io.state, ns, name, hit.recipe);
    return 0;
  },
};

export const ctrPush: CtrCommand = {
  flags: REGISTRY_FLAGS,
  run(p, io, ns) {
    const [name, local] = p.args;
    if (!name) {
      io.err("ctr: please provide a remote image reference to push\n");
      return 1;
    }
    const img = nsImages(io.state, ns)[local ?? name];
    if (!img) {
      io.err(`ctr: unable to resolve image to manifest: image "${local ?? name}": not found\n`);
      return 1;
    }
    const r = parseCtrRef(name);
    if (!r.ok) return resolveError(io, name, r.error);
    const { host, path, tag } = r.ref;
    if (host !== "docker.io" && host !== "registry-1.docker.io") {
      io.err(`ctr: failed to do request: Head "https://${host}/v2/${path}/blobs/${imageContent(img.recipe).configDigest}": dial tcp: lookup ${host} on 8.8.8.8:53: no such host\n`);
      return 1;
    }
    const cred = credentials(io, last(p, "user"));
    if (cred.user !== undefined && cred.password === "") {
      io.err("ctr: failed to authorize: failed to fetch oauth token: unexpected status: 401 Unauthorized\n");
      return 1;
    }
    if (!cred.user || path.split("/")[0] !== cred.user) {
      io.err("ctr: server message: insufficient_scope: authorization failed\n");
      return 1;
    }
    const content = imageContent(img.recipe);
    const blobs = content.blobs.filter((b) => b.kind !== "index" || content.target === b);
    const total = blobs.reduce((s, b) => s + b.size, 0);
    const seconds = Math.max(0.5, total / randInt(io.state, 15_000_000, 25_000_000));
    io.out(display(blobs.map((b) => [blobRef(b), "done"]), total, Math.round(seconds * 10) / 10));
    io.state.clock += Math.round(seconds * 1000);
    const repo = (io.state.hub[path] ??= { tags: {}, layers: [] });
    repo.tags[tag] = img.recipe;
    for (const b of blobs) if (b.layer && !repo.layers.includes(b.layer.key)) repo.layers.push(b.layer.key);
    return 0;
  },
};

/** Bytes of an OCI archive from `ctr export`: blobs as stored, plus index.json/manifest.json. */
export function ociArchiveSize(contents: ImageContent[]): number {
  const digests = new Map<string, number>();
  for (const c of contents) for (const b of c.blobs) digests.set(b.digest, b.size);
  let size = 512 * 2 + tarEntryBytes(30) + tarEntryBytes(180 + 300 * contents.length) + tarEntryBytes(120 + 500 * contents.length);
  for (const s of digests.values()) size += tarEntryBytes(s);
  return size + 1024;
}

export const ctrExport: CtrCommand = {
  flags: [{ long: "skip-manifest-json" }, { long: "skip-non-distributable" }, { long: "platform", value: true }, { long: "all-platforms" }],
  run(p, io, ns) {
    const [out, ...refs] = p.args;
    if (!out || refs.length === 0) {
      io.err("ctr: please provide both an output filename and an image reference to export\n");
      return 1;
    }
    const file = out.replace(/^\.\//, "");
    const images = nsImages(io.state, ns);
    // ctr creates (truncates) the output file before it looks the images up.
    const missing = refs.find((r) => !images[r]);
    if (missing) {
      writeFile(io, file, { kind: "text", content: "", mtime: io.state.clock, mode: "-rw-r--r--" });
      io.err(`ctr: image "${missing}": not found\n`);
      return 1;
    }
    const list = refs.map((r) => ({ name: r, recipe: images[r].recipe }));
    const entry: FileEntry = { kind: "oci-archive", images: list, size: ociArchiveSize(list.map((l) => imageContent(l.recipe))), mtime: io.state.clock, mode: "-rw-r--r--" };
    writeFile(io, file, entry);
    io.state.clock += Math.round(entry.size / 300_000);
    return 0;
  },
};

export const ctrImport: CtrCommand = {
  flags: [
    { long: "base-name", value: true },
    { long: "digests" },
    { long: "index-name", value: true },
    { long: "all-platforms" },
    { long: "no-unpack" },
    { long: "compress-blobs" },
    { long: "snapshotter", value: true },
    { long: "label", value: true },
    { long: "local" },
    { long: "platform", value: true },
  ],
  run(p, io, ns) {
    const name = p.args[0];
    if (!name) {
      io.err("ctr: please provide an input file\n");
      return 1;
    }
    const f = io.state.files[name.replace(/^\.\//, "")];
    if (!f) {
      io.err(`ctr: open ${name}: no such file or directory\n`);
      return 1;
    }
    if (f.kind === "text") {
      io.err(f.content === "" ? "ctr: EOF\n" : "ctr: unrecognized image format\n");
      return 1;
    }
    const imports: { name: string; recipe: Recipe }[] = [];
    if (f.kind === "oci-archive") imports.push(...f.images);
    else {
      for (const img of f.images) {
        for (const t of img.repoTags) {
          const r = parseDockerRef(t);
          if (r.ok) imports.push({ name: r.ref.full, recipe: { def: img.def, created: img.created, form: "docker-archive" } });
        }
      }
    }
    for (const im of imports) {
      putImage(io.state, ns, im.name, im.recipe);
      const c = imageContent(im.recipe);
      if (p.bools.has("no-unpack")) continue;
      io.out(`unpacking ${im.name} (${c.target.digest})...done\n`);
    }
    io.state.clock += Math.round(f.size / 120_000);
    return 0;
  },
};
