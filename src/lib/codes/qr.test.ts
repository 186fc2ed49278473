import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrPath, qrTerminal } from './qr';

/** The path drawn at `scale` pixels a module, dark on white, as a camera would see it printed. */
function raster(text: string, scale = 4) {
  const { size, path } = qrPath(text);
  const width = size * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, x, y, run] of path.matchAll(/M(\d+) (\d+)h(\d+)/g)) {
    for (let dy = 0; dy < scale; dy++)
      for (let dx = 0; dx < Number(run) * scale; dx++) {
        const at = ((Number(y) * scale + dy) * width + Number(x) * scale + dx) * 4;
        pixels.fill(0, at, at + 3);
      }
  }
  return { pixels, width };
}

describe('qrPath', () => {
  it.each([
    'https://langkah-digital.example/pelajaran/kode-otp-rahasia/',
    'https://langkah-digital.example/en/pelajaran/cek-bansos-resmi-dan-aman/',
    `https://contoh.id/kemajuan/#pindah=${'AB12'.repeat(40)}`,
  ])('draws a code that a scanner reads back: %s', (text) => {
    const { pixels, width } = raster(text);
    expect(jsQR(pixels, width, width)?.data).toBe(text);
  });

  it('draws a square code with a four-module quiet zone, larger for longer text, one rectangle per run', () => {
    const short = qrPath('https://contoh.id/#pindah=ABCD');
    const long = qrPath(`https://contoh.id/#pindah=${'A'.repeat(200)}`);
    // A version-v code is 17 + 4v modules a side.
    expect((short.size - 8 - 17) % 4).toBe(0);
    expect(long.size).toBeGreaterThan(short.size);
    expect(short.path).toMatch(/^(M\d+ \d+h(\d+)v1h-\2z)+$/);
    expect(short.path).not.toMatch(/M[0-3] |M\d+ [0-3]h/);
  });

  it('prints the same code for a terminal, two rows a line', () => {
    const lines = qrTerminal('http://192.168.1.5:8080/').split('\n');
    expect(lines.length).toBe(Math.ceil((qrPath('http://192.168.1.5:8080/').size - 8 + 4) / 2));
  });
});
