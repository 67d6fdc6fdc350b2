import { describe, expect, it } from "vitest";
import { createSandbox } from "./sandbox";
import { MAX_LINE } from "./shell";

describe("hostile input", () => {
  it("refuses over-long lines before doing any work", () => {
    const sb = createSandbox();
    const r = sb.run("echo " + "A".repeat(1_000_000));
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(String(MAX_LINE));
    expect(sb.state().history).toEqual([]);
  });

  it("strips control characters (escape sequences cannot reach the screen)", () => {
    const r = createSandbox().run("echo \u001b[31mred\u0007\u0000 ok");
    expect(r.stdout).toBe("[31mred ok\n");
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });

  it("treats HTML as plain words", () => {
    const sb = createSandbox();
    expect(sb.run("echo '<img src=x onerror=alert(1)>'").stdout).toBe("<img src=x onerror=alert(1)>\n");
    const tag = sb.run("<script>alert(1)</script>");
    expect(tag.exitCode).toBe(2);
    expect(sb.run("docker tag '<b>' x").stderr).toBe("Error response from daemon: No such image: <b>\n");
  });

  it("handles unbalanced quotes, lone operators and empty input", () => {
    const sb = createSandbox();
    expect(sb.run('echo "unterminated').exitCode).toBe(0);
    expect(sb.run("&&").exitCode).toBe(2);
    expect(sb.run("ls |").exitCode).toBe(2);
    expect(sb.run("   ")).toMatchObject({ exitCode: 0, stdout: "", stderr: "" });
    expect(sb.run(";;;").exitCode).toBe(2);
  });

  it("bounds the number of commands per line", () => {
    const r = createSandbox().run(Array(200).fill("true").join(";"));
    expect(r.exitCode).toBe(2);
  });

  it("globs cannot blow up (no backtracking)", () => {
    const sb = createSandbox();
    sb.run(`curl -sO https://raw.githubusercontent.com/k8s-1pro/install/main/ground/etc/docker/Dockerfile`);
    const r = sb.run("ls " + "*a".repeat(300) + "b");
    expect(r.exitCode).toBe(2);
  });

  it("grep patterns are fixed strings (regex metacharacters are literal)", () => {
    const sb = createSandbox();
    expect(sb.run("ctr ns list | grep '(a+)+$'").exitCode).toBe(1);
    expect(sb.run("echo 'a.b' | grep .").stdout).toBe("a.b\n");
  });

  it("never throws for odd argv and keeps the object prototype safe", () => {
    const sb = createSandbox();
    for (const line of ["constructor", "__proto__", "toString", "docker __proto__", "ctr -n __proto__ image list", "docker image constructor", "ctr images constructor"]) {
      expect(() => sb.run(line)).not.toThrow();
    }
    expect(sb.run("constructor").exitCode).toBe(127);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("caps the number of files the learner can create", () => {
    const sb = createSandbox();
    for (let i = 0; i < 70; i++) sb.run(`curl -so f${i} https://raw.githubusercontent.com/x`);
    expect(Object.keys(sb.state().files).length).toBe(64);
  });

  it("survives a long random session", () => {
    const sb = createSandbox();
    const words = ["docker", "ctr", "-n", "k8s.io", "image", "images", "ls", "list", "pull", "push", "tag", "rmi", "|", "grep", "&&", ";", "x", "'", '"', "docker.io/myid/hello:1.0.0", "--user", "save", "-o", "load", "-i", "import", "export", "a.tar"];
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let i = 0; i < 400; i++) {
      const line = Array.from({ length: 1 + Math.floor(rand() * 8) }, () => words[Math.floor(rand() * words.length)]).join(" ");
      const r = sb.run(line, { stdin: "pw" });
      expect(typeof r.exitCode).toBe("number");
    }
    expect(sb.state().history.length).toBeLessThanOrEqual(500);
  });
});
