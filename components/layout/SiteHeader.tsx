import Link from "next/link";
import { getLessonSummaries } from "@/lib/content/site";
import { NAV_LINKS } from "./nav-links";
import { ThemeToggle } from "./ThemeToggle";
import { MobileMenu } from "./MobileMenu";
import { LessonList } from "./LessonList";
import { SearchButton } from "@/components/search/SearchButton";

/** Sticky top bar on every page. On phones the nav and the lesson list move into a menu. */
export function SiteHeader({ currentLesson }: { currentLesson?: string }) {
  const lessons = getLessonSummaries();
  return (
    <header role="banner" className="sticky top-0 z-40 border-b border-border bg-bg/90 backdrop-blur supports-[backdrop-filter]:bg-bg/75">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-accent focus:px-3 focus:py-2 focus:text-accent-fg">
        본문으로 건너뛰기
      </a>
      <div className="mx-auto flex h-14 max-w-[90rem] items-center gap-2 px-3 sm:px-5">
        <MobileMenu>
          <nav aria-label="사이트 (메뉴)">
            <ul className="mb-4 space-y-0.5 border-b border-border pb-4">
              {NAV_LINKS.map((l) => (
                <li key={l.href}>
                  <Link href={l.href} className="flex min-h-11 items-center rounded-md px-2.5 hover:bg-surface-2">{l.label}</Link>
                </li>
              ))}
            </ul>
          </nav>
          <nav aria-label="레슨 목록 (메뉴)">
            <p className="mb-2 px-2.5 text-xs font-semibold uppercase tracking-wide text-muted">레슨</p>
            <LessonList lessons={lessons} current={currentLesson} />
          </nav>
        </MobileMenu>
        <Link href="/" className="flex items-center gap-2 rounded-md px-1 font-bold tracking-tight">
          <LogoMark />
          <span>Deploy Notes</span>
        </Link>
        <nav aria-label="사이트" className="ml-6 hidden lg:block">
          <ul className="flex items-center gap-1 text-[0.94rem]">
            {NAV_LINKS.map((l) => (
              <li key={l.href}>
                <Link href={l.href} className="rounded-md px-2.5 py-1.5 text-muted hover:bg-surface-2 hover:text-fg">{l.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto flex items-center gap-1" id="header-actions">
          <SearchButton />
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}

function LogoMark() {
  return (
    <svg width="26" height="26" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="var(--accent)" />
      <rect x="7" y="9" width="8" height="14" rx="2" fill="var(--bg)" opacity="0.55" />
      <rect x="17" y="9" width="8" height="14" rx="2" fill="var(--bg)" />
    </svg>
  );
}
