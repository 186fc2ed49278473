import { describe, expect, it } from 'vitest';
import { formatIdList, parseIdList } from './id-list';

describe('lesson id lists', () => {
  it('writes neighbouring ids as runs and reads them back in order', () => {
    const ids = [1, 2, 3, 4, 7, 9, 10, 12, 13, 14, 31];
    expect(formatIdList(ids)).toBe('1-4,7,9,10,12-14,31');
    expect(parseIdList(formatIdList(ids))).toEqual(ids);
  });

  it('keeps the order of a path whose lessons are not sorted', () => {
    expect(parseIdList(formatIdList([5, 3, 4, 1]))).toEqual([5, 3, 4, 1]);
  });

  it('names 5,000 neighbouring lessons in a few bytes', () => {
    expect(formatIdList(Array.from({ length: 5000 }, (_, k) => k + 1))).toBe('1-5000');
  });

  it('skips what it cannot read', () => {
    expect(parseIdList('')).toEqual([]);
    expect(parseIdList('3,x,5-4,0,2-2,7')).toEqual([3, 2, 7]);
  });
});
