/**
 * The trainer's classes in localStorage, kept with the same care as learner progress:
 * an unreadable record is set aside (never deleted), a refusing or full storage falls
 * back to memory and says so, and a record from a newer version is never overwritten.
 */
import { emptyRoster, parseRoster, type Roster } from '../lib/trainer/roster';

export const ROSTER_KEY = 'langkah-digital.roster';

export type RosterMode = 'ok' | 'memory' | 'read-only';
export interface RosterState {
  roster: Roster;
  mode: RosterMode;
  /** Classes or learners that could not be read; the original text was set aside under `keptKey`. */
  dropped: number;
  keptKey?: string;
}

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function setAside(store: Storage, text: string): string | undefined {
  const key = `${ROSTER_KEY}.unreadable.${Date.now()}`;
  try {
    store.setItem(key, text);
    return key;
  } catch {
    return undefined;
  }
}

export function loadRoster(): RosterState {
  const store = storage();
  let text: string | null;
  try {
    text = store ? store.getItem(ROSTER_KEY) : null;
  } catch {
    return { roster: emptyRoster(), mode: 'memory', dropped: 0 };
  }
  if (!store) return { roster: emptyRoster(), mode: 'memory', dropped: 0 };
  if (text === null) return { roster: emptyRoster(), mode: 'ok', dropped: 0 };
  const parsed = parseRoster(text);
  if (!parsed.ok && parsed.reason === 'newer-version') return { roster: parsed.roster, mode: 'read-only', dropped: 0 };
  if (parsed.ok && parsed.dropped === 0) return { roster: parsed.roster, mode: 'ok', dropped: 0 };
  const keptKey = setAside(store, text);
  // Without room to keep the original, work in memory so the next save cannot overwrite it.
  if (!keptKey)
    return {
      roster: parsed.ok ? parsed.roster : emptyRoster(),
      mode: 'memory',
      dropped: parsed.ok ? parsed.dropped : 1,
    };
  return {
    roster: parsed.ok ? parsed.roster : emptyRoster(),
    mode: 'ok',
    dropped: parsed.ok ? parsed.dropped : 1,
    keptKey,
  };
}

/** Saves and reports where the roster now lives; never throws. */
export function saveRoster(roster: Roster, mode: RosterMode): RosterMode {
  if (mode !== 'ok') return mode;
  try {
    storage()!.setItem(ROSTER_KEY, JSON.stringify(roster));
    return 'ok';
  } catch {
    return 'memory';
  }
}
