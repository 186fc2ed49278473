/**
 * The transfer code that moves progress to another phone with no internet: typed by
 * hand or carried in a QR code's link fragment. It carries each started or completed
 * lesson with its best quiz score, not step ticks, to stay short enough to type.
 * Format: version:4 · crc8:8 · body: minutes since 2020:24 · lesson count:varint ·
 * per lesson (by id): id gap:varint · completed:1 · has quiz:1 · [best:4 · total:4].
 */
import { emptyProgress, type Progress } from '../progress/model';
import { BitReader, BitWriter } from './bits';
import { frame, unframe, type FrameError } from './frame';

export const TRANSFER_CODE_VERSION = 1;
const EPOCH = Date.UTC(2020, 0, 1);
const MINUTE = 60_000;

export type TransferDecode = { ok: true; progress: Progress } | { ok: false; error: FrameError };

export function encodeTransfer(progress: Progress, now: number): string {
  const body = new BitWriter().write(Math.max(0, Math.floor((now - EPOCH) / MINUTE)) % 2 ** 24, 24);
  const entries = Object.entries(progress.lessons)
    .map(([id, lesson]) => ({ id: Number(id), lesson }))
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
  return frame(TRANSFER_CODE_VERSION, body);
}

export function decodeTransfer(code: string): TransferDecode {
  const framed = unframe(code, TRANSFER_CODE_VERSION, 29);
  if (!framed.ok) return framed;
  const reader = new BitReader(framed.body);
  const at = EPOCH + reader.read(24)! * MINUTE;
  const count = reader.readVarint();
  if (count === undefined) return { ok: false, error: 'too-short' };
  const progress = emptyProgress();
  let id = 0;
  for (let i = 0; i < count; i++) {
    const gap = reader.readVarint();
    const completed = reader.read(1);
    const hasQuiz = reader.read(1);
    if (gap === undefined || gap < 1 || completed === undefined || hasQuiz === undefined)
      return { ok: false, error: 'too-short' };
    id += gap;
    const lesson: Progress['lessons'][string] = {
      status: completed ? 'completed' : 'started',
      steps: {},
      exercises: [],
      startedAt: at,
      updatedAt: at,
    };
    if (completed) lesson.completedAt = at;
    if (hasQuiz) {
      const best = reader.read(4);
      const total = reader.read(4);
      if (best === undefined || total === undefined) return { ok: false, error: 'too-short' };
      lesson.quiz = { best: Math.min(best, total), total, attempts: 1 };
    }
    progress.lessons[String(id)] = lesson;
  }
  return { ok: true, progress };
}
