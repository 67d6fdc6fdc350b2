/**
 * Sizes shared by the island and its placeholder, so nothing shifts when the terminal loads:
 * fixed heights, inner scrolling. Side by side when the container (not the viewport) is at least
 * 48rem wide, so a lesson's narrow column stacks them while /sandbox puts them side by side.
 * The `!` utilities hold off the lesson's unlayered `.prose h3/ol/li/th` rules.
 */
export const SANDBOX_FRAME = "grid gap-3 @3xl:h-[34rem] @3xl:grid-cols-[minmax(0,1fr)_20rem] @3xl:grid-rows-[minmax(0,1fr)]";
export const SANDBOX_TERMINAL = "h-[26rem] min-w-0 @3xl:h-full";
export const SANDBOX_PANEL = "h-[30rem] min-w-0 @3xl:h-full";
/** Monospace first, then Pretendard so Korean never falls back to a missing glyph box. */
export const TERMINAL_FONT = {
  fontFamily: 'ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "D2Coding", monospace, "Pretendard Variable", Pretendard',
} as const;
