import { LineCounter, parseDocument, isMap, isSeq, type Document, type Node } from "yaml";

/**
 * Parses YAML keeping positions, so a schema error found at a path (e.g. `objectives.2`) can be
 * reported at the line where that value sits. `lineOffset` shifts lines when the YAML is a block
 * inside a larger file (front matter).
 */
export interface LocatedYaml {
  data: unknown;
  errors: { line: number; reason: string }[];
  lineOf(path: readonly PropertyKey[]): number;
}

export function parseLocatedYaml(text: string, lineOffset = 0): LocatedYaml {
  const counter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter: counter, uniqueKeys: true });
  const lineAt = (offset: number) => counter.linePos(offset).line + lineOffset;
  const errors = doc.errors.map((e) => ({
    line: lineAt(e.pos[0]),
    reason: `YAML 문법 오류: ${e.message.split("\n")[0]}`,
  }));
  const lineOf = (path: readonly PropertyKey[]): number => {
    // Walk down as far as the path exists; report the deepest node found.
    let node: unknown = doc.contents;
    let best = node as Node | null;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (p.key as { value?: unknown })?.value === key);
        if (!pair) break;
        node = pair.value ?? pair.key;
        best = (pair.value ?? pair.key) as Node;
      } else if (isSeq(node) && typeof key === "number") {
        node = node.items[key];
        if (!node) break;
        best = node as Node;
      } else break;
    }
    const range = best?.range;
    return range ? lineAt(range[0]) : 1 + lineOffset;
  };
  return { data: errors.length ? undefined : doc.toJS(), errors, lineOf };
}
