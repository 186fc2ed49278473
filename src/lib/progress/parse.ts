/**
 * Reads progress from unknown data (storage, an import file, a transfer) without ever
 * throwing. Anything that is not ours is reported, not guessed at; a valid lesson is
 * kept even when a neighbour is broken, because losing progress is the worst outcome.
 * Older versions are migrated here, one step at a time.
 */
import { emptyProgress, MAX_LESSON_ID, PROGRESS_VERSION, type LessonProgress, type Progress } from './model';
import { parseJson } from '../text/json';

export type ParseResult =
  | { ok: true; progress: Progress; dropped: number; migratedFrom?: number }
  | { ok: false; reason: 'not-json' | 'not-ours' }
  /** Saved by a newer version: `progress` is a best-effort read, to be shown but never written back. */
  | { ok: false; reason: 'newer-version'; version: number; progress?: Progress };

type Raw = Record<string, unknown>;
const isRecord = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

/**
 * Version 1 (the first release) had no startedAt: the earliest known time stands in.
 * Each entry turns version N into N + 1; add one per format change, never edit old ones.
 */
const MIGRATIONS: Record<number, (record: Raw) => Raw> = {
  1: (record) => {
    const lessons: Raw = {};
    for (const [key, lesson] of Object.entries(isRecord(record['lessons']) ? record['lessons'] : {})) {
      lessons[key] = isRecord(lesson)
        ? { ...lesson, startedAt: Math.min(...[lesson['updatedAt'], lesson['completedAt']].filter(isTime), Infinity) }
        : lesson;
    }
    return { ...record, lessons, v: 2 };
  },
};

function parseLesson(value: unknown): LessonProgress | undefined {
  if (!isRecord(value) || (value['status'] !== 'started' && value['status'] !== 'completed')) return undefined;
  const updatedAt = value['updatedAt'];
  if (!isTime(updatedAt)) return undefined;
  const steps: Record<string, number[]> = {};
  if (isRecord(value['steps'])) {
    for (const [listId, ticked] of Object.entries(value['steps'])) {
      if (Array.isArray(ticked)) steps[listId] = [...new Set(ticked.filter(isCount))].sort((a, b) => a - b);
    }
  }
  const lesson: LessonProgress = {
    status: value['status'],
    steps,
    exercises: Array.isArray(value['exercises'])
      ? [...new Set(value['exercises'].filter((item): item is string => typeof item === 'string'))].sort()
      : [],
    startedAt: isTime(value['startedAt']) ? Math.min(value['startedAt'], updatedAt) : updatedAt,
    updatedAt,
  };
  const quiz = value['quiz'];
  if (isRecord(quiz) && isCount(quiz['best']) && isCount(quiz['total']) && isCount(quiz['attempts'])) {
    lesson.quiz = { best: Math.min(quiz['best'], quiz['total']), total: quiz['total'], attempts: quiz['attempts'] };
  }
  if (lesson.status === 'completed')
    lesson.completedAt = isTime(value['completedAt']) ? value['completedAt'] : updatedAt;
  return lesson;
}

function read(record: Raw): { progress: Progress; dropped: number } {
  const progress = emptyProgress();
  let dropped = 0;
  for (const [key, raw] of Object.entries(isRecord(record['lessons']) ? record['lessons'] : {})) {
    const lesson = /^[1-9]\d{0,4}$/.test(key) && Number(key) <= MAX_LESSON_ID ? parseLesson(raw) : undefined;
    if (lesson) progress.lessons[key] = lesson;
    else dropped++;
  }
  const last = record['last'];
  if (isRecord(last) && isCount(last['lesson']) && isTime(last['at'])) {
    progress.last = { lesson: last['lesson'], at: last['at'] };
    if (typeof last['slug'] === 'string' && /^[a-z0-9-]+$/.test(last['slug'])) progress.last.slug = last['slug'];
    if (typeof last['title'] === 'string') progress.last.title = last['title'].slice(0, 200);
  }
  return { progress, dropped };
}

export function parseProgress(value: unknown): ParseResult {
  if (!isRecord(value) || !isRecord(value['lessons'])) return { ok: false, reason: 'not-ours' };
  const version = value['v'];
  if (!Number.isInteger(version) || (version as number) < 1) return { ok: false, reason: 'not-ours' };
  if ((version as number) > PROGRESS_VERSION) {
    return { ok: false, reason: 'newer-version', version: version as number, progress: read(value).progress };
  }
  let record: Raw = value;
  for (let from = version as number; from < PROGRESS_VERSION; from++) record = MIGRATIONS[from]!(record);
  const result = read(record);
  return version === PROGRESS_VERSION
    ? { ok: true, ...result }
    : { ok: true, ...result, migratedFrom: version as number };
}

export function parseProgressText(text: string): ParseResult {
  const json = parseJson(text);
  return json.ok ? parseProgress(json.value) : { ok: false, reason: 'not-json' };
}
