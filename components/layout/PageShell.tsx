import type { ReactNode } from "react";
import { SiteHeader } from "./SiteHeader";
import { SiteFooter } from "./SiteFooter";

/** Header, a main landmark that the skip link targets, and the footer. */
export function PageShell({ children, currentLesson }: { children: ReactNode; currentLesson?: string }) {
  return (
    <>
      <SiteHeader currentLesson={currentLesson} />
      <main id="main" tabIndex={-1} className="outline-none">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
