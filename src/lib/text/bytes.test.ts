import { describe, expect, it } from 'vitest';
import { formatBytes } from './bytes';

describe('formatBytes', () => {
  it('writes megabytes with one decimal, in the page language', () => {
    expect(formatBytes(1_234_567, 'id')).toBe('1,2 MB');
    expect(formatBytes(1_234_567, 'en')).toBe('1.2 MB');
    expect(formatBytes(2_000_000, 'id')).toBe('2 MB');
  });
  it('writes smaller sizes in whole kilobytes, never zero', () => {
    expect(formatBytes(850_400, 'id')).toBe('850 KB');
    expect(formatBytes(12, 'id')).toBe('1 KB');
  });
});
