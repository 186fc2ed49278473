import { describe, expect, it } from 'vitest';
import { pageText, stampPage, STUB_SLUG, STUB_SUMMARY, STUB_TITLE } from './stamp';

const template = `<title>${STUB_TITLE} · Situs</title><meta name="description" content="${STUB_SUMMARY}"><a href="/pelajaran/${STUB_SLUG}/">${STUB_TITLE}</a><p>${STUB_SUMMARY}</p>`;

describe('stamped notice pages', () => {
  it('puts the lesson’s slug, title and summary wherever the template marks them', () => {
    expect(stampPage(template, 'kode-otp', { title: 'Kode OTP', summary: 'Jangan dibagi.' })).toBe(
      '<title>Kode OTP · Situs</title><meta name="description" content="Jangan dibagi."><a href="/pelajaran/kode-otp/">Kode OTP</a><p>Jangan dibagi.</p>',
    );
  });

  it('copies escaped text as it is, with no replacement patterns read into it', () => {
    const page = stampPage(template, 'a', { title: 'Tom &amp; Jerry $& $1', summary: '&lt;b&gt;' });
    expect(page).toContain('<a href="/pelajaran/a/">Tom &amp; Jerry $& $1</a><p>&lt;b&gt;</p>');
  });

  it('refuses text that would become markup, and an address that is not a slug', () => {
    expect(() => stampPage(template, 'a', { title: '<script>', summary: '' })).toThrow(/Not escaped/);
    expect(() => stampPage(template, 'a', { title: 'x', summary: 'a" onload="x' })).toThrow(/Not escaped/);
    expect(() => stampPage(template, '../x', { title: 'x', summary: 'y' })).toThrow(/Not a lesson slug/);
  });

  it('reads the title and summary from a built page’s metadata', () => {
    const html =
      '<head><meta name="description" content="Ringkas &amp; jelas."><meta property="og:title" content="Judul &quot;A&quot;"></head>';
    expect(pageText(html)).toEqual({ title: 'Judul &quot;A&quot;', summary: 'Ringkas &amp; jelas.' });
    expect(pageText('<head></head>')).toBeUndefined();
  });
});
