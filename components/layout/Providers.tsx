"use client";
import { ThemeProvider } from "next-themes";
import type { ReactNode } from "react";

/** Theme follows the system until the learner picks one; the choice persists in localStorage. */
export function Providers({ children }: { children: ReactNode }) {
  return (
    <ThemeProvider attribute="class" defaultTheme="system" enableSystem disableTransitionOnChange storageKey="deploy-notes:theme">
      {children}
    </ThemeProvider>
  );
}
