/**
 * Images as bytes: config JSON, manifests and indexes are real JSON documents whose SHA-256
 * is the digest the tools print, so identical content always has the identical ID (pushing a
 * second tag gives the same digest; a docker-save import builds a new manifest and so a new
 * digest) without any digest being written down by hand.
 */
import { API_TESTER_LAYERS, helloAppLayer, LayerSpec, NODE_SLIM_LAYERS, tarBytes } from "./layers";
import { HELLO_JS } from "./course-files";
import { digestOf, utf8Length } from "./sha256";
import { rfc3339Nano } from "./format";

export type ImageDefKey = "node-slim" | "hello" | "api-tester";

export const MT = {
  index: "application/vnd.docker.distribution.manifest.list.v2+json",
  manifest: "application/vnd.docker.distribution.manifest.v2+json",
  config: "application/vnd.docker.container.image.v1+json",
  layerGzip: "application/vnd.docker.image.rootfs.diff.tar.gzip",
  layerTar: "application/vnd.docker.image.rootfs.diff.tar",
} as const;

interface ImageDef {
  key: ImageDefKey;
  layers: LayerSpec[];
  /** Platforms the registry's index offers (the first is the one a linux/amd64 node pulls). */
  platforms: string[];
  /** Fixed build time for images built elsewhere; the mission's own image uses its build time. */
  created?: number;
  env: string[];
  cmd: string[];
  entrypoint?: string[];
  exposedPorts?: string[];
  workingDir: string;
}

/** Bookworm's node:slim, built 2025-06-10. */
const NODE_CREATED = Date.UTC(2025, 5, 10, 3, 12, 44);
/** 1pro/api-tester:latest was pushed in 2023, so Docker shows "… years ago". */
const API_TESTER_CREATED = Date.UTC(2023, 8, 22, 14, 3, 21);

const NODE_ENV = ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "NODE_VERSION=22.16.0", "YARN_VERSION=1.22.22"];

export const IMAGE_DEFS: Record<ImageDefKey, ImageDef> = {
  "node-slim": {
    key: "node-slim",
    layers: NODE_SLIM_LAYERS,
    platforms: ["linux/amd64", "linux/arm/v7", "linux/arm64/v8", "linux/ppc64le", "linux/s390x"],
    created: NODE_CREATED,
    env: NODE_ENV,
    cmd: ["node"],
    entrypoint: ["docker-entrypoint.sh"],
    workingDir: "",
  },
  hello: {
    key: "hello",
    layers: [...NODE_SLIM_LAYERS, helloAppLayer(utf8Length(HELLO_JS))],
    platforms: ["linux/amd64"],
    env: NODE_ENV,
    cmd: ["/bin/sh", "-c", "node hello.js"],
    entrypoint: ["docker-entrypoint.sh"],
    exposedPorts: ["8080/tcp"],
    workingDir: "/",
  },
  "api-tester": {
    key: "api-tester",
    layers: API_TESTER_LAYERS,
    platforms: ["linux/amd64", "linux/arm64"],
    created: API_TESTER_CREATED,
    env: [
      "PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
      "JAVA_HOME=/opt/java/openjdk",
      "LANG=en_US.UTF-8",
      "LANGUAGE=en_US:en",
      "LC_ALL=en_US.UTF-8",
      "JAVA_VERSION=jdk-17.0.8.1+1",
    ],
    cmd: ["java", "-jar", "/app.jar"],
    entrypoint: ["/__cacert_entrypoint.sh"],
    workingDir: "",
  },
};

// ------------------------------------------------------------------ per-layer digests

const memo = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
  if (!memo.has(key)) memo.set(key, make());
  return memo.get(key) as T;
}

/** DiffID: digest of the uncompressed layer tar (also its digest when stored uncompressed). */
export const diffId = (l: LayerSpec) => cached(`diff:${l.key}`, () => digestOf(`diff-id:${l.key}`));
/** Digest of the gzip blob in the registry. */
export const gzipDigest = (l: LayerSpec) => cached(`gz:${l.key}`, () => digestOf(`gzip-blob:${l.key}`));

/** ChainIDs, as Docker's layer store names layers (and prints on `docker rmi`). */
export function chainIds(layers: LayerSpec[]): string[] {
  const out: string[] = [];
  for (const l of layers) {
    const prev = out[out.length - 1];
    out.push(prev ? digestOf(`${prev} ${diffId(l)}`) : diffId(l));
  }
  return out;
}

// ------------------------------------------------------------------ config (IMAGE ID)

export interface DockerImageInfo {
  def: ImageDef;
  created: number;
  configJson: string;
  /** Config digest = Docker's IMAGE ID. */
  id: string;
  /** Docker's SIZE: the unpacked file bytes of all layers. */
  size: number;
}

export function imageCreated(key: ImageDefKey, builtAt: number): number {
  return IMAGE_DEFS[key].created ?? builtAt;
}

export function dockerImageInfo(key: ImageDefKey, created: number): DockerImageInfo {
  return cached(`img:${key}:${created}`, () => {
    const def = IMAGE_DEFS[key];
    const config: Record<string, unknown> = {
      architecture: "amd64",
      config: {
        ...(def.exposedPorts ? { ExposedPorts: Object.fromEntries(def.exposedPorts.map((p) => [p, {}])) } : {}),
        Env: def.env,
        Entrypoint: def.entrypoint ?? null,
        Cmd: def.cmd,
        WorkingDir: def.workingDir,
        OnBuild: null,
      },
      created: rfc3339Nano(created, 123456),
      history: def.layers.map((l) => ({ created: rfc3339Nano(created), created_by: l.createdBy })),
      os: "linux",
      rootfs: { type: "layers", diff_ids: def.layers.map(diffId) },
    };
    const configJson = JSON.stringify(config);
    return {
      def,
      created,
      configJson,
      id: digestOf(configJson),
      size: def.layers.reduce((s, l) => s + l.fileBytes, 0),
    };
  });
}

// ------------------------------------------------------------------ registry / content store

export interface BlobDesc {
  kind: "index" | "manifest" | "config" | "layer";
  mediaType: string;
  digest: string;
  size: number;
  layer?: LayerSpec;
}

/**
 * How an image's content was produced: `registry` as Docker Hub serves it (gzip layers, an
 * index for multi-platform images), `docker-archive` as `ctr import` rebuilds a `docker save`
 * tar (uncompressed layers, a fresh manifest).
 */
export interface Recipe {
  def: ImageDefKey;
  created: number;
  form: "registry" | "docker-archive";
}

export interface ImageContent {
  recipe: Recipe;
  target: BlobDesc;
  /** Every blob a linux/amd64 node holds for the image: the target down to the layers. */
  blobs: BlobDesc[];
  platforms: string[];
  manifestDigest: string;
  configDigest: string;
}

const descJson = (b: BlobDesc) => ({ mediaType: b.mediaType, size: b.size, digest: b.digest });

function manifestDoc(layers: BlobDesc[], config: BlobDesc, indent: number | undefined): string {
  return JSON.stringify(
    { schemaVersion: 2, mediaType: MT.manifest, config: descJson(config), layers: layers.map(descJson) },
    null,
    indent,
  );
}

export function imageContent(recipe: Recipe): ImageContent {
  return cached(`content:${recipe.def}:${recipe.created}:${recipe.form}`, () => {
    const info = dockerImageInfo(recipe.def, recipe.created);
    const config: BlobDesc = {
      kind: "config",
      mediaType: MT.config,
      digest: info.id,
      size: utf8Length(info.configJson),
    };
    const layers: BlobDesc[] = info.def.layers.map((l) =>
      recipe.form === "registry"
        ? { kind: "layer", mediaType: MT.layerGzip, digest: gzipDigest(l), size: l.gzipBytes, layer: l }
        : { kind: "layer", mediaType: MT.layerTar, digest: diffId(l), size: tarBytes(l), layer: l },
    );
    // Docker pretty-prints the manifests it pushes (3 spaces); containerd's importer does not.
    const mJson = manifestDoc(layers, config, recipe.form === "registry" ? 3 : undefined);
    const manifest: BlobDesc = { kind: "manifest", mediaType: MT.manifest, digest: digestOf(mJson), size: utf8Length(mJson) };
    const platforms = recipe.form === "registry" ? info.def.platforms : ["linux/amd64"];
    if (platforms.length === 1) {
      return { recipe, target: manifest, blobs: [manifest, config, ...layers], platforms, manifestDigest: manifest.digest, configDigest: config.digest };
    }
    const entries = platforms.map((p, i) => {
      const [os, architecture, variant] = p.split("/");
      const digest = i === 0 ? manifest.digest : digestOf(`manifest:${p}:${recipe.def}:${recipe.created}`);
      const size = i === 0 ? manifest.size : manifest.size + 7 * i;
      return { mediaType: MT.manifest, size, digest, platform: { architecture, os, ...(variant ? { variant } : {}) } };
    });
    const iJson = JSON.stringify({ schemaVersion: 2, mediaType: MT.index, manifests: entries }, null, 3);
    const index: BlobDesc = { kind: "index", mediaType: MT.index, digest: digestOf(iJson), size: utf8Length(iJson) };
    return {
      recipe,
      target: index,
      blobs: [index, manifest, config, ...layers],
      platforms: [...platforms].sort(),
      manifestDigest: manifest.digest,
      configDigest: config.digest,
    };
  });
}

/** containerd's image Size: every blob of the default platform's tree, as stored. */
export const contentSize = (c: ImageContent) => c.blobs.reduce((s, b) => s + b.size, 0);

/** Rows for the UI's layer view: where Docker's and ctr's numbers come from. */
export interface LayerRow {
  createdBy: string;
  unpackedBytes: number;
  gzipBytes: number;
  tarBytes: number;
}

export function layerModel(key: ImageDefKey): LayerRow[] {
  return IMAGE_DEFS[key].layers.map((l) => ({
    createdBy: l.createdBy,
    unpackedBytes: l.fileBytes,
    gzipBytes: l.gzipBytes,
    tarBytes: tarBytes(l),
  }));
}
