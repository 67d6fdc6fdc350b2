"use client";
import dynamic from "next/dynamic";
import { PlaygroundPlaceholder } from "./PlaygroundPlaceholder";

/**
 * The playground (simulator, framer-motion, compare mode) loads as its own chunk after the page is
 * interactive, so the page's first load stays near a text page's. The placeholder keeps its place.
 */
export const PlaygroundLazy = dynamic(() => import("./Playground").then((m) => m.Playground), {
  ssr: false,
  loading: () => <PlaygroundPlaceholder />,
});
