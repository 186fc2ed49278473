/**
 * A class session planned by a trainer: a title, a day, a start time and an ordered list
 * of lessons and breaks with minutes. It travels in a link's fragment (#…), so it needs
 * no server and never reaches one; anyone who opens the link sees the same agenda.
 */
import { MAX_LESSON_ID } from '../progress/model';

export type SessionItem = { kind: 'lesson'; id: number; minutes: number } | { kind: 'break'; minutes: number };

export interface Session {
  title: string;
  /** YYYY-MM-DD, or '' when not set. */
  date: string;
  /** HH:MM, 24-hour. */
  start: string;
  items: SessionItem[];
}

export const MAX_ITEMS = 40;
export const MAX_MINUTES = 240;
export const MAX_TITLE = 80;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function emptySession(): Session {
  return { title: '', date: '', start: '09:00', items: [] };
}

export function clampMinutes(minutes: number): number {
  if (!Number.isFinite(minutes)) return 1;
  return Math.min(MAX_MINUTES, Math.max(1, Math.round(minutes)));
}

/** `j=title&w=date&m=start&a=6-8.7-10.r15`: short enough for a QR code a cheap phone reads. */
export function encodeSession(session: Session): string {
  const params = new URLSearchParams();
  if (session.title.trim()) params.set('j', session.title.trim().slice(0, MAX_TITLE));
  if (DATE.test(session.date)) params.set('w', session.date);
  params.set('m', TIME.test(session.start) ? session.start : '09:00');
  const items = session.items
    .slice(0, MAX_ITEMS)
    .map((item) =>
      item.kind === 'lesson' ? `${item.id}-${clampMinutes(item.minutes)}` : `r${clampMinutes(item.minutes)}`,
    );
  params.set('a', items.join('.'));
  return params.toString();
}

export interface DecodedSession {
  session: Session;
  /** Items in the link that could not be read (a damaged or hand-edited link). */
  skipped: number;
}

/** Reads a fragment (with or without "#"). Anything unreadable is skipped and counted, never thrown. */
export function decodeSession(fragment: string): DecodedSession | undefined {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  if (!params.has('a')) return undefined;
  const session = emptySession();
  session.title = (params.get('j') ?? '').trim().slice(0, MAX_TITLE);
  const date = params.get('w') ?? '';
  session.date = DATE.test(date) ? date : '';
  const start = params.get('m') ?? '';
  session.start = TIME.test(start) ? start : '09:00';
  let skipped = 0;
  for (const part of (params.get('a') ?? '').split('.').filter(Boolean)) {
    const lesson = /^(\d{1,5})-(\d{1,3})$/.exec(part);
    const rest = /^r(\d{1,3})$/.exec(part);
    if (session.items.length >= MAX_ITEMS) skipped++;
    else if (lesson && Number(lesson[1]) > 0 && Number(lesson[1]) <= MAX_LESSON_ID)
      session.items.push({ kind: 'lesson', id: Number(lesson[1]), minutes: clampMinutes(Number(lesson[2])) });
    else if (rest) session.items.push({ kind: 'break', minutes: clampMinutes(Number(rest[1])) });
    else skipped++;
  }
  return { session, skipped };
}

export interface AgendaRow {
  item: SessionItem;
  /** HH:MM when this item starts. */
  start: string;
  end: string;
}

function clock(totalMinutes: number): string {
  const minutes = ((totalMinutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export function agenda(session: Session): { rows: AgendaRow[]; totalMinutes: number; end: string } {
  const [hours, minutes] = (TIME.test(session.start) ? session.start : '09:00').split(':').map(Number) as [
    number,
    number,
  ];
  let at = hours * 60 + minutes;
  const rows = session.items.map((item) => {
    const row = { item, start: clock(at), end: clock(at + item.minutes) };
    at += item.minutes;
    return row;
  });
  const totalMinutes = session.items.reduce((sum, item) => sum + item.minutes, 0);
  return { rows, totalMinutes, end: clock(hours * 60 + minutes + totalMinutes) };
}

/** Moves one item up (-1) or down (+1); out-of-range moves leave the list as it is. */
export function moveItem<T>(items: readonly T[], index: number, step: -1 | 1): T[] {
  const target = index + step;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
  const next = [...items];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}
