import type { ComponentType } from "react";
import type { AuthorComponentName } from "@/lib/content/component-names";
import { Callout } from "./Callout";
import { Terminal } from "./Terminal";
import { Steps } from "./Steps";
import { Details } from "./Details";
import { Figure } from "./Figure";
import { CodeFigure } from "./CodeFigure";
import { H2, H3, H4 } from "./Heading";
import { MdxLink, MdxTable } from "./MdxLink";
import { diagramMdxComponents } from "@/components/diagrams/mdx";
import { toolMapMdxComponents } from "@/components/tool-map/mdx";
import { quizMdxComponents } from "@/components/quiz/mdx";
import { rolloutMdxComponents } from "@/components/rollout/mdx";
import { sandboxMdxComponents } from "@/components/sandbox/mdx";

/* eslint-disable @typescript-eslint/no-explicit-any -- MDX passes arbitrary props */
type AnyComponent = ComponentType<any>;

/**
 * Author-facing components, one per name in AUTHOR_COMPONENTS: the type makes a missing or extra
 * entry a compile error, so the validator and the renderer always agree.
 */
const authorComponents = {
  Callout,
  Terminal,
  Steps,
  Details,
  Figure,
  ...diagramMdxComponents,
  ...toolMapMdxComponents,
  ...quizMdxComponents,
  ...rolloutMdxComponents,
  ...sandboxMdxComponents,
} satisfies Record<AuthorComponentName, AnyComponent>;

/** Internal replacements for the HTML that markdown produces. */
const elementOverrides = {
  h2: H2,
  h3: H3,
  h4: H4,
  a: MdxLink,
  table: MdxTable,
  figure: CodeFigure,
} satisfies Record<string, AnyComponent>;

export const mdxComponents: Record<string, AnyComponent> = { ...elementOverrides, ...authorComponents };
