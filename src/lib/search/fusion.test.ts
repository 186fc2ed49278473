import { describe, expect, it } from 'vitest';
import { fuse } from './fusion';

describe('fuse', () => {
  it('puts an item ranked well by several engines above one ranked first by a single engine', () => {
    expect(fuse([{ items: ['a', 'b', 'c', 'd'] }, { items: ['d', 'b'] }, { items: ['d'] }])).toEqual([
      'd',
      'b',
      'a',
      'c',
    ]);
  });

  it('keeps one engine order when it is the only one, and weighs engines', () => {
    expect(fuse([{ items: ['x', 'y', 'z'] }])).toEqual(['x', 'y', 'z']);
    expect(
      fuse([
        { items: ['x'], weight: 1 },
        { items: ['y'], weight: 2 },
      ]),
    ).toEqual(['y', 'x']);
    expect(fuse([])).toEqual([]);
  });
});
