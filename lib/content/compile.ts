import { bundleMDX } from "mdx-bundler";
import remarkGfm from "remark-gfm";
import rehypePrettyCode, { type Options as PrettyCodeOptions } from "rehype-pretty-code";
import { visit } from "unist-util-visit";
import type { Root } from "mdast";
import type { AnalyzedLesson } from "./lesson";

/**
 * Build-time only: turns a validated lesson into the code string that getMDXComponent renders.
 * Runs in server code during `next build`, so no MDX compiler or esbuild reaches the browser.
 */
export async function compileLesson(lesson: AnalyzedLesson): Promise<string> {
  const { code } = await bundleMDX({
    source: lesson.source,
    cwd: process.cwd(),
    mdxOptions(options) {
      options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkGfm, [remarkHeadingIds, lesson.headings.map((h) => h.id)], remarkFirstGlossaryLinks];
      options.rehypePlugins = [...(options.rehypePlugins ?? []), [rehypePrettyCode, prettyCodeOptions]];
      return options;
    },
    // Without utf8 output esbuild escapes every Hangul syllable as \uXXXX, tripling page weight.
    esbuildOptions: (o) => ({ ...o, charset: "utf8", minify: true }),
  });
  return code;
}

export const prettyCodeOptions: PrettyCodeOptions = {
  // The "-default" GitHub themes keep every token (comments too) above 4.5:1 on our code backgrounds.
  theme: { light: "github-light-default", dark: "github-dark-default" },
  keepBackground: false,
  defaultLang: { block: "plaintext" },
};

/**
 * Gives every heading the id the validator computed (explicit `{#id}` or slug of its text).
 * mdx-bundler strips the front matter before compiling, which shifts line numbers, so ids are
 * matched by document order: both passes parse the same source with the same syntax extensions.
 */
function remarkHeadingIds(ids: string[]) {
  return (tree: Root) => {
    let index = 0;
    visit(tree, "heading", (node) => {
      const data = (node.data ??= {}) as { hProperties?: Record<string, unknown> };
      data.hProperties = { ...data.hProperties, id: ids[index++] };
    });
    if (index !== ids.length) throw new Error(`제목 수가 검사 결과와 다릅니다 (${index} ≠ ${ids.length})`);
  };
}

/** Marks the first link to each glossary term so the page shows that one with a definition hint. */
function remarkFirstGlossaryLinks() {
  return (tree: Root) => {
    const seen = new Set<string>();
    visit(tree, "link", (node) => {
      if (!node.url.startsWith("/glossary#") || seen.has(node.url)) return;
      seen.add(node.url);
      const data = (node.data ??= {}) as { hProperties?: Record<string, unknown> };
      data.hProperties = { ...data.hProperties, "data-term-hint": "first" };
    });
  };
}
