/**
 * The learner's progress on this device, read and written through the pure model and
 * kept by the rules in versioned-store.ts. When progress cannot be kept normally the
 * page says so, through a notice whose words load only then.
 */
import { completedIds, emptyProgress, type Progress } from '../../lib/progress/model';
import type { mergeProgress } from '../../lib/progress/merge';
import { parseProgressText } from '../../lib/progress/parse';
import { loadLazy } from '../lazy/load';
import { writeSetting } from './settings';
import {
  createStore,
  parserFor,
  unreadablePrefix,
  type NamedState,
  type StorageMode,
  type VersionedState,
} from './versioned-store';

export type { StorageMode };
export const PROGRESS_KEY = 'langkah-digital.progress';
export const UNREADABLE_PREFIX = unreadablePrefix(PROGRESS_KEY);

/** `keptKey`: where a wholly unreadable saved record was moved when it was loaded. */
export type StoreState = NamedState<'progress', Progress>;

const store = createStore<Progress>({
  key: PROGRESS_KEY,
  parse: parserFor<Progress, 'progress'>(parseProgressText, 'progress', emptyProgress),
  empty: emptyProgress,
  // Two tabs marking lessons done in the same instant both keep theirs.
  join: async () => (await loadLazy<{ mergeProgress: typeof mergeProgress }>('progress-merge')).mergeProgress,
});
let seen: VersionedState<Progress> | undefined;
let state: StoreState | undefined;

/**
 * Only a record lost in whole is announced: the notice promises a fresh start. Lessons
 * dropped from a readable record are set aside just as quietly as they were always skipped.
 */
function toStoreState({ value, mode, keptKey, lost }: VersionedState<Progress>): StoreState {
  return keptKey && lost === 'all' ? { progress: value, mode, keptKey: keptKey } : { progress: value, mode };
}

/** The notice's words load only when there is something to say. */
function notify(current: StoreState): void {
  if (current.mode === 'ok' && !current.keptKey) return;
  (window as Window & { langkahStorage?: StoreState }).langkahStorage = current;
  // A notice already on the page is updated in place; otherwise its module loads now.
  const show = (window as Window & { langkahShowNotice?: (state: StoreState) => void }).langkahShowNotice;
  if (show) show(current);
  else void loadLazy('storage-notice');
}

export function getState(): StoreState {
  const current = store.get();
  if (current !== seen) {
    const next = toStoreState(current);
    // Told once on load, then whenever the mode changes (a full quota, another tab's newer record).
    if (!state || next.mode !== state.mode || next.keptKey !== state.keptKey) notify(next);
    seen = current;
    state = next;
  }
  return state!;
}

export function getProgress(): Progress {
  return getState().progress;
}

/** Applies a pure change and saves it; falls back to memory when the device refuses. */
export function updateProgress(change: (progress: Progress) => Progress): Progress {
  const before = getState().progress;
  store.update(change);
  const after = getState();
  if (completedIds(before).length === 0 && completedIds(after.progress).length > 0 && after.mode === 'ok') {
    void askToPersist();
  }
  return after.progress;
}

/** Removes all progress on this device (after the learner confirmed). Set-aside records stay. */
export function clearProgress(): void {
  getState();
  store.clear();
}

export function subscribe(listener: (state: StoreState) => void): () => void {
  return store.subscribe(() => listener(getState()));
}

/**
 * Asks the browser not to evict this site's storage, once the learner has something
 * worth keeping. The answer is remembered for the progress page.
 */
export async function askToPersist(): Promise<boolean | undefined> {
  try {
    if (!navigator.storage?.persist) return undefined;
    const granted = (await navigator.storage.persisted()) || (await navigator.storage.persist());
    writeSetting('persisted', granted);
    return granted;
  } catch {
    return undefined;
  }
}
