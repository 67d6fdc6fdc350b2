"use client";
import { useEffect, useId, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { search, type SearchHit } from "./pagefind";
import { Excerpt } from "./Excerpt";

type Status = "idle" | "loading" | "done" | "error";

/**
 * The search box: a modal dialog with a combobox input and a listbox of results.
 * ↑/↓ move through results, Enter opens one, Esc closes. Works offline from the export's index.
 */
export function SearchDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const router = useRouter();
  const listId = useId();
  const [query, setQuery] = useState("");
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [status, setStatus] = useState<Status>("idle");
  const [active, setActive] = useState(0);

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (open && !el.open) {
      el.showModal();
      input.current?.select();
    } else if (!open && el.open) el.close();
  }, [open]);

  useEffect(() => {
    if (!query.trim()) {
      setHits([]);
      setStatus("idle");
      return;
    }
    let cancelled = false;
    setStatus("loading");
    const timer = setTimeout(() => {
      search(query)
        .then((found) => {
          if (cancelled) return;
          setHits(found);
          setActive(0);
          setStatus("done");
        })
        .catch(() => !cancelled && setStatus("error"));
    }, 120);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [query]);

  function go(hit: SearchHit) {
    onClose();
    router.push(hit.url);
  }

  function onKeyDown(e: React.KeyboardEvent) {
    if (e.key === "Escape") {
      // A search input would spend the first Esc on clearing itself; one Esc should close the box.
      e.preventDefault();
      onClose();
    } else if (e.key === "ArrowDown" && hits.length) {
      e.preventDefault();
      setActive((a) => (a + 1) % hits.length);
    } else if (e.key === "ArrowUp" && hits.length) {
      e.preventDefault();
      setActive((a) => (a - 1 + hits.length) % hits.length);
    } else if (e.key === "Enter" && hits[active]) {
      e.preventDefault();
      go(hits[active]);
    }
  }

  const optionId = (i: number) => `${listId}-option-${i}`;
  const message =
    status === "loading" ? "찾는 중…" : status === "error" ? "검색 색인을 불러오지 못했습니다." : status === "done" ? (hits.length ? `결과 ${hits.length}개` : "결과가 없습니다. 다른 낱말로 찾아보세요.") : "";

  return (
    <dialog
      ref={dialog}
      aria-label="사이트 검색"
      onClose={onClose}
      onClick={(e) => e.target === e.currentTarget && onClose()}
      className="m-auto mt-[10vh] w-[min(40rem,calc(100vw-1.5rem))] max-w-none rounded-xl border border-border bg-bg p-0 text-fg shadow-2xl backdrop:bg-black/40"
    >
      <div className="flex items-center gap-2 border-b border-border px-4">
        <label htmlFor={`${listId}-input`} className="sr-only">검색어</label>
        <input
          ref={input}
          id={`${listId}-input`}
          type="search"
          role="combobox"
          aria-expanded={hits.length > 0}
          aria-controls={listId}
          aria-activedescendant={hits[active] ? optionId(active) : undefined}
          aria-autocomplete="list"
          autoComplete="off"
          spellCheck={false}
          maxLength={200}
          placeholder="레슨 검색 (예: 카나리, maxSurge, 네임스페이스)"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onKeyDown}
          className="h-14 min-w-0 flex-1 bg-transparent text-base outline-none placeholder:text-muted"
        />
        <button type="button" onClick={onClose} className="min-h-11 rounded-md px-2 text-sm text-muted hover:bg-surface-2">
          닫기<span className="sr-only"> (Esc)</span>
        </button>
      </div>
      <p role="status" className="px-4 pt-2 text-sm text-muted empty:hidden">{message}</p>
      <ul id={listId} role="listbox" aria-label="검색 결과" className="max-h-[60vh] overflow-y-auto p-2">
        {hits.map((hit, i) => (
          // The option itself is the target (no link inside: interactive content may not nest in an option).
          <li
            key={hit.id + hit.url}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            data-href={hit.url}
            onClick={() => go(hit)}
            onMouseMove={() => setActive(i)}
            className={`block cursor-pointer rounded-lg px-3 py-2.5 ${i === active ? "bg-surface-2" : ""}`}
          >
            <span className="block font-semibold">
              {hit.title}
              {hit.section && <span className="font-normal text-muted"> › {hit.section}</span>}
            </span>
            <span className="mt-1 line-clamp-2 block text-sm leading-relaxed text-muted">
              <Excerpt html={hit.excerpt} />
            </span>
          </li>
        ))}
      </ul>
    </dialog>
  );
}
