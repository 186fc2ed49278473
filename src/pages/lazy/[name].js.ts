/**
 * Modules loaded only on demand (read-aloud, the storage notice, the search box), bundled at build time
 * and served at a fixed address. Loading them with a plain <script type="module"> instead
 * of import() keeps Vite's preload helper out of every lesson page's JavaScript.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import path from 'node:path';
import { build, type Plugin } from 'rolldown';
import { useTranslations } from '../../data/i18n';
import { stringsFor } from '../../mdx/context';
import { FINDER_STRING_KEYS } from '../../islands/Finder/strings';

/** The search box's words in both languages, in its own module instead of in every page. */
const finderStrings: Plugin = {
  name: 'finder-strings',
  resolveId: (id) => (id === 'langkah:finder-strings' ? '\0finder-strings' : undefined),
  load: (id) =>
    id === '\0finder-strings'
      ? `export default ${JSON.stringify({
          id: stringsFor(useTranslations('id'), 'finder', FINDER_STRING_KEYS),
          en: stringsFor(useTranslations('en'), 'finder', FINDER_STRING_KEYS),
        })}`
      : undefined,
};

export const LAZY_MODULES = ['read-aloud', 'storage-notice', 'finder'] as const;

export const getStaticPaths: GetStaticPaths = () => LAZY_MODULES.map((name) => ({ params: { name } }));

export const GET: APIRoute = async ({ params }) => {
  const output = await build({
    // Resolved from the project root: this file runs from a build folder when prerendered.
    input: path.resolve('src/client/lazy', `${params['name']}.ts`),
    write: false,
    plugins: [finderStrings],
    transform: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    output: { format: 'esm', minify: true },
  });
  return new Response(output.output[0].code, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
};
