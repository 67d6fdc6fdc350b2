/**
 * A tiny, safe formatter for question text: backticks mark inline code. It returns plain pieces
 * that the UI renders as text nodes and <code> elements, so no author or learner string ever
 * becomes HTML.
 */
export type InlinePiece = { code: boolean; text: string };

export function splitInlineCode(s: string): InlinePiece[] {
  const parts = s.split("`");
  // An odd number of backticks leaves the last one unmatched: keep it as a literal backtick.
  if (parts.length % 2 === 0) {
    const last = parts.pop()!;
    parts[parts.length - 1] += "`" + last;
  }
  return parts.map((text, i) => ({ code: i % 2 === 1, text })).filter((p) => p.text !== "");
}
