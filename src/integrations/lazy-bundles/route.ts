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
import { SAVE_NOTICE_STRING_KEYS } from '../../client/offline/save-notice-strings';
import { LAZY_MODULES } from '../../client/lazy/load';
import { LOCALES } from '../../lib/i18n/locales';

/** Words of on-demand modules, by their UI string prefix and keys: in the module, not in every page. */
const STRINGS: Record<string, { prefix: string; keys: readonly string[] }> = {
  'langkah:finder-strings': { prefix: 'finder', keys: FINDER_STRING_KEYS },
  'langkah:save-notice-strings': { prefix: 'pwa', keys: SAVE_NOTICE_STRING_KEYS },
};

/** Each `langkah:*-strings` module: its words in every language, keyed by locale. */
const lazyStrings: Plugin = {
  name: 'lazy-strings',
  resolveId: (id) => (id in STRINGS ? `\0${id}` : undefined),
  load: (id) => {
    const entry = STRINGS[id.slice(1)];
    if (!id.startsWith('\0') || !entry) return undefined;
    const { prefix, keys } = entry;
    const words = LOCALES.map((locale) => [locale, stringsFor(useTranslations(locale), prefix, keys)]);
    return `export default ${JSON.stringify(Object.fromEntries(words))}`;
  },
};

/** Where each on-demand module's code starts, from the project root (this file runs from a build folder). */
const LAZY_ENTRIES: Record<(typeof LAZY_MODULES)[number], string> = {
  'read-aloud': 'src/client/lazy/read-aloud.ts',
  'storage-notice': 'src/client/lazy/storage-notice.ts',
  finder: 'src/islands/Finder/lazy.ts',
  'save-notice': 'src/client/offline/save-notice.ts',
  'progress-merge': 'src/client/lazy/progress-merge.ts',
};

export const getStaticPaths: GetStaticPaths = () => LAZY_MODULES.map((name) => ({ params: { name } }));

export const GET: APIRoute = async ({ params }) => {
  const output = await build({
    // Resolved from the project root: this file runs from a build folder when prerendered.
    input: path.resolve(LAZY_ENTRIES[params['name'] as (typeof LAZY_MODULES)[number]]),
    write: false,
    plugins: [lazyStrings],
    transform: {
      jsx: { runtime: 'automatic', importSource: 'preact' },
      // What Vite replaces in the pages' own code, so shared modules read the same here.
      define: {
        'import.meta.env.BASE_URL': JSON.stringify(import.meta.env.BASE_URL),
        __ZIM_EDITION__: JSON.stringify(__ZIM_EDITION__),
      },
    },
    output: { format: 'esm', minify: true },
  });
  return new Response(output.output[0].code, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
};
