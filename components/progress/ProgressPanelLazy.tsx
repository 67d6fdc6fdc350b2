"use client";
import dynamic from "next/dynamic";

/**
 * The export/import/reset panel sits at the bottom of the course map: it loads after the page is
 * interactive, keeping the course map's first load at a text page's size. Same box while loading.
 */
export const ProgressPanelLazy = dynamic(() => import("./ProgressPanel").then((m) => m.ProgressPanel), {
  ssr: false,
  loading: () => (
    <section aria-labelledby="progress-title" className="min-h-44 rounded-xl border border-border bg-surface p-5 sm:p-6">
      <h2 id="progress-title" className="text-lg font-bold">내 진도</h2>
      <p className="mt-1 text-sm leading-relaxed text-muted">진도는 이 브라우저에만 저장됩니다. 내보내기·가져오기·초기화 버튼을 불러오는 중…</p>
    </section>
  ),
});
