/**
 * A trainer's classes and the completion codes their learners showed. Pure: the store
 * in src/client/storage/roster-store.ts reads and writes it, the roster island draws it.
 */
import { decodeCompletion } from '../codes/completion';
import type { FrameError } from '../codes/frame';
import { isTransferLink } from '../codes/link';
import { parseJson } from '../text/json';

export const ROSTER_VERSION = 1;

export interface Learner {
  name: string;
  /** The code as typed, tidied to upper case without spaces. */
  code: string;
  initials: string;
  completed: number[];
  /** The average quiz score the code reports, in percent, when it carries one. */
  quiz?: number;
  /** ISO time the code was added: "the newest" when the same learner comes twice. */
  added: string;
}

export interface ClassRecord {
  id: string;
  name: string;
  date: string;
  place: string;
  learners: Learner[];
}

export interface Roster {
  version: number;
  classes: ClassRecord[];
}

export function emptyRoster(): Roster {
  return { version: ROSTER_VERSION, classes: [] };
}

export type ParsedRoster =
  | { ok: true; roster: Roster; dropped: number }
  | { ok: false; reason: 'unreadable' }
  | { ok: false; reason: 'newer-version'; roster: Roster };

const isText = (value: unknown): value is string => typeof value === 'string';

const withQuiz = (learner: Learner, quiz: number | undefined): Learner =>
  quiz === undefined ? learner : { ...learner, quiz };

function readLearner(value: unknown): Learner | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const learner = value as Record<string, unknown>;
  const decoded = isText(learner['code']) ? decodeCompletion(learner['code']) : undefined;
  // The code is the record: names and dates are re-read from it, so a damaged field cannot lie.
  if (!decoded?.ok || !isText(learner['name'])) return undefined;
  return withQuiz(
    {
      name: learner['name'].slice(0, 60),
      code: learner['code'] as string,
      initials: decoded.initials,
      completed: decoded.completed,
      added: isText(learner['added']) ? learner['added'] : '',
    },
    decoded.quiz,
  );
}

function readClass(value: unknown): { record: ClassRecord; dropped: number } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  if (!isText(record['id']) || !isText(record['name']) || !Array.isArray(record['learners'])) return undefined;
  const learners = record['learners'].map(readLearner);
  const kept = learners.filter((learner): learner is Learner => learner !== undefined);
  return {
    record: {
      id: record['id'],
      name: record['name'],
      date: isText(record['date']) ? record['date'] : '',
      place: isText(record['place']) ? record['place'] : '',
      learners: kept,
    },
    dropped: learners.length - kept.length,
  };
}

/** Keeps every class and learner it can read and counts what it could not. */
export function parseRoster(text: string): ParsedRoster {
  const json = parseJson(text);
  const value = json.ok ? json.value : undefined;
  if (typeof value !== 'object' || value === null || !Array.isArray((value as Roster).classes)) {
    return { ok: false, reason: 'unreadable' };
  }
  const raw = value as { version?: unknown; classes: unknown[] };
  const classes = raw.classes.map(readClass);
  const kept = classes.filter((entry) => entry !== undefined);
  const roster = { version: ROSTER_VERSION, classes: kept.map((entry) => entry.record) };
  if (typeof raw.version === 'number' && raw.version > ROSTER_VERSION)
    return { ok: false, reason: 'newer-version', roster };
  const dropped = classes.length - kept.length + kept.reduce((sum, entry) => sum + entry.dropped, 0);
  return { ok: true, roster, dropped };
}

export type AddResult =
  { ok: true; record: ClassRecord; learner: Learner; replaced: boolean } | { ok: false; error: FrameError };

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase('id') === b.trim().toLocaleLowerCase('id');

/**
 * Adds a learner from a completion code. The same learner (same name, or the code's
 * initials when no name is typed) added again replaces the older row: the newest wins.
 */
export function addLearner(record: ClassRecord, code: string, typedName: string, now: Date): AddResult {
  if (isTransferLink(code)) return { ok: false, error: 'transfer-code' };
  const decoded = decodeCompletion(code);
  if (!decoded.ok) return { ok: false, error: decoded.error };
  const tidy = code.toUpperCase().replace(/[\s-]/g, '');
  const name = typedName.trim().slice(0, 60) || decoded.initials || '?';
  const learner = withQuiz(
    { name, code: tidy, initials: decoded.initials, completed: decoded.completed, added: now.toISOString() },
    decoded.quiz,
  );
  const replaced = record.learners.some((other) => sameName(other.name, name));
  const learners = [...record.learners.filter((other) => !sameName(other.name, name)), learner];
  return { ok: true, record: { ...record, learners }, learner, replaced };
}

/**
 * Lesson ids anyone in the class completed, in id order: the roster table's columns. Only ids
 * `known` has (the catalogue's, when it loaded): a code naming others cannot add columns.
 */
export function lessonColumns(record: ClassRecord, known: (id: number) => boolean = () => true): number[] {
  return [...new Set(record.learners.flatMap((learner) => learner.completed))].filter(known).sort((a, b) => a - b);
}

/** A learner's completed lessons split into those the catalogue has and a count of the rest. */
export function countKnown(learner: Learner, known: (id: number) => boolean): { done: number; unknown: number } {
  const done = learner.completed.filter(known).length;
  return { done, unknown: learner.completed.length - done };
}

export function newClassId(now: Date, random: () => number): string {
  return `${now.getTime().toString(36)}${Math.floor(random() * 1e6).toString(36)}`;
}
