/**
 * The one set of rules for a record kept in localStorage. Every store (progress, settings,
 * the trainer's roster) is built on it, so they fail the same way and never throw:
 * - a saved record it cannot read, in whole or in part, is copied aside under
 *   `${key}.unreadable.${Date.now()}` before anything replaces it; never deleted;
 * - if there is no room for that copy, the original stays untouched and the store works in
 *   memory, so no later save or clear can overwrite it;
 * - storage that refuses (blocked, private mode, a full quota) falls back to memory;
 * - a record saved by a newer version is shown but never overwritten;
 * - another tab's change arrives through the `storage` event and reaches subscribers; a store
 *   with `join` (progress) joins it with its own record, and writes the join back, so two tabs
 *   that save in the same instant both keep what they saved;
 * - a change is applied to the newest saved record, another tab's included, never to a stale copy.
 */

/** ok: saved on the device · memory: kept until the tab closes · read-only: saved by a newer version. */
export type StorageMode = 'ok' | 'memory' | 'read-only';

/** What a store's pure parser makes of the saved text. */
export type Parsed<T> =
  /** `dropped`: parts that could not be read; the rest is in `value`. */
  | { ok: true; value: T; dropped?: number }
  /** A best-effort read, to be shown but never written back. */
  | { ok: false; reason: 'newer-version'; value: T }
  | { ok: false; reason: 'unreadable' };

/**
 * A pure parser's answer, which names its value (`progress`, `roster`), as the store reads it: one
 * adapter, so every store treats "newer version" and "unreadable" alike.
 */
export function parserFor<T, K extends string>(
  parse: (text: string) => { ok: boolean; reason?: string; dropped?: number } & Partial<Record<K, T>>,
  name: K,
  empty: () => T,
): (text: string) => Parsed<T> {
  return (text) => {
    const result = parse(text);
    if (result.ok) return { ok: true, value: result[name] ?? empty(), dropped: result.dropped ?? 0 };
    return result.reason === 'newer-version'
      ? { ok: false, reason: 'newer-version', value: result[name] ?? empty() }
      : { ok: false, reason: 'unreadable' };
  };
}

export interface VersionedState<T> {
  value: T;
  mode: StorageMode;
  /** Where the saved text was copied when it could not be read in full. */
  keptKey?: string;
  /** What could not be read when the record was loaded: all of it, or how many parts. */
  lost?: 'all' | number;
}

/** A store's state as its callers read it: the value under its own name (`progress`, `roster`). */
export type NamedState<Name extends string, T> = Record<Name, T> & {
  mode: StorageMode;
  /** Where the saved text was copied when it could not be read. */
  keptKey?: string;
};

export interface StoreOptions<T> {
  key: string;
  parse: (text: string) => Parsed<T>;
  empty: () => T;
  serialise?: (value: T) => string;
  /**
   * Loads the join of another tab's saved record with this tab's, which must lose nothing from either
   * side (progress: mergeProgress). Loaded only when another tab's save arrives, so pages carry none of it.
   */
  join?: () => Promise<(saved: T, mine: T) => T>;
}

export interface VersionedStore<T> {
  /** The current state, read from storage the first time it is asked for. */
  get(): VersionedState<T>;
  /** Reads storage afresh, as if the page had just opened. */
  reload(): VersionedState<T>;
  save(value: T): VersionedState<T>;
  update(change: (value: T) => T): VersionedState<T>;
  /** Forgets the record (a newer version's record is left alone); copies set aside stay. */
  clear(): VersionedState<T>;
  subscribe(listener: (state: VersionedState<T>) => void): () => void;
}

/** Where a record's unreadable text is set aside: this prefix and the time, in milliseconds. */
export const unreadablePrefix = (key: string): string => `${key}.unreadable.`;
const unreadableKey = (key: string, time: number): string => `${unreadablePrefix(key)}${time}`;

function openStorage(): Storage | undefined {
  try {
    return window.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** Copies the text aside and returns where; a copy made in the same millisecond as another takes the next one. */
function setAside(storage: Storage, key: string, text: string): string | undefined {
  const now = Date.now();
  try {
    for (let time = now; time < now + 100; time++) {
      const candidate = unreadableKey(key, time);
      const there = storage.getItem(candidate);
      if (there === text) return candidate;
      if (there !== null) continue;
      storage.setItem(candidate, text);
      return candidate;
    }
  } catch {
    // No room (or no permission) for the copy.
  }
  return undefined;
}

function safeParse<T>(parse: (text: string) => Parsed<T>, text: string): Parsed<T> {
  try {
    return parse(text);
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}

export function createStore<T>({
  key,
  parse,
  empty,
  serialise = JSON.stringify,
  join,
}: StoreOptions<T>): VersionedStore<T> {
  const listeners = new Set<(state: VersionedState<T>) => void>();
  let storage: Storage | undefined;
  let state: VersionedState<T> | undefined;
  // True while the saved text is an unreadable original that could not be set aside.
  let guarding = false;
  let listening = false;
  // The saved text as this tab last read or wrote it: a different one means another tab saved since.
  let known: string | null = null;

  function read(): VersionedState<T> {
    guarding = false;
    storage = openStorage();
    let text: string | null;
    try {
      if (!storage) return { value: empty(), mode: 'memory' };
      text = storage.getItem(key);
    } catch {
      return { value: empty(), mode: 'memory' };
    }
    known = text;
    if (text === null) return { value: empty(), mode: 'ok' };
    const parsed = safeParse(parse, text);
    if (parsed.ok && !parsed.dropped) return { value: parsed.value, mode: 'ok' };
    if (!parsed.ok && parsed.reason === 'newer-version') return { value: parsed.value, mode: 'read-only' };
    const value = parsed.ok ? parsed.value : empty();
    const lost = parsed.ok ? parsed.dropped! : 'all';
    const keptKey = setAside(storage, key, text);
    if (!keptKey) {
      guarding = true;
      return { value, mode: 'memory', lost };
    }
    // The original is safe under keptKey: what could be read takes its place.
    try {
      if (parsed.ok) storage.setItem(key, (known = serialise(value)));
      else storage.removeItem(key);
      if (!parsed.ok) known = null;
      return { value, mode: 'ok', keptKey, lost };
    } catch {
      return { value, mode: 'memory', keptKey, lost };
    }
  }

  function emit(): void {
    for (const listener of listeners) listener(state!);
  }

  /** Another tab's saved record, when it is readable and differs from what this tab knows. */
  function savedByOther(): T | undefined {
    let text: string | null;
    try {
      text = storage!.getItem(key);
    } catch {
      return undefined;
    }
    if (text === null || text === known) return undefined;
    const parsed = safeParse(parse, text);
    return parsed.ok && !parsed.dropped ? parsed.value : undefined;
  }

  /** Joins this tab's record from before another tab's save into the newest one, and saves the join if it adds anything. */
  async function rejoin(mine: T): Promise<void> {
    const merge = await join!().catch(() => undefined);
    if (!merge || !state || state.mode !== 'ok') return;
    const joined = merge(state.value, mine);
    const text = serialise(joined);
    if (text === known) return;
    try {
      storage!.setItem(key, text);
      known = text;
    } catch {
      // No room: this tab keeps the join in memory, and the other tab's record stays as it is.
    }
    state = { ...state, value: joined };
    emit();
  }

  // Another tab saved or cleared the record: take its version (joined with ours, with `join`) so both tabs agree.
  function onStorage(event: StorageEvent): void {
    if (event.key !== key && event.key !== null) return;
    if (event.storageArea && storage && event.storageArea !== storage) return;
    const mine = state;
    state = read();
    emit();
    // A clear, or a newer version's record, is taken as it is; a plain save is joined with ours.
    if (join && mine?.mode === 'ok' && state.mode === 'ok' && !state.keptKey && event.newValue !== null)
      void rejoin(mine.value);
  }

  function listen(): void {
    if (listening || typeof window === 'undefined') return;
    listening = true;
    window.addEventListener('storage', onStorage);
  }

  function reload(): VersionedState<T> {
    listen();
    state = read();
    return state;
  }

  const get = (): VersionedState<T> => state ?? reload();

  function save(value: T): VersionedState<T> {
    const current = get();
    let mode = current.mode;
    if (mode === 'ok') {
      try {
        const text = serialise(value);
        storage!.setItem(key, text);
        known = text;
      } catch {
        mode = 'memory';
      }
    }
    state = { ...current, value, mode };
    emit();
    return state;
  }

  function clear(): VersionedState<T> {
    const current = get();
    if (current.mode === 'read-only') return current;
    try {
      if (!guarding) {
        storage?.removeItem(key);
        known = null;
      }
    } catch {
      // Storage refuses: nothing of ours can be there to remove.
    }
    state = { ...current, value: empty() };
    emit();
    return state;
  }

  function subscribe(listener: (state: VersionedState<T>) => void): () => void {
    listen();
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  // A save this store has not seen (another tab's whose event has not arrived, or another copy of this
  // store in an on-demand module) is the record this change applies to.
  const update = (change: (value: T) => T) => {
    const current = get();
    const newest = current.mode === 'ok' ? savedByOther() : undefined;
    return save(change(newest ?? current.value));
  };

  return { get, reload, save, update, clear, subscribe };
}
