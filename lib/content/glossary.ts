import { z } from "zod";
import { parseLocatedYaml } from "./yaml-lines";
import type { Problem } from "./problems";

export const glossaryTermSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "id는 소문자 영어, 숫자, -만 씁니다"),
    term: z.string().min(1),
    short: z.string().min(1).max(120, "short는 120자 이하로 적습니다 (툴팁에 들어갑니다)"),
    body: z.string().min(1).optional(),
    aliases: z.array(z.string().min(1)).optional(),
    see: z.array(z.string()).optional(),
  })
  .strict();

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

/** Validates `content/glossary.yaml`: a list of terms with unique ids whose `see` refer to real terms. */
export function parseGlossary(file: string, text: string): { terms: GlossaryTerm[]; problems: Problem[] } {
  const yaml = parseLocatedYaml(text);
  const problems: Problem[] = yaml.errors.map((e) => ({ file, ...e }));
  if (problems.length) return { terms: [], problems };
  if (!Array.isArray(yaml.data)) {
    return { terms: [], problems: [{ file, line: 1, reason: "용어집은 용어의 YAML 목록이어야 합니다" }] };
  }
  const terms: GlossaryTerm[] = [];
  const ids = new Map<string, number>();
  yaml.data.forEach((entry, index) => {
    const parsed = glossaryTermSchema.safeParse(entry);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = issue.code === "unrecognized_keys" ? [index, ...issue.path, issue.keys[0]] : [index, ...issue.path];
        problems.push({ file, line: yaml.lineOf(path), reason: `용어 ${issue.path.join(".") || index}: ${issue.message}` });
      }
      return;
    }
    const line = yaml.lineOf([index, "id"]);
    const first = ids.get(parsed.data.id);
    if (first !== undefined) problems.push({ file, line, reason: `용어 id "${parsed.data.id}"가 ${first}행과 겹칩니다` });
    else ids.set(parsed.data.id, line);
    terms.push(parsed.data);
  });
  terms.forEach((t, index) => {
    for (const ref of t.see ?? []) {
      if (!ids.has(ref)) problems.push({ file, line: yaml.lineOf([index, "see"]), reason: `see에 없는 용어 id "${ref}"` });
    }
  });
  return { terms, problems };
}
