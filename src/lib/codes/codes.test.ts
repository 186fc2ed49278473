import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { progressArbitrary } from '../progress/arbitraries';
import { decodeBits, encodeBits } from './base32';
import { BitReader, BitWriter } from './bits';
import { decodeCompletion, encodeCompletion, toInitials } from './completion';
import { decodeTransfer, encodeTransfer } from './transfer';

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
    const code = encodeCompletion({ completed: [2, 3, 6, 10, 16, 19, 32], initials: 'Siti Rahma' });
    expect(code.length).toBeLessThan(24);
    expect(decodeCompletion(code)).toEqual({
      ok: true,
      version: 1,
      completed: [2, 3, 6, 10, 16, 19, 32],
      initials: 'SR',
    });
  });

  it('round-trips any set of ids and initials', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 200 })),
        fc.stringMatching(/^[A-Z]{0,4}$/),
        (ids, initials) => {
          const decoded = decodeCompletion(encodeCompletion({ completed: ids, initials }));
          expect(decoded).toEqual({ ok: true, version: 1, completed: [...ids].sort((a, b) => a - b), initials });
        },
      ),
    );
  });

  it('catches every single mistyped character', () => {
    const code = encodeCompletion({ completed: [1, 6, 10, 16], initials: 'AB' });
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    for (let i = 0; i < code.length; i++) {
      if (code[i] === '-') continue;
      for (const replacement of alphabet) {
        if (replacement === code[i]) continue;
        const typo = `${code.slice(0, i)}${replacement}${code.slice(i + 1)}`;
        expect(decodeCompletion(typo).ok, typo).toBe(false);
      }
    }
  });

  it('names what is wrong with a code that cannot be read', () => {
    expect(decodeCompletion('')).toEqual({ ok: false, error: 'empty' });
    expect(decodeCompletion('ABC!')).toEqual({ ok: false, error: 'characters' });
    expect(decodeCompletion('AB')).toEqual({ ok: false, error: 'too-short' });
    const v2 = encodeBits([0, 0, 1, 0, ...Array.from({ length: 8 }, () => 0), 0, 0, 0]);
    expect(decodeCompletion(v2)).toEqual({ ok: false, error: 'version' });
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
        const decoded = decodeTransfer(encodeTransfer(progress, Date.UTC(2026, 10, 27)));
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
    const code = encodeTransfer(
      { v: 2, lessons: { '6': { status: 'completed', steps: {}, exercises: [], startedAt: 0, updatedAt: 0 } } },
      0,
    );
    const typo = code.replace(/.$/, (last) => (last === 'A' ? 'B' : 'A'));
    expect(decodeTransfer(typo)).toEqual({ ok: false, error: 'checksum' });
  });
});
