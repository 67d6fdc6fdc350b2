import type { ReactNode } from "react";
import { SiteHeader } from "./SiteHeader";
import { SiteFooter } from "./SiteFooter";
import { PersistenceNotice } from "@/components/progress/PersistenceNotice";

/** Header, a main landmark that the skip link targets, and the footer. */
export function PageShell({ children, currentLesson }: { children: ReactNode; currentLesson?: string }) {
  return (
    <>
      <SiteHeader currentLesson={currentLesson} />
      <PersistenceNotice />
      <main id="main" tabIndex={-1} className="outline-none">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
