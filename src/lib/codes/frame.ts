/**
 * The frame of the typed codes (docs/completion-code.md). Version 2: a 4-bit tag that names
 * the code's kind (2 completion, 3 transfer), the body, zero padding to whole characters,
 * then a CRC-16 over everything before it. The tag is covered by the check, so one kind of
 * code never reads as the other, and a code of the wrong kind is named as such.
 * Version 1 (tag 1, then a CRC-8 over the body) was shared by both kinds; the roster still
 * reads old completion codes where they cannot be mistaken (src/lib/codes/completion.ts).
 */
import { decodeBits, encodeBits, group } from './base32';
import { BitWriter, crc16, crc8 } from './bits';

export const LEGACY_TAG = 1;
export const TAGS = { completion: 2, transfer: 3 } as const;
export type CodeKind = keyof typeof TAGS;
const CHECK_BITS = 16;

/**
 * Longer than any honest code (a completion code for every id up to 65535 is about 13,100
 * characters): what is longer is refused before any work is done on it.
 */
export const MAX_CODE_CHARACTERS = 14_000;

export type FrameError =
  | 'empty'
  | 'characters'
  | 'too-short'
  | 'too-long'
  | 'version'
  | 'checksum'
  /** A transfer code where a completion code belongs, and the reverse. */
  | 'transfer-code'
  | 'completion-code'
  /** A version 1 code where only the new kind is taken (the transfer field). */
  | 'old-version'
  /** Names a lesson id no catalogue can have. */
  | 'lesson-id';

export type Unframed = { ok: true; body: number[]; legacy: boolean } | { ok: false; error: FrameError };

const toNumber = (bits: readonly number[]) => bits.reduce((value, bit) => value * 2 + bit, 0);

export function frame(kind: CodeKind, body: BitWriter): string {
  const bits = new BitWriter().write(TAGS[kind], 4).bits.concat(body.bits);
  while ((bits.length + CHECK_BITS) % 5 !== 0) bits.push(0);
  const check = new BitWriter().write(crc16(bits), CHECK_BITS).bits;
  return group(encodeBits(bits.concat(check)));
}

/** The code's characters as bits, or why they cannot be: checked before anything else is read. */
function readCharacters(code: string): { ok: true; bits: number[] } | { ok: false; error: FrameError } {
  if (code.trim() === '') return { ok: false, error: 'empty' };
  if (code.length > MAX_CODE_CHARACTERS * 2) return { ok: false, error: 'too-long' };
  const bits = decodeBits(code);
  if (!bits) return { ok: false, error: 'characters' };
  if (bits.length > MAX_CODE_CHARACTERS * 5) return { ok: false, error: 'too-long' };
  return { ok: true, bits };
}

/**
 * Checks a typed code's characters, length, checksum and kind, and returns its body bits
 * (padding included). A version 1 code comes back with `legacy: true` for the caller to judge.
 */
export function unframe(code: string, kind: CodeKind, minimumBodyBits: number): Unframed {
  const read = readCharacters(code);
  if (!read.ok) return read;
  const { bits } = read;
  if (bits.length < 4) return { ok: false, error: 'too-short' };
  const tag = toNumber(bits.slice(0, 4));
  if (tag === LEGACY_TAG) {
    // The shortest old code of either kind: its body is read by the caller, which knows the kind.
    if (bits.length < 15) return { ok: false, error: 'too-short' };
    const body = bits.slice(12);
    if (crc8(body) !== toNumber(bits.slice(4, 12)) || oneSlipFromNew(bits)) return { ok: false, error: 'checksum' };
    return { ok: true, body, legacy: true };
  }
  if (bits.length < 4 + CHECK_BITS) return { ok: false, error: 'too-short' };
  const covered = bits.slice(0, -CHECK_BITS);
  if (crc16(covered) !== toNumber(bits.slice(-CHECK_BITS))) return { ok: false, error: 'checksum' };
  if (tag === TAGS[kind] && covered.length - 4 < minimumBodyBits) return { ok: false, error: 'too-short' };
  if (tag === TAGS[kind]) return { ok: true, body: covered.slice(4), legacy: false };
  if (tag === TAGS.transfer) return { ok: false, error: 'transfer-code' };
  if (tag === TAGS.completion) return { ok: false, error: 'completion-code' };
  return { ok: false, error: 'version' };
}

/**
 * Only the first character holds the tag, so a slip there can turn a new code's tag into
 * 1. A code that becomes a valid new code when its first character is changed is read as
 * that slip, never as an old code: every single mistyped character stays caught.
 */
function oneSlipFromNew(bits: readonly number[]): boolean {
  for (let first = 0; first < 32; first++) {
    const head = new BitWriter().write(first, 5).bits;
    if (!Object.values(TAGS).includes(toNumber(head.slice(0, 4)) as 2 | 3)) continue;
    const candidate = head.concat(bits.slice(5));
    if (crc16(candidate.slice(0, -CHECK_BITS)) === toNumber(candidate.slice(-CHECK_BITS))) return true;
  }
  return false;
}

/** True when what is left of a body is padding: fewer than 5 bits, all zero. */
export function onlyPadding(rest: readonly number[]): boolean {
  return rest.length < 5 && rest.every((bit) => bit === 0);
}
