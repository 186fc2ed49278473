/**
 * The trainer's classes in localStorage, kept by the same rules as learner progress
 * (see versioned-store.ts). Classes or learners that cannot be read are counted for the
 * island to report; the original text is set aside before the readable part replaces it.
 */
import { emptyRoster, parseRoster, type Roster } from '../../lib/trainer/roster';
import { createStore, parserFor, type NamedState, type StorageMode, type VersionedState } from './versioned-store';

export const ROSTER_KEY = 'langkah-digital.roster';

export type RosterMode = StorageMode;
/** `dropped`: classes or learners that could not be read (a wholly unreadable record counts as one). */
export type RosterState = NamedState<'roster', Roster> & { dropped: number };

const store = createStore<Roster>({
  key: ROSTER_KEY,
  parse: parserFor<Roster, 'roster'>(parseRoster, 'roster', emptyRoster),
  empty: emptyRoster,
});

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
