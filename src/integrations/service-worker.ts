/**
 * Runs last in astro:build:done, after Pagefind, so every search file is precached:
 * writes the icons and manifest, lists the precache with workbox-build, bundles
 * src/sw/sw.ts with that list injected, and writes data/packs.json (each path's pages
 * and download size, for "Simpan untuk offline").
 */
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { build } from 'rolldown';
import { getManifest } from 'workbox-build';
import { parse } from 'yaml';
import { contentDir } from '../data/content-files';
import { siteSchema } from '../schemas/site';
import { writeIcons, writeManifest } from './pwa-assets';

/** Lesson pages and the search index's bulk: left out of the shell when a learner saves data. */
const NOT_SHELL = /(^|\/)pelajaran\/|^pagefind\/(fragment|index|filter)\//;

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
        const site = siteSchema.parse(parse(readFileSync(path.join(contentDir, 'site.yaml'), 'utf8')));
        await writeManifest(distDir, base, site, await writeIcons(distDir, base, site));

        await writePacks(distDir, base);
        const { manifestEntries, count, size, warnings } = await getManifest({
          globDirectory: distDir,
          globPatterns: ['**/*.{html,js,css,json,svg,png,webmanifest,pagefind,pf_meta,pf_index,pf_fragment,pf_filter}'],
          // Handout QR images are for printing, which needs no offline copy: the handout writes the address out too.
          globIgnores: ['404.html', 'sw.js', 'qr/**', 'en/qr/**'],
          // Hashed file names change with their content: no revision needed.
          dontCacheBustURLsMatching: /^_astro\/|^pagefind\/.*\.(pf_\w+|pagefind)$/,
          maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        });
        for (const warning of warnings) logger.warn(warning);
        const entries = manifestEntries.map(({ url, revision }) => ({
          url: `${base}${url.replace(/(^|\/)index\.html$/, '$1')}`,
          revision,
          shell: !NOT_SHELL.test(url.replace(/^en\//, '')),
        }));
        const version = gzipSync(JSON.stringify(entries)).toString('base64url').slice(-12);

        const output = await build({
          input: fileURLToPath(new URL('../sw/sw.ts', import.meta.url)),
          write: false,
          output: { format: 'iife', minify: true },
          transform: { define: { __PRECACHE__: JSON.stringify(entries), __VERSION__: JSON.stringify(version) } },
        });
        await writeFile(path.join(distDir, 'sw.js'), output.output[0].code);

        const shell = entries.filter((entry) => entry.shell).length;
        logger.info(
          `Service worker: ${count} files precached (${Math.round(size / 1024)} KiB raw), ${shell} of them in the data-saving shell.`,
        );
      },
    },
  };
}

/** Each path's lesson pages per language, with their gzipped size: what "Simpan untuk offline" downloads. */
async function writePacks(distDir: string, base: string): Promise<void> {
  const paths = JSON.parse(await readFile(path.join(distDir, 'data/katalog-id.json'), 'utf8')) as {
    lessons: Record<string, { slug: string }>;
    paths: { slug: string; lessons: number[] }[];
  };
  const packs: Record<string, Record<string, { urls: string[]; bytes: number }>> = {};
  for (const locale of ['id', 'en']) {
    const prefix = `${base}${locale === 'id' ? '' : 'en/'}`;
    packs[locale] = {};
    for (const learningPath of paths.paths) {
      const pages = learningPath.lessons.map((id) => `${prefix}pelajaran/${paths.lessons[id]!.slug}/`);
      let bytes = 0;
      for (const page of pages)
        bytes += gzipSync(await readFile(path.join(distDir, page.slice(base.length), 'index.html'))).length;
      packs[locale][learningPath.slug] = { urls: pages, bytes };
    }
  }
  await writeFile(path.join(distDir, 'data/packs.json'), JSON.stringify(packs));
}
