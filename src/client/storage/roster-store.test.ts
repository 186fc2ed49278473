// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeCompletion } from '../../lib/codes/completion';
import { loadRoster, ROSTER_KEY } from './roster-store';

const NOW = 1_700_000_000_000;
const KEPT = `${ROSTER_KEY}.unreadable.${NOW}`;

beforeEach(() => {
  localStorage.clear();
  vi.spyOn(Date, 'now').mockReturnValue(NOW);
  return () => vi.restoreAllMocks();
});

describe('the roster store', () => {
  const code = encodeCompletion({ completed: [6, 10], initials: 'Ayu Lestari' });
  const good = { id: 'a', name: 'Kelas Lama', learners: [{ name: 'AL', code }] };

  it('sets the original aside and keeps the classes it can read', () => {
    const original = JSON.stringify({ version: 1, classes: [good, { broken: true }] });
    localStorage.setItem(ROSTER_KEY, original);
    const state = loadRoster();
    expect(state).toMatchObject({ mode: 'ok', dropped: 1, keptKey: KEPT });
    expect(state.roster.classes.map((record) => record.name)).toEqual(['Kelas Lama']);
    expect(localStorage.getItem(KEPT)).toBe(original);
    expect(JSON.parse(localStorage.getItem(ROSTER_KEY)!).classes).toHaveLength(1);
    expect(loadRoster()).toMatchObject({ dropped: 0 });
    expect(Object.keys(localStorage).filter((key) => key.startsWith(`${ROSTER_KEY}.unreadable.`))).toEqual([KEPT]);
  });

  it('counts a wholly unreadable roster as one lost record', () => {
    localStorage.setItem(ROSTER_KEY, '{"classes":');
    expect(loadRoster()).toEqual({
      roster: { version: 1, classes: [] },
      mode: 'ok',
      dropped: 1,
      keptKey: KEPT,
    });
  });
});
