import { describe, expect, it } from 'vitest';
import type { CatalogueData } from '../progress/catalogue';
import { availableOffline } from './available';

const catalogue: CatalogueData = {
  lessons: {
    1: { slug: 'kenali-ponsel', title: 'Kenali Ponsel', path: 'dasar', pillar: 'cakap', quiz: 4, minutes: 10 },
    2: { slug: 'email-aktif', title: 'Email Aktif', path: 'dasar', pillar: 'cakap', quiz: 4, minutes: 10 },
    6: { slug: 'kode-otp', title: 'Kode OTP', path: 'aman', pillar: 'aman', quiz: 4, minutes: 10 },
  },
  paths: [
    { slug: 'dasar', title: 'Dasar ponsel', lessons: [2, 1] },
    { slug: 'aman', title: 'Aman digital', lessons: [6, 99] },
  ],
};
const url = (slug: string) => `/literasi/pelajaran/${slug}/`;

describe('availableOffline', () => {
  it('lists the cached lessons of each path in the path order, and leaves out paths with none', () => {
    const cached = new Set(['/literasi/pelajaran/kenali-ponsel/', '/literasi/pelajaran/email-aktif/', '/literasi/']);
    expect(availableOffline(catalogue, cached, url)).toEqual([
      {
        slug: 'dasar',
        title: 'Dasar ponsel',
        lessons: [
          { title: 'Email Aktif', url: '/literasi/pelajaran/email-aktif/' },
          { title: 'Kenali Ponsel', url: '/literasi/pelajaran/kenali-ponsel/' },
        ],
      },
    ]);
  });

  it('knows a precached page by its index.html key, and skips ids the catalogue no longer has', () => {
    const cached = new Set(['/literasi/pelajaran/kode-otp/index.html']);
    expect(availableOffline(catalogue, cached, url)).toEqual([
      { slug: 'aman', title: 'Aman digital', lessons: [{ title: 'Kode OTP', url: '/literasi/pelajaran/kode-otp/' }] },
    ]);
  });

  it('is empty when nothing is cached', () => {
    expect(availableOffline(catalogue, new Set(), url)).toEqual([]);
  });
});
