import type { ReactNode } from "react";
import { CorrectionIcon, InfoIcon, TipIcon, WarningIcon } from "@/components/ui/icons";

/**
 * Author-facing. A boxed aside.
 * - `kind`: "note" | "tip" | "warning" | "correction" (default "note")
 * - `title`: heading text (defaults per kind)
 * - correction only: `noteSaid` (what the notes said), children (what is true),
 *   `source` + `sourceTitle` (primary source), optional `source2` + `source2Title`.
 */
export interface CalloutProps {
  kind?: "note" | "tip" | "warning" | "correction";
  title?: string;
  noteSaid?: string;
  source?: string;
  sourceTitle?: string;
  source2?: string;
  source2Title?: string;
  children?: ReactNode;
}

const KINDS = {
  note: { label: "참고", Icon: InfoIcon, tone: "border-note text-note" },
  tip: { label: "팁", Icon: TipIcon, tone: "border-tip text-tip" },
  warning: { label: "주의", Icon: WarningIcon, tone: "border-warning text-warning" },
  correction: { label: "바로잡기", Icon: CorrectionIcon, tone: "border-correction text-correction" },
} as const;

export function Callout({ kind = "note", title, noteSaid, source, sourceTitle, source2, source2Title, children }: CalloutProps) {
  const { label, Icon, tone } = KINDS[kind] ?? KINDS.note;
  const heading = title ?? label;
  return (
    // role="note", not <aside>: asides inside <main> are landmarks that axe wants unique and top-level.
    <div
      role="note"
      className={`callout my-6 rounded-lg border-l-4 bg-surface px-4 py-3 sm:px-5 ${tone}`}
      data-callout={kind}
      aria-label={`${label}: ${heading}`}
    >
      <p className="flex items-center gap-2 font-bold">
        <Icon />
        <span>{heading}</span>
        {title && <span className="sr-only">({label})</span>}
      </p>
      {kind === "correction" ? (
        <Correction noteSaid={noteSaid} sources={[[source, sourceTitle], [source2, source2Title]]}>
          {children}
        </Correction>
      ) : (
        <div className="callout-body mt-2 text-fg">{children}</div>
      )}
    </div>
  );
}

function Correction({ noteSaid, sources, children }: { noteSaid?: string; sources: [string?, string?][]; children?: ReactNode }) {
  const links = sources.filter((s): s is [string, string | undefined] => Boolean(s[0]));
  return (
    <div className="mt-3 text-fg">
      <div className="grid gap-3 md:grid-cols-[2fr_3fr]">
        {/* Plain blocks with labels, not headings or landmarks: a lesson has many corrections. */}
        <div className="rounded-md border border-border bg-bg p-3">
          <p className="text-sm font-bold text-muted">노트의 설명</p>
          <p className="mt-1 text-muted">{noteSaid}</p>
        </div>
        <div className="rounded-md border border-correction/50 bg-bg p-3">
          <p className="text-sm font-bold text-correction">실제로는</p>
          <div className="callout-body mt-1">{children}</div>
        </div>
      </div>
      {links.length > 0 && (
        <p className="mt-3 text-sm text-muted">
          출처:{" "}
          {links.map(([href, label], i) => (
            <span key={href}>
              {i > 0 && " · "}
              <a href={href} className="text-accent underline underline-offset-2" rel="noopener noreferrer">
                {label ?? href}
              </a>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
