import { describe, expect, it } from 'vitest';
import { readSearchState, safeExcerpt, writeSearchState } from './excerpt';

describe('safeExcerpt', () => {
  it('keeps the match highlight and escapes everything else', () => {
    expect(safeExcerpt('Jangan bagikan <mark>kode</mark> OTP')).toBe('Jangan bagikan <mark>kode</mark> OTP');
    expect(safeExcerpt('<img src=x onerror=alert(1)> & <mark>x</mark>')).toBe(
      '&lt;img src=x onerror=alert(1)&gt; &amp; <mark>x</mark>',
    );
    expect(safeExcerpt('a &lt; b')).toBe('a &lt; b');
  });
});

describe('search state in the URL', () => {
  it('round-trips the query and filters under Indonesian parameter names', () => {
    const state = { q: 'kode otp', filters: { path: 'Aman digital', level: 'dasar' } };
    const search = writeSearchState(state);
    expect(search).toBe('?q=kode+otp&jalur=Aman+digital&tingkat=dasar');
    expect(readSearchState(search)).toEqual(state);
  });

  it('treats a query as text and ignores unknown parameters', () => {
    expect(readSearchState('?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&evil=1')).toEqual({
      q: '<img src=x onerror=alert(1)>',
      filters: {},
    });
    expect(writeSearchState({ q: '', filters: {} })).toBe('');
  });
});
