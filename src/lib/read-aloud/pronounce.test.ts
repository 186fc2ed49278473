import { describe, expect, it } from 'vitest';
import { pronounce, usedIn } from './pronounce';

const table = { NIK: 'en i ka', KK: 'ka ka', 'KTP-el': 'ka te pe elektronik', KTP: 'ka te pe' };

describe('pronounce', () => {
  it('replaces listed abbreviations as whole words', () => {
    expect(pronounce('Siapkan NIK dan KK Anda.', table)).toBe('Siapkan en i ka dan ka ka Anda.');
  });

  it('prefers the longest match and leaves parts of other words alone', () => {
    expect(pronounce('KTP-el, bukan KTP biasa. NIKMAT.', table)).toBe(
      'ka te pe elektronik, bukan ka te pe biasa. NIKMAT.',
    );
  });

  it('returns the text unchanged with an empty table', () => {
    expect(pronounce('NIK', {})).toBe('NIK');
  });
});

describe('usedIn', () => {
  it('keeps only the abbreviations a text uses, as whole words', () => {
    expect(usedIn('Siapkan KTP-el dan NIKMAT.', table)).toEqual({ 'KTP-el': 'ka te pe elektronik' });
  });

  it('keeps nothing from an empty table or a text without abbreviations', () => {
    expect(usedIn('NIK', {})).toEqual({});
    expect(usedIn('Tanpa singkatan.', table)).toEqual({});
  });
});
