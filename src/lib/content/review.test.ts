import { describe, expect, it } from 'vitest';
import { addMonths, checkDates, isDue, isoDay, reviewDue, reviewMonths } from './review';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const today = day('2026-12-01');

describe('review dates', () => {
  it('adds months on the same day, or the last day of a shorter month', () => {
    expect(isoDay(addMonths(day('2026-12-01'), 6))).toBe('2027-06-01');
    expect(isoDay(addMonths(day('2026-08-31'), 6))).toBe('2027-02-28');
    expect(isoDay(addMonths(day('2026-01-31'), 1))).toBe('2026-02-28');
  });

  it('takes the shortest interval of the path and its services', () => {
    expect(reviewMonths(12, [undefined, 6])).toBe(6);
    expect(reviewMonths(12, [])).toBe(12);
  });

  it('is due on the due day and after it, not the day before', () => {
    const due = reviewDue(day('2026-06-01'), 6);
    expect(isDue(due, day('2026-11-30'))).toBe(false);
    expect(isDue(due, day('2026-12-01'))).toBe(true);
    expect(isDue(due, day('2027-03-01'))).toBe(true);
  });
});

describe('checkDates', () => {
  it('accepts a lesson checked on the day its newest source was read', () => {
    const lesson = {
      verified: day('2026-12-01'),
      sources: [{ checked: day('2026-11-02') }, { checked: day('2026-12-01') }],
    };
    expect(checkDates(lesson, today)).toEqual([]);
  });

  it('rejects a verified date later than the newest checked source, with the date to set', () => {
    const [problem, ...rest] = checkDates(
      { verified: day('2026-12-01'), sources: [{ checked: day('2026-11-27') }] },
      today,
    );
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ field: 'verified', fix: expect.stringContaining('verified: 2026-11-27') });
  });

  it('rejects dates in the future and sources nobody dated', () => {
    const problems = checkDates(
      { verified: day('2026-12-02'), sources: [{ checked: day('2026-12-05') }, { checked: undefined }] },
      today,
    );
    expect(problems.map((problem) => problem.field)).toEqual(['sources[0].checked', 'sources[1].checked', 'verified']);
    expect(problems[1]!.fix).toContain('checked: 2026-12-01');
  });
});
