/** Helpers for the code tests: every one-character slip of a code, and codes in the old version 1 frame. */
import { encodeBits, group } from './base32';
import { BitWriter, crc8 } from './bits';
import type { Progress } from '../progress/model';

export const NOW = Date.UTC(2026, 11, 2);
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The code with one character replaced by each other character of the alphabet, position by position. */
export function* everyTypo(code: string): Generator<string> {
  for (let i = 0; i < code.length; i++) {
    if (code[i] === '-') continue;
    for (const replacement of ALPHABET) {
      if (replacement !== code[i]) yield `${code.slice(0, i)}${replacement}${code.slice(i + 1)}`;
    }
  }
}

export function oneLesson(id: number): Progress {
  return { v: 2, lessons: { [id]: { status: 'completed', steps: {}, exercises: [], startedAt: 0, updatedAt: 0 } } };
}

/** The version 1 frame both kinds shared: version 1, a CRC-8 over the body, zero padding. */
function legacyFrame(body: BitWriter): string {
  while ((12 + body.bits.length) % 5 !== 0) body.write(0, 1);
  return group(encodeBits(new BitWriter().write(1, 4).write(crc8(body.bits), 8).bits.concat(body.bits)));
}

export function legacyCompletion(initials: string, completed: number[]): string {
  const body = new BitWriter().write(initials.length, 3);
  for (const letter of initials) body.write(letter.charCodeAt(0) - 64, 5);
  for (let id = 1; id <= Math.max(0, ...completed); id++) body.write(completed.includes(id) ? 1 : 0, 1);
  return legacyFrame(body);
}

export function legacyTransfer(at: number, completed: number[]): string {
  const body = new BitWriter()
    .write(Math.floor((at - Date.UTC(2020, 0, 1)) / 60_000), 24)
    .writeVarint(completed.length);
  let previous = 0;
  for (const id of completed) {
    body
      .writeVarint(id - previous)
      .write(1, 1)
      .write(0, 1);
    previous = id;
  }
  return legacyFrame(body);
}
