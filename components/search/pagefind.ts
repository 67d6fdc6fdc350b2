"use client";
import { searchTerms } from "@/lib/search/korean";

/** The parts of pagefind's browser API this site uses. */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: { title: string; url: string; excerpt: string }[];
}
interface PagefindApi {
  init(): Promise<void>;
  search(query: string): Promise<{ results: { id: string; score: number; data(): Promise<PagefindResultData> }[] }>;
}

export interface SearchHit {
  id: string;
  title: string;
  url: string;
  section?: string;
  excerpt: string;
}

let api: Promise<PagefindApi> | undefined;

/** Loads pagefind's script from the export on first use (it is not part of any bundle). */
function loadPagefind(): Promise<PagefindApi> {
  const url = "/pagefind/pagefind.js";
  api ??= import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url).then(async (mod: PagefindApi) => {
    await mod.init();
    return mod;
  });
  return api;
}

/**
 * Each stem is searched on its own (pagefind prefix-matches a single term, so 카나리 finds 카나리는)
 * and pages must match every stem; results are ranked by their summed scores.
 */
export async function search(query: string, limit = 8): Promise<SearchHit[]> {
  const terms = searchTerms(query);
  if (!terms.length) return [];
  const pagefind = await loadPagefind();
  const perTerm = await Promise.all(terms.map((t) => pagefind.search(t)));
  const scores = new Map<string, { score: number; hits: number; result: (typeof perTerm)[number]["results"][number] }>();
  for (const { results } of perTerm) {
    for (const r of results) {
      const entry = scores.get(r.id) ?? { score: 0, hits: 0, result: r };
      entry.score += r.score;
      entry.hits += 1;
      scores.set(r.id, entry);
    }
  }
  const ranked = [...scores.values()].filter((e) => e.hits === terms.length).sort((a, b) => b.score - a.score).slice(0, limit);
  const data = await Promise.all(ranked.map((e) => e.result.data()));
  return data.map((d, i) => {
    const best = d.sub_results?.find((s) => s.url.includes("#") && s.excerpt.includes("<mark>"));
    return {
      id: ranked[i].result.id,
      title: d.meta.title ?? d.url,
      url: (best?.url ?? d.url).replace(/\.html(?=$|#)/, ""),
      section: best?.title,
      excerpt: best?.excerpt ?? d.excerpt,
    };
  });
}
