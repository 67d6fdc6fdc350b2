'use client';
/**
 * The progress record as React state. One store per page (module singleton) so every component sees
 * the same record; `storage` events bring in other tabs' writes, and a custom window event lets
 * separate bundles/islands in this page stay in step. The server snapshot is the empty record, so
 * static HTML never depends on what a visitor has stored.
 */
import { useCallback, useSyncExternalStore } from "react";
import { emptyProgress, PROGRESS_KEY, type ProgressRecord, type StorageLike } from "@/lib/progress/progress";
import { createProgressStore, type ProgressSnapshot, type ProgressStore } from "@/lib/progress/store";

export const PROGRESS_EVENT = "deploy-notes:progress";

let store: ProgressStore | null = null;
const SERVER_SNAPSHOT: ProgressSnapshot = { record: emptyProgress(), persistent: false, readOnly: false };

function browserStorage(): StorageLike | null {
  try {
    // Merely touching localStorage throws when cookies/storage are blocked.
    return window.localStorage;
  } catch {
    return null;
  }
}

function getStore(): ProgressStore {
  if (!store) {
    store = createProgressStore(browserStorage());
    window.addEventListener("storage", (e) => {
      if (e.key === PROGRESS_KEY || e.key === null) store!.reload();
    });
    window.addEventListener(PROGRESS_EVENT, (e) => {
      // Our own dispatches carry the store as detail; anything else is another island: re-read.
      if ((e as CustomEvent).detail !== store) store!.reload();
    });
  }
  return store;
}

function subscribe(listener: () => void): () => void {
  return getStore().subscribe(listener);
}

const getSnapshot = () => getStore().get();
const getServerSnapshot = () => SERVER_SNAPSHOT;

export interface UseProgress extends ProgressSnapshot {
  update(fn: (r: ProgressRecord) => ProgressRecord): void;
  replace(record: ProgressRecord): void;
  reset(): void;
}

export function useProgress(): UseProgress {
  const snapshot = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  const announce = () => window.dispatchEvent(new CustomEvent(PROGRESS_EVENT, { detail: store }));
  const update = useCallback((fn: (r: ProgressRecord) => ProgressRecord) => {
    getStore().update(fn);
    announce();
  }, []);
  const replace = useCallback((record: ProgressRecord) => {
    getStore().replace(record);
    announce();
  }, []);
  const reset = useCallback(() => {
    getStore().reset();
    announce();
  }, []);
  return { ...snapshot, update, replace, reset };
}
