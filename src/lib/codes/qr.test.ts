import { describe, expect, it } from 'vitest';
import { qrPath } from './qr';

describe('qrPath', () => {
  it('draws a square code with a quiet zone, larger for longer text', () => {
    const short = qrPath('https://contoh.id/#pindah=ABCD');
    const long = qrPath(`https://contoh.id/#pindah=${'A'.repeat(200)}`);
    expect(short.size).toBe(short.size | 0);
    expect(short.size).toBeGreaterThanOrEqual(21 + 8);
    expect(long.size).toBeGreaterThan(short.size);
    expect(short.path).toMatch(/^(M\d+ \d+h(\d+)v1h-\2z)+$/);
  });
});
