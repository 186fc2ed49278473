import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayTryAgain, recordFailure, waitAfter } from './backoff';
import { fallbackPage } from './fallback-page';

const HOUR = 3_600_000;
const words = {
  title: 'Anda sedang offline',
  text: 'Halaman ini belum tersimpan.',
  retry: 'Coba lagi',
  home: 'Beranda',
};

describe('saving for offline after a failure', () => {
  it('waits an hour, then twice as long after each further failure, at most a week', () => {
    const first = recordFailure(undefined, 0);
    expect(mayTryAgain(first, HOUR - 1)).toBe(false);
    expect(mayTryAgain(first, HOUR)).toBe(true);
    const third = recordFailure(recordFailure(first, HOUR), 3 * HOUR);
    expect(third).toEqual({ count: 3, until: 7 * HOUR });
    expect(waitAfter(40)).toBe(7 * 24 * HOUR);
    // A clock set back by more than the longest wait does not lock saving out.
    expect(mayTryAgain(first, -8 * 24 * HOUR)).toBe(true);
  });

  it('tries at once when nothing readable is on record, and never throws on what storage holds', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer(), (value, now) => {
        expect(typeof mayTryAgain(value, now)).toBe('boolean');
        expect(recordFailure(value, now).count).toBeGreaterThanOrEqual(1);
      }),
    );
    expect(mayTryAgain({ until: 'soon', count: 1 }, 0)).toBe(true);
  });
});

describe('the built-in offline page', () => {
  it('is a whole page in the learner’s language that needs nothing else, and escapes the address', () => {
    const html = fallbackPage('id', words, '/', '/cari/?q="><script>');
    expect(html).toMatch(/^<!doctype html><html lang="id">/);
    expect(html).toContain('<h1>Anda sedang offline</h1>');
    expect(html).not.toContain('<script');
    expect(html).not.toMatch(/\b(src|rel)=/);
  });
});
