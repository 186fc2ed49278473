// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { contentDir } from './src/data/content-files';
import { markdownHastPlugins } from './src/mdx/markdown-plugins';
import { preactWithoutSignals } from './src/integrations/preact-without-signals';
import { islandFocus } from './src/integrations/island-focus';
import { lazyBundles } from './src/integrations/lazy-bundles';
import { lessonQr } from './src/integrations/lesson-qr';
import { searchIndex } from './src/integrations/search-index';
import { serviceWorker } from './src/integrations/service-worker';
import { untranslatedPages } from './src/integrations/untranslated-pages';
import { zimEdition } from './src/integrations/zim-edition';
import { DEFAULT_LOCALE, LOCALE_INFO, LOCALES } from './src/lib/i18n/locales';
import { STUB_SLUG } from './src/lib/pages/stamp';

// The Kiwix (ZIM) edition: the same pages, without the web's worker, install and Pagefind
// (docs/offline-distribution.md); `npm run build:zim` packs it.
const zim = process.env.LANGKAH_FLAVOUR === 'zim';
// Tests and the benchmark build other content folders into other output folders.
const outDir = process.env.LANGKAH_OUT_DIR ?? (zim ? './dist-zim/site' : './dist');
// `npm run author`: the dev server with the authors' editor (docs/authoring-editor.md).
const author = process.env.LANGKAH_AUTHOR === '1';
// Keystatic's pages break under a base path and with trailing slashes forced (Keystatic #843, #1042).
const base = author ? '/' : (process.env.LANGKAH_BASE ?? '/');
// Imported only then, so that a learner build never loads React or Keystatic.
const editor = author ? await import('./src/authoring/integration') : undefined;

export default defineConfig({
  site: process.env.LANGKAH_SITE ?? 'https://langkah-digital.example',
  base,
  outDir,
  cacheDir: process.env.LANGKAH_CACHE_DIR ?? (zim ? './node_modules/.astro-zim' : './node_modules/.astro'),
  trailingSlash: author ? 'ignore' : 'always',
  build: { format: 'directory' },
  i18n: {
    defaultLocale: DEFAULT_LOCALE,
    locales: [...LOCALES],
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    // Babel only for the islands' JSX: its default filter also matched .mjs, so it re-parsed
    // Astro's generated content-modules.mjs, which lists every lesson (seconds per 1,000 lessons).
    preact({ include: [/\.[jt]sx$/], ...(editor && { exclude: editor.REACT_FILES }) }),
    mdx(),
    ...(editor ? [editor.authoring(contentDir)] : []),
    // Pages marked noindex (404, offline, shared agendas) stay out, and so does the template of the notice
    // pages of untranslated lessons (the stamped copies are not Astro's pages, so never listed).
    !zim &&
      sitemap({
        i18n: {
          defaultLocale: DEFAULT_LOCALE,
          locales: Object.fromEntries(LOCALES.map((locale) => [locale, LOCALE_INFO[locale].tag])),
        },
        filter: (page) => !/\/(offline|sesi)\/$/.test(page) && !page.endsWith(`/pelajaran/${STUB_SLUG}/`),
      }),
    islandFocus(),
    lazyBundles(),
    lessonQr(),
    // Kiwix has a full-text search and a reader of its own; the ZIM needs relative links instead.
    ...(zim ? [untranslatedPages(), zimEdition()] : [searchIndex(), untranslatedPages(), serviceWorker()]),
  ],
  markdown: {
    processor: satteri({ hastPlugins: markdownHastPlugins() }),
  },
  security: {
    csp: {
      // Astro adds a hash for each of its own inline scripts and styles on every page.
      directives: [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "img-src 'self' data: blob:",
        // Pagefind searches in a web worker; the roster's camera preview is a local stream.
        "worker-src 'self'",
        "media-src 'self' blob:",
        "connect-src 'self'",
        "manifest-src 'self'",
      ],
      // Pagefind compiles its WebAssembly search engine in the browser.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  devToolbar: { enabled: false },
  vite: {
    define: { __ZIM_EDITION__: JSON.stringify(zim) },
    plugins: [preactWithoutSignals()],
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              // Few, whole files instead of many small ones: fewer requests on a slow link, and gzip
              // compresses a file better than the same code in pieces (1.2 KiB less on a lesson).
              advancedChunks: {
                groups: [
                  // What every page runs: installing, storage, island wake-up.
                  {
                    name: 'runtime',
                    test: /src[\\/](client[\\/](storage[\\/](progress-store|versioned-store|settings)|lesson[\\/]progress-text|offline[\\/]pwa|islands|lazy[\\/]load|dom)|lib[\\/](progress[\\/](model|parse)|text[\\/]fill))\./,
                  },
                  // What a lesson page runs, the quiz included, in one file that gzip sees whole. No
                  // Preact: lesson practice enhances server markup (src/client/enhance.ts).
                  {
                    name: 'lesson',
                    test: /src[\\/](client[\\/](lesson[\\/](steps|terms|lesson-status|read-aloud-button|print-button|lesson-page)|trainer[\\/]trainer-mode|enhance)|practice[\\/]Quiz[\\/]|lib[\\/]quiz[\\/])/,
                  },
                ],
              },
            },
          },
        },
      },
    },
    build: {
      // One harmless warning per MDX file otherwise floods the log (withastro/astro#18087).
      rolldownOptions: { checks: { moduleLevelDirective: false } },
    },
  },
});
