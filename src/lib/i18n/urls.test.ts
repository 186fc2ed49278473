import { describe, expect, it } from 'vitest';
import { localeHref, routes, splitLocale } from './urls';

describe('localeHref', () => {
  it('leaves Indonesian unprefixed and puts English under /en/', () => {
    expect(localeHref('/', 'id', routes.lesson('kode-otp-rahasia'))).toBe('/pelajaran/kode-otp-rahasia/');
    expect(localeHref('/', 'en', routes.lesson('kode-otp-rahasia'))).toBe('/en/pelajaran/kode-otp-rahasia/');
    expect(localeHref('/', 'en', routes.home())).toBe('/en/');
    expect(localeHref('/literasi/', 'en', '/qr/kode-otp-rahasia.svg')).toBe('/literasi/en/qr/kode-otp-rahasia.svg');
  });

  it('honours a sub-path base with or without its slash', () => {
    expect(localeHref('/literasi/', 'en', '/tentang/')).toBe('/literasi/en/tentang/');
    expect(localeHref('/literasi', 'id', '/')).toBe('/literasi/');
  });

  it('always ends a page path with a slash', () => {
    expect(localeHref('/', 'id', 'tentang')).toBe('/tentang/');
  });
});

describe('splitLocale', () => {
  it('is the reverse of localeHref', () => {
    for (const base of ['/', '/literasi/']) {
      for (const locale of ['id', 'en'] as const) {
        const page = '/jalur/aman-digital/';
        expect(splitLocale(base, localeHref(base, locale, page))).toEqual({ locale, pagePath: page });
      }
    }
  });
});
