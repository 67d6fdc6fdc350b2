import { describe, expect, it } from "vitest";
import { canonicalCommand, diffCommands, hintFor, parseCommand } from "./command";
import { gradeCommand } from "./grade";
import type { CommandQuestion } from "./schema";

const same = (a: string, b: string) => expect(canonicalCommand(a)).toBe(canonicalCommand(b));
const differ = (a: string, b: string) => expect(canonicalCommand(a)).not.toBe(canonicalCommand(b));

describe("parseCommand", () => {
  it("splits ctr globals, path, flags and args", () => {
    const [s] = parseCommand("ctr -n k8s.io images ls").segments;
    expect(s).toMatchObject({ program: "ctr", globals: [{ name: "-n", value: "k8s.io" }], path: ["images", "list"], args: [] });
  });
  it("keeps placeholders and dollar words literally", () => {
    const [s] = parseCommand("docker push $USER/hello:1.0.0").segments;
    expect(s.args).toEqual(["$USER/hello:1.0.0"]);
  });
  it("splits pipes into segments and reports other shell syntax", () => {
    const p = parseCommand("ctr -n k8s.io image list | grep hello");
    expect(p.segments.map((s) => s.program)).toEqual(["ctr", "grep"]);
    expect(parseCommand("ls; rm -rf /").unsupported).toEqual([";"]);
  });
  it("marks a ctr global written after the subcommand as misplaced", () => {
    const [s] = parseCommand("ctr image ls -n k8s.io").segments;
    expect(s.misplacedGlobals).toEqual([{ name: "-n", value: "k8s.io" }]);
    expect(s.globals).toEqual([]);
  });
  it("strips a pasted prompt and sudo", () => {
    same("[root@cicd-server ~]# sudo ctr ns list", "ctr ns list");
    same("$ docker images", "docker images");
  });
});

describe("canonical forms", () => {
  it("ignores spacing and quoting", () => {
    same("ctr   -n  k8s.io image list", "ctr -n 'k8s.io' image list");
    same(`docker build -t "myid/hello:1.0.0" .`, "docker build -t myid/hello:1.0.0 .");
  });
  it("resolves ctr aliases", () => {
    same("ctr images list", "ctr image ls");
    same("ctr i ls", "ctr image list");
    same("ctr namespaces list", "ctr ns ls");
    same("ctr -n k8s.io image rm docker.io/myid/hello:1.0.0", "ctr -n k8s.io images remove docker.io/myid/hello:1.0.0");
  });
  it("treats --namespace, --namespace= and -n alike", () => {
    same("ctr --namespace k8s.io image list", "ctr -n k8s.io image list");
    same("ctr --namespace=k8s.io image list", "ctr -n=k8s.io image list");
  });
  it("drops ctr's default namespace", () => {
    same("ctr -n default image export file.tar docker.io/myid/hello:1.0.0", "ctr image export file.tar docker.io/myid/hello:1.0.0");
    differ("ctr -n k8s.io image list", "ctr image list");
  });
  it("lets subcommand flags move but keeps argument order", () => {
    same("ctr image push docker.io/myid/hello:2.0.0 --user myid", "ctr image push --user myid docker.io/myid/hello:2.0.0");
    same("docker save -o file.tar myid/hello:1.0.0", "docker save myid/hello:1.0.0 -o file.tar");
    same("docker save --output=file.tar myid/hello:1.0.0", "docker save -o file.tar myid/hello:1.0.0");
    differ("docker tag a:1 b:1", "docker tag b:1 a:1");
  });
  it("resolves docker shortcuts and the implicit docker.io/", () => {
    same("docker images", "docker image ls");
    same("docker image list", "docker images");
    same("docker rmi myid/hello:1.0.0", "docker image rm myid/hello:1.0.0");
    same("docker pull docker.io/myid/hello:1.0.0", "docker pull myid/hello:1.0.0");
    same("docker load --input file.tar", "docker load -i file.tar");
  });
  it("treats kubectl type/name and JSON patches by meaning", () => {
    same("kubectl rollout undo deployment/api", "kubectl rollout undo deploy api");
    same("kubectl -n default rollout undo deployment/api --to-revision 1", "kubectl rollout undo deployment/api --to-revision=1");
    differ("kubectl -n prod rollout undo deployment/api", "kubectl rollout undo deployment/api");
    same(`kubectl patch service api -p '{"spec":{"selector":{"version":"v2"}}}'`, `kubectl patch svc api -p '{ "spec": { "selector": { "version": "v2" } } }'`);
    differ(`kubectl patch svc api -p '{"spec":{"selector":{"version":"v1"}}}'`, `kubectl patch svc api -p '{"spec":{"selector":{"version":"v2"}}}'`);
  });
  it("splits combined short flags of other tools", () => {
    same("ls -lh file.tar", "ls -h -l file.tar");
  });
});

describe("near-miss hints", () => {
  const hints = (input: string, accepted: string) => diffCommands(input, accepted).map(hintFor);

  it("a missing -n k8s.io explains the default namespace", () => {
    const d = diffCommands("ctr image list", "ctr -n k8s.io image list");
    expect(d).toEqual([{ kind: "global-missing", flag: { name: "-n", value: "k8s.io" } }]);
    expect(hintFor(d[0])).toContain("`default` 네임스페이스");
  });
  it("-n after the subcommand is reported as misplaced, not missing", () => {
    const d = diffCommands("ctr image list -n k8s.io", "ctr -n k8s.io image list");
    expect(d).toEqual([{ kind: "global-misplaced", flag: { name: "-n", value: "k8s.io" }, want: { name: "-n", value: "k8s.io" } }]);
    expect(hintFor(d[0])).toContain("서브커맨드 앞");
  });
  it("a missing docker.io/ in a ctr reference", () => {
    const d = diffCommands("ctr images pull myid/hello:1.0.0", "ctr images pull docker.io/myid/hello:1.0.0");
    expect(d).toEqual([{ kind: "registry-prefix", got: "myid/hello:1.0.0", want: "docker.io/myid/hello:1.0.0" }]);
    expect(hintFor(d[0])).toContain("`docker.io/`");
  });
  it("the crt typo", () => {
    expect(hints("crt image list", "ctr image list")[0]).toContain("`ctr`");
  });
  it("wrong namespace value", () => {
    expect(diffCommands("ctr -n moby image list", "ctr -n k8s.io image list")).toEqual([{ kind: "global-value", name: "-n", got: "moby", want: "k8s.io" }]);
  });
  it("wrong subcommand, swapped args, missing and extra flags", () => {
    expect(diffCommands("ctr -n k8s.io image export file.tar", "ctr -n k8s.io image import file.tar")[0]).toMatchObject({ kind: "path", want: ["images", "import"] });
    expect(diffCommands("ctr image export docker.io/a/b:1 file.tar", "ctr image export file.tar docker.io/a/b:1")).toEqual([
      { kind: "args-order", got: ["docker.io/a/b:1", "file.tar"], want: ["file.tar", "docker.io/a/b:1"] },
    ]);
    expect(diffCommands("docker save file.tar myid/hello:1.0.0", "docker save -o file.tar myid/hello:1.0.0")[0]).toEqual({ kind: "flag-missing", flag: { name: "-o", value: "file.tar" } });
    expect(diffCommands("docker images -a", "docker images")).toEqual([{ kind: "flag-extra", flag: { name: "-a" } }]);
    expect(diffCommands("docker build -t myid/hello:2.0.0 .", "docker build -t myid/hello:1.0.0 .")).toEqual([{ kind: "flag-value", name: "-t", got: "myid/hello:2.0.0", want: "myid/hello:1.0.0" }]);
  });
  it("missing pipe and unsupported syntax", () => {
    expect(diffCommands("ctr -n k8s.io image list", "ctr -n k8s.io image list | grep hello")[0]).toEqual({ kind: "pipe-missing", want: "grep hello" });
    expect(diffCommands("ctr ns list && ls", "ctr ns list")).toEqual([{ kind: "unsupported", ops: ["&&"] }]);
  });
});

describe("gradeCommand", () => {
  const q: CommandQuestion = {
    id: "q", type: "command", prompt: "p", explanation: "e", section: "/lessons/x#y",
    accept: ["ctr -n k8s.io image import file.tar"],
    hints: [{ when: "ctr image import file.tar", say: "쿠버네티스가 볼 수 있는 곳에 넣어야 합니다." }],
  };
  it("accepts equivalent forms", () => {
    expect(gradeCommand(q, "ctr --namespace=k8s.io images import 'file.tar'").correct).toBe(true);
  });
  it("puts the author's hint first, then the generic one", () => {
    const r = gradeCommand(q, "ctr images import file.tar");
    expect(r.correct).toBe(false);
    expect(r.hints[0]).toBe("쿠버네티스가 볼 수 있는 곳에 넣어야 합니다.");
    expect(r.hints[1]).toContain("k8s.io");
  });
  it("picks hints from the closest accepted form", () => {
    const q2 = { ...q, hints: undefined, accept: ["docker image ls", "ctr -n k8s.io image list"] };
    expect(gradeCommand(q2, "ctr image list").hints).toHaveLength(1);
    expect(gradeCommand(q2, "ctr image list").hints[0]).toContain("k8s.io");
  });
  it("rejects empty input and hostile input without throwing", () => {
    expect(gradeCommand(q, "   ").hints).toEqual(["명령을 입력하세요."]);
    const r = gradeCommand(q, "<img src=x onerror=alert(1)>");
    expect(r.correct).toBe(false);
    expect(r.hints[0]).toContain("셸 문법");
  });
});
