import type { ReactNode } from "react";

/** Author-facing. Wrap a markdown ordered list: each item becomes a numbered step on a rail. */
export function Steps({ children }: { children?: ReactNode }) {
  return <div className="steps my-6">{children}</div>;
}
