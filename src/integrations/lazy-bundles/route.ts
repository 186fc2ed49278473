/**
 * The route that src/integrations/lazy-bundles.ts injects: each module of src/client/lazy/,
 * bundled on its own by rolldown and served at /lazy/<name>.js, in dev and in the build.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import path from 'node:path';
import { build, type Plugin } from 'rolldown';
import { useTranslations } from '../../data/i18n';
import { stringsFor } from '../../lib/i18n/strings';
import { FINDER_STRING_KEYS } from '../../islands/Finder/strings';
import { LAZY_MODULES } from '../../client/lazy/load';
import { LOCALES } from '../../lib/i18n/locales';

/** The search box's words in both languages, in its own module instead of in every page. */
const finderStrings: Plugin = {
  name: 'finder-strings',
  resolveId: (id) => (id === 'langkah:finder-strings' ? '\0finder-strings' : undefined),
  load: (id) =>
    id === '\0finder-strings'
      ? `export default ${JSON.stringify(
          Object.fromEntries(
            LOCALES.map((locale) => [locale, stringsFor(useTranslations(locale), 'finder', FINDER_STRING_KEYS)]),
          ),
        )}`
      : undefined,
};

/** Where each on-demand module's code starts, from the project root (this file runs from a build folder). */
const LAZY_ENTRIES: Record<(typeof LAZY_MODULES)[number], string> = {
  'read-aloud': 'src/client/lazy/read-aloud.ts',
  'storage-notice': 'src/client/lazy/storage-notice.ts',
  finder: 'src/islands/Finder/lazy.ts',
  'save-notice': 'src/client/offline/save-notice.ts',
};

export const getStaticPaths: GetStaticPaths = () => LAZY_MODULES.map((name) => ({ params: { name } }));

export const GET: APIRoute = async ({ params }) => {
  const output = await build({
    // Resolved from the project root: this file runs from a build folder when prerendered.
    input: path.resolve(LAZY_ENTRIES[params['name'] as (typeof LAZY_MODULES)[number]]),
    write: false,
    plugins: [finderStrings],
    transform: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    output: { format: 'esm', minify: true },
  });
  return new Response(output.output[0].code, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
};
