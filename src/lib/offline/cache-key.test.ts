import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cacheKey } from './cache-key';

const origin = 'https://langkah.example';

describe('cacheKey (the service worker files pages under it)', () => {
  it('drops the parameters that never change a page and keeps the rest', () => {
    expect(cacheKey(`${origin}/cari/?q=ktp&ts=123`)).toBe('/cari/');
    expect(cacheKey(`${origin}/pelatih/proyektor/?pelajaran=kode-otp-rahasia`)).toBe('/pelatih/proyektor/');
    expect(cacheKey(`${origin}/pelajaran/x/index.html`)).toBe('/pelajaran/x/');
    expect(cacheKey(`${origin}/data/x.json?v=2&q=1`)).toBe('/data/x.json?v=2');
  });

  it('never throws, is stable when applied twice, and keeps the path of any address', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (address) => {
        const key = cacheKey(address);
        expect(cacheKey(`${origin}${key}`)).toBe(key);
        expect(key.startsWith(new URL(address).pathname.replace(/\/index\.html$/, '/'))).toBe(true);
        expect(key).not.toContain('#');
      }),
    );
  });
});
