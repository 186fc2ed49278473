import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { progressArbitrary } from '../progress/arbitraries';
import type { Progress } from '../progress/model';
import { decodeBits, encodeBits } from './base32';
import { BitReader, BitWriter, crc16 } from './bits';
import { completionOf, decodeCompletion, encodeCompletion, toInitials } from './completion';
import { MAX_CODE_CHARACTERS } from './frame';
import { everyTypo, legacyCompletion, legacyTransfer, NOW, oneLesson } from './test-codes';
import { decodeTransfer, encodeTransfer } from './transfer';
import { runs } from '../../../tests/support/fast-check';

describe('base32 and bits', () => {
  it('round-trips bits and forgives the usual slips when read back', () => {
    const bits = [1, 0, 1, 1, 0, 0, 0, 0, 1, 1];
    const code = encodeBits(bits);
    expect(decodeBits(code)).toEqual(bits);
    expect(decodeBits(`${code.toLowerCase().replace('0', 'o')}`)).toEqual(bits);
    expect(decodeBits('U!')).toBeUndefined();
  });

  it('round-trips variable-length numbers', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 100_000 })), (numbers) => {
        const writer = new BitWriter();
        numbers.forEach((n) => writer.writeVarint(n));
        const reader = new BitReader(writer.bits);
        expect(numbers.map(() => reader.readVarint())).toEqual(numbers);
      }),
    );
  });
});

describe('completion code', () => {
  it('carries completed lesson ids and initials in under 24 characters for the bundled curriculum', () => {
    const code = encodeCompletion({ completed: [2, 3, 6, 10, 16, 19, 32], initials: 'Siti Rahma', quiz: 83 });
    expect(code.length).toBeLessThan(24);
    expect(decodeCompletion(code)).toEqual({
      ok: true,
      version: 2,
      completed: [2, 3, 6, 10, 16, 19, 32],
      initials: 'SR',
      quiz: 80,
    });
  });

  it('round-trips any set of ids and initials', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 200 })),
        fc.stringMatching(/^[A-Z]{0,4}$/),
        (ids, initials) => {
          const decoded = decodeCompletion(encodeCompletion({ completed: ids, initials }));
          expect(decoded).toEqual({ ok: true, version: 2, completed: [...ids].sort((a, b) => a - b), initials });
        },
      ),
    );
  });

  it('catches every single mistyped character, in every position of every code', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { maxLength: 20 }),
        fc.stringMatching(/^[A-Z]{0,4}$/),
        (ids, initials) => {
          const code = encodeCompletion({ completed: ids, initials });
          for (const typo of everyTypo(code)) expect(decodeCompletion(typo).ok, typo).toBe(false);
        },
      ),
      { numRuns: runs(40) },
    );
  });

  it('names what is wrong with a code that cannot be read', () => {
    expect(decodeCompletion('')).toEqual({ ok: false, error: 'empty' });
    expect(decodeCompletion('ABC!')).toEqual({ ok: false, error: 'characters' });
    expect(decodeCompletion('AB')).toEqual({ ok: false, error: 'too-short' });
    expect(decodeCompletion('X'.repeat(MAX_CODE_CHARACTERS + 1))).toEqual({ ok: false, error: 'too-long' });
    // Tag 9 with a valid check: a kind of code a newer version may make.
    const bits = [1, 0, 0, 1, ...Array.from({ length: 20 }, () => 0)];
    const newer = encodeBits([...bits, ...new BitWriter().write(crc16(bits), 16).bits]);
    expect(decodeCompletion(newer)).toEqual({ ok: false, error: 'version' });
  });

  it('makes initials from a name', () => {
    expect(toInitials('siti rahma')).toBe('SR');
    expect(toInitials('Budi')).toBe('BUDI');
    expect(toInitials('Ægir Ñoño Çelik')).toBe('GNC');
    expect(toInitials('')).toBe('');
  });
});

describe('transfer code', () => {
  it('carries status and best quiz scores of every lesson', () => {
    fc.assert(
      fc.property(progressArbitrary, (progress) => {
        const decoded = decodeTransfer(encodeTransfer(progress, Date.UTC(2026, 10, 27)), Date.UTC(2026, 11, 1));
        if (!decoded.ok) throw new Error(decoded.error);
        expect(Object.keys(decoded.progress.lessons).sort()).toEqual(Object.keys(progress.lessons).sort());
        for (const [id, lesson] of Object.entries(progress.lessons)) {
          expect(decoded.progress.lessons[id]).toMatchObject({
            status: lesson.status,
            updatedAt: Date.UTC(2026, 10, 27),
          });
          if (lesson.quiz)
            expect(decoded.progress.lessons[id]!.quiz).toMatchObject({
              best: lesson.quiz.best,
              total: lesson.quiz.total,
            });
        }
      }),
    );
  });

  it('rejects a code with a typo', () => {
    const code = encodeTransfer(oneLesson(6), 0);
    for (const typo of everyTypo(code)) expect(decodeTransfer(typo, NOW).ok, typo).toBe(false);
  });

  it('catches a mistyped third character, which once shifted every date by about four years', () => {
    fc.assert(
      fc.property(progressArbitrary, fc.integer({ min: Date.UTC(2025, 0, 1), max: NOW }), (progress, at) => {
        const code = encodeTransfer(progress, at);
        for (const typo of everyTypo(code)) expect(decodeTransfer(typo, NOW).ok, typo).toBe(false);
      }),
      { numRuns: runs(30) },
    );
  });

  it('never dates a lesson after the moment it is received', () => {
    const code = encodeTransfer(oneLesson(6), Date.UTC(2030, 0, 1));
    const decoded = decodeTransfer(code, NOW);
    expect(decoded.ok && decoded.progress.lessons['6']!.updatedAt).toBe(NOW);
  });
});

describe('each kind of code is refused where the other belongs', () => {
  it('a transfer code is not a learner, and a completion code is not a transfer', () => {
    fc.assert(
      fc.property(progressArbitrary, fc.stringMatching(/^[A-Z]{0,4}$/), (progress, initials) => {
        expect(decodeCompletion(encodeTransfer(progress, NOW))).toEqual({ ok: false, error: 'transfer-code' });
        const completion = encodeCompletion({ completed: Object.keys(progress.lessons).map(Number), initials });
        expect(decodeTransfer(completion, NOW)).toEqual({ ok: false, error: 'completion-code' });
      }),
    );
  });

  it('an old transfer code, which the roster once took for a learner "M", is named as a transfer code', () => {
    const old = legacyTransfer(Date.UTC(2026, 10, 20), [6, 10, 16]);
    expect(decodeCompletion(old)).toEqual({ ok: false, error: 'transfer-code' });
    expect(decodeTransfer(old, NOW)).toEqual({ ok: false, error: 'old-version' });
  });

  it('an old completion code in a saved roster still reads, and is never offered as a transfer', () => {
    const old = legacyCompletion('SR', [2, 6, 10]);
    expect(decodeCompletion(old)).toEqual({ ok: true, version: 1, completed: [2, 6, 10], initials: 'SR' });
    expect(decodeTransfer(old, NOW)).toEqual({ ok: false, error: 'old-version' });
  });
});

describe('completionOf', () => {
  it('reports completed lessons the catalogue knows, with the average best quiz score', () => {
    const progress: Progress = {
      v: 2,
      lessons: {
        '6': { ...oneLesson(6).lessons['6']!, quiz: { best: 4, total: 5, attempts: 2 } },
        '7': { ...oneLesson(7).lessons['7']!, quiz: { best: 3, total: 3, attempts: 1 } },
        '70000': oneLesson(70000).lessons['70000']!,
      },
    };
    expect(completionOf(progress, 'Ayu', (id) => id < 100)).toEqual({ completed: [6, 7], initials: 'Ayu', quiz: 90 });
  });
});
