/**
 * The frame both codes share: version (4 bits) and a CRC-8 (8 bits) over the body,
 * which is padded with zeros to whole base32 characters, then grouped for reading.
 */
import { decodeBits, encodeBits, group } from './base32';
import { BitWriter, crc8 } from './bits';

export const HEADER_BITS = 12;

export type FrameError = 'empty' | 'characters' | 'too-short' | 'version' | 'checksum';
export type Unframed = { ok: true; body: number[] } | { ok: false; error: FrameError };

export function frame(version: number, body: BitWriter): string {
  while ((HEADER_BITS + body.bits.length) % 5 !== 0) body.write(0, 1);
  const bits = new BitWriter().write(version, 4).write(crc8(body.bits), 8).bits.concat(body.bits);
  return group(encodeBits(bits));
}

/** Checks a typed code's characters, length, checksum and version, and returns its body bits. */
export function unframe(code: string, version: number, minimumBodyBits: number): Unframed {
  if (code.trim() === '') return { ok: false, error: 'empty' };
  const bits = decodeBits(code);
  if (!bits) return { ok: false, error: 'characters' };
  if (bits.length < HEADER_BITS + minimumBodyBits) return { ok: false, error: 'too-short' };
  const body = bits.slice(HEADER_BITS);
  const checksum = bits.slice(4, HEADER_BITS).reduce((value, bit) => value * 2 + bit, 0);
  if (crc8(body) !== checksum) return { ok: false, error: 'checksum' };
  const found = bits.slice(0, 4).reduce((value, bit) => value * 2 + bit, 0);
  if (found !== version) return { ok: false, error: 'version' };
  return { ok: true, body };
}
