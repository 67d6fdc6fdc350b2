/**
 * An in-memory progress store around a Storage-like object: the single source of truth for one page.
 * If storage throws (full, disabled, private mode) the store keeps working in memory and reports
 * `persistent: false` — the `onPersistenceLost` listeners run once, not on every save.
 * No DOM here: the React hook (components/progress/useProgress.ts) wires events to `reload()`.
 */
import { emptyProgress, loadProgress, PROGRESS_VERSION, resetProgress, saveProgress, type ProgressRecord, type StorageLike } from "./progress";

export interface ProgressSnapshot {
  record: ProgressRecord;
  persistent: boolean;
  readOnly: boolean;
}

export interface ProgressStore {
  get(): ProgressSnapshot;
  /** Apply a pure update and save it. Returns the new snapshot. */
  update(fn: (r: ProgressRecord) => ProgressRecord): ProgressSnapshot;
  /** Re-read storage (another tab wrote). */
  reload(): ProgressSnapshot;
  /** Replace the record (import). */
  replace(record: ProgressRecord): ProgressSnapshot;
  /** Forget everything (not for a newer version's record). */
  reset(): ProgressSnapshot;
  subscribe(listener: () => void): () => void;
  onPersistenceLost(listener: () => void): () => void;
}

export function createProgressStore(storage: StorageLike | null): ProgressStore {
  const first = loadProgress(storage);
  let snapshot: ProgressSnapshot = { record: first.record, persistent: first.persistent, readOnly: first.readOnly };
  let lostReported = !first.persistent;
  const listeners = new Set<() => void>();
  const lostListeners = new Set<() => void>();

  const emit = () => listeners.forEach((l) => l());
  const lose = () => {
    snapshot = { ...snapshot, persistent: false };
    if (!lostReported) {
      lostReported = true;
      lostListeners.forEach((l) => l());
    }
  };
  const write = (record: ProgressRecord) => {
    snapshot = { ...snapshot, record };
    if (snapshot.readOnly || !snapshot.persistent) return;
    const r = saveProgress(storage, record);
    if (!r.saved && r.reason === "storage-error") lose();
    if (!r.saved && r.reason === "read-only") snapshot = { ...snapshot, readOnly: true };
  };

  return {
    get: () => snapshot,
    update(fn) {
      write(fn(snapshot.record));
      emit();
      return snapshot;
    },
    reload() {
      if (!snapshot.persistent) return snapshot; // memory is the truth once storage failed
      const r = loadProgress(storage);
      if (!r.persistent) lose();
      else snapshot = { record: r.record, persistent: true, readOnly: r.readOnly };
      emit();
      return snapshot;
    },
    replace(record) {
      // An explicit import is the learner's choice: what could be read is saved as this version.
      write({ ...record, version: PROGRESS_VERSION });
      emit();
      return snapshot;
    },
    reset() {
      if (snapshot.readOnly) return snapshot;
      snapshot = { ...snapshot, record: emptyProgress() };
      if (snapshot.persistent && !resetProgress(storage).saved) lose();
      emit();
      return snapshot;
    },
    subscribe(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    onPersistenceLost(l) {
      lostListeners.add(l);
      return () => lostListeners.delete(l);
    },
  };
}
