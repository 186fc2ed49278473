/**
 * What a trainer's tools read from outside: a planner link someone shared, and the codes and
 * saved rosters the class roster takes in. Nothing throws, the work is bounded, a transfer code
 * never becomes a learner, and every readable learner survives a damaged neighbour.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeCompletion } from '../codes/completion';
import { transferLink } from '../codes/link';
import { encodeTransfer } from '../codes/transfer';
import { progressArbitrary } from '../progress/arbitraries';
import { MAX_LESSON_ID } from '../progress/model';
import { addLearner, parseRoster, type ClassRecord } from './roster';
import { decodeSession, encodeSession, MAX_ITEMS, type Session } from './session';

const now = new Date('2026-12-03T02:00:00Z');
const empty: ClassRecord = { id: 'k1', name: 'Kelas', date: '', place: '', learners: [] };

const sessionArbitrary: fc.Arbitrary<Session> = fc.record({
  title: fc.string({ maxLength: 80 }).map((title) => title.trim()),
  date: fc.constantFrom('', '2026-12-03', '2027-01-31'),
  start: fc.constantFrom('08:00', '13:45', '23:59'),
  items: fc.array(
    fc.oneof(
      fc.record({
        kind: fc.constant('lesson' as const),
        id: fc.integer({ min: 1, max: MAX_LESSON_ID }),
        minutes: fc.integer({ min: 1, max: 240 }),
      }),
      fc.record({ kind: fc.constant('break' as const), minutes: fc.integer({ min: 1, max: 240 }) }),
    ),
    { maxLength: MAX_ITEMS },
  ),
});

describe('the planner link', () => {
  it('carries every session back as it was planned, lessons with high ids included', () => {
    fc.assert(
      fc.property(sessionArbitrary, (session) => {
        expect(decodeSession(encodeSession(session))).toEqual({ session, skipped: 0 });
      }),
    );
  });

  it('never throws on a hand-edited link, and never holds more than it may', () => {
    const part = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.nat().map(String),
      fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => `${a}-${b}`),
    );
    const fragment = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.array(part, { maxLength: 200 }).map((parts) => `a=${parts.join('.')}&j=${'x'.repeat(100)}`),
    );
    fc.assert(
      fc.property(fragment, (text) => {
        const decoded = decodeSession(text);
        if (!decoded) return;
        expect(decoded.session.items.length).toBeLessThanOrEqual(MAX_ITEMS);
        expect(decoded.session.title.length).toBeLessThanOrEqual(80);
        for (const item of decoded.session.items)
          if (item.kind === 'lesson') expect(item.id).toBeLessThanOrEqual(MAX_LESSON_ID);
      }),
    );
  });
});

describe('the class roster', () => {
  it('never takes a transfer code or a transfer link as a learner', () => {
    fc.assert(
      fc.property(progressArbitrary, (progress) => {
        const code = encodeTransfer(progress, now.getTime());
        expect(addLearner(empty, code, '', now)).toEqual({ ok: false, error: 'transfer-code' });
        expect(addLearner(empty, transferLink('https://langkah.example/kemajuan/', code), '', now)).toEqual({
          ok: false,
          error: 'transfer-code',
        });
      }),
    );
  });

  it('never throws on typed or scanned text, and adds a row only for a real completion code', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.string({ maxLength: 80 }), (text, name) => {
        const result = addLearner(empty, text, name, now);
        if (result.ok) expect(result.learner.name.length).toBeLessThanOrEqual(60);
      }),
    );
  });

  it('keeps every readable learner of a saved roster beside damaged ones', () => {
    const learner = fc.record({
      ids: fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { maxLength: 8 }),
      name: fc.string({ maxLength: 20 }),
    });
    fc.assert(
      fc.property(fc.array(learner, { maxLength: 5 }), fc.array(fc.jsonValue(), { maxLength: 4 }), (good, bad) => {
        const learners = [
          ...good.map(({ ids, name }) => ({
            name,
            code: encodeCompletion({ completed: ids, initials: 'AB' }),
            added: '',
          })),
          ...bad,
        ];
        const parsed = parseRoster(JSON.stringify({ version: 1, classes: [{ id: 'a', name: 'A', learners }] }));
        expect(parsed.ok).toBe(true);
        if (parsed.ok)
          expect(parsed.roster.classes[0]!.learners.map((row) => row.completed)).toEqual(
            good.map(({ ids }) => [...ids].sort((a, b) => a - b)),
          );
      }),
    );
  });

  it('never throws on a saved roster, whatever it holds', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => void parseRoster(JSON.stringify(value))));
    fc.assert(fc.property(fc.string(), (text) => void parseRoster(text)));
  });
});
