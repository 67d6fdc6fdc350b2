import { Fragment } from "react";
import { splitInlineCode } from "@/lib/quiz/inline";

/**
 * Question and feedback text: backticks become <code>, everything else stays a text node.
 * Nothing is parsed as HTML, so neither authors nor learners can inject markup.
 */
export function InlineCode({ text }: { text: string }) {
  return (
    <>
      {splitInlineCode(text).map((p, i) =>
        p.code ? (
          <code key={i} className="rounded bg-surface-2 px-1 py-0.5 font-mono text-[0.9em]">{p.text}</code>
        ) : (
          <Fragment key={i}>{p.text}</Fragment>
        ),
      )}
    </>
  );
}

/** Multi-line text (an answer written out): one line each, still plain text. */
export function TextLines({ text }: { text: string }) {
  return (
    <>
      {text.split("\n").map((line, i) => (
        <span key={i} className="block">
          <InlineCode text={line} />
        </span>
      ))}
    </>
  );
}
