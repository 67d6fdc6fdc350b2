"use client";
import { lazy, Suspense, useEffect, useRef, useState } from "react";

// The dialog and pagefind load on first open only: pages without search pay nothing for it.
const SearchDialog = lazy(() => import("./SearchDialog").then((m) => ({ default: m.SearchDialog })));

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName));
}

/** Header search button; `/` or Ctrl/⌘+K opens it from anywhere except while typing. */
export function SearchButton() {
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const combo = (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "k";
      if (combo || (e.key === "/" && !isTyping(e.target) && !e.ctrlKey && !e.metaKey && !e.altKey)) {
        e.preventDefault();
        setLoaded(true);
        setOpen(true);
      }
    }
    window.addEventListener("keydown", onKey);
    // Marks when the shortcuts work (after hydration), so tests press them only then.
    if (button.current) button.current.dataset.shortcuts = "on";
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  return (
    <>
      <button
        ref={button}
        type="button"
        onClick={() => {
          setLoaded(true);
          setOpen(true);
        }}
        aria-keyshortcuts="/ Control+K"
        className="inline-flex min-h-10 items-center gap-2 rounded-md border border-border px-2.5 text-sm text-muted hover:bg-surface-2 hover:text-fg max-sm:min-h-11"
      >
        <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
          <circle cx="11" cy="11" r="7" />
          <path d="m20 20-3.5-3.5" />
        </svg>
        <span>검색</span>
        <kbd className="hidden rounded border border-border px-1 font-mono text-[0.7rem] sm:inline" aria-hidden="true">/</kbd>
      </button>
      {loaded && (
        <Suspense fallback={null}>
          <SearchDialog open={open} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
