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
/** A prop as written: a literal when it is one (`"x"`, `{8}`, `{true}`, bare `broken`), else the expression's source. */
export type PropValue = string | number | boolean | { expression: string };
export interface FoundProp {
  name: string;
  value: PropValue;
  line: number;
}
export interface FoundComponent {
  name: string;
  line: number;
  props: FoundProp[];
}

function literal(expression: string): PropValue {
  const t = expression.trim();
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  if (t === "true" || t === "false") return t === "true";
  if (/^"(?:[^"\\]|\\.)*"$/.test(t)) {
    try {
      return JSON.parse(t) as string;
    } catch {
      /* not a plain string literal after all */
    }
  }
  // A template literal without placeholders is a string too (multi-line terminal output is written so).
  if (/^`[\s\S]*`$/.test(t) && !t.includes("${")) return t.slice(1, -1).replace(/\\([`\\$])/g, "$1");
  return { expression: t };
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
        const props: FoundProp[] = [];
        if (name && /^[A-Z]/.test(name)) components.push({ name, line, props });
        for (const attr of node.attributes) {
          const at = attr.position?.start.line ?? line;
          if (attr.type === "mdxJsxExpressionAttribute") props.push({ name: "{...}", value: { expression: attr.value }, line: at });
          else
            props.push({
              name: attr.name,
              value: attr.value === null || attr.value === undefined ? true : typeof attr.value === "string" ? attr.value : literal(attr.value.value),
              line: at,
            });
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
