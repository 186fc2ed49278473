/**
 * Builds the Pagefind full-text index inside `astro build` (astro:build:done), one index
 * per page language, from the finished HTML of the lesson and glossary pages. Reports errors
 * and always closes the Pagefind service.
 */
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
// Imported up front: Astro closes the config's module runner before astro:build:done.
import * as pagefind from 'pagefind';
import { localeHref, LOCALES, routes } from '../lib/i18n/urls';

/**
 * The pages that carry data-pagefind-body, in every language: Pagefind reads only these, not the
 * path, service and tool pages it would parse only to find nothing to index (a sixth of the pages).
 */
const INDEXED = LOCALES.flatMap((locale) =>
  [routes.lesson('*'), routes.glossary()].map((page) => `${localeHref('/', locale, page).slice(1)}**/*.html`),
);

export function searchIndex(): AstroIntegration {
  return {
    name: 'langkah:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: fileURLToPath(dir), glob: `{${INDEXED.join(',')}}` });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
          // Our own search page talks to Pagefind's API; its ready-made interfaces would only
          // add weight to every deploy and to the offline cache.
          for (const unused of ['pagefind-ui', 'pagefind-component-ui', 'pagefind-modular-ui']) {
            for (const ext of ['js', 'css']) await rm(new URL(`pagefind/${unused}.${ext}`, dir), { force: true });
          }
          await rm(new URL('pagefind/pagefind-highlight.js', dir), { force: true });
          logger.info(`Indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
