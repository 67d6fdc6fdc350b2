'use client';
/**
 * The progress record as React state. One store per page (module singleton) so every component sees
 * the same record; `storage` events bring in other tabs' writes, and a custom window event lets
 * separate bundles/islands in this page stay in step. The server snapshot is the empty record, so
 * static HTML never depends on what a visitor has stored.
 *
 * The store and its zod validator are loaded with a dynamic import on first use, after hydration:
 * every page shows progress marks, and the validator would otherwise sit in every first load.
 * Updates made before it arrives are queued and applied in order once it has.
 */
import { useCallback, useSyncExternalStore } from "react";
import { emptyProgress, PROGRESS_KEY, type ProgressRecord, type StorageLike } from "@/lib/progress/record";
import type { ProgressSnapshot, ProgressStore } from "@/lib/progress/store";

export const PROGRESS_EVENT = "deploy-notes:progress";

const SERVER_SNAPSHOT: ProgressSnapshot = { record: emptyProgress(), persistent: false, readOnly: false };
// Until the store has read storage, nothing is known to be wrong with it: no "not saved" notice.
const LOADING_SNAPSHOT: ProgressSnapshot = { record: emptyProgress(), persistent: true, readOnly: false };

let store: ProgressStore | null = null;
let loading: Promise<ProgressStore> | null = null;
const pending: ((s: ProgressStore) => void)[] = [];
/** The hook's subscribers; one relay subscription to the store notifies them all. */
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

function browserStorage(): StorageLike | null {
  try {
    // Merely touching localStorage throws when cookies/storage are blocked.
    return window.localStorage;
  } catch {
    return null;
  }
}

function loadStore(): Promise<ProgressStore> {
  loading ??= import("@/lib/progress/store").then(({ createProgressStore }) => {
    const created = createProgressStore(browserStorage());
    window.addEventListener("storage", (e) => {
      if (e.key === PROGRESS_KEY || e.key === null) created.reload();
    });
    window.addEventListener(PROGRESS_EVENT, (e) => {
      // Our own dispatches carry the store as detail; anything else is another island: re-read.
      if ((e as CustomEvent).detail !== created) created.reload();
    });
    created.subscribe(notify);
    store = created;
    pending.splice(0).forEach((apply) => apply(created));
    notify();
    return created;
  });
  return loading;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  void loadStore();
  return () => listeners.delete(listener);
}

const getSnapshot = () => (store ? store.get() : LOADING_SNAPSHOT);
const getServerSnapshot = () => SERVER_SNAPSHOT;

function withStore(apply: (s: ProgressStore) => void) {
  if (store) apply(store);
  else {
    pending.push(apply);
    void loadStore();
  }
}

const announce = () => window.dispatchEvent(new CustomEvent(PROGRESS_EVENT, { detail: store }));

export interface UseProgress extends ProgressSnapshot {
  update(fn: (r: ProgressRecord) => ProgressRecord): void;
  replace(record: ProgressRecord): void;
  reset(): void;
}

export function useProgress(): UseProgress {
  const snapshot = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  const update = useCallback((fn: (r: ProgressRecord) => ProgressRecord) => withStore((s) => (s.update(fn), announce())), []);
  const replace = useCallback((record: ProgressRecord) => withStore((s) => (s.replace(record), announce())), []);
  const reset = useCallback(() => withStore((s) => (s.reset(), announce())), []);
  return { ...snapshot, update, replace, reset };
}
