import { describe, expect, it } from "vitest";
import { createSandbox } from "./sandbox";
import { contentSize, dockerImageInfo, IMAGE_DEFS, imageContent, layerModel } from "./content";
import { API_TESTER_LAYERS, tarBytes, type LayerSpec } from "./layers";
import { ctrBytes, dockerSize } from "./format";

/** Mission 2 as the notes run it: [command, exit code, stdout, stderr]. */
const MISSION_2: [string, number, string, string][] = [
    [
      "docker pull 1pro/api-tester:latest",
      0,
      "latest: Pulling from 1pro/api-tester\n34607bda591c: Pull complete\n3ca3ab45b23c: Pull complete\n190f20e6ca56: Pull complete\ndd6a7a6d3643: Pull complete\n9b176f1b9859: Pull complete\nb435a6290316: Pull complete\nDigest: sha256:e3da5e60bf1ea842ab39e9c03476682dc032e204bd954bc8a5aae2f621d7d95a\nStatus: Downloaded newer image for 1pro/api-tester:latest\ndocker.io/1pro/api-tester:latest\n",
      "",
    ],
    [
      "docker image list",
      0,
      "REPOSITORY        TAG       IMAGE ID       CREATED         SIZE\n1pro/api-tester   latest    56f3d43408e6   21 months ago   490MB\n",
      "",
    ],
    [
      "ctr image pull docker.io/1pro/api-tester:latest",
      0,
      "docker.io/1pro/api-tester:latest:                                                 resolved       |++++++++++++++++++++++++++++++++++++++| \nindex-sha256:e3da5e60bf1ea842ab39e9c03476682dc032e204bd954bc8a5aae2f621d7d95a:    done           |++++++++++++++++++++++++++++++++++++++| \nmanifest-sha256:ebf9bacdc57646b8cbd2fdfaa09d96c4f2364f0b2f4669c50a78abba06bb1fe1: done           |++++++++++++++++++++++++++++++++++++++| \nconfig-sha256:56f3d43408e67c317b1bab1d18ee9376cd3a3c2e83f883d3154be1a1b6bccbfd:   done           |++++++++++++++++++++++++++++++++++++++| \nlayer-sha256:34607bda591ca264f6c5ea92de01b2b10e2ea75c6e0c4d7813331dba75875efe:    done           |++++++++++++++++++++++++++++++++++++++| \nlayer-sha256:3ca3ab45b23c2685ecd3258cdc784c34705194b9cc5c34c2141d380898ef79cf:    done           |++++++++++++++++++++++++++++++++++++++| \nlayer-sha256:190f20e6ca56effb8c53896c668605fa5c6c8c614bd18174e9f7813376cffafd:    done           |++++++++++++++++++++++++++++++++++++++| \nlayer-sha256:dd6a7a6d36436e183eb2f51a7bd67740769f438491894d5429d40f6146502d7d:    done           |++++++++++++++++++++++++++++++++++++++| \nlayer-sha256:9b176f1b9859b17e3ba8eee43f55c6211cc8dfd87bbdab5283f2f3416019a6cb:    done           |++++++++++++++++++++++++++++++++++++++| \nlayer-sha256:b435a629031629c9d104985eb3f3a1ef2f0333409751d88500870bfaef6099f8:    done           |++++++++++++++++++++++++++++++++++++++| \nelapsed: 9.9 s                                                                    total:  248.3  (25.1 MiB/s)                             \nunpacking linux/amd64 sha256:e3da5e60bf1ea842ab39e9c03476682dc032e204bd954bc8a5aae2f621d7d95a...\ndone: 3.125093595s\t\n",
      "",
    ],
    [
      "ctr image list",
      0,
      "REF                              TYPE                                                      DIGEST                                                                  SIZE      PLATFORMS               LABELS \ndocker.io/1pro/api-tester:latest application/vnd.docker.distribution.manifest.list.v2+json sha256:e3da5e60bf1ea842ab39e9c03476682dc032e204bd954bc8a5aae2f621d7d95a 248.3 MiB linux/amd64,linux/arm64 -      \n",
      "",
    ],
    [
      "docker image inspect 1pro/api-tester:latest |grep Arch",
      0,
      "        \"Architecture\": \"amd64\",\n",
      "",
    ],
    [
      "docker save -o docker-image.tar 1pro/api-tester:latest",
      0,
      "",
      "",
    ],
    [
      "ls -lh docker-image.tar",
      0,
      "-rw-------. 1 root root 472M Jun 17 10:01 docker-image.tar\n",
      "",
    ],
    [
      "ctr image import docker-image.tar",
      0,
      "unpacking docker.io/1pro/api-tester:latest (sha256:c21e2dd9c2975270f27449f7d38b87fe575b0cc71b751336ac972c8818fdbacf)...done\n",
      "",
    ],
    [
      "ctr image list",
      0,
      "REF                              TYPE                                                 DIGEST                                                                  SIZE      PLATFORMS   LABELS \ndocker.io/1pro/api-tester:latest application/vnd.docker.distribution.manifest.v2+json sha256:c21e2dd9c2975270f27449f7d38b87fe575b0cc71b751336ac972c8818fdbacf 471.0 MiB linux/amd64 -      \n",
      "",
    ],
    [
      "ctr image pull docker.io/1pro/api-tester:latest",
      0,
      "docker.io/1pro/api-tester:latest:                                                 resolved       |++++++++++++++++++++++++++++++++++++++| \nindex-sha256:e3da5e60bf1ea842ab39e9c03476682dc032e204bd954bc8a5aae2f621d7d95a:    done           |++++++++++++++++++++++++++++++++++++++| \nmanifest-sha256:ebf9bacdc57646b8cbd2fdfaa09d96c4f2364f0b2f4669c50a78abba06bb1fe1: done           |++++++++++++++++++++++++++++++++++++++| \nconfig-sha256:56f3d43408e67c317b1bab1d18ee9376cd3a3c2e83f883d3154be1a1b6bccbfd:   exists         |++++++++++++++++++++++++++++++++++++++| \nlayer-sha256:34607bda591ca264f6c5ea92de01b2b10e2ea75c6e0c4d7813331dba75875efe:    done           |++++++++++++++++++++++++++++++++++++++| \nlayer-sha256:3ca3ab45b23c2685ecd3258cdc784c34705194b9cc5c34c2141d380898ef79cf:    done           |++++++++++++++++++++++++++++++++++++++| \nlayer-sha256:190f20e6ca56effb8c53896c668605fa5c6c8c614bd18174e9f7813376cffafd:    done           |++++++++++++++++++++++++++++++++++++++| \nlayer-sha256:dd6a7a6d36436e183eb2f51a7bd67740769f438491894d5429d40f6146502d7d:    done           |++++++++++++++++++++++++++++++++++++++| \nlayer-sha256:9b176f1b9859b17e3ba8eee43f55c6211cc8dfd87bbdab5283f2f3416019a6cb:    done           |++++++++++++++++++++++++++++++++++++++| \nlayer-sha256:b435a629031629c9d104985eb3f3a1ef2f0333409751d88500870bfaef6099f8:    done           |++++++++++++++++++++++++++++++++++++++| \nelapsed: 8.8 s                                                                    total:  248.3  (28.2 MiB/s)                             \nunpacking linux/amd64 sha256:e3da5e60bf1ea842ab39e9c03476682dc032e204bd954bc8a5aae2f621d7d95a...\ndone: 4.166645714s\t\n",
      "",
    ],
    [
      "ctr image list",
      0,
      "REF                              TYPE                                                      DIGEST                                                                  SIZE      PLATFORMS               LABELS \ndocker.io/1pro/api-tester:latest application/vnd.docker.distribution.manifest.list.v2+json sha256:e3da5e60bf1ea842ab39e9c03476682dc032e204bd954bc8a5aae2f621d7d95a 248.3 MiB linux/amd64,linux/arm64 -      \n",
      "",
    ],
    [
      "ctr image export containerd-image.tar docker.io/1pro/api-tester:latest",
      0,
      "",
      "",
    ],
    [
      "ls -lh containerd-image.tar",
      0,
      "-rw-r--r--. 1 root root 249M Jun 17 10:02 containerd-image.tar\n",
      "",
    ],
    [
      "docker load -i containerd-image.tar",
      0,
      "Loaded image: 1pro/api-tester:latest\n",
      "",
    ],
    [
      "docker image list",
      0,
      "REPOSITORY        TAG       IMAGE ID       CREATED         SIZE\n1pro/api-tester   latest    56f3d43408e6   21 months ago   490MB\n",
      "",
    ],

];

describe("Mission 2 end to end", () => {
  const sb = createSandbox({ scenario: "mission2" });
  const results = MISSION_2.map(([cmd]) => sb.run(cmd));

  it.each(MISSION_2.map((row, i) => [i, ...row] as const))("#%i %s", (i, _cmd, exitCode, stdout, stderr) => {
    expect(results[i].exitCode).toBe(exitCode);
    expect(results[i].stdout).toBe(stdout);
    expect(results[i].stderr).toBe(stderr);
  });

  const sizeOf = (cmd: string, nth = 0) => {
    const hits = MISSION_2.map((r, i) => [r[0], results[i].stdout] as const).filter(([c]) => c === cmd);
    return hits[nth][1];
  };

  it("shows the notes' four figures: 490MB, 248.3 MiB, 471.0 MiB, 490MB", () => {
    expect(sizeOf("docker image list", 0)).toMatch(/ 490MB\n$/);
    expect(sizeOf("ctr image list", 0)).toContain(" 248.3 MiB ");
    expect(sizeOf("ctr image list", 1)).toContain(" 471.0 MiB ");
    expect(sizeOf("ctr image list", 2)).toContain(" 248.3 MiB ");
    expect(sizeOf("docker image list", 1)).toMatch(/ 490MB\n$/);
  });

  it("the docker-save import has a new manifest digest; the docker load keeps the IMAGE ID", () => {
    const digest = (out: string) => out.split("\n")[1].split(/ +/)[2];
    expect(digest(sizeOf("ctr image list", 1))).not.toBe(digest(sizeOf("ctr image list", 0)));
    const id = (out: string) => out.split("\n")[1].split(/ {3,}/)[2];
    expect(id(sizeOf("docker image list", 1))).toBe(id(sizeOf("docker image list", 0)));
  });
});

describe("the per-layer size model", () => {
  const unpacked = (ls: LayerSpec[]) => ls.reduce((s, l) => s + l.fileBytes, 0);

  it("Docker's SIZE is the sum of unpacked file bytes", () => {
    const info = dockerImageInfo("api-tester", IMAGE_DEFS["api-tester"].created!);
    expect(info.size).toBe(unpacked(API_TESTER_LAYERS));
    expect(dockerSize(info.size)).toBe("490MB");
  });

  it("ctr's SIZE after a pull is index + manifest + config + gzip blobs", () => {
    const c = imageContent({ def: "api-tester", created: IMAGE_DEFS["api-tester"].created!, form: "registry" });
    const gz = API_TESTER_LAYERS.reduce((s, l) => s + l.gzipBytes, 0);
    const meta = c.blobs.filter((b) => b.kind !== "layer");
    expect(meta.map((b) => b.kind)).toEqual(["index", "manifest", "config"]);
    expect(meta.every((b) => b.size < 10_000)).toBe(true); // "a few KB"
    expect(contentSize(c)).toBe(gz + meta.reduce((s, b) => s + b.size, 0));
    expect(ctrBytes(contentSize(c))).toBe("248.3 MiB");
  });

  it("a docker-save import stores uncompressed tars: file bytes + 512-byte headers + padding", () => {
    const c = imageContent({ def: "api-tester", created: IMAGE_DEFS["api-tester"].created!, form: "docker-archive" });
    const tars = API_TESTER_LAYERS.reduce((s, l) => s + tarBytes(l), 0);
    expect(tars).toBeGreaterThan(unpacked(API_TESTER_LAYERS));
    expect(contentSize(c) - tars).toBeLessThan(10_000);
    expect(ctrBytes(contentSize(c))).toBe("471.0 MiB");
  });

  it("tarBytes follows the tar layout", () => {
    const one: LayerSpec = { key: "t", createdBy: "", files: 1, dirs: 1, fileBytes: 100, gzipBytes: 50 };
    // header(file) + header(dir) + 100 bytes padded to 512 (modelled as +256) + 1024 end marker
    expect(tarBytes(one)).toBe(Math.ceil((100 + 2 * 512 + 256 + 1024) / 512) * 512);
  });

  it("exports a layer view whose columns add up to the figures", () => {
    const rows = layerModel("api-tester");
    expect(rows).toHaveLength(API_TESTER_LAYERS.length);
    expect(dockerSize(rows.reduce((s, r) => s + r.unpackedBytes, 0))).toBe("490MB");
    expect(rows.every((r) => r.gzipBytes < r.unpackedBytes && r.tarBytes > r.unpackedBytes)).toBe(true);
  });

  it("the sizes respond to the model (nothing is a printed constant)", () => {
    const bigger = API_TESTER_LAYERS.map((l) => ({ ...l, fileBytes: l.fileBytes * 2 }));
    expect(dockerSize(unpacked(bigger))).toBe("980MB");
  });
});

describe("apiTesterFigures (the UI's layer view)", () => {
  it("agrees with what the terminal prints", async () => {
    const { apiTesterFigures } = await import("./figures");
    const f = apiTesterFigures();
    expect([f.docker.text, f.ctrPulled.text, f.ctrImported.text]).toEqual(["490MB", "248.3 MiB", "471.0 MiB"]);
    expect(f.metadataBytes.pulled).toBeLessThan(10_000);
    expect(f.ctrPulled.bytes).toBe(f.layers.reduce((s, l) => s + l.gzipBytes, 0) + f.metadataBytes.pulled);
  });
});
