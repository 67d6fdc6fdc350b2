/**
 * docker save / docker load. A save writes Docker's legacy archive: per layer a directory
 * with VERSION, json and an UNCOMPRESSED layer.tar, plus the config, manifest.json and
 * repositories. Load accepts that and ctr's OCI export (whose manifest.json points at the
 * gzip blobs, which Docker decompresses — so the IMAGE ID and SIZE come back unchanged).
 */
import { diffId, dockerImageInfo, type ImageDefKey } from "./content";
import { utf8Length as utf8Size } from "./sha256";
import { humanSize } from "./format";
import { last } from "./flags";
import { tarBytes, tarEntryBytes } from "./layers";
import { findDockerImage, ensureImage, imageId, moveTag, shortId, storedLayerKeys } from "./docker-store";
import { argCountError } from "./docker-usage";
import { writeFile } from "./coreutils";
import { parseDockerRef } from "./refs";
import type { DockerCommand } from "./docker";
import { note, type FileEntry } from "./state";

/** Bytes of a `docker save` archive holding these images. */
export function dockerArchiveSize(images: { def: ImageDefKey; created: number; repoTags: string[] }[]): number {
  let size = 2 * 512; // end-of-archive blocks
  const seenLayers = new Set<string>();
  for (const img of images) {
    const info = dockerImageInfo(img.def, img.created);
    size += tarEntryBytes(utf8Size(info.configJson));
    for (const l of info.def.layers) {
      if (seenLayers.has(l.key)) continue;
      seenLayers.add(l.key);
      size += 512 + tarEntryBytes(3) + tarEntryBytes(480) + tarEntryBytes(tarBytes(l)); // dir, VERSION, json, layer.tar
    }
  }
  const manifestJson = 120 + images.reduce((s, i) => s + 110 + 80 * dockerImageInfo(i.def, i.created).def.layers.length, 0);
  return size + tarEntryBytes(manifestJson) + tarEntryBytes(90 * images.length);
}

export const dockerSave: DockerCommand = {
  flags: [{ long: "output", short: "o", value: true }],
  run(p, io, path) {
    if (p.args.length === 0) {
      io.err(argCountError(path, "at least 1 argument"));
      return 1;
    }
    const out = last(p, "output");
    if (!out) {
      io.err("cowardly refusing to save to a terminal. Use the -o flag or redirect\n");
      return 1;
    }
    const images: { def: ImageDefKey; created: number; repoTags: string[] }[] = [];
    for (const name of p.args) {
      const img = findDockerImage(io.state, name);
      if (!img) {
        io.err("Error response from daemon: reference does not exist\n");
        return 1;
      }
      const r = parseDockerRef(name);
      const tag = r.ok && img.repoTags.includes(r.ref.familiar) ? [r.ref.familiar] : [];
      const prev = images.find((i) => i.def === img.def && i.created === img.created);
      if (prev) prev.repoTags.push(...tag);
      else images.push({ def: img.def, created: img.created, repoTags: tag });
    }
    const entry: FileEntry = { kind: "docker-archive", images, size: dockerArchiveSize(images), mtime: io.state.clock, mode: "-rw-------" };
    writeFile(io, out.replace(/^\.\//, ""), entry);
    io.state.clock += Math.round(entry.size / 250_000);
    return 0;
  },
};

export const dockerLoad: DockerCommand = {
  flags: [{ long: "input", short: "i", value: true }, { long: "quiet", short: "q" }],
  run(p, io) {
    const name = last(p, "input");
    if (!name) {
      io.err("requested load from stdin, but stdin is empty\n");
      return 1;
    }
    const f = io.state.files[name.replace(/^\.\//, "")];
    if (!f) {
      io.err(`open ${name}: no such file or directory\n`);
      return 1;
    }
    if (f.kind === "text") {
      io.err("Error response from daemon: archive/tar: invalid tar header\n");
      return 1;
    }
    const loads: { def: ImageDefKey; created: number; tags: string[] }[] =
      f.kind === "docker-archive"
        ? f.images.map((i) => ({ def: i.def, created: i.created, tags: i.repoTags }))
        : f.images.map((i) => {
            const r = parseDockerRef(i.name);
            return { def: i.recipe.def, created: i.recipe.created, tags: r.ok ? [r.ref.familiar] : [] };
          });
    const have = storedLayerKeys(io.state);
    for (const l of loads) {
      const info = dockerImageInfo(l.def, l.created);
      if (!p.bools.has("quiet")) {
        for (const layer of info.def.layers) {
          if (have.has(layer.key)) continue;
          have.add(layer.key);
          const size = humanSize(tarBytes(layer));
          io.out(`${shortId(diffId(layer))}: Loading layer [${"=".repeat(50)}>] ${size.padStart(8)}/${size}\n`);
        }
      }
      const img = ensureImage(io.state, l.def, l.created);
      for (const t of l.tags) {
        const old = findDockerImage(io.state, t);
        if (old && old !== img && old.repoTags.includes(t)) {
          io.out(`The image ${t} already exists, renaming the old one with ID ${imageId(old)} to empty string\n`);
        }
        moveTag(io.state, t, img);
        io.out(`Loaded image: ${t}\n`);
        note(io.state, `docker-load${f.kind === "oci-archive" ? "-oci" : ""}:${t}`);
      }
      if (!l.tags.length) io.out(`Loaded image ID: ${info.id}\n`);
    }
    io.state.clock += Math.round(f.size / 300_000);
    return 0;
  },
};
