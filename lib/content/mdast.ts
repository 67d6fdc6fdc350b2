import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkFrontmatter from "remark-frontmatter";
import remarkMdx from "remark-mdx";
import remarkGfm from "remark-gfm";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import type { Root } from "mdast";

/** Parses MDX to a syntax tree with the same syntax extensions the compiler uses. */
export function parseMdx(source: string): Root {
  return unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).use(remarkGfm).parse(source) as Root;
}

export interface FoundHeading {
  depth: number;
  text: string;
  line: number;
}
export interface FoundLink {
  href: string;
  line: number;
}
export interface FoundComponent {
  name: string;
  line: number;
}

/** Everything the validator needs from one lesson's tree. */
export function collect(tree: Root) {
  const headings: FoundHeading[] = [];
  const links: FoundLink[] = [];
  const components: FoundComponent[] = [];
  let frontMatter: { value: string; line: number } | undefined;

  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case "yaml":
        frontMatter = { value: node.value, line };
        break;
      case "heading":
        headings.push({ depth: node.depth, text: toString(node).trim(), line });
        break;
      case "link":
        links.push({ href: node.url, line });
        break;
      case "definition":
        links.push({ href: node.url, line });
        break;
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement": {
        const name = node.name;
        // Lowercase names are HTML elements; `Foo.Bar` member names are never allowed.
        if (name && /^[A-Z]/.test(name)) components.push({ name, line });
        for (const attr of node.attributes) {
          if (attr.type === "mdxJsxAttribute" && attr.name === "href" && typeof attr.value === "string") {
            links.push({ href: attr.value, line: attr.position?.start.line ?? line });
          }
        }
        break;
      }
    }
  });
  return { headings, links, components, frontMatter };
}
