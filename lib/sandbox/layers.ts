/**
 * The per-layer model behind every size the sandbox prints. Each layer is described by what
 * is in it (file and directory counts, bytes of file content) and by its gzip blob size as
 * stored on Docker Hub. Every figure is DERIVED from these numbers:
 *  - Docker's SIZE      = Σ unpacked file bytes (overlay2 reports the files on disk), base 1000;
 *  - ctr's SIZE (pull)  = index + manifest + config + Σ gzip blobs (content as stored), base 1024;
 *  - a `docker save` layer is an uncompressed tar: file bytes + a 512-byte header per entry +
 *    padding of each file to a 512-byte block (half a block per file on average) + the
 *    1024-byte end-of-archive marker, which is why a save→import round trip grows a little.
 */

export interface LayerSpec {
  /** Stable identity: seeds the layer's digests. */
  key: string;
  /** The Dockerfile instruction that produced it (history.created_by). */
  createdBy: string;
  files: number;
  /** Directories and symlinks: a tar header each, no content. */
  dirs: number;
  /** Bytes of regular-file content once unpacked. */
  fileBytes: number;
  /** Size of the gzip blob in the registry. */
  gzipBytes: number;
}

const TAR_BLOCK = 512;

/** Size of the layer as an uncompressed tar stream (what `docker save` writes as layer.tar). */
export function tarBytes(l: LayerSpec): number {
  const headers = (l.files + l.dirs) * TAR_BLOCK;
  const padding = l.files * (TAR_BLOCK / 2); // each file is padded to a block: half a block on average
  const raw = l.fileBytes + headers + padding + 2 * TAR_BLOCK;
  return Math.ceil(raw / TAR_BLOCK) * TAR_BLOCK;
}

/** A Go `archive/tar` entry: header plus content padded to the block size. */
export const tarEntryBytes = (size: number) => TAR_BLOCK + Math.ceil(size / TAR_BLOCK) * TAR_BLOCK;

// ------------------------------------------------------------------ base image: node:slim

export const NODE_SLIM_LAYERS: LayerSpec[] = [
  {
    key: "debian-bookworm-slim-20250610",
    createdBy: "/bin/sh -c #(nop) ADD file:6a8f3b0c1e7d4a52b9e0f1c2d3a4b5c6e7f8091a2b3c4d5e6f708192a3b4c5d6 in / ",
    files: 4296,
    dirs: 1012,
    fileBytes: 74_808_163,
    gzipBytes: 28_227_259,
  },
  {
    key: "node-slim-groupadd",
    createdBy: "/bin/sh -c groupadd --gid 1000 node   && useradd --uid 1000 --gid node --shell /bin/bash --create-home node",
    files: 9,
    dirs: 4,
    fileBytes: 8_871,
    gzipBytes: 3_316,
  },
  {
    key: "node-slim-node-22.16.0",
    createdBy: "/bin/sh -c ARCH= && dpkgArch=\"$(dpkg --print-architecture)\"     && case \"${dpkgArch##*-}\" in ...     && node --version     && npm --version",
    files: 2_718,
    dirs: 561,
    fileBytes: 147_839_603,
    gzipBytes: 48_906_883,
  },
  {
    key: "node-slim-yarn-1.22.22",
    createdBy: "/bin/sh -c set -ex   && savedAptMark=\"$(apt-mark showmanual)\"   && ... && yarn --version",
    files: 141,
    dirs: 23,
    fileBytes: 5_342_706,
    gzipBytes: 1_711_230,
  },
  {
    key: "node-slim-entrypoint",
    createdBy: "/bin/sh -c #(nop) COPY file:4d192565a7220e135cab6c77fbc1c73211b69f3d9fb37e62857b2c6eb9363d51 in /usr/local/bin/ ",
    files: 1,
    dirs: 2,
    fileBytes: 388,
    gzipBytes: 451,
  },
];

/** The mission's own layer: `COPY hello.js .` on top of node:slim (one small file). */
export function helloAppLayer(helloJsBytes: number): LayerSpec {
  return {
    key: `hello-app-copy-hello.js-${helloJsBytes}`,
    createdBy: "COPY hello.js . # buildkit",
    files: 1,
    dirs: 0,
    fileBytes: helloJsBytes,
    gzipBytes: 300 + Math.round(helloJsBytes * 0.55),
  };
}

// ------------------------------------------------------------------ Mission 2: 1pro/api-tester

/**
 * 1pro/api-tester:latest — a Spring Boot jar on a full JDK (Ubuntu based). The JDK layer is
 * what makes the image large; class files and native libraries compress to roughly half,
 * while the already-zipped application jar barely compresses at all.
 */
export const API_TESTER_LAYERS: LayerSpec[] = [
  {
    key: "ubuntu-jammy-20230816",
    createdBy: "/bin/sh -c #(nop) ADD file:7d3e5c9a1b2f4e6d8c0a2b4d6f8e0a1c3e5b7d9f1a3c5e7b9d1f3a5c7e9b1d3f in / ",
    files: 2_978,
    dirs: 812,
    fileBytes: 77_820_311,
    gzipBytes: 29_538_961,
  },
  {
    key: "temurin-17-apt-deps",
    createdBy: "/bin/sh -c apt-get update     && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends tzdata curl wget ca-certificates fontconfig locales ...",
    files: 1_006,
    dirs: 173,
    fileBytes: 42_417_928,
    gzipBytes: 16_871_705,
  },
  {
    key: "temurin-17-jdk-17.0.8.1_1",
    createdBy: "/bin/sh -c set -eux;     ARCH=\"$(dpkg --print-architecture)\";     ...     tar --extract --file /tmp/openjdk.tar.gz --directory \"$JAVA_HOME\" --strip-components 1 ...",
    files: 442,
    dirs: 76,
    fileBytes: 331_669_684,
    gzipBytes: 178_842_920,
  },
  {
    key: "temurin-17-verify",
    createdBy: "/bin/sh -c set -eux;     echo \"Verifying install ...\";     fileEncoding=\"$(echo 'System.out.println(System.getProperty(\"file.encoding\"))' | jshell -s -)\"; ...",
    files: 3,
    dirs: 2,
    fileBytes: 159,
    gzipBytes: 158,
  },
  {
    key: "temurin-17-entrypoint",
    createdBy: "/bin/sh -c #(nop) COPY file:8b8864b3e02a33a579dc216fd51b28a6047bc8eeaa03045b258980fe0cf7fcb3 in /__cacert_entrypoint.sh ",
    files: 1,
    dirs: 0,
    fileBytes: 1_660,
    gzipBytes: 794,
  },
  {
    key: "api-tester-app-jar-v1.0.0",
    createdBy: "COPY ./build/libs/app-0.0.1-SNAPSHOT.jar /app.jar # buildkit",
    files: 1,
    dirs: 0,
    fileBytes: 38_011_892,
    gzipBytes: 35_102_573,
  },
];
