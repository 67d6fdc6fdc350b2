'use client';
/**
 * Put steps in order without dragging: each item has "위로" / "아래로" buttons, which work the same
 * by keyboard, mouse and touch. Focus follows the moved item, and the move is announced.
 */
import { useRef, useState } from "react";
import { InlineCode } from "@/components/ui/InlineCode";

interface Props {
  items: string[];
  /** Item indices in the order shown. */
  value: number[];
  onChange(value: number[]): void;
  disabled: boolean;
  /** After checking: positions holding the wrong item. */
  wrongPositions?: number[];
}

export function OrderInput({ items, value, onChange, disabled, wrongPositions }: Props) {
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const [announce, setAnnounce] = useState("");

  const move = (pos: number, delta: -1 | 1) => {
    const to = pos + delta;
    if (to < 0 || to >= value.length) return;
    const next = [...value];
    [next[pos], next[to]] = [next[to], next[pos]];
    onChange(next);
    setAnnounce(`'${items[value[pos]]}'을(를) ${to + 1}번째로 옮겼습니다.`);
    // Keep focus on the same button of the moved item; at an edge, on its other button.
    const atEdge = to === 0 || to === value.length - 1;
    const dir = atEdge ? (delta === -1 ? "down" : "up") : delta === -1 ? "up" : "down";
    requestAnimationFrame(() => buttons.current.get(`${value[pos]}-${dir}`)?.focus());
  };

  return (
    <>
      <ol className="grid gap-2">
        {value.map((item, pos) => {
          const wrong = wrongPositions?.includes(pos);
          return (
            <li
              key={item}
              className={`flex min-h-11 items-center gap-2 rounded-lg border px-3 py-1.5 ${wrong ? "border-fail" : wrongPositions ? "border-ok" : "border-border"}`}
            >
              <span className="w-6 shrink-0 text-center font-semibold tabular-nums text-muted" aria-hidden="true">{pos + 1}</span>
              <span className="flex-1">
                <InlineCode text={items[item]} />
                {wrongPositions && (
                  <span className={`ml-2 text-sm font-semibold ${wrong ? "text-fail" : "text-ok"}`}>{wrong ? "✗ 위치가 틀림" : "✓"}</span>
                )}
              </span>
              {!disabled && (
                <span className="flex shrink-0 gap-1">
                  {(["up", "down"] as const).map((dir) => (
                    <button
                      key={dir}
                      type="button"
                      ref={(el) => {
                        if (el) buttons.current.set(`${item}-${dir}`, el);
                        else buttons.current.delete(`${item}-${dir}`);
                      }}
                      onClick={() => move(pos, dir === "up" ? -1 : 1)}
                      disabled={dir === "up" ? pos === 0 : pos === value.length - 1}
                      aria-label={`${pos + 1}번째 '${items[item]}' ${dir === "up" ? "위로" : "아래로"} 이동`}
                      className="inline-flex size-11 items-center justify-center rounded-md border border-border text-lg hover:bg-surface-2 disabled:opacity-30 sm:size-9"
                    >
                      <span aria-hidden="true">{dir === "up" ? "↑" : "↓"}</span>
                    </button>
                  ))}
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <p aria-live="polite" className="sr-only">{announce}</p>
    </>
  );
}
