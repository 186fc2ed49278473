import type { Locale } from './locales';

/**
 * Files the build writes once for the whole site, not per locale: addresses under the base,
 * never under /en/. Pages and scripts take them from here, and so do the endpoints that write them.
 */
export const dataFiles = {
  catalogue: (locale: Locale) => `data/katalog-${locale}.json`,
  /** The finder's manifest; its shards sit beside it (src/lib/search/finder-shards.ts). */
  finderIndex: (locale: Locale) => `data/finder-${locale}/index.json`,
  pathPack: (locale: Locale, path: string) => `data/packs/${locale}/${path}.json`,
} as const;

/** A data file's address under a base: `/literasi/data/katalog-id.json`. */
export function dataHref(base: string, file: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${file}`;
}
