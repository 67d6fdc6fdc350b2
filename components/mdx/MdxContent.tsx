import { getMDXComponent } from "mdx-bundler/client";
import { mdxComponents } from "./index";

/**
 * Server component: evaluates the build-time compiled lesson and renders it to static HTML.
 * Only the client components it uses (copy buttons, widgets) ship JavaScript.
 */
export function MdxContent({ code }: { code: string }) {
  const Content = getMDXComponent(code);
  return <Content components={mdxComponents} />;
}
