import { describe, expect, it } from 'vitest';
import { closest, didYouMean, editDistance } from './closest';

describe('closest', () => {
  it('measures edits', () => {
    expect(editDistance('title', 'title')).toBe(0);
    expect(editDistance('tittle', 'title')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggests the field an author probably meant', () => {
    expect(closest('tittle', ['title', 'summary', 'path'])).toBe('title');
    expect(didYouMean('sumary', ['title', 'summary'])).toBe(' Did you mean "summary"?');
  });

  it('suggests nothing for a word unlike any candidate', () => {
    expect(closest('banana', ['id', 'path'])).toBeUndefined();
    expect(didYouMean('banana', ['id', 'path'])).toBe('');
  });
});
