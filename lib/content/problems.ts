/** One thing wrong with the content, pointing at the file and line an author must fix. */
export interface Problem {
  file: string;
  line: number;
  reason: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}: ${p.reason}`;
}

/** Thrown by build-time loaders so `next build` fails with the same lines check:content prints. */
export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`콘텐츠 검사 실패 (${problems.length}건):\n${problems.map(formatProblem).join("\n")}`);
    this.name = "ContentError";
  }
}
