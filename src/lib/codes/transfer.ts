/**
 * The transfer code that moves progress to another phone with no internet: typed by
 * hand or carried in a QR code's link fragment. It carries each started or completed
 * lesson with its best quiz score, not step ticks, to stay short enough to type.
 * Body (inside the frame of frame.ts, tag 3): minutes since 2020:24 · lesson count:varint ·
 * per lesson (by id): id gap:varint · completed:1 · has quiz:1 · [best:4 · total:4].
 */
import { emptyProgress, MAX_LESSON_ID, type Progress } from '../progress/model';
import { BitReader, BitWriter } from './bits';
import { frame, onlyPadding, unframe, type FrameError } from './frame';

const EPOCH = Date.UTC(2020, 0, 1);
const MINUTE = 60_000;
/** The fewest bits one lesson takes: a one-group gap and the two flags. */
const LESSON_BITS = 7;

export type TransferDecode = { ok: true; progress: Progress } | { ok: false; error: FrameError };

export interface TransferBody {
  at: number;
  lessons: { id: number; completed: boolean; quiz?: { best: number; total: number } }[];
}

export function encodeTransfer(progress: Progress, now: number): string {
  const body = new BitWriter().write(Math.max(0, Math.floor((now - EPOCH) / MINUTE)) % 2 ** 24, 24);
  const entries = Object.entries(progress.lessons)
    .map(([id, lesson]) => ({ id: Number(id), lesson }))
    .filter(({ id }) => Number.isInteger(id) && id > 0 && id <= MAX_LESSON_ID)
    .sort((a, b) => a.id - b.id);
  body.writeVarint(entries.length);
  let previous = 0;
  for (const { id, lesson } of entries) {
    body.writeVarint(id - previous).write(lesson.status === 'completed' ? 1 : 0, 1);
    previous = id;
    const quiz = lesson.quiz && lesson.quiz.total <= 15 ? lesson.quiz : undefined;
    body.write(quiz ? 1 : 0, 1);
    if (quiz) body.write(quiz.best, 4).write(quiz.total, 4);
  }
  return frame('transfer', body);
}

/**
 * Reads a transfer body, bounded before any work: the count cannot promise more lessons than
 * the bits can hold, no id passes MAX_LESSON_ID, and nothing but padding may follow.
 */
export function readTransferBody(
  bits: readonly number[],
): ({ ok: true } & TransferBody) | { ok: false; error: FrameError } {
  const reader = new BitReader(bits);
  const minutes = reader.read(24);
  const count = reader.readVarint();
  if (minutes === undefined || count === undefined) return { ok: false, error: 'too-short' };
  if (count * LESSON_BITS > reader.remaining) return { ok: false, error: 'too-short' };
  const lessons: TransferBody['lessons'] = [];
  let id = 0;
  for (let i = 0; i < count; i++) {
    const gap = reader.readVarint();
    const completed = reader.read(1);
    const hasQuiz = reader.read(1);
    if (gap === undefined || completed === undefined || hasQuiz === undefined) return { ok: false, error: 'too-short' };
    if (gap < 1) return { ok: false, error: 'checksum' };
    id += gap;
    if (id > MAX_LESSON_ID) return { ok: false, error: 'lesson-id' };
    const lesson: TransferBody['lessons'][number] = { id, completed: completed === 1 };
    if (hasQuiz) {
      const best = reader.read(4);
      const total = reader.read(4);
      if (best === undefined || total === undefined) return { ok: false, error: 'too-short' };
      lesson.quiz = { best: Math.min(best, total), total };
    }
    lessons.push(lesson);
  }
  if (!onlyPadding(bits.slice(bits.length - reader.remaining))) return { ok: false, error: 'checksum' };
  return { ok: true, at: EPOCH + minutes * MINUTE, lessons };
}

/** `now` caps the code's time: a crafted code cannot date lessons in the future. */
export function decodeTransfer(code: string, now: number): TransferDecode {
  const framed = unframe(code, 'transfer', 29);
  if (!framed.ok) return framed;
  // Old codes shared one frame with completion codes and cannot be told apart safely.
  if (framed.legacy) return { ok: false, error: 'old-version' };
  const body = readTransferBody(framed.body);
  if (!body.ok) return body;
  const at = Math.min(body.at, now);
  const progress = emptyProgress();
  for (const { id, completed, quiz } of body.lessons) {
    const lesson: Progress['lessons'][string] = {
      status: completed ? 'completed' : 'started',
      steps: {},
      exercises: [],
      startedAt: at,
      updatedAt: at,
    };
    if (completed) lesson.completedAt = at;
    if (quiz) lesson.quiz = { ...quiz, attempts: 1 };
    progress.lessons[String(id)] = lesson;
  }
  return { ok: true, progress };
}

/** Old (version 1) transfer codes were made only in 2025–26: a body dated otherwise is not one. */
export function looksLikeOldTransfer(body: readonly number[]): boolean {
  const read = readTransferBody(body);
  return read.ok && read.at >= Date.UTC(2025, 0, 1) && read.at < Date.UTC(2027, 6, 1);
}
