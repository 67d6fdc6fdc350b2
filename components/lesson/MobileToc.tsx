import { TocList, type TocItem } from "./TableOfContents";

/** Phones and tablets: the table of contents as a collapsible list above the lesson (no JS needed). */
export function MobileToc({ items }: { items: TocItem[] }) {
  if (!items.length) return null;
  return (
    <details className="mb-8 rounded-lg border border-border bg-surface xl:hidden" data-print="hide">
      <summary className="flex min-h-11 cursor-pointer items-center px-4 text-sm font-semibold">이 페이지의 목차</summary>
      <nav aria-label="이 페이지의 목차 (접이식)" className="px-4 pb-3 text-sm">
        <TocList items={items} />
      </nav>
    </details>
  );
}
