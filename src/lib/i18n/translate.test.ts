import { describe, expect, it } from 'vitest';
import { createTranslator, missingKeys } from './translate';
import id from '../../i18n/id.json';
import en from '../../i18n/en.json';

describe('createTranslator', () => {
  const t = createTranslator('en-GB', {
    hello: 'Hello, {name}',
    'lesson.one': '{count} lesson',
    'lesson.other': '{count} lessons',
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('hello', { name: 'Sari' })).toBe('Hello, Sari');
    expect(t('hello')).toBe('Hello, {name}');
  });

  it('chooses the plural form and formats the number', () => {
    expect(t('lesson', { count: 1 })).toBe('1 lesson');
    expect(t('lesson', { count: 1200 })).toBe('1,200 lessons');
  });

  it('falls back to the other dictionary, and throws with the fix when a key is missing everywhere', () => {
    const withFallback = createTranslator('en-GB', {}, { only: 'Hanya' });
    expect(withFallback('only')).toBe('Hanya');
    const named = createTranslator('en-GB', {}, undefined, 'src/i18n/en.json');
    expect(() => named('nope')).toThrow('Missing UI string "nope" for locale "en-GB". Add it to src/i18n/en.json.');
  });

  it('uses Indonesian number formatting for Indonesian', () => {
    const tid = createTranslator('id-ID', { n: '{count} pelajaran' });
    expect(tid('n', { count: 1200 })).toBe('1.200 pelajaran');
  });
});

describe('UI dictionaries', () => {
  it('have the same keys in Indonesian and English', () => {
    expect(missingKeys(id, en)).toEqual([]);
    expect(missingKeys(en, id)).toEqual([]);
  });
});
