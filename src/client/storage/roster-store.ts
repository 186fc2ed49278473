/**
 * The trainer's classes in localStorage, kept by the same rules as learner progress
 * (see versioned-store.ts). Classes or learners that cannot be read are counted for the
 * island to report; the original text is set aside before the readable part replaces it.
 */
import { emptyRoster, parseRoster, type Roster } from '../../lib/trainer/roster';
import { createStore, type Parsed, type StorageMode, type VersionedState } from './versioned-store';

export const ROSTER_KEY = 'langkah-digital.roster';

export type RosterMode = StorageMode;
export interface RosterState {
  roster: Roster;
  mode: RosterMode;
  /** Classes or learners that could not be read (a wholly unreadable record counts as one). */
  dropped: number;
  /** Where the original text was set aside, if it could not be read in full. */
  keptKey?: string;
}

function parse(text: string): Parsed<Roster> {
  const parsed = parseRoster(text);
  if (parsed.ok) return { ok: true, value: parsed.roster, dropped: parsed.dropped };
  return parsed.reason === 'newer-version'
    ? { ok: false, reason: 'newer-version', value: parsed.roster }
    : { ok: false, reason: 'unreadable' };
}

const store = createStore<Roster>({ key: ROSTER_KEY, parse, empty: emptyRoster });

function toRosterState({ value, mode, keptKey, lost }: VersionedState<Roster>): RosterState {
  const dropped = lost === 'all' ? 1 : (lost ?? 0);
  return keptKey ? { roster: value, mode, dropped, keptKey } : { roster: value, mode, dropped };
}

/** Reads storage afresh: the roster island is its only reader and calls this once when it opens. */
export function loadRoster(): RosterState {
  return toRosterState(store.reload());
}

/** Saves and reports where the roster now lives; never throws. A roster shown read-only or in memory is not written. */
export function saveRoster(roster: Roster, mode: RosterMode): RosterMode {
  return mode === 'ok' ? store.save(roster).mode : mode;
}
