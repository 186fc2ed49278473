/**
 * Reads progress from unknown data (storage, an import file) without ever throwing.
 * Anything that is not ours is reported, not guessed at; a valid lesson is kept even
 * when a neighbour is broken, because losing progress is the worst outcome.
 */
import { emptyProgress, PROGRESS_VERSION, type LessonProgress, type Progress } from './model';

export type ParseResult =
  | { ok: true; progress: Progress; dropped: number }
  | { ok: false; reason: 'not-json' | 'not-ours' | 'newer-version'; version?: number };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isIndex = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

function parseLesson(value: unknown): LessonProgress | undefined {
  if (
    !isRecord(value) ||
    (value['status'] !== 'started' && value['status'] !== 'completed') ||
    !isTime(value['updatedAt'])
  ) {
    return undefined;
  }
  const steps: Record<string, number[]> = {};
  if (isRecord(value['steps'])) {
    for (const [listId, ticked] of Object.entries(value['steps'])) {
      if (Array.isArray(ticked)) steps[listId] = [...new Set(ticked.filter(isIndex))].sort((a, b) => a - b);
    }
  }
  const lesson: LessonProgress = {
    status: value['status'],
    steps,
    exercises: Array.isArray(value['exercises'])
      ? [...new Set(value['exercises'].filter((item): item is string => typeof item === 'string'))]
      : [],
    updatedAt: value['updatedAt'],
  };
  const quiz = value['quiz'];
  if (isRecord(quiz) && isIndex(quiz['best']) && isIndex(quiz['total']) && isIndex(quiz['attempts'])) {
    lesson.quiz = { best: Math.min(quiz['best'], quiz['total']), total: quiz['total'], attempts: quiz['attempts'] };
  }
  if (isTime(value['completedAt'])) lesson.completedAt = value['completedAt'];
  return lesson;
}

export function parseProgress(value: unknown): ParseResult {
  if (!isRecord(value) || !('v' in value) || !isRecord(value['lessons'])) return { ok: false, reason: 'not-ours' };
  const version = value['v'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, reason: 'not-ours' };
  if (version > PROGRESS_VERSION) return { ok: false, reason: 'newer-version', version };
  const progress = emptyProgress();
  let dropped = 0;
  for (const [key, raw] of Object.entries(value['lessons'])) {
    const lesson = /^[1-9]\d{0,3}$/.test(key) ? parseLesson(raw) : undefined;
    if (lesson) progress.lessons[key] = lesson;
    else dropped++;
  }
  const last = value['last'];
  if (isRecord(last) && isIndex(last['lesson']) && isTime(last['at']))
    progress.last = { lesson: last['lesson'], at: last['at'] };
  return { ok: true, progress, dropped };
}

export function parseProgressText(text: string): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  return parseProgress(value);
}
