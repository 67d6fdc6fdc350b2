import GithubSlugger from "github-slugger";

/**
 * Heading ids. Authors may pin an id with `## 제목 {#my-id}` (as in Docusaurus); MDX would read
 * `{...}` as a JS expression, so the suffix is stripped from the source before MDX sees it and
 * remembered by line. Lines are never added or removed, so error positions stay true.
 * Headings without an explicit id get github-slugger's id of their text, like GitHub.
 */
const EXPLICIT_ID = /^(\s{0,3}#{1,6}\s.*?)\s*\\?\{#([A-Za-z][\w-]*)\\?\}\s*$/;

export interface PreparedSource {
  source: string;
  /** 1-based line number → explicit id */
  explicitIds: Map<number, string>;
}

export function extractExplicitIds(source: string): PreparedSource {
  const explicitIds = new Map<number, string>();
  let inFence = false;
  const lines = source.split("\n").map((line, index) => {
    if (/^\s{0,3}(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) return line;
    const match = EXPLICIT_ID.exec(line);
    if (!match) return line;
    explicitIds.set(index + 1, match[2]);
    return match[1];
  });
  return { source: lines.join("\n"), explicitIds };
}

export interface HeadingInfo {
  depth: number;
  text: string;
  id: string;
  line: number;
}

/** Assigns ids in document order, exactly as the page will render them. */
export function assignHeadingIds(
  headings: { depth: number; text: string; line: number }[],
  explicitIds: Map<number, string>,
): HeadingInfo[] {
  const slugger = new GithubSlugger();
  // Reserve explicit ids first so a generated id never collides with one chosen by hand.
  for (const id of explicitIds.values()) slugger.slug(id);
  return headings.map((h) => ({
    ...h,
    id: explicitIds.get(h.line) ?? slugger.slug(h.text),
  }));
}
