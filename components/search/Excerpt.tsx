import { parseExcerpt } from "@/lib/search/excerpt";

/** A search excerpt with hits highlighted, rendered as text only. */
export function Excerpt({ html }: { html: string }) {
  return (
    <>
      {parseExcerpt(html).map((piece, i) =>
        piece.mark ? (
          <mark key={i} className="rounded-sm bg-accent/20 px-0.5 text-fg">{piece.text}</mark>
        ) : (
          <span key={i}>{piece.text}</span>
        ),
      )}
    </>
  );
}
