import Link from "next/link";
import type { ComponentProps } from "react";
import { TermHint } from "@/components/glossary/TermHint";
import { getCourse } from "@/lib/content/site";

/**
 * Internal. Site links go through next/link (prefetch, client navigation); others open as is.
 * The first link to each glossary term in a lesson (marked at compile time) shows a definition hint.
 */
export function MdxLink({ href = "", children, ...props }: ComponentProps<"a"> & { "data-term-hint"?: string }) {
  const { "data-term-hint": hint, ...rest } = props;
  if (hint && href.startsWith("/glossary#")) {
    const term = getCourse().glossary.find((t) => t.id === href.slice("/glossary#".length));
    if (term) return <TermHint href={href} term={term.term} short={term.short}>{children}</TermHint>;
  }
  if (href.startsWith("/")) return <Link href={href} {...rest}>{children}</Link>;
  if (href.startsWith("#")) return <a href={href} {...rest}>{children}</a>;
  return (
    <a href={href} rel="noopener noreferrer" {...rest}>
      {children}
      <span className="sr-only"> (외부 사이트)</span>
    </a>
  );
}

/** Internal. Wide tables scroll sideways on phones instead of squeezing Korean text. */
export function MdxTable(props: ComponentProps<"table">) {
  return (
    // A focusable group (not a landmark: a lesson has many tables) so keyboard users can scroll it.
    <div className="table-scroll" tabIndex={0} role="group" aria-label="표 (가로로 스크롤할 수 있습니다)">
      <table {...props} />
    </div>
  );
}
