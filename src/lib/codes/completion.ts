/**
 * The completion code a learner shows a trainer: which lessons are complete (by stable
 * id), optional initials and the average quiz score, in about 15–25 characters.
 * Body (inside the frame of frame.ts, tag 2; docs/completion-code.md): initials count:3 ·
 * initials 5 bits each (A=1 … Z=26) · quiz:4 (average best score in tenths, 0–10; 15 when
 * no quiz was taken) · one bit per lesson id from 1 up to the highest completed id.
 * Version 1 codes (no quiz field, a CRC-8 in front) are still read when they cannot be a
 * transfer code: rosters saved before the change keep their learners.
 */
import { completedIds, MAX_LESSON_ID, type Progress } from '../progress/model';
import { BitReader, BitWriter } from './bits';
import { frame, unframe, type FrameError } from './frame';
import { looksLikeOldTransfer } from './transfer';

const NO_QUIZ = 15;

export interface Completion {
  completed: number[];
  initials: string;
  /** Average best quiz score over the completed lessons that have a quiz, in percent (multiples of 10). */
  quiz?: number;
}

export type CompletionDecode = ({ ok: true; version: 1 | 2 } & Completion) | { ok: false; error: FrameError };

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

/**
 * What a learner's code says: the completed lessons (only `known` ones, when given: the
 * catalogue's) and the average of their best quiz scores.
 */
export function completionOf(progress: Progress, initials: string, known?: (id: number) => boolean): Completion {
  const completed = completedIds(progress).filter((id) => !known || known(id));
  const scores = completed.flatMap((id) => {
    const quiz = progress.lessons[String(id)]?.quiz;
    return quiz && quiz.total > 0 ? [quiz.best / quiz.total] : [];
  });
  const completion: Completion = { completed, initials };
  if (scores.length > 0) completion.quiz = (100 * scores.reduce((sum, score) => sum + score, 0)) / scores.length;
  return completion;
}

export function encodeCompletion({ completed, initials, quiz }: Completion): string {
  const letters = toInitials(initials);
  const body = new BitWriter().write(letters.length, 3);
  for (const letter of letters) body.write(letter.charCodeAt(0) - 64, 5);
  body.write(quiz === undefined ? NO_QUIZ : Math.max(0, Math.min(10, Math.round(quiz / 10))), 4);
  const ids = new Set(completed.filter((id) => Number.isInteger(id) && id > 0 && id <= MAX_LESSON_ID));
  const highest = Math.max(0, ...ids);
  for (let id = 1; id <= highest; id++) body.write(ids.has(id) ? 1 : 0, 1);
  return frame('completion', body);
}

type Read = { ok: true; completed: number[]; initials: string; quiz?: number } | { ok: false; error: FrameError };

function readBody(bits: readonly number[], withQuiz: boolean): Read {
  const reader = new BitReader(bits);
  const count = reader.read(3)!;
  if (count > 4) return { ok: false, error: 'checksum' };
  let initials = '';
  for (let i = 0; i < count; i++) {
    const letter = reader.read(5);
    if (letter === undefined || letter < 1 || letter > 26) return { ok: false, error: 'checksum' };
    initials += String.fromCharCode(64 + letter);
  }
  const quiz = withQuiz ? reader.read(4) : NO_QUIZ;
  if (quiz === undefined) return { ok: false, error: 'too-short' };
  if (quiz > 10 && quiz !== NO_QUIZ) return { ok: false, error: 'checksum' };
  const completed: number[] = [];
  for (let id = 1; reader.remaining > 0; id++) if (reader.read(1) === 1) completed.push(id);
  if (completed.some((id) => id > MAX_LESSON_ID)) return { ok: false, error: 'lesson-id' };
  return quiz === NO_QUIZ ? { ok: true, completed, initials } : { ok: true, completed, initials, quiz: quiz * 10 };
}

export function decodeCompletion(code: string): CompletionDecode {
  const framed = unframe(code, 'completion', 3);
  if (!framed.ok) return framed;
  // An old code that reads as an old transfer code is one: the roster must not take it as a learner.
  if (framed.legacy && looksLikeOldTransfer(framed.body)) return { ok: false, error: 'transfer-code' };
  const read = readBody(framed.body, !framed.legacy);
  if (!read.ok) return read;
  return { version: framed.legacy ? 1 : 2, ...read };
}
