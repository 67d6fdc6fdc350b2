import { describe, expect, it } from "vitest";
import { createSandbox } from "./sandbox";

/**
 * Mission 1 from start to finish, exactly as the notes list the commands (plus the classic
 * mistakes in between): [command, exit code, stdout, stderr]. `null` = checked separately.
 * Digests are SHA-256 of the JSON documents the engine builds, so these values only change
 * when the modelled content changes.
 */
const MISSION_1: [string, number, string, string | null][] = [
    [
      "curl -O https://raw.githubusercontent.com/k8s-1pro/install/main/ground/etc/docker/Dockerfile",
      0,
      "",
      "  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n100    61  100    61    0     0    941      0 --:--:-- --:--:-- --:--:--   945\n",
    ],
    [
      "curl -O https://raw.githubusercontent.com/k8s-1pro/install/main/ground/etc/docker/hello.js",
      0,
      "",
      "  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n100   269  100   269    0     0   1412      0 --:--:-- --:--:-- --:--:--  1416\n",
    ],
    [
      "ls",
      0,
      "Dockerfile  hello.js\n",
      "",
    ],
    [
      "docker build -t myid/hello:1.0.0 .",
      0,
      "",
      null,
    ],
    [
      "docker image list",
      0,
      "REPOSITORY   TAG       IMAGE ID       CREATED         SIZE\nmyid/hello   1.0.0     76725f288bc9   9 seconds ago   228MB\n",
      "",
    ],
    [
      "docker tag myid/hello:1.0.0 myid/hello:2.0.0",
      0,
      "",
      "",
    ],
    [
      "docker image list",
      0,
      "REPOSITORY   TAG       IMAGE ID       CREATED          SIZE\nmyid/hello   1.0.0     76725f288bc9   32 seconds ago   228MB\nmyid/hello   2.0.0     76725f288bc9   32 seconds ago   228MB\n",
      "",
    ],
    [
      "docker push myid/hello:1.0.0",
      1,
      "The push refers to repository [docker.io/myid/hello]\nc666e75240fb: Preparing\n1070ed2adbbb: Preparing\n8494ea79ac4b: Preparing\naf0bff6e9f1a: Preparing\naf8e3f9d4d98: Preparing\n98056bb783ae: Preparing\n",
      "denied: requested access to the resource is denied\n",
    ],
    [
      "docker login -u myid",
      0,
      "Password: \nLogin Succeeded\n",
      "WARNING! Your password will be stored unencrypted in /root/.docker/config.json.\nConfigure a credential helper to remove this warning. See\nhttps://docs.docker.com/engine/reference/commandline/login/#credentials-store\n\n",
    ],
    [
      "docker push myid/hello:1.0.0",
      0,
      "The push refers to repository [docker.io/myid/hello]\nc666e75240fb: Pushed\n1070ed2adbbb: Mounted from library/node\n8494ea79ac4b: Mounted from library/node\naf0bff6e9f1a: Mounted from library/node\naf8e3f9d4d98: Mounted from library/node\n98056bb783ae: Mounted from library/node\n1.0.0: digest: sha256:47f5d0f7cfdb399075326a84846b7643fe437cbc69ee51225d9b2b25b9756588 size: 1574\n",
      "",
    ],
    [
      "docker rmi myid/hello:1.0.0",
      0,
      "Untagged: myid/hello:1.0.0\n",
      "",
    ],
    [
      "docker rmi myid/hello:2.0.0",
      0,
      "Untagged: myid/hello:2.0.0\nUntagged: myid/hello@sha256:47f5d0f7cfdb399075326a84846b7643fe437cbc69ee51225d9b2b25b9756588\nDeleted: sha256:76725f288bc94391f4d0bd939cb2a3f4e7b90cf1a517ad93747f6a307bfcd10c\nDeleted: sha256:5c1b06cead21dd7731292b8b03dec3282d1c1c0872e962a4033196534b5ca99b\nDeleted: sha256:bac072fcaaff608b864ee1313a752b31105ff5e5c2a399c917d081d15252259d\nDeleted: sha256:a310a23dede02a77c8d1251e2e0a95ecc89dec1e43a40f40ca8005b8ffe0ee4c\nDeleted: sha256:5538ef61e7a7a325512c0d820dafcb1d2b681500ae24df2575e82219865fb978\nDeleted: sha256:3bfb334d4fb9399e53699a9da5c1f689e80032bc824d7382066e24a271193ea6\nDeleted: sha256:98056bb783ae9db55bc16df35994a55df007bbf72a6bd6956872a14250001d03\n",
      "",
    ],
    [
      "docker pull myid/hello:1.0.0",
      0,
      "1.0.0: Pulling from myid/hello\n5f6c4277ef0a: Pull complete\n80a39e72bbf6: Pull complete\n375ee579c342: Pull complete\nfb5db2d7e785: Pull complete\n5ba2efdfaa21: Pull complete\ne26b918ebb3c: Pull complete\nDigest: sha256:47f5d0f7cfdb399075326a84846b7643fe437cbc69ee51225d9b2b25b9756588\nStatus: Downloaded newer image for myid/hello:1.0.0\ndocker.io/myid/hello:1.0.0\n",
      "",
    ],
    [
      "docker save -o file.tar myid/hello:1.0.0",
      0,
      "",
      "",
    ],
    [
      "ls file.tar",
      0,
      "file.tar\n",
      "",
    ],
    [
      "docker load -i file.tar",
      0,
      "Loaded image: myid/hello:1.0.0\n",
      "",
    ],
    [
      "ctr ns list",
      0,
      "NAME   LABELS \nk8s.io        \n",
      "",
    ],
    [
      "ctr -n k8s.io image list",
      0,
      "REF TYPE DIGEST SIZE PLATFORMS LABELS \n",
      "",
    ],
    [
      "ctr images pull myid/hello:1.0.0",
      1,
      "",
      "ctr: failed to resolve reference \"myid/hello:1.0.0\": failed to do request: Head \"https://myid/v2/hello/manifests/1.0.0\": dial tcp: lookup myid on 8.8.8.8:53: no such host\n",
    ],
    [
      "ctr images pull docker.io/myid/hello:1.0.0",
      0,
      "docker.io/myid/hello:1.0.0:                                                       resolved       |++++++++++++++++++++++++++++++++++++++| \nmanifest-sha256:47f5d0f7cfdb399075326a84846b7643fe437cbc69ee51225d9b2b25b9756588: done           |++++++++++++++++++++++++++++++++++++++| \nconfig-sha256:76725f288bc94391f4d0bd939cb2a3f4e7b90cf1a517ad93747f6a307bfcd10c:   done           |++++++++++++++++++++++++++++++++++++++| \nlayer-sha256:5f6c4277ef0a7e4d8c8278c05b6b15ed87aa622bda3c856721611921ff403272:    done           |++++++++++++++++++++++++++++++++++++++| \nlayer-sha256:80a39e72bbf664135956b8a821ca18d4dc685ce1805266d2b78d7be16507939d:    done           |++++++++++++++++++++++++++++++++++++++| \nlayer-sha256:375ee579c34234b794b3e594ee8752b0abeb0077c3e3d6656b78ec273d9c75bc:    done           |++++++++++++++++++++++++++++++++++++++| \nlayer-sha256:fb5db2d7e785265cbfa50816022527a53a7f58966f8950ad5b5a53a4f58b9765:    done           |++++++++++++++++++++++++++++++++++++++| \nlayer-sha256:5ba2efdfaa21e4a7e00ce446ff3df97026e9e0533d3292f270957eb4018cb891:    done           |++++++++++++++++++++++++++++++++++++++| \nlayer-sha256:e26b918ebb3c0da36ca4986fd578befe3ec641fe18b9c1079169ce3e6ab1c187:    done           |++++++++++++++++++++++++++++++++++++++| \nelapsed: 3.7 s                                                                    total:  75.2 M (20.3 MiB/s)                             \nunpacking linux/amd64 sha256:47f5d0f7cfdb399075326a84846b7643fe437cbc69ee51225d9b2b25b9756588...\ndone: 710.444689ms\t\n",
      "",
    ],
    [
      "ctr ns list",
      0,
      "NAME    LABELS \ndefault        \nk8s.io         \n",
      "",
    ],
    [
      "crt image list",
      127,
      "",
      "-bash: crt: command not found\n",
    ],
    [
      "ctr image list",
      0,
      "REF                        TYPE                                                 DIGEST                                                                  SIZE     PLATFORMS   LABELS \ndocker.io/myid/hello:1.0.0 application/vnd.docker.distribution.manifest.v2+json sha256:47f5d0f7cfdb399075326a84846b7643fe437cbc69ee51225d9b2b25b9756588 75.2 MiB linux/amd64 -      \n",
      "",
    ],
    [
      "ctr images tag docker.io/myid/hello:1.0.0 docker.io/myid/hello:2.0.0",
      0,
      "docker.io/myid/hello:2.0.0\n",
      "",
    ],
    [
      "ctr images tag docker.io/myid/hello:1.0.0 docker.io/myid/hello:2.0.0",
      1,
      "",
      "ctr: image \"docker.io/myid/hello:2.0.0\": already exists\n",
    ],
    [
      "ctr images list",
      0,
      "REF                        TYPE                                                 DIGEST                                                                  SIZE     PLATFORMS   LABELS \ndocker.io/myid/hello:1.0.0 application/vnd.docker.distribution.manifest.v2+json sha256:47f5d0f7cfdb399075326a84846b7643fe437cbc69ee51225d9b2b25b9756588 75.2 MiB linux/amd64 -      \ndocker.io/myid/hello:2.0.0 application/vnd.docker.distribution.manifest.v2+json sha256:47f5d0f7cfdb399075326a84846b7643fe437cbc69ee51225d9b2b25b9756588 75.2 MiB linux/amd64 -      \n",
      "",
    ],
    [
      "ctr image push docker.io/myid/hello:2.0.0 --user myid",
      0,
      "Password: \nmanifest-sha256:47f5d0f7cfdb399075326a84846b7643fe437cbc69ee51225d9b2b25b9756588: done           |++++++++++++++++++++++++++++++++++++++| \nconfig-sha256:76725f288bc94391f4d0bd939cb2a3f4e7b90cf1a517ad93747f6a307bfcd10c:   done           |++++++++++++++++++++++++++++++++++++++| \nlayer-sha256:5f6c4277ef0a7e4d8c8278c05b6b15ed87aa622bda3c856721611921ff403272:    done           |++++++++++++++++++++++++++++++++++++++| \nlayer-sha256:80a39e72bbf664135956b8a821ca18d4dc685ce1805266d2b78d7be16507939d:    done           |++++++++++++++++++++++++++++++++++++++| \nlayer-sha256:375ee579c34234b794b3e594ee8752b0abeb0077c3e3d6656b78ec273d9c75bc:    done           |++++++++++++++++++++++++++++++++++++++| \nlayer-sha256:fb5db2d7e785265cbfa50816022527a53a7f58966f8950ad5b5a53a4f58b9765:    done           |++++++++++++++++++++++++++++++++++++++| \nlayer-sha256:5ba2efdfaa21e4a7e00ce446ff3df97026e9e0533d3292f270957eb4018cb891:    done           |++++++++++++++++++++++++++++++++++++++| \nlayer-sha256:e26b918ebb3c0da36ca4986fd578befe3ec641fe18b9c1079169ce3e6ab1c187:    done           |++++++++++++++++++++++++++++++++++++++| \nelapsed: 3.4 s                                                                    total:  75.2 M (22.1 MiB/s)                             \n",
      "",
    ],
    [
      "ctr -n default image export file.tar docker.io/myid/hello:1.0.0",
      0,
      "",
      "",
    ],
    [
      "ls",
      0,
      "Dockerfile  file.tar  hello.js\n",
      "",
    ],
    [
      "ctr -n k8s.io image import file.tar",
      0,
      "unpacking docker.io/myid/hello:1.0.0 (sha256:47f5d0f7cfdb399075326a84846b7643fe437cbc69ee51225d9b2b25b9756588)...done\n",
      "",
    ],
    [
      "ctr -n k8s.io image list | grep hello",
      0,
      "docker.io/myid/hello:1.0.0                                              application/vnd.docker.distribution.manifest.v2+json sha256:47f5d0f7cfdb399075326a84846b7643fe437cbc69ee51225d9b2b25b9756588 75.2 MiB linux/amd64 io.cri-containerd.image=managed \n",
      "",
    ],
    [
      "ctr -n k8s.io image remove docker.io/myid/hello:1.0.0",
      0,
      "docker.io/myid/hello:1.0.0\n",
      "",
    ],
    [
      "ctr -n k8s.io image list | grep hello",
      1,
      "",
      "",
    ],
    [
      "ctr -n k8s.io image list",
      0,
      "REF                                                                     TYPE                                                 DIGEST                                                                  SIZE     PLATFORMS   LABELS                          \nsha256:76725f288bc94391f4d0bd939cb2a3f4e7b90cf1a517ad93747f6a307bfcd10c application/vnd.docker.distribution.manifest.v2+json sha256:47f5d0f7cfdb399075326a84846b7643fe437cbc69ee51225d9b2b25b9756588 75.2 MiB linux/amd64 io.cri-containerd.image=managed \n",
      "",
    ],

];

describe("Mission 1 end to end", () => {
  const sb = createSandbox({ user: "myid", scenario: "mission1" });
  const results = MISSION_1.map(([cmd]) => sb.run(cmd, { stdin: "pa55word" }));

  it.each(MISSION_1.map((row, i) => [i, ...row] as const))("#%i %s", (i, _cmd, exitCode, stdout, stderr) => {
    const r = results[i];
    expect(r.exitCode).toBe(exitCode);
    expect(r.stdout).toBe(stdout);
    if (stderr !== null) expect(r.stderr).toBe(stderr);
  });

  it("docker build prints BuildKit progress on stderr ending with the naming line", () => {
    const i = MISSION_1.findIndex(([c]) => c.startsWith("docker build"));
    const err = results[i].stderr.trimEnd().split("\n");
    expect(err[0]).toMatch(/^\[\+\] Building \d+\.\ds \(8\/8\) FINISHED$/);
    expect(err.some((l) => /^ => \[internal\] load metadata for docker\.io\/library\/node:slim +\d\.\ds$/.test(l))).toBe(true);
    expect(err.some((l) => l.startsWith(" => [2/2] COPY hello.js ."))).toBe(true);
    expect(err.at(-1)).toBe(" => => naming to docker.io/myid/hello:1.0.0                                 0.0s");
    expect(err.every((l) => l.length <= 80)).toBe(true);
  });

  it("the pushed tags share one digest on the Hub (docker push 1.0.0, ctr push 2.0.0)", () => {
    const hub = sb.state().hub["myid/hello"];
    expect(Object.keys(hub.tags).sort()).toEqual(["1.0.0", "2.0.0"]);
    expect(hub.tags["1.0.0"]).toEqual(hub.tags["2.0.0"]);
  });

  it("ends with only the CRI's sha256: name left in k8s.io", () => {
    const k8s = sb.state().containerd.images["k8s.io"];
    expect(Object.keys(k8s)).toHaveLength(1);
    expect(Object.keys(k8s)[0]).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(Object.values(k8s)[0].labels).toEqual({ "io.cri-containerd.image": "managed" });
  });
});
