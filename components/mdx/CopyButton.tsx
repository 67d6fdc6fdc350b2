"use client";
import { useRef, useState } from "react";
import { CheckIcon, CopyIcon } from "@/components/ui/icons";

interface CopyButtonProps {
  /** Text to copy. Without it, the text of the `<pre>` inside the nearest `[data-copy-root]`. */
  text?: string;
  /** What is being copied, for the accessible name ("명령 복사", "코드 복사"). */
  label?: string;
  className?: string;
}

/** Copies to the clipboard and says so, visibly and to screen readers. */
export function CopyButton({ text, label = "코드 복사", className = "" }: CopyButtonProps) {
  const [copied, setCopied] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  async function copy(event: React.MouseEvent<HTMLButtonElement>) {
    const value = text ?? event.currentTarget.closest("[data-copy-root]")?.querySelector("pre")?.innerText ?? "";
    try {
      await navigator.clipboard.writeText(value.replace(/\n$/, ""));
      setCopied(true);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setCopied(false), 2000);
    } catch {
      // Clipboard can be denied (insecure context, permissions): leave the text selectable instead.
      setCopied(false);
    }
  }

  return (
    <>
    <button
      type="button"
      onClick={copy}
      className={`inline-flex min-h-9 min-w-9 items-center justify-center gap-1 rounded-md px-2 text-xs font-medium transition max-sm:min-h-11 max-sm:min-w-11 ${className}`}
      aria-label={copied ? `${label}: 복사됨` : label}
    >
      {copied ? <CheckIcon width={16} height={16} /> : <CopyIcon width={16} height={16} />}
      <span aria-hidden="true">{copied ? "복사됨" : "복사"}</span>
    </button>
    <span role="status" className="sr-only">{copied ? "클립보드에 복사했습니다" : ""}</span>
    </>
  );
}
