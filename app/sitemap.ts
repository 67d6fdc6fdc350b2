import type { MetadataRoute } from "next";
import { getLessonSummaries } from "@/lib/content/site";
import { STATIC_PAGES } from "@/lib/content/routes";
import { siteConfig } from "@/lib/site-config";

export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  const paths = [...STATIC_PAGES, ...getLessonSummaries().map((l) => l.href)];
  return paths.map((p) => ({ url: `${siteConfig.url}${p === "/" ? "" : p}` }));
}
