import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";

/** What the lessons on disk say, so tests check the site against the content rather than copies of it. */
export interface LessonOnDisk {
  slug: string;
  order: number;
  title: string;
  file: string;
  source: string;
}

export function lessonsOnDisk(): LessonOnDisk[] {
  const dir = path.join(process.cwd(), "content", "lessons");
  return readdirSync(dir)
    .filter((f) => /^\d{2}-.+\.mdx$/.test(f))
    .sort()
    .map((f) => {
      const source = readFileSync(path.join(dir, f), "utf8");
      const front = parse(/^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? "") as { title: string };
      const [, order, slug] = /^(\d{2})-(.+)\.mdx$/.exec(f)!;
      return { slug, order: Number(order), title: front.title, file: f, source };
    });
}

/** Every page of the export, from the sitemap the site publishes. */
export function pagesFromSitemap(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
}
