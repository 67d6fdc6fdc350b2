/** Player icons as inline SVG (symbol glyphs like ⏮ are missing from many fonts). Decorative only. */
import type { SVGProps } from "react";

const base = (p: SVGProps<SVGSVGElement>) => ({ width: 18, height: 18, viewBox: "0 0 24 24", fill: "currentColor", "aria-hidden": true, focusable: false, ...p });

export const PlayIcon = (p: SVGProps<SVGSVGElement>) => (
  <svg {...base(p)}><path d="M7 4.5v15l13-7.5z" /></svg>
);
export const PauseIcon = (p: SVGProps<SVGSVGElement>) => (
  <svg {...base(p)}><path d="M6 4h4v16H6zM14 4h4v16h-4z" /></svg>
);
export const StepBackIcon = (p: SVGProps<SVGSVGElement>) => (
  <svg {...base(p)}><path d="M5 4h3v16H5zM20 4.5v15L9 12z" /></svg>
);
export const StepForwardIcon = (p: SVGProps<SVGSVGElement>) => (
  <svg {...base(p)}><path d="M16 4h3v16h-3zM4 4.5v15L15 12z" /></svg>
);
export const ResetIcon = (p: SVGProps<SVGSVGElement>) => (
  <svg {...base(p)} fill="none" stroke="currentColor" strokeWidth={2.2} strokeLinecap="round" strokeLinejoin="round">
    <path d="M3 12a9 9 0 1 0 3-6.7" />
    <path d="M3 4v5h5" />
  </svg>
);
