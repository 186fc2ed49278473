/**
 * Codes, QR text and links come from outside: typed, scanned, or in a crafted link. Whatever
 * arrives, decoding never throws, finishes in bounded work, never names a lesson id past
 * MAX_LESSON_ID, and one kind of code never decodes as the other.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_LESSON_ID } from '../progress/model';
import { progressArbitrary } from '../progress/arbitraries';
import { encodeBits } from './base32';
import { BitWriter, crc16 } from './bits';
import { decodeCompletion, encodeCompletion } from './completion';
import { TAGS } from './frame';
import { isTransferLink, transferFromFragment, transferLink } from './link';
import { NOW } from './test-codes';
import { decodeTransfer, encodeTransfer } from './transfer';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const codeText = fc.array(fc.constantFrom(...ALPHABET, '-', ' ', 'o', 'l'), { maxLength: 80 }).map((c) => c.join(''));
const anyText = fc.oneof(fc.string({ maxLength: 200 }), codeText, fc.string({ unit: 'binary', maxLength: 60 }));

/** A frame with a valid check around any body: what someone who read the format could craft. */
const crafted = fc
  .record({ tag: fc.constantFrom(TAGS.completion, TAGS.transfer), body: fc.array(fc.nat(1), { maxLength: 400 }) })
  .map(({ tag, body }) => {
    const bits = [...new BitWriter().write(tag, 4).bits, ...body];
    while ((bits.length + 16) % 5 !== 0) bits.push(0);
    return encodeBits([...bits, ...new BitWriter().write(crc16(bits), 16).bits]);
  });

function idsOf(result: ReturnType<typeof decodeCompletion> | ReturnType<typeof decodeTransfer>): number[] {
  if (!result.ok) return [];
  return 'completed' in result ? result.completed : Object.keys(result.progress.lessons).map(Number);
}

describe('decoding untrusted codes', () => {
  it('never throws and never names an impossible lesson, whatever is typed', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, crafted), (text) => {
        for (const result of [decodeCompletion(text), decodeTransfer(text, NOW)]) {
          for (const id of idsOf(result)) expect(id >= 1 && id <= MAX_LESSON_ID).toBe(true);
        }
      }),
    );
  });

  it('reads a crafted transfer code with a huge lesson id as an error, at once', () => {
    const body = new BitWriter()
      .write(3_600_000, 24)
      .writeVarint(1)
      .writeVarint(2 ** 31)
      .write(1, 1)
      .write(0, 1);
    const bits = [...new BitWriter().write(TAGS.transfer, 4).bits, ...body.bits];
    while ((bits.length + 16) % 5 !== 0) bits.push(0);
    const code = encodeBits([...bits, ...new BitWriter().write(crc16(bits), 16).bits]);
    expect(decodeTransfer(code, NOW)).toEqual({ ok: false, error: 'lesson-id' });
  });

  it('refuses a count that promises more lessons than the code can hold, before reading them', () => {
    const body = new BitWriter().write(3_600_000, 24).writeVarint(2 ** 28);
    const bits = [...new BitWriter().write(TAGS.transfer, 4).bits, ...body.bits];
    while ((bits.length + 16) % 5 !== 0) bits.push(0);
    const code = encodeBits([...bits, ...new BitWriter().write(crc16(bits), 16).bits]);
    expect(decodeTransfer(code, NOW)).toEqual({ ok: false, error: 'too-short' });
  });

  it('keeps the work bounded: a code the length of a page is refused as too long', () => {
    expect(decodeTransfer('A'.repeat(1_000_000), NOW)).toEqual({ ok: false, error: 'too-long' });
    expect(decodeCompletion(`${'A'.repeat(500_000)} `)).toEqual({ ok: false, error: 'too-long' });
  });

  it('never lets a damaged code of one kind pass as the other kind', () => {
    fc.assert(
      fc.property(progressArbitrary, fc.nat(), fc.nat(31), (progress, position, value) => {
        const transfer = encodeTransfer(progress, NOW).replace(/-/g, '');
        const completion = encodeCompletion({
          completed: Object.keys(progress.lessons).map(Number),
          initials: 'AB',
        }).replace(/-/g, '');
        const damage = (code: string) => {
          const at = position % code.length;
          return `${code.slice(0, at)}${ALPHABET[value]}${code.slice(at + 1)}`;
        };
        expect(decodeCompletion(damage(transfer)).ok).toBe(false);
        expect(decodeTransfer(damage(completion), NOW).ok).toBe(false);
      }),
    );
  });
});

describe('transfer links and scanned text', () => {
  it('finds the code in a link, and knows a link from a bare code', () => {
    fc.assert(
      fc.property(progressArbitrary, (progress) => {
        const code = encodeTransfer(progress, NOW);
        const link = transferLink('https://langkah.example/kemajuan/', code);
        expect(transferFromFragment(new URL(link).hash)).toBe(code);
        expect(isTransferLink(link)).toBe(true);
        expect(isTransferLink(code)).toBe(false);
      }),
    );
  });

  it('never throws on any fragment', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(() => [transferFromFragment(text), isTransferLink(text)]).not.toThrow();
      }),
    );
  });
});
