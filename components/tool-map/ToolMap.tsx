import { CATEGORIES, HOSTING_LABEL, toolsIn, type Hosting, type Tool, type ToolCategory } from "./tools";
import { ToolMapFilter } from "./ToolMapFilter";

/*
 * <ToolMap />: every tool of the notes, grouped as the notes group them. Rendered on the server
 * so the whole list is in the exported HTML; ToolMapFilter only toggles which sections show.
 */

// Literal class strings (Tailwind only generates classes it can read in the source): a section
// hides itself whenever another category is selected.
const HIDE_UNLESS: Record<ToolCategory, string> = {
  cicd: "group-data-[filter=ci]/toolmap:hidden group-data-[filter=cd]/toolmap:hidden group-data-[filter=build]/toolmap:hidden group-data-[filter=etc]/toolmap:hidden",
  ci: "group-data-[filter=cicd]/toolmap:hidden group-data-[filter=cd]/toolmap:hidden group-data-[filter=build]/toolmap:hidden group-data-[filter=etc]/toolmap:hidden",
  cd: "group-data-[filter=cicd]/toolmap:hidden group-data-[filter=ci]/toolmap:hidden group-data-[filter=build]/toolmap:hidden group-data-[filter=etc]/toolmap:hidden",
  build: "group-data-[filter=cicd]/toolmap:hidden group-data-[filter=ci]/toolmap:hidden group-data-[filter=cd]/toolmap:hidden group-data-[filter=etc]/toolmap:hidden",
  etc: "group-data-[filter=cicd]/toolmap:hidden group-data-[filter=ci]/toolmap:hidden group-data-[filter=cd]/toolmap:hidden group-data-[filter=build]/toolmap:hidden",
};

// Hosting badge: an icon and a text label, so the meaning never rests on colour.
const HOSTING_ICON: Record<Hosting, string> = { saas: "☁", "self-hosted": "🖥", both: "☁🖥", cli: "⌨" };

/** Renders `code` spans written with backticks in the data as <code>, everything else as text. */
function InlineText({ text }: { text: string }) {
  return (
    <>
      {text
        .split("`")
        .map((part, i) =>
          i % 2 === 1 ? (
            // .prose breaks inline code anywhere; keep short identifiers whole where they fit.
            <code key={i} style={{ wordBreak: "normal", overflowWrap: "anywhere" }}>
              {part}
            </code>
          ) : (
            <span key={i}>{part}</span>
          ),
        )}
    </>
  );
}

function NoteNames({ tool }: { tool: Tool }) {
  const { terse, blog } = tool.notes;
  return (
    <p className="mt-1 mb-0 text-xs text-muted">
      {`노트 표기 — 정리 노트: ${terse ?? "없음"} · 블로그: ${blog ?? "없음"}`}
    </p>
  );
}

function ToolCard({ tool }: { tool: Tool }) {
  return (
    // Inline margins: the lesson's .prose rules (li + li, h4) are unlayered and would beat utilities.
    <li data-tool={tool.id} className="rounded-xl border border-border bg-surface p-4" style={{ marginTop: 0 }}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h4 className="text-base font-semibold" style={{ margin: 0 }}>
          {tool.name}
        </h4>
        <span className="whitespace-nowrap rounded-full border border-border px-2 py-0.5 text-xs">
          <span aria-hidden="true">{HOSTING_ICON[tool.hosting]} </span>
          {HOSTING_LABEL[tool.hosting]}
        </span>
      </div>
      <p className="mt-2 mb-0 text-sm">
        <InlineText text={tool.what} />
      </p>
      <p className="mt-1 mb-0 text-sm text-muted">
        <InlineText text={tool.hostingNote} />
      </p>
      <NoteNames tool={tool} />
    </li>
  );
}

export function ToolMap() {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c.id, toolsIn(c.id).length])) as Record<
    ToolCategory,
    number
  >;
  return (
    <div className="not-prose my-6" data-testid="tool-map">
      <ToolMapFilter categories={CATEGORIES} counts={counts}>
        {CATEGORIES.map((c) => (
          <section
            key={c.id}
            data-category={c.id}
            aria-labelledby={`toolmap-${c.id}`}
            className={`mt-6 ${HIDE_UNLESS[c.id]}`}
          >
            <h3 id={`toolmap-${c.id}`} className="mb-1 text-lg font-bold" style={{ marginTop: 0 }}>
              {c.label}
            </h3>
            <p className="mt-0 mb-3 text-sm text-muted">{c.hint}</p>
            <ul className="m-0 grid gap-3 p-0 sm:grid-cols-2" style={{ listStyle: "none", padding: 0 }}>
              {toolsIn(c.id).map((t) => (
                <ToolCard key={t.id} tool={t} />
              ))}
            </ul>
          </section>
        ))}
      </ToolMapFilter>
    </div>
  );
}
