/**
 * Runs last in astro:build:done, after Pagefind, so every search file is precached:
 * writes the icons and manifest, lists the precache with workbox-build, bundles
 * src/sw/sw.ts with that list injected, and writes data/packs/ (each path's pages and
 * download size, for "Simpan untuk offline").
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createHash } from 'node:crypto';
import { gzip as gzipCallback } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { build } from 'rolldown';
import { getManifest } from 'workbox-build';
import { contentDir, loadYaml } from '../data/content-files';
import { siteSchema } from '../schemas/site';
import { writeIcons, writeManifest } from './pwa-assets';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../lib/i18n/locales';
import { localeHref, routes } from '../lib/i18n/urls';
import { dataFiles } from '../lib/i18n/data-files';
import { FALLBACK_STYLE, type FallbackWords } from '../lib/offline/fallback-page';
import { useTranslations } from '../data/i18n';

/**
 * Lesson pages, the later pages of a long path (they go offline with its pack) or service, and the
 * search index's bulk: left out of the shell when a learner saves data.
 */
const NOT_SHELL = /(^|\/)pelajaran\/|^(jalur|layanan)\/[^/]+\/\d+\/|^pagefind\/(fragment|index|filter)\//;
/**
 * Above the cap, what grows with the catalogue is left out too, so the shell stays the same size:
 * - the instant finder's index (123 KiB gzipped in 280 files at 1,000 lessons): the worker keeps
 *   each shard a search fetches (about 10 KiB a query);
 * - the catalogue (135 KiB a language at 5,000 lessons): kept when a path is saved or a page reads it;
 * - the path packs: a saved path keeps its own;
 * - Pagefind's metadata (34 KiB at 5,000 lessons), of no use offline without the index chunks
 *   the shell leaves out anyway.
 */
const NOT_SHELL_WHEN_LARGE = /^data\/(finder-|katalog-|packs\/)|^pagefind\/.*\.pf_meta$/;
/**
 * The bulk of what the two lists above leave out above the cap, as globs: workbox then does not
 * read and hash thousands of files only for them to be dropped (3,900 of 4,050 at 1,000 lessons).
 * The lists stay the rule; this only saves the work.
 */
const SKIPPED_WHEN_LARGE = ['**/pelajaran/**', 'pagefind/{fragment,index,filter}/**', 'data/{finder-*,packs}/**'];

/** Lesson pages in every language, as built: whether the catalogue is over the cap. */
async function countLessonPages(distDir: string): Promise<number> {
  const counts = await Promise.all(
    LOCALES.map((locale) =>
      readdir(path.join(distDir, localeHref('/', locale, routes.lesson('')).slice(1))).then(
        (names) => names.length,
        () => 0,
      ),
    ),
  );
  return counts.reduce((sum, count) => sum + count, 0);
}
/**
 * Above this many lesson pages (both languages) the precache holds the shell only: installing
 * the worker must not download every lesson of a large catalogue (5,000 lessons are ~90 MiB).
 * Lessons then go offline per path ("Simpan untuk offline", data/packs/) and, once opened,
 * are kept by the worker. The bundled curriculum stays far below it and is precached whole.
 */
export const LESSON_PAGES_PRECACHE_CAP = 400;
// Tests lower the cap to build the large-catalogue worker from the bundled lessons.
const precacheCap = Number(process.env['LANGKAH_PRECACHE_CAP'] ?? LESSON_PAGES_PRECACHE_CAP);

export function serviceWorker(): AstroIntegration {
  let base = '/';
  return {
    name: 'langkah:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const site = loadYaml(path.join(contentDir, 'site.yaml'), siteSchema);
        await writeManifest(distDir, base, site, await writeIcons(distDir, base, site));

        await writePacks(distDir, base);
        const lessonPages = await countLessonPages(distDir);
        const partial = lessonPages > precacheCap;
        const { manifestEntries, count, size, warnings } = await getManifest({
          globDirectory: distDir,
          globPatterns: ['**/*.{html,js,css,json,svg,png,webmanifest,pagefind,pf_meta,pf_index,pf_fragment,pf_filter}'],
          // Handout QR images are for printing, which needs no offline copy: the handout writes the address out too.
          globIgnores: ['404.html', 'sw.js', 'qr/**', 'en/qr/**', ...(partial ? SKIPPED_WHEN_LARGE : [])],
          // Hashed file names change with their content: no revision needed.
          dontCacheBustURLsMatching: /^_astro\/|^pagefind\/.*\.(pf_\w+|pagefind)$/,
          maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        });
        for (const warning of warnings) logger.warn(warning);
        const all = manifestEntries.map(({ url, revision }) => ({
          url: `${base}${url.replace(/(^|\/)index\.html$/, '$1')}`,
          revision,
          shell: !NOT_SHELL.test(url.replace(/^en\//, '')),
          file: url,
        }));
        const listed = partial
          ? all.filter((entry) => entry.shell && !NOT_SHELL_WHEN_LARGE.test(entry.url.slice(base.length)))
          : all;
        // Each file's gzipped size: the worker tells the learner how much it is saving ("Menyimpan 1,2 MB…").
        const entries = await Promise.all(
          listed.map(async ({ file, ...entry }) => ({
            ...entry,
            bytes: (await gzip(await readFile(path.join(distDir, file)))).length,
          })),
        );
        if (partial)
          logger.info(
            `${lessonPages} lesson pages is over ${precacheCap}: precaching the shell only; lessons go offline by path pack or when opened.`,
          );
        const output = await build({
          input: fileURLToPath(new URL('../sw/sw.ts', import.meta.url)),
          write: false,
          output: { format: 'iife', minify: true },
          transform: {
            define: {
              __PRECACHE__: JSON.stringify(entries),
              __VERSION__: JSON.stringify(VERSION_MARK),
              __PARTIAL__: JSON.stringify(partial),
              __FALLBACK__: JSON.stringify(fallback()),
            },
          },
        });
        // The version names the precache: taken from the whole worker, so a change to its code alone is a new
        // precache too, and a failed install can never remove the cache of the worker that is running.
        const code = output.output[0].code;
        const version = createHash('sha256').update(code).digest('base64url').slice(0, 12);
        await writeFile(path.join(distDir, 'sw.js'), code.replaceAll(VERSION_MARK, version));

        const shell = entries.filter((entry) => entry.shell).length;
        logger.info(
          `Service worker: ${entries.length} of ${count} files precached${partial ? '' : ` (${Math.round(size / 1024)} KiB raw)`}, ${shell} of them in the data-saving shell.`,
        );
      },
    },
  };
}

const gzip = promisify(gzipCallback);
const VERSION_MARK = '__LANGKAH_VERSION__';

/** The built-in offline page's words in every language, and a policy that lets in its one style and nothing else. */
function fallback(): { words: Record<string, FallbackWords>; csp: string } {
  const words = Object.fromEntries(
    LOCALES.map((locale) => {
      const t = useTranslations(locale);
      return [
        locale,
        {
          title: t('offline.title'),
          text: t('offline.fallbackText'),
          retry: t('offline.retry'),
          home: t('notFound.home'),
        },
      ];
    }),
  );
  const style = createHash('sha256').update(FALLBACK_STYLE).digest('base64');
  return { words, csp: `default-src 'none'; style-src 'sha256-${style}'; base-uri 'none'; form-action 'none'` };
}

/**
 * Each path's lesson pages per language, with their gzipped size: what "Simpan untuk offline"
 * downloads, with the path's own later pages. One small file per path (data/packs/<locale>/<path>.json): a path page fetches its
 * own, and the home page reads the precached or saved ones, so neither grows with the catalogue.
 */
async function writePacks(distDir: string, base: string): Promise<void> {
  const paths = JSON.parse(await readFile(path.join(distDir, dataFiles.catalogue(DEFAULT_LOCALE)), 'utf8')) as {
    lessons: Record<string, { slug: string }>;
    paths: { slug: string; lessons: number[] }[];
  };
  for (const locale of LOCALES) {
    for (const learningPath of paths.paths) {
      const pages = [
        ...(await laterPathPages(distDir, locale, learningPath.slug)),
        ...learningPath.lessons.map((id) => routes.lesson(paths.lessons[id]!.slug)),
      ].map((page) => localeHref(base, locale, page));
      // Asynchronous gzip runs on libuv's thread pool: a path's pages are compressed in parallel,
      // off the main thread (10,000 pages took ~10 s one after another).
      const sizes = await Promise.all(
        pages.map(
          async (page) =>
            (await gzip(await readFile(path.join(distDir, page.slice(base.length), 'index.html')))).length,
        ),
      );
      const pack = { urls: pages, bytes: sizes.reduce((sum, size) => sum + size, 0) };
      const file = path.join(distDir, dataFiles.pathPack(locale, learningPath.slug));
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, JSON.stringify(pack));
    }
  }
}

/** The numbered pages a long path continues on (/jalur/<slug>/2/…), as built. */
async function laterPathPages(distDir: string, locale: Locale, slug: string): Promise<string[]> {
  const folder = path.join(distDir, localeHref('/', locale, routes.path(slug)).slice(1));
  const numbers = (await readdir(folder)).filter((name) => /^\d+$/.test(name)).map(Number);
  return numbers.sort((a, b) => a - b).map((number) => routes.path(slug, number));
}
