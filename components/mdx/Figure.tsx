import type { ReactNode } from "react";

/**
 * Author-facing. A captioned figure.
 * - `caption`: shown under the figure
 * - either children (e.g. a diagram component) or `src` + `alt` for an image in public/
 */
export function Figure({ caption, src, alt, children }: { caption?: string; src?: string; alt?: string; children?: ReactNode }) {
  return (
    <figure className="my-8">
      {src ? (
        // eslint-disable-next-line @next/next/no-img-element -- static export, images are unoptimised anyway
        <img src={src} alt={alt ?? ""} className="mx-auto h-auto max-w-full rounded-md" loading="lazy" />
      ) : (
        children
      )}
      {caption && <figcaption className="mt-2 text-center text-sm text-muted">{caption}</figcaption>}
    </figure>
  );
}
