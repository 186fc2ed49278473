import { describe, expect, it } from 'vitest';
import { pageParam, pageRange, paginate } from './paginate';

describe('paginate', () => {
  it('splits a list into pages of the size, the last one shorter, each knowing where it starts', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((page) => page.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((page) => [page.number, page.count, page.start, page.size, page.total])).toEqual([
      [1, 3, 0, 2, 5],
      [2, 3, 2, 2, 5],
      [3, 3, 4, 2, 5],
    ]);
  });

  it('keeps one page for a list that fits, and for an empty one', () => {
    expect(paginate([1, 2], 30)).toEqual([{ number: 1, count: 1, items: [1, 2], start: 0, size: 30, total: 2 }]);
    expect(paginate([], 30)).toEqual([{ number: 1, count: 1, items: [], start: 0, size: 30, total: 0 }]);
  });

  it('refuses a page size that is not a positive whole number', () => {
    expect(() => paginate([1], 0)).toThrow('Not a page size: 0');
    expect(() => paginate([1], 1.5)).toThrow('Not a page size: 1.5');
  });

  it('gives the first page no parameter, so its address stays the path address', () => {
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(3)).toBe('3');
  });

  it('names the items a page holds, the last page only up to the total', () => {
    const [first] = paginate(
      Array.from({ length: 75 }, (_, i) => i),
      30,
    );
    expect(pageRange(first!, 1)).toEqual({ from: 1, to: 30 });
    expect(pageRange(first!, 3)).toEqual({ from: 61, to: 75 });
  });
});
