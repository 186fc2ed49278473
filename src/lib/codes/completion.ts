/**
 * The completion code a learner shows a trainer: which lessons are complete (by stable
 * id), optional initials, a format version and a checksum, in about 10–20 characters.
 * Format (docs/completion-code.md): version:4 · crc8:8 · then the body: initials
 * count:3 · initials 5 bits each (A=1 … Z=26) · one bit per lesson id from 1 up to
 * the highest completed id. The body is padded with zeros to whole characters and the
 * checksum covers it, padding included.
 */
import { BitReader, BitWriter } from './bits';
import { frame, unframe, type FrameError } from './frame';

export const COMPLETION_CODE_VERSION = 1;

export interface Completion {
  completed: number[];
  initials: string;
}

export type CompletionDecode = ({ ok: true; version: number } & Completion) | { ok: false; error: FrameError };

/** Up to four letters A–Z from a typed name or initials: "Siti Rahma" → "SR". */
export function toInitials(name: string): string {
  const words = name
    .normalize('NFD')
    .replace(/[^A-Za-z\s]/g, '')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const letters = words.length > 1 ? words.map((word) => word[0]).join('') : (words[0] ?? '');
  return letters.toUpperCase().slice(0, 4);
}

export function encodeCompletion({ completed, initials }: Completion): string {
  const letters = toInitials(initials);
  const body = new BitWriter().write(letters.length, 3);
  for (const letter of letters) body.write(letter.charCodeAt(0) - 64, 5);
  const ids = new Set(completed.filter((id) => Number.isInteger(id) && id > 0));
  const highest = Math.max(0, ...ids);
  for (let id = 1; id <= highest; id++) body.write(ids.has(id) ? 1 : 0, 1);
  return frame(COMPLETION_CODE_VERSION, body);
}

export function decodeCompletion(code: string): CompletionDecode {
  const framed = unframe(code, COMPLETION_CODE_VERSION, 3);
  if (!framed.ok) return framed;
  const bodyReader = new BitReader(framed.body);
  const count = bodyReader.read(3)!;
  let initials = '';
  for (let i = 0; i < count; i++) {
    const letter = bodyReader.read(5);
    if (letter === undefined || letter < 1 || letter > 26) return { ok: false, error: 'checksum' };
    initials += String.fromCharCode(64 + letter);
  }
  const completed: number[] = [];
  for (let id = 1; bodyReader.remaining > 0; id++) if (bodyReader.read(1) === 1) completed.push(id);
  return { ok: true, version: COMPLETION_CODE_VERSION, completed, initials };
}
