/**
 * The key the service worker (src/sw/sw.ts) files and finds a page under: its path and the
 * query parameters that change what it shows. Parameters that never change a page are dropped,
 * so "/cari/?q=ktp" opens offline from the one cached "/cari/".
 */
const IGNORED_PARAMS = ['ts', 'q', 'pelatih', 'jalur', 'pilar', 'layanan', 'tingkat', 'pelajaran'];

/** Pagefind's cache-buster, search, trainer flags, the presenter's lesson: none change the page. */
export function cacheKey(address: string | URL): string {
  const url = new URL(address);
  for (const name of IGNORED_PARAMS) url.searchParams.delete(name);
  // "/x/index.html" is the page cached as "/x/": a hand-typed or copied address still opens offline.
  return url.pathname.replace(/\/index\.html$/, '/') + url.search;
}
