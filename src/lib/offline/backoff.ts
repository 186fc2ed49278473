/**
 * When saving the site for offline use failed (no room, most often), the page waits before it
 * tries again instead of downloading the worker and the same pages on every page view: an hour
 * after the first failure, doubling to a week. The record is untrusted storage, read defensively;
 * every page reads it (mayTryAgain), so that part stays a few bytes.
 */
export interface SaveFailure {
  count: number;
  /** When the next attempt is due. */
  until: number;
}

/** The setting (src/client/storage/settings.ts) that remembers the last failed save. */
export const FAILURE_SETTING = 'offlineFailure';

const HOUR = 3_600_000;
const LONGEST = 7 * 24 * HOUR;

export function waitAfter(count: number): number {
  return Math.min(LONGEST, HOUR * 2 ** (count - 1));
}

/** True when a new attempt is due: nothing readable on record, its wait is over, or the clock went back. */
export function mayTryAgain(value: unknown, now: number): boolean {
  const until = (value as { until?: unknown } | null)?.until;
  return typeof until !== 'number' || now >= until || until - now > LONGEST;
}

export function recordFailure(value: unknown, now: number): SaveFailure {
  const previous = (value as { count?: unknown } | null)?.count;
  const count = Number.isInteger(previous) && (previous as number) > 0 ? Math.min(previous as number, 64) + 1 : 1;
  return { count, until: now + waitAfter(count) };
}
