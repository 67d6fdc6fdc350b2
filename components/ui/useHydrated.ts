"use client";
import { useSyncExternalStore } from "react";

const subscribeNever = () => () => {};

/** False while rendering on the server and during hydration, true after: for browser-only UI. */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribeNever, () => true, () => false);
}
