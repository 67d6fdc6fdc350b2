/**
 * Sizes shared by the island and its placeholder, so nothing shifts when the terminal loads:
 * fixed heights, inner scrolling. Side by side from lg, stacked below.
 */
export const SANDBOX_FRAME = "grid gap-3 lg:h-[34rem] lg:grid-cols-[minmax(0,1fr)_20rem]";
export const SANDBOX_TERMINAL = "h-[26rem] min-w-0 lg:h-full";
export const SANDBOX_PANEL = "h-[30rem] min-w-0 lg:h-full";
