/** Korean hints for the differences diffCommands() finds between a typed and an accepted command. */
import type { CommandDiff, Flag } from "./command";

const flagText = (f: Flag) => (f.value !== undefined && f.value !== "" ? `${f.name} ${f.value}` : f.name);

/** One Korean sentence per difference. Inline code is written in backticks (rendered by the UI). */
export function hintFor(d: CommandDiff): string {
  switch (d.kind) {
    case "empty":
      return "명령을 입력하세요.";
    case "unsupported":
      return `명령 하나만 입력하세요. \`${d.ops.join(" ")}\` 같은 셸 문법은 이 문제에서 쓰지 않습니다.`;
    case "pipe-missing":
      return `결과를 걸러 내는 파이프가 빠졌습니다: \`| ${d.want}\``;
    case "pipe-extra":
      return `이 문제에는 파이프(\`| ${d.got}\`)가 필요하지 않습니다.`;
    case "program":
      if (d.got === "crt" && d.want === "ctr") return "`crt`는 없는 명령이라 셸이 `command not found`를 냅니다. containerd의 CLI는 `ctr`입니다.";
      return d.got ? `이 작업은 \`${d.got}\`가 아니라 \`${d.want}\`로 합니다.` : `\`${d.want}\` 명령으로 시작해야 합니다.`;
    case "global-misplaced":
      if (d.flag.name === "-n")
        return "`-n`(네임스페이스)은 ctr의 전역 옵션이라 서브커맨드 앞에 와야 합니다: `ctr -n k8s.io image ...`. 뒤에 쓰면 `flag provided but not defined: -n` 오류가 납니다.";
      return `\`${d.flag.name}\`은 전역 옵션이라 서브커맨드보다 앞에 써야 합니다.`;
    case "global-missing":
      if (d.flag.name === "-n" && d.flag.value === "k8s.io")
        return "네임스페이스를 확인하세요. `-n`을 주지 않으면 ctr은 `default` 네임스페이스를 쓰는데, 쿠버네티스는 `k8s.io` 네임스페이스만 봅니다. `ctr -n k8s.io ...`처럼 지정하세요.";
      if (d.flag.name === "-n") return `네임스페이스 \`-n ${d.flag.value}\`를 지정해야 합니다.`;
      return `전역 옵션 \`${flagText(d.flag)}\`이 빠졌습니다.`;
    case "global-extra":
      if (d.flag.name === "-n") return `네임스페이스 \`${d.flag.value}\`가 아닌 기본(default) 네임스페이스를 써야 합니다.`;
      return `\`${flagText(d.flag)}\` 옵션은 필요하지 않습니다.`;
    case "global-value":
      if (d.name === "-n") return `네임스페이스가 다릅니다: \`${d.got || "(값 없음)"}\`가 아니라 \`${d.want}\`입니다.`;
      return `\`${d.name}\` 옵션의 값이 다릅니다.`;
    case "path":
      return `하위 명령이 다릅니다: \`${d.got.join(" ") || "(없음)"}\` 대신 \`${d.want.join(" ")}\`가 필요합니다.`;
    case "flag-missing":
      return `\`${d.flag.name}\` 옵션이 빠졌습니다.`;
    case "flag-extra":
      return `\`${d.flag.name}\` 옵션은 이 작업에 필요하지 않습니다.`;
    case "flag-value":
      return `\`${d.name}\` 옵션의 값이 다릅니다: \`${d.got || "(값 없음)"}\` 대신 \`${d.want}\`.`;
    case "registry-prefix":
      return `ctr은 \`docker.io/\`를 자동으로 붙이지 않습니다. \`${d.want}\`처럼 레지스트리까지 적은 전체 이름을 쓰세요.`;
    case "args-order":
      return `인자의 순서가 바뀌었습니다: \`${d.want.join(" ")}\` 순서로 씁니다.`;
    case "arg-missing":
      return `인자가 부족합니다: \`${d.want}\`가 빠졌습니다.`;
    case "arg-extra":
      return `필요 없는 인자 \`${d.got}\`가 있습니다.`;
    case "arg":
      return `\`${d.got}\` 자리에 \`${d.want}\`가 와야 합니다.`;
  }
}
