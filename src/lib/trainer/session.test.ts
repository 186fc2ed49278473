import { describe, expect, it } from 'vitest';
import { agenda, decodeSession, encodeSession, moveItem, type Session } from './session';

const session: Session = {
  title: 'Kelas Desa Sangatta: aman & cakap',
  date: '2026-12-03',
  start: '08:30',
  items: [
    { kind: 'lesson', id: 6, minutes: 8 },
    { kind: 'break', minutes: 15 },
    { kind: 'lesson', id: 12, minutes: 45 },
  ],
};

describe('session links', () => {
  it('survive a round trip through the fragment, title symbols included', () => {
    const fragment = encodeSession(session);
    expect(fragment).toContain('a=6-8.r15.12-45');
    expect(decodeSession(`#${fragment}`)).toEqual({ session, skipped: 0 });
  });

  it('skip and count damaged items instead of failing the whole agenda', () => {
    const decoded = decodeSession('m=25:00&w=2026-13-01&a=6-8.x.0-5.7-9999.r20');
    expect(decoded?.skipped).toBe(3);
    expect(decoded?.session.start).toBe('09:00');
    expect(decoded?.session.date).toBe('');
    expect(decoded?.session.items).toEqual([
      { kind: 'lesson', id: 6, minutes: 8 },
      { kind: 'break', minutes: 20 },
    ]);
  });

  it('are not a session without an item list', () => {
    expect(decodeSession('#pindah=ABCD')).toBeUndefined();
  });

  it('clamp minutes to 1–240', () => {
    const fragment = encodeSession({
      ...session,
      items: [
        { kind: 'lesson', id: 6, minutes: 0 },
        { kind: 'break', minutes: 999 },
      ],
    });
    expect(decodeSession(fragment)?.session.items.map((item) => item.minutes)).toEqual([1, 240]);
  });
});

describe('agenda', () => {
  it('gives each item its start and end, and the session its end, past midnight too', () => {
    const { rows, totalMinutes, end } = agenda(session);
    expect(rows.map((row) => `${row.start}-${row.end}`)).toEqual(['08:30-08:38', '08:38-08:53', '08:53-09:38']);
    expect(totalMinutes).toBe(68);
    expect(end).toBe('09:38');
    expect(agenda({ ...session, start: '23:50' }).end).toBe('00:58');
  });
});

describe('moveItem', () => {
  it('swaps with the neighbour and ignores moves past either end', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});
