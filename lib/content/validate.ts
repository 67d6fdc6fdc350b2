import type { AnalyzedLesson } from "./lesson";
import type { Problem } from "./problems";
import { STATIC_PAGES } from "./routes";

export interface CourseContext {
  knownComponents: readonly string[];
  glossaryIds: ReadonlySet<string>;
  staticPages?: readonly string[];
}

/**
 * Checks that need every lesson at once: unique slugs and orders, known components,
 * unique heading ids, and that each internal link points at a page and anchor that exist.
 */
export function validateCourse(lessons: AnalyzedLesson[], ctx: CourseContext): Problem[] {
  const problems: Problem[] = [];
  const bySlug = new Map<string, AnalyzedLesson>();
  const byOrder = new Map<number, AnalyzedLesson>();

  for (const lesson of lessons) {
    const sameSlug = bySlug.get(lesson.slug);
    if (sameSlug) problems.push({ file: lesson.file, line: 1, reason: `slug "${lesson.slug}"가 ${sameSlug.file}와 겹칩니다` });
    else bySlug.set(lesson.slug, lesson);
    if (!Number.isNaN(lesson.order)) {
      const sameOrder = byOrder.get(lesson.order);
      if (sameOrder) problems.push({ file: lesson.file, line: 1, reason: `순서 번호 ${String(lesson.order).padStart(2, "0")}가 ${sameOrder.file}와 겹칩니다` });
      else byOrder.set(lesson.order, lesson);
    }
  }

  const known = new Set(ctx.knownComponents);
  for (const lesson of lessons) {
    for (const c of lesson.components) {
      if (!known.has(c.name)) {
        problems.push({ file: lesson.file, line: c.line, reason: `알 수 없는 MDX 컴포넌트 <${c.name}> (사용 가능: ${[...known].join(", ")})` });
      }
    }
    const seen = new Map<string, number>();
    for (const h of lesson.headings) {
      const first = seen.get(h.id);
      if (first !== undefined) problems.push({ file: lesson.file, line: h.line, reason: `제목 id "#${h.id}"가 ${first}행의 제목과 겹칩니다` });
      else seen.set(h.id, h.line);
    }
  }

  const check = linkChecker(lessons, ctx);
  for (const lesson of lessons) {
    for (const link of lesson.links) {
      const reason = check(link.href, lesson);
      if (reason) problems.push({ file: lesson.file, line: link.line, reason });
    }
  }
  return problems;
}

/**
 * `(href, from?) => reason | null`: whether a site link resolves to a page and anchor that exist.
 * Shared with the quiz validator, whose `section` links must resolve the same way.
 */
export function linkChecker(lessons: AnalyzedLesson[], ctx: Omit<CourseContext, "knownComponents">) {
  const bySlug = new Map(lessons.map((l) => [l.slug, l] as const));
  const pages = new Set<string>(ctx.staticPages ?? STATIC_PAGES);
  return (href: string, from?: AnalyzedLesson) => checkLink(href, from, bySlug, ctx.glossaryIds, pages);
}

function checkLink(
  href: string,
  from: AnalyzedLesson | undefined,
  bySlug: Map<string, AnalyzedLesson>,
  glossaryIds: ReadonlySet<string>,
  pages: Set<string>,
): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return null; // http:, https:, mailto: ...
  if (href.startsWith("//")) return null;
  const [rawPath, hash] = splitHash(href);
  const anchor = hash === undefined ? undefined : safeDecode(hash);
  if (rawPath === "") {
    if (!anchor) return null;
    if (!from) return `페이지 없이 #${anchor}만 적은 링크는 레슨 안에서만 쓸 수 있습니다`;
    return from.headings.some((h) => h.id === anchor) ? null : `이 레슨에 없는 제목 #${anchor}로 가는 링크`;
  }
  if (!rawPath.startsWith("/")) return `내부 링크는 /로 시작해야 합니다: ${href}`;
  const path = rawPath.replace(/\/$/, "") || "/";
  const lessonMatch = /^\/lessons\/([^/]+)$/.exec(path);
  if (lessonMatch) {
    const target = bySlug.get(lessonMatch[1]);
    if (!target) return `없는 레슨으로 가는 링크: ${href}`;
    if (anchor && !target.headings.some((h) => h.id === anchor)) return `레슨 ${lessonMatch[1]}에 없는 제목 #${anchor}로 가는 링크`;
    return null;
  }
  if (path === "/glossary") {
    if (anchor && !glossaryIds.has(anchor)) return `용어집에 없는 용어 #${anchor}로 가는 링크`;
    return null;
  }
  return pages.has(path) ? null : `없는 페이지로 가는 링크: ${href}`;
}

function splitHash(href: string): [string, string | undefined] {
  const i = href.indexOf("#");
  return i === -1 ? [href.split("?")[0], undefined] : [href.slice(0, i).split("?")[0], href.slice(i + 1)];
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
