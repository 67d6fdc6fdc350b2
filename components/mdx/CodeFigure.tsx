import { Children, isValidElement, type ComponentProps, type ReactElement } from "react";
import { CopyButton } from "./CopyButton";

const LANGUAGE_NAMES: Record<string, string> = {
  bash: "Bash",
  sh: "Shell",
  shell: "Shell",
  console: "Console",
  yaml: "YAML",
  yml: "YAML",
  json: "JSON",
  js: "JavaScript",
  javascript: "JavaScript",
  ts: "TypeScript",
  typescript: "TypeScript",
  dockerfile: "Dockerfile",
  plaintext: "텍스트",
  text: "텍스트",
  txt: "텍스트",
  nginx: "nginx",
  diff: "Diff",
};

/**
 * Internal. Replaces the <figure> rehype-pretty-code emits around a fenced code block, adding a
 * language label and a copy button. Other figures pass through untouched.
 */
export function CodeFigure(props: ComponentProps<"figure">) {
  if (!("data-rehype-pretty-code-figure" in props)) return <figure {...props} />;
  const { children, ...rest } = props;
  const pre = Children.toArray(children).find(
    (c): c is ReactElement<Record<string, unknown>> => isValidElement(c) && (c.props as Record<string, unknown>)["data-language"] !== undefined,
  );
  const lang = String(pre?.props["data-language"] ?? "");
  return (
    <figure {...rest} data-copy-root className="group relative my-6">
      <div className="absolute right-2 top-1.5 z-10 flex items-center gap-1 text-muted" data-print="hide">
        {lang && <span className="rounded px-1.5 py-0.5 font-mono text-[0.7rem] uppercase tracking-wide">{LANGUAGE_NAMES[lang] ?? lang}</span>}
        <CopyButton className="bg-surface hover:bg-surface-2" />
      </div>
      {children}
    </figure>
  );
}
