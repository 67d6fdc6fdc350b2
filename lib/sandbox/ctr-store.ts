/** containerd's metadata: per-namespace image names over a shared content store. */
import { imageContent, type Recipe } from "./content";
import type { SandboxState } from "./state";

export const CRI_LABEL = "io.cri-containerd.image";

export function nsImages(s: SandboxState, ns: string) {
  return (s.containerd.images[ns] ??= {});
}

/** Digests the content store holds: blobs of any image in any namespace (GC drops the rest). */
export function contentDigests(s: SandboxState): Set<string> {
  const out = new Set<string>();
  for (const ns of Object.values(s.containerd.images)) {
    for (const img of Object.values(ns)) for (const b of imageContent(img.recipe).blobs) out.add(b.digest);
  }
  return out;
}

/**
 * Create or replace an image name. In `k8s.io` the CRI plugin reacts to the event: it labels
 * the image as managed and adds a `sha256:<config>` name for it, as kubelet expects.
 */
export function putImage(s: SandboxState, ns: string, name: string, recipe: Recipe): void {
  if (!s.containerd.namespaces.includes(ns)) {
    s.containerd.namespaces.push(ns);
    s.containerd.namespaces.sort();
  }
  const images = nsImages(s, ns);
  const labels: Record<string, string> = ns === "k8s.io" ? { [CRI_LABEL]: "managed" } : {};
  images[name] = { recipe, labels };
  if (ns === "k8s.io") {
    const cfg = imageContent(recipe).configDigest;
    images[cfg] = { recipe, labels: { [CRI_LABEL]: "managed" } };
  }
}
