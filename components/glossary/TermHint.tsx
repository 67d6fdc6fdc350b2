"use client";
import Link from "next/link";
import { useId, useState, type ReactNode } from "react";

/**
 * The first mention of a glossary term in a lesson: a link to the glossary that shows the term's
 * short definition on hover or keyboard focus. On touch, the first tap shows the definition and a
 * second tap follows the link. The definition is in the static HTML (and shown by CSS on hover/focus)
 * even before this hydrates.
 */
export function TermHint({ href, term, short, children }: { href: string; term: string; short: string; children: ReactNode }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [touched, setTouched] = useState(false);
  // Esc hides the hint even while the link keeps focus or the pointer stays on it (WCAG 1.4.13).
  const [dismissed, setDismissed] = useState(false);
  return (
    <span
      className="term-hint relative inline"
      data-open={open || undefined}
      data-dismissed={dismissed || undefined}
      onMouseEnter={() => {
        setDismissed(false);
        setOpen(true);
      }}
      onMouseLeave={() => setOpen(false)}
    >
      <Link
        href={href}
        aria-describedby={id}
        className="decoration-dotted"
        onFocus={() => {
          setDismissed(false);
          setOpen(true);
        }}
        onBlur={() => {
          setOpen(false);
          setTouched(false);
        }}
        onKeyDown={(e) => {
          if (e.key === "Escape") {
            setOpen(false);
            setDismissed(true);
          }
        }}
        onPointerDown={(e) => e.pointerType === "touch" && setTouched(true)}
        onClick={(e) => {
          if (touched && !open) {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        {children}
      </Link>
      <span
        role="tooltip"
        id={id}
        className="term-hint-tip absolute bottom-full left-0 z-30 mb-1 w-max max-w-[min(18rem,80vw)] rounded-md border border-border bg-bg px-3 py-2 text-sm font-normal leading-snug text-fg shadow-lg"
      >
        <strong className="block">{term}</strong>
        {short}
      </span>
    </span>
  );
}
