/**
 * The one place that touches localStorage for progress and settings. It reads and
 * writes through the pure model, never throws at its callers, and never deletes data
 * it cannot read: an unreadable value is kept aside under another key.
 */
import { emptyProgress, type Progress } from '../lib/progress/model';
import { parseProgressText } from '../lib/progress/parse';

export const PROGRESS_KEY = 'langkah-digital.progress';
export const SETTINGS_KEY = 'langkah-digital.settings';

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
  if (result.reason === 'newer-version') return { progress: emptyProgress(), mode: 'read-only' };
  const recoveredKey = `${PROGRESS_KEY}.unreadable.${Date.now()}`;
  try {
    store.setItem(recoveredKey, text);
    store.removeItem(PROGRESS_KEY);
    return { progress: emptyProgress(), mode: 'ok', recoveredKey };
  } catch {
    // Could not set the value aside: leave it where it is and work in memory.
    return { progress: emptyProgress(), mode: 'memory' };
  }
}

export function getState(): StoreState {
  state ??= load();
  return state;
}

export function getProgress(): Progress {
  return getState().progress;
}

function emit(): void {
  for (const listener of listeners) listener(getState());
}

/** Applies a pure change and saves it; falls back to memory when the device refuses. */
export function updateProgress(change: (progress: Progress) => Progress): Progress {
  const current = getState();
  const progress = change(current.progress);
  let mode = current.mode;
  if (mode === 'ok') {
    try {
      storage()!.setItem(PROGRESS_KEY, JSON.stringify(progress));
    } catch {
      mode = 'memory';
    }
  }
  state = { ...current, progress, mode };
  emit();
  return progress;
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

export function readSetting(name: string): unknown {
  try {
    const settings = JSON.parse(storage()?.getItem(SETTINGS_KEY) ?? '{}') as Record<string, unknown>;
    return settings[name];
  } catch {
    return undefined;
  }
}

export function writeSetting(name: string, value: unknown): boolean {
  try {
    const store = storage()!;
    const settings = JSON.parse(store.getItem(SETTINGS_KEY) ?? '{}') as Record<string, unknown>;
    store.setItem(SETTINGS_KEY, JSON.stringify({ ...settings, [name]: value }));
    return true;
  } catch {
    return false;
  }
}
