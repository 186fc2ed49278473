/**
 * The one place that touches localStorage for progress and settings. It reads and
 * writes through the pure model and never throws at its callers:
 * - a saved value it cannot read is moved aside under another key, never deleted;
 * - storage that refuses (private mode, blocked cookies, a full quota) falls back to
 *   memory, and the learner is told;
 * - a value saved by a newer version is shown but never overwritten;
 * - other tabs' changes arrive through the `storage` event.
 */
import { completedIds, emptyProgress, type Progress } from '../lib/progress/model';
import { parseProgressText } from '../lib/progress/parse';
import { loadLazy } from './lazy-load';

export const PROGRESS_KEY = 'langkah-digital.progress';
export const SETTINGS_KEY = 'langkah-digital.settings';
export const UNREADABLE_PREFIX = `${PROGRESS_KEY}.unreadable.`;

/** ok: saved on the device · memory: storage unusable, kept until the tab closes · read-only: saved by a newer version. */
export type StorageMode = 'ok' | 'memory' | 'read-only';
export interface StoreState {
  progress: Progress;
  mode: StorageMode;
  /** The key an unreadable saved value was moved to, if that happened on load. */
  recoveredKey?: string;
}

type Listener = (state: StoreState) => void;
const listeners = new Set<Listener>();
let state: StoreState | undefined;

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function load(): StoreState {
  const store = storage();
  let text: string | null;
  try {
    if (!store) return { progress: emptyProgress(), mode: 'memory' };
    text = store.getItem(PROGRESS_KEY);
  } catch {
    return { progress: emptyProgress(), mode: 'memory' };
  }
  if (text === null) return { progress: emptyProgress(), mode: 'ok' };
  const result = parseProgressText(text);
  if (result.ok) return { progress: result.progress, mode: 'ok' };
  if (result.reason === 'newer-version') return { progress: result.progress ?? emptyProgress(), mode: 'read-only' };
  const recoveredKey = `${UNREADABLE_PREFIX}${Date.now()}`;
  try {
    store.setItem(recoveredKey, text);
    store.removeItem(PROGRESS_KEY);
    return { progress: emptyProgress(), mode: 'ok', recoveredKey };
  } catch {
    // No room to set it aside: leave it where it is, untouched, and work in memory.
    return { progress: emptyProgress(), mode: 'memory' };
  }
}

/** The notice's words load only when there is something to say. */
function notify(current: StoreState): void {
  if (current.mode === 'ok' && !current.recoveredKey) return;
  (window as Window & { langkahStorage?: StoreState }).langkahStorage = current;
  // A notice already on the page is updated in place; otherwise its module loads now.
  const show = (window as Window & { langkahShowNotice?: (state: StoreState) => void }).langkahShowNotice;
  if (show) show(current);
  else void loadLazy('storage-notice');
}

export function getState(): StoreState {
  if (!state) {
    state = load();
    notify(state);
  }
  return state;
}

export function getProgress(): Progress {
  return getState().progress;
}

function emit(): void {
  for (const listener of listeners) listener(getState());
}

function save(progress: Progress): StorageMode {
  try {
    storage()!.setItem(PROGRESS_KEY, JSON.stringify(progress));
    return 'ok';
  } catch {
    return 'memory';
  }
}

/** Applies a pure change and saves it; falls back to memory when the device refuses. */
export function updateProgress(change: (progress: Progress) => Progress): Progress {
  const current = getState();
  const progress = change(current.progress);
  const mode = current.mode === 'ok' ? save(progress) : current.mode;
  const firstCompletion = completedIds(current.progress).length === 0 && completedIds(progress).length > 0;
  state = { ...current, progress, mode };
  if (mode !== current.mode) notify(state);
  if (firstCompletion && mode === 'ok') void askToPersist();
  emit();
  return progress;
}

/** Removes all progress on this device (after the learner confirmed). Set-aside values stay. */
export function clearProgress(): void {
  const current = getState();
  if (current.mode === 'read-only') return;
  try {
    storage()?.removeItem(PROGRESS_KEY);
  } catch {
    // Nothing was saved, so there is nothing to remove.
  }
  state = { ...current, progress: emptyProgress() };
  emit();
}

export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}

// Another tab saved progress: take its record so both tabs agree.
function onStorage(event: StorageEvent): void {
  if (event.key !== PROGRESS_KEY && event.key !== null) return;
  state = load();
  emit();
}

function readSettings(): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(storage()?.getItem(SETTINGS_KEY) ?? '{}');
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

export function readSetting(name: string): unknown {
  return readSettings()[name];
}

export function writeSetting(name: string, value: unknown): boolean {
  try {
    storage()!.setItem(SETTINGS_KEY, JSON.stringify({ ...readSettings(), [name]: value }));
    return true;
  } catch {
    return false;
  }
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
