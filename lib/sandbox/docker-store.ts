/** Lookups on Docker's image store shared by the docker subcommands. */
import { dockerImageInfo, type ImageDefKey } from "./content";
import { parseDockerRef } from "./refs";
import type { DockerImage, SandboxState } from "./state";

export const imageId = (img: DockerImage) => dockerImageInfo(img.def, img.created).id;
export const shortId = (digest: string) => digest.replace(/^sha256:/, "").slice(0, 12);

/** Resolve a ref (`myid/hello:1.0.0`, `docker.io/myid/hello`) or an ID prefix. */
export function findDockerImage(state: SandboxState, name: string): DockerImage | undefined {
  const parsed = parseDockerRef(name);
  if (parsed.ok) {
    const want = parsed.ref.digest ? `${parsed.ref.familiarRepo}@${parsed.ref.digest}` : parsed.ref.familiar;
    const hit = state.docker.images.find((i) => i.repoTags.includes(want) || i.repoDigests.includes(want));
    if (hit) return hit;
  }
  const hex = name.replace(/^sha256:/, "");
  if (/^[a-f0-9]{1,64}$/.test(hex)) {
    const hits = state.docker.images.filter((i) => imageId(i).slice(7).startsWith(hex));
    if (hits.length === 1) return hits[0];
  }
  return undefined;
}

/** Point `tag` at `target`, taking it away from any other image (which may become dangling). */
export function moveTag(state: SandboxState, tag: string, target: DockerImage): void {
  for (const img of state.docker.images) {
    if (img !== target) img.repoTags = img.repoTags.filter((t) => t !== tag);
  }
  if (!target.repoTags.includes(tag)) target.repoTags.push(tag);
  target.repoTags.sort();
}

/** Add an image (or return the existing one with the same ID). */
export function ensureImage(state: SandboxState, def: ImageDefKey, created: number): DockerImage {
  const id = dockerImageInfo(def, created).id;
  const existing = state.docker.images.find((i) => imageId(i) === id);
  if (existing) return existing;
  const img: DockerImage = { def, created, repoTags: [], repoDigests: [] };
  state.docker.images.push(img);
  return img;
}

/** Diff IDs of every layer Docker's layer store holds (for "Already exists"). */
export function storedLayerKeys(state: SandboxState): Set<string> {
  const keys = new Set<string>();
  for (const img of state.docker.images) for (const l of dockerImageInfo(img.def, img.created).def.layers) keys.add(l.key);
  return keys;
}
