import { describe, expect, it } from "vitest";
import { createSandbox, type Sandbox } from "./sandbox";
import { COURSE_BASE_URL } from "./course-files";

const PREP = [`curl -sO ${COURSE_BASE_URL}Dockerfile`, `curl -sO ${COURSE_BASE_URL}hello.js`];

function fresh(...setup: string[]): Sandbox {
  const sb = createSandbox();
  for (const c of setup) {
    const r = sb.run(c, { stdin: "pw" });
    if (r.exitCode !== 0) throw new Error(`setup failed: ${c}: ${r.stderr}`);
  }
  return sb;
}

describe("ctr mistakes", () => {
  it("forgetting docker.io/: ctr tries to reach a host named after the Hub ID", () => {
    const r = fresh().run("ctr images pull myid/hello:1.0.0");
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      'ctr: failed to resolve reference "myid/hello:1.0.0": failed to do request: Head "https://myid/v2/hello/manifests/1.0.0": dial tcp: lookup myid on 8.8.8.8:53: no such host\n',
    );
  });

  it("-n after the subcommand is an Incorrect Usage block", () => {
    const r = fresh().run("ctr image ls -n k8s.io");
    expect(r.exitCode).toBe(1);
    expect(r.stdout.split("\n").slice(0, 4)).toEqual(["Incorrect Usage: flag provided but not defined: -n", "", "NAME:", "   ctr images list - list images known to containerd"]);
    expect(r.stdout).toContain("USAGE:\n   ctr images list [command options] [flags] [<filter>, ...]\n");
    expect(r.stderr).toBe("ctr: flag provided but not defined: -n\n");
  });

  it("-n after import is refused the same way (import has no -n)", () => {
    const r = fresh().run("ctr image import -n k8s.io file.tar");
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe("ctr: flag provided but not defined: -n\n");
  });

  it("unknown subcommand: No help topic, exit 3", () => {
    const r = fresh().run("ctr image lis");
    expect(r).toMatchObject({ exitCode: 3, stdout: "No help topic for 'lis'\n", stderr: "" });
    expect(fresh().run("ctr imgs")).toMatchObject({ exitCode: 3, stdout: "No help topic for 'imgs'\n" });
  });

  it("crt is the shell's command not found, exit 127", () => {
    expect(fresh().run("crt image list")).toMatchObject({ exitCode: 127, stdout: "", stderr: "-bash: crt: command not found\n" });
  });

  it("tagging onto an existing name", () => {
    const sb = fresh(...PREP, "docker build -t myid/hello:1.0.0 .", "docker login -u myid", "docker push myid/hello:1.0.0", "ctr images pull docker.io/myid/hello:1.0.0");
    expect(sb.run("ctr images tag docker.io/myid/hello:1.0.0 docker.io/myid/hello:2.0.0").stdout).toBe("docker.io/myid/hello:2.0.0\n");
    const again = sb.run("ctr images tag docker.io/myid/hello:1.0.0 docker.io/myid/hello:2.0.0");
    expect(again).toMatchObject({ exitCode: 1, stdout: "", stderr: 'ctr: image "docker.io/myid/hello:2.0.0": already exists\n' });
    expect(sb.run("ctr images tag myid/hello:1.0.0 myid/hello:3.0.0")).toMatchObject({ exitCode: 1, stderr: 'ctr: image "myid/hello:1.0.0": not found\n' });
  });

  it("removing a missing image only warns and exits 0", () => {
    const r = fresh().run("ctr -n k8s.io image remove docker.io/myid/hello:1.0.0");
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("WARN[0000] docker.io/myid/hello:1.0.0: image not found  \n");
  });

  it("importing into the wrong namespace: k8s.io does not see it", () => {
    const sb = fresh(...PREP, "docker build -t myid/hello:1.0.0 .", "docker save -o file.tar myid/hello:1.0.0");
    expect(sb.run("ctr image import file.tar").stdout).toMatch(/^unpacking docker\.io\/myid\/hello:1\.0\.0 \(sha256:[a-f0-9]{64}\)\.\.\.done\n$/);
    expect(sb.run("ctr -n k8s.io image list").stdout).toBe("REF TYPE DIGEST SIZE PLATFORMS LABELS \n");
    expect(sb.run("ctr -n k8s.io image list | grep hello")).toMatchObject({ exitCode: 1, stdout: "" });
    expect(sb.run("ctr image list | grep hello").stdout).toContain("docker.io/myid/hello:1.0.0 ");
    expect(sb.run("ctr ns list").stdout).toBe("NAME    LABELS \ndefault        \nk8s.io         \n");
  });

  it("pushing with ctr needs --user (docker login does not count)", () => {
    const sb = fresh(...PREP, "docker build -t myid/hello:1.0.0 .", "docker login -u myid", "docker push myid/hello:1.0.0", "ctr images pull docker.io/myid/hello:1.0.0");
    expect(sb.run("ctr image push docker.io/myid/hello:1.0.0")).toMatchObject({ exitCode: 1, stderr: "ctr: server message: insufficient_scope: authorization failed\n" });
    expect(sb.run("ctr image push docker.io/myid/hello:1.0.0 --user myid", { stdin: "" })).toMatchObject({
      exitCode: 1,
      stderr: "ctr: failed to authorize: failed to fetch oauth token: unexpected status: 401 Unauthorized\n",
    });
    expect(sb.run("ctr image push docker.io/myid/nothere:1 --user myid", { stdin: "pw" })).toMatchObject({
      exitCode: 1,
      stderr: 'ctr: unable to resolve image to manifest: image "docker.io/myid/nothere:1": not found\n',
    });
  });

  it("pulling a tag or repository the Hub does not have", () => {
    expect(fresh().run("ctr images pull docker.io/myid/hello:9.9.9")).toMatchObject({
      exitCode: 1,
      stderr: 'ctr: failed to resolve reference "docker.io/myid/hello:9.9.9": docker.io/myid/hello:9.9.9: not found\n',
    });
    expect(fresh().run("ctr images pull docker.io/nobody/none:1").stderr).toBe(
      'ctr: failed to resolve reference "docker.io/nobody/none:1": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed\n',
    );
  });

  it("export of a missing image fails but leaves the truncated file, as ctr creates it first", () => {
    const sb = fresh();
    expect(sb.run("ctr image export out.tar docker.io/myid/hello:1.0.0")).toMatchObject({ exitCode: 1, stderr: 'ctr: image "docker.io/myid/hello:1.0.0": not found\n' });
    expect(sb.run("ls -l out.tar").stdout).toMatch(/^-rw-r--r--\. 1 root root 0 Jun 17 10:\d\d out\.tar\n$/);
    expect(sb.run("ctr image import nothere.tar")).toMatchObject({ exitCode: 1, stderr: "ctr: open nothere.tar: no such file or directory\n" });
  });
});

describe("docker mistakes", () => {
  it("push before login is denied", () => {
    const sb = fresh(...PREP, "docker build -t myid/hello:1.0.0 .");
    const r = sb.run("docker push myid/hello:1.0.0");
    expect(r.exitCode).toBe(1);
    expect(r.stdout.split("\n")[0]).toBe("The push refers to repository [docker.io/myid/hello]");
    expect(r.stdout).toMatch(/^[a-f0-9]{12}: Preparing$/m);
    expect(r.stderr).toBe("denied: requested access to the resource is denied\n");
    expect(sb.state().hub["myid/hello"].tags).toEqual({});
  });

  it("pushing to someone else's repository is denied even when logged in", () => {
    const sb = fresh(...PREP, "docker build -t 1pro/hello:1.0.0 .", "docker login -u myid");
    expect(sb.run("docker push 1pro/hello:1.0.0").stderr).toBe("denied: requested access to the resource is denied\n");
  });

  it("removing a missing image", () => {
    expect(fresh().run("docker rmi myid/hello:1.0.0")).toMatchObject({ exitCode: 1, stdout: "", stderr: "Error response from daemon: No such image: myid/hello:1.0.0\n" });
    expect(fresh().run("docker image rm myid/hello").stderr).toBe("Error response from daemon: No such image: myid/hello:latest\n");
  });

  it("unknown flags exit 125 and name the canonical command", () => {
    expect(fresh().run("docker image ls --foo")).toMatchObject({ exitCode: 125, stderr: "unknown flag: --foo\nSee 'docker image ls --help'.\n" });
    expect(fresh().run("docker image list --foo").stderr).toBe("unknown flag: --foo\nSee 'docker image ls --help'.\n");
    expect(fresh().run("docker images -x").stderr).toBe("unknown shorthand flag: 'x' in -x\nSee 'docker images --help'.\n");
  });

  it("unknown commands", () => {
    expect(fresh().run("docker imgae ls")).toMatchObject({ exitCode: 1, stderr: "docker: 'imgae' is not a docker command.\nSee 'docker --help'\n" });
    expect(fresh().run("docker image lis").stderr).toBe("docker: 'image lis' is not a docker command.\nSee 'docker --help'\n");
  });

  it("uppercase repository names are refused by build and tag", () => {
    const sb = fresh(...PREP);
    expect(sb.run("docker build -t MyId/hello:1.0.0 .")).toMatchObject({
      exitCode: 125,
      stderr: 'invalid argument "MyId/hello:1.0.0" for "-t, --tag" flag: invalid reference format: repository name must be lowercase\nSee \'docker build --help\'.\n',
    });
    sb.run("docker build -t myid/hello:1.0.0 .");
    expect(sb.run("docker tag myid/hello:1.0.0 MyId/hello:2.0.0")).toMatchObject({
      exitCode: 1,
      stderr: 'Error parsing reference: "MyId/hello:2.0.0" is not a valid repository/tag: invalid reference format: repository name must be lowercase\n',
    });
  });

  it("build without the course files", () => {
    const noDockerfile = fresh().run("docker build -t myid/hello:1.0.0 .");
    expect(noDockerfile.exitCode).toBe(1);
    expect(noDockerfile.stderr).toMatch(/ERROR: failed to solve: failed to read dockerfile: open \/var\/lib\/docker\/tmp\/buildkit-mount\d+\/Dockerfile: no such file or directory\n$/);
    const noHello = fresh(PREP[0]).run("docker build -t myid/hello:1.0.0 .");
    expect(noHello.exitCode).toBe(1);
    expect(noHello.stderr).toMatch(/"\/hello\.js": not found\n$/);
    const wrongUrl = fresh(`curl -sO ${COURSE_BASE_URL}Dockerfil`);
    expect(wrongUrl.run("cat Dockerfil").stdout).toBe("404: Not Found");
  });

  it("argument count errors show usage", () => {
    const r = fresh().run("docker tag myid/hello:1.0.0");
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe(
      '"docker tag" requires exactly 2 arguments.\nSee \'docker tag --help\'.\n\nUsage:  docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]\n\nCreate a tag TARGET_IMAGE that refers to SOURCE_IMAGE\n',
    );
  });

  it("pull, save, load and inspect of things that are not there", () => {
    expect(fresh().run("docker pull myid/hello:1.0.0").stderr).toBe("Error response from daemon: manifest for myid/hello:1.0.0 not found: manifest unknown: manifest unknown\n");
    expect(fresh().run("docker pull nobody/none").stderr).toBe(
      "Error response from daemon: pull access denied for nobody/none, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n",
    );
    expect(fresh().run("docker save -o x.tar myid/hello:1.0.0")).toMatchObject({ exitCode: 1, stderr: "Error response from daemon: reference does not exist\n" });
    expect(fresh().run("docker save myid/hello:1.0.0").stderr).toBe("cowardly refusing to save to a terminal. Use the -o flag or redirect\n");
    expect(fresh().run("docker load -i file.tar")).toMatchObject({ exitCode: 1, stderr: "open file.tar: no such file or directory\n" });
    expect(fresh().run("docker image inspect nope")).toMatchObject({ exitCode: 1, stdout: "[]\n", stderr: "Error: No such image: nope\n" });
  });

  it("deleting by ID with two tags needs -f", () => {
    const sb = fresh(...PREP, "docker build -t myid/hello:1.0.0 .", "docker tag myid/hello:1.0.0 myid/hello:2.0.0");
    const id = sb.run("docker images -q").stdout.trim();
    expect(id).toMatch(/^[a-f0-9]{12}$/);
    expect(sb.run(`docker rmi ${id}`).stderr).toBe(`Error response from daemon: conflict: unable to delete ${id} (must be forced) - image is referenced in multiple repositories\n`);
    const forced = sb.run(`docker rmi -f ${id}`);
    expect(forced.stdout.split("\n").slice(0, 2)).toEqual(["Untagged: myid/hello:1.0.0", "Untagged: myid/hello:2.0.0"]);
    expect(sb.run("docker images").stdout).toBe("REPOSITORY   TAG       IMAGE ID   CREATED   SIZE\n");
  });

  it("login needs a password", () => {
    expect(fresh().run("docker login -u myid", { stdin: "" })).toMatchObject({ exitCode: 1, stderr: "Error: Password Required\n" });
    expect(fresh().run("docker login -u myid").stderr).toBe("Error: Cannot perform an interactive login from a non TTY device\n");
  });
});

describe("shell", () => {
  it("&& stops after a failure, || runs on failure, ; always", () => {
    const sb = fresh();
    expect(sb.run("docker rmi nope && echo after").stdout).toBe("");
    expect(sb.run("docker rmi nope || echo rescued").stdout).toBe("rescued\n");
    expect(sb.run("docker rmi nope ; echo anyway").stdout).toBe("anyway\n");
  });

  it("quotes like a shell", () => {
    expect(fresh().run(`echo "a  b" 'c $HOME' $HOME`).stdout).toBe("a  b c $HOME /root\n");
  });

  it("grep filters rows without the header and sets the exit code", () => {
    const sb = fresh();
    expect(sb.run("ctr ns list | grep k8s").stdout).toBe("k8s.io        \n");
    expect(sb.run("ctr ns list | grep -v k8s").stdout).toBe("NAME   LABELS \n");
    expect(sb.run("ctr ns list | grep nothing").exitCode).toBe(1);
    expect(sb.run("ctr ns list | grep -c LABELS").stdout).toBe("1\n");
  });

  it("curl to other hosts cannot resolve (the node is offline but for GitHub)", () => {
    expect(fresh().run("curl -O https://example.com/x")).toMatchObject({ exitCode: 6, stderr: "curl: (6) Could not resolve host: example.com\n" });
  });

  it("redirections are refused with a message", () => {
    const r = fresh().run("docker images > out.txt");
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain("'>'");
  });

  it("clear asks the UI to clear, history numbers lines like bash", () => {
    const sb = fresh();
    sb.run("ls");
    expect(sb.run("clear").clear).toBe(true);
    expect(sb.run("history").stdout).toBe("    1  ls\n    2  clear\n    3  history\n");
  });
});

describe("Docker Hub pull limit", () => {
  it("anonymous: the 101st pull within 6 hours gets HTTP 429 toomanyrequests", () => {
    const sb = createSandbox({ scenario: "mission2" });
    for (let i = 0; i < 100; i++) {
      expect(sb.run("docker pull 1pro/api-tester:latest && docker rmi 1pro/api-tester:latest").exitCode).toBe(0);
    }
    const r = sb.run("docker pull 1pro/api-tester:latest");
    expect(r).toMatchObject({
      exitCode: 1,
      stdout: "",
      stderr:
        "Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit\n",
    });
    // Logged in, the account's own allowance (200 per 6 hours) applies.
    sb.run("docker login -u myid", { stdin: "pw" });
    expect(sb.run("docker pull 1pro/api-tester:latest").exitCode).toBe(0);
    // ctr pulls anonymously unless given --user, and shares the address's anonymous allowance.
    expect(sb.run("ctr image pull docker.io/1pro/api-tester:latest").stderr).toBe(
      'ctr: failed to resolve reference "docker.io/1pro/api-tester:latest": unexpected status from HEAD request to https://registry-1.docker.io/v2/1pro/api-tester/manifests/latest: 429 Too Many Requests\n',
    );
  });

  it("an up-to-date pull downloads nothing and is not refused", () => {
    const sb = createSandbox({ scenario: "mission2" });
    sb.run("docker pull 1pro/api-tester:latest");
    const again = sb.run("docker pull 1pro/api-tester:latest");
    expect(again.stdout).toContain("Status: Image is up to date for 1pro/api-tester:latest\n");
    expect(sb.state().pulls).toHaveLength(1);
  });
});

describe("small comforts", () => {
  it("docker pull names the registry path", () => {
    expect(createSandbox().run("docker pull node:slim").stdout.split("\n")[0]).toBe("slim: Pulling from library/node");
  });

  it("exit and editors explain themselves instead of failing silently", () => {
    const sb = createSandbox();
    expect(sb.run("exit")).toMatchObject({ exitCode: 0, stdout: "logout\n" });
    expect(sb.run("vi Dockerfile").exitCode).toBe(1);
    expect(sb.run("vi Dockerfile").stderr).toContain("curl -O");
  });
});
