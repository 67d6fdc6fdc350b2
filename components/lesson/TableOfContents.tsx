"use client";
import { useEffect, useState } from "react";

export interface TocItem {
  id: string;
  text: string;
  depth: number;
}

/**
 * Desktop: a sticky list that marks the section being read (scroll-spy).
 * The section whose heading most recently passed the top quarter of the screen is current.
 */
export function TableOfContents({ items }: { items: TocItem[] }) {
  const active = useActiveHeading(items);
  return (
    <nav aria-label="이 페이지의 목차" className="text-sm">
      <p className="mb-2 font-semibold">이 페이지에서</p>
      <TocList items={items} active={active} />
    </nav>
  );
}

export function TocList({ items, active }: { items: TocItem[]; active?: string }) {
  return (
    <ul className="space-y-0.5 border-l border-border">
      {items.map((item) => (
        <li key={item.id}>
          <a
            href={`#${item.id}`}
            aria-current={item.id === active ? "location" : undefined}
            className={`-ml-px block border-l-2 py-1 leading-snug hover:text-fg ${item.depth === 3 ? "pl-6" : "pl-3"} ${
              item.id === active ? "border-accent font-medium text-accent" : "border-transparent text-muted"
            }`}
          >
            {item.text}
          </a>
        </li>
      ))}
    </ul>
  );
}

function useActiveHeading(items: TocItem[]): string | undefined {
  const [active, setActive] = useState<string | undefined>(items[0]?.id);
  useEffect(() => {
    const headings = items.map((i) => document.getElementById(i.id)).filter((el): el is HTMLElement => el !== null);
    if (!headings.length) return;
    const update = () => {
      const line = window.innerHeight * 0.25;
      let current = headings[0].id;
      for (const h of headings) {
        if (h.getBoundingClientRect().top <= line) current = h.id;
        else break;
      }
      setActive(current);
    };
    // Observe crossings instead of every scroll event; recompute from positions when one happens.
    const observer = new IntersectionObserver(update, { rootMargin: "0px 0px -75% 0px" });
    headings.forEach((h) => observer.observe(h));
    update();
    return () => observer.disconnect();
  }, [items]);
  return active;
}
