/**
 * The browser side of the hybrid search: Pagefind loaded from the site's own base, the
 * finder's index fetched once. What to ask them and how to fuse the answers is in
 * src/lib/search/hybrid.ts.
 */
import type { Locale } from '../../lib/i18n/urls';
import { filterChoices, type HybridEngines, type LessonFinder } from '../../lib/search/hybrid';
import { loadPagefind } from './pagefind';
import { fetchFinder } from '../finder-index';

export function searchEngines(finderUrl: string, locale: Locale): HybridEngines {
  let finder: Promise<LessonFinder | undefined> | undefined;
  return {
    fullText: () => loadPagefind(import.meta.env.BASE_URL),
    // Without its index the page still has Pagefind: a failed fetch is no error here.
    finder: () => (finder ??= fetchFinder(finderUrl, locale).catch(() => undefined)),
  };
}

/** The values each filter offers; none while Pagefind cannot be loaded. */
export function filterOptions(): Promise<Record<string, string[]>> {
  return loadPagefind(import.meta.env.BASE_URL)
    .then((pagefind) => pagefind.filters())
    .then(filterChoices)
    .catch(() => ({}));
}
