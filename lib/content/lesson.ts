import { lessonFrontMatterSchema, LESSON_FILE_PATTERN, type LessonFrontMatter } from "./schema";
import { extractExplicitIds, assignHeadingIds, type HeadingInfo } from "./headings";
import { parseMdx, collect, type FoundLink, type FoundComponent } from "./mdast";
import { parseLocatedYaml } from "./yaml-lines";
import type { Problem } from "./problems";

export interface AnalyzedLesson {
  file: string;
  order: number;
  slug: string;
  frontMatter?: LessonFrontMatter;
  /** Source with `{#id}` suffixes removed: what the MDX compiler receives. */
  source: string;
  explicitIds: Map<number, string>;
  headings: HeadingInfo[];
  links: FoundLink[];
  components: FoundComponent[];
  problems: Problem[];
}

/** Reads one lesson file on its own: name, front matter, syntax. Cross-file checks live in validate.ts. */
export function analyzeLesson(file: string, raw: string): AnalyzedLesson {
  const problems: Problem[] = [];
  const baseName = file.split("/").pop() ?? file;
  const nameMatch = LESSON_FILE_PATTERN.exec(baseName);
  if (!nameMatch) {
    problems.push({ file, line: 1, reason: `파일 이름은 NN-slug.mdx 형식이어야 합니다 (예: 03-deployment-strategies.mdx): ${baseName}` });
  }
  const { source, explicitIds } = extractExplicitIds(raw);
  const lesson: AnalyzedLesson = {
    file,
    order: nameMatch ? Number(nameMatch[1]) : NaN,
    slug: nameMatch ? nameMatch[2] : baseName.replace(/\.mdx$/, ""),
    source,
    explicitIds,
    headings: [],
    links: [],
    components: [],
    problems,
  };

  let found;
  try {
    found = collect(parseMdx(source));
  } catch (error) {
    const e = error as { line?: number; place?: { line?: number; start?: { line?: number } }; reason?: string; message: string };
    // Some micromark errors carry no position fields, only "(line:col-line:col)" in the text.
    const fromText = /\((\d+):\d+/.exec(e.reason ?? e.message)?.[1];
    const line = e.line ?? e.place?.start?.line ?? e.place?.line ?? (fromText ? Number(fromText) : 1);
    problems.push({ file, line, reason: `MDX 문법 오류: ${e.reason ?? e.message}` });
    return lesson;
  }

  if (!found.frontMatter) {
    problems.push({ file, line: 1, reason: "front matter(--- 로 감싼 YAML)가 없습니다" });
  } else {
    const yaml = parseLocatedYaml(found.frontMatter.value, found.frontMatter.line);
    for (const e of yaml.errors) problems.push({ file, ...e });
    if (!yaml.errors.length) {
      const parsed = lessonFrontMatterSchema.safeParse(yaml.data ?? {});
      if (parsed.success) lesson.frontMatter = parsed.data;
      else
        for (const issue of parsed.error.issues) {
          const where = issue.path.length ? `${issue.path.join(".")}: ` : "";
          // Unrecognised keys are reported on the object: point at the offending key instead.
          const path = issue.code === "unrecognized_keys" ? [...issue.path, issue.keys[0]] : issue.path;
          problems.push({ file, line: yaml.lineOf(path), reason: `front matter ${where}${issue.message}` });
        }
    }
  }

  lesson.headings = assignHeadingIds(found.headings, explicitIds);
  lesson.links = found.links;
  lesson.components = found.components;
  return lesson;
}
