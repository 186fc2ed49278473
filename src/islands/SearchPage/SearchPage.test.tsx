// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { islandStrings } from '../../client/test-support';
import type { PagefindApi } from './pagefind';
import SearchPage from './SearchPage';
import type { SearchStrings } from './strings';

let pagefind: () => Promise<PagefindApi>;
vi.mock('./pagefind', () => ({ loadPagefind: () => pagefind() }));

const strings = islandStrings<SearchStrings>('search');
const otp = { url: '/pelajaran/kode-otp-rahasia/', title: 'Kode OTP Itu Rahasia' };
const fakePagefind: PagefindApi = {
  options: async () => undefined,
  init: async () => undefined,
  filters: async () => ({ pillar: { Cakap: 2, Aman: 4 }, path: {}, service: {}, level: {} }),
  search: async (query) => ({
    results: query.includes('otp')
      ? [
          {
            id: 'en_1',
            data: async () => ({ url: otp.url, excerpt: 'Kode <mark>OTP</mark> <b>x</b>', meta: { title: otp.title } }),
          },
        ]
      : [],
  }),
};

function renderAt(search: string) {
  window.history.replaceState(null, '', `/cari/${search}`);
  return render(
    <SearchPage strings={strings} suggestions={[]} terms={[]} finderUrl="/data/finder-id.json" locale="id">
      <p>no script</p>
    </SearchPage>,
  );
}

beforeEach(() => {
  pagefind = async () => fakePagefind;
  // Without the finder's index the page still searches full text.
  globalThis.fetch = (() => Promise.reject(new Error('offline'))) as typeof fetch;
});
afterEach(cleanup);

describe('SearchPage', () => {
  it('lists the results for the query in the address, with safe excerpts, and counts them', async () => {
    const { container } = renderAt('?q=otp');
    const link = await screen.findByRole('link', { name: otp.title });
    expect(link.getAttribute('href')).toBe(otp.url);
    expect(container.querySelector('.search-results > li > p')!.innerHTML).toBe(
      'Kode <mark>OTP</mark> &lt;b&gt;x&lt;/b&gt;',
    );
    expect((await screen.findByText('1 hasil untuk "otp".')).id).toBe('search-status');
    const pillar = screen.getByRole('combobox', { name: strings['filter.pillar'] });
    expect(
      within(pillar)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([strings.any, 'Aman', 'Cakap']);
  });

  it('says so when nothing is found, and suggests instead', async () => {
    renderAt('?q=zzz');
    expect(await screen.findByText(/Tidak ada hasil untuk "zzz"/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: strings.suggestTitle })).toBeTruthy();
  });

  it('shows the error when Pagefind cannot be loaded', async () => {
    pagefind = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const { container } = renderAt('?q=otp');
    expect(await screen.findByText(strings.error)).toBeTruthy();
    expect(container.querySelector('.search-results')).toBeNull();
    expect(screen.getByRole('combobox', { name: strings['filter.pillar'] }).hasAttribute('disabled')).toBe(true);
  });
});
