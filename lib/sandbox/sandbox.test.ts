import { describe, expect, it } from "vitest";
import { createSandbox, normalizeUser, restoreSandbox } from "./sandbox";
import { COURSE_BASE_URL } from "./course-files";

const SCRIPT = [
  `curl -O ${COURSE_BASE_URL}Dockerfile`,
  `curl -O ${COURSE_BASE_URL}hello.js`,
  "docker build -t kim/hello:1.0.0 .",
  "docker images",
  "docker login -u kim",
  "docker push kim/hello:1.0.0",
  "ctr images pull docker.io/kim/hello:1.0.0",
  "ctr image list",
];

describe("determinism", () => {
  it("the same commands give byte-identical output", () => {
    const a = createSandbox({ user: "kim" });
    const b = createSandbox({ user: "kim" });
    for (const c of SCRIPT) expect(a.run(c, { stdin: "x" })).toEqual(b.run(c, { stdin: "x" }));
    expect(a.serialize()).toBe(b.serialize());
  });

  it("the Hub ID only changes names: digests and IMAGE IDs stay", () => {
    const a = createSandbox({ user: "kim" });
    const b = createSandbox({ user: "lee" });
    const outA = SCRIPT.map((c) => a.run(c, { stdin: "x" }).stdout);
    const outB = SCRIPT.map((c) => b.run(c.replaceAll("kim", "lee"), { stdin: "x" }).stdout);
    expect(outB[3].replaceAll("lee", "kim")).toBe(outA[3]);
    expect(outB[5]).toBe(outA[5].replaceAll("kim", "lee"));
  });

  it("the clock advances per command (CREATED grows)", () => {
    const sb = createSandbox();
    sb.run(SCRIPT[0]);
    sb.run(SCRIPT[1]);
    sb.run("docker build -t myid/hello:1.0.0 .");
    const t0 = sb.state().clock;
    for (let i = 0; i < 12; i++) sb.run("pwd");
    expect(sb.state().clock).toBeGreaterThan(t0 + 12 * 3000 - 1);
    expect(sb.run("docker images").stdout).toMatch(/ (About a minute|\d+ minutes) ago /);
  });

  it("a cached rebuild keeps the IMAGE ID", () => {
    const sb = createSandbox();
    sb.run(SCRIPT[0]);
    sb.run(SCRIPT[1]);
    sb.run("docker build -t myid/hello:1.0.0 .");
    const id = sb.run("docker images -q").stdout;
    const again = sb.run("docker build -t myid/hello:1.0.0 .");
    expect(again.stderr).toContain("CACHED [2/2] COPY hello.js .");
    expect(sb.run("docker images -q").stdout).toBe(id);
  });
});

describe("serialize / restore", () => {
  it("round-trips a session and continues identically", () => {
    const a = createSandbox();
    for (const c of SCRIPT.slice(0, 3)) a.run(c);
    const b = restoreSandbox(a.serialize());
    expect(b).not.toBeNull();
    expect(b!.state()).toEqual(a.state());
    expect(b!.run("docker images")).toEqual(a.run("docker images"));
  });

  it.each([["not json"], ["{}"], ['{"version":2}'], ["null"], [JSON.stringify({ ...JSON.parse(createSandbox().serialize()), files: { x: { kind: "evil" } } })]])(
    "rejects corrupt data %#",
    (json) => {
      expect(restoreSandbox(json)).toBeNull();
    },
  );

  it("state() is a copy: mutating it does not touch the engine", () => {
    const sb = createSandbox();
    const s = sb.state();
    s.files.evil = { kind: "text", content: "x", mtime: 0, mode: "-rw-r--r--" };
    expect(sb.run("ls").stdout).toBe("");
  });
});

describe("user", () => {
  it("normalizes Docker Hub IDs", () => {
    expect(normalizeUser("Kim")).toBe("kim");
    expect(normalizeUser(" lee99 ")).toBe("lee99");
    expect(normalizeUser("<script>")).toBe("myid");
    expect(normalizeUser(undefined)).toBe("myid");
  });

  it("setUser creates the learner's Hub repository", () => {
    const sb = createSandbox();
    sb.setUser("park");
    expect(sb.state().user).toBe("park");
    expect(sb.state().hub["park/hello"]).toEqual({ tags: {}, layers: [] });
  });
});

describe("password prompts and completion", () => {
  it("knows when a Password: prompt is coming", () => {
    const sb = createSandbox();
    expect(sb.needsPassword("docker login -u myid")).toBe(true);
    expect(sb.needsPassword("docker login -u myid && docker push myid/hello:1.0.0")).toBe(true);
    expect(sb.needsPassword("docker login -u myid -p secret")).toBe(false);
    expect(sb.needsPassword("ctr image push docker.io/myid/hello:2.0.0 --user myid")).toBe(true);
    expect(sb.needsPassword("ctr image push docker.io/myid/hello:2.0.0 --user myid:pw")).toBe(false);
    expect(sb.needsPassword("docker images")).toBe(false);
    expect(sb.needsPassword("x".repeat(5000))).toBe(false);
  });

  it("prints the prompt into the transcript, never the password", () => {
    const r = createSandbox().run("docker login -u myid", { stdin: "s3cr3t" });
    expect(r.stdout).toBe("Password: \nLogin Succeeded\n");
    expect(r.stdout + r.stderr).not.toContain("s3cr3t");
  });

  it("completes programs, subcommands, namespaces, refs and files", () => {
    const sb = createSandbox();
    expect(sb.complete("doc")).toEqual({ line: "docker ", options: ["docker"] });
    expect(sb.complete("docker im").options).toEqual(["image", "images"]);
    expect(sb.complete("docker im").line).toBe("docker image");
    expect(sb.complete("ctr -n k8").line).toBe("ctr -n k8s.io ");
    expect(sb.complete("ctr -n k8s.io image li").line).toBe("ctr -n k8s.io image list ");
    expect(sb.complete("docker pull 1pro/").line).toBe("docker pull 1pro/api-tester:latest ");
    expect(sb.complete("ctr image pull docker.io/1p").line).toBe("ctr image pull docker.io/1pro/api-tester:latest ");
    expect(sb.complete("zzz")).toEqual({ line: "zzz", options: [] });
    sb.run(`curl -sO ${COURSE_BASE_URL}hello.js`);
    expect(sb.complete("cat he").line).toBe("cat hello.js ");
  });
});
