/**
 * Each lesson not yet translated has a notice page in every other language (/en/pelajaran/<slug>/):
 * the same page but for its address, title and summary. Rendering a thousand of them cost as much
 * as a fifth of a 1,000-lesson build, so the build renders one template (langkah-stub-slug.astro)
 * and this step stamps a copy per lesson, with the title and summary of the lesson's own page.
 * Runs after the per-page CSP pass (the copies inherit the template's policy) and Pagefind (the
 * notices are not indexed), before the service worker and the Kiwix edition, which list them.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DEFAULT_LOCALE, LOCALES } from '../lib/i18n/locales';
import { pageText, stampPage, STUB_SLUG } from '../lib/pages/stamp';
import { inBatches } from './batches';

const folders = async (dir: string) =>
  (await readdir(dir, { withFileTypes: true }).catch(() => [])).filter((e) => e.isDirectory()).map((e) => e.name);

export function untranslatedPages(): AstroIntegration {
  return {
    name: 'langkah:untranslated-pages',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const originals = await folders(path.join(distDir, 'pelajaran'));
        let stamped = 0;
        for (const locale of LOCALES.filter((code) => code !== DEFAULT_LOCALE)) {
          const lessonsDir = path.join(distDir, locale, 'pelajaran');
          const templateDir = path.join(lessonsDir, STUB_SLUG);
          const template = await readFile(path.join(templateDir, 'index.html'), 'utf8');
          await rm(templateDir, { recursive: true });
          const translated = new Set(await folders(lessonsDir));
          await inBatches(
            originals.filter((name) => !translated.has(name)),
            async (slug) => {
              const text = pageText(await readFile(path.join(distDir, 'pelajaran', slug, 'index.html'), 'utf8'));
              if (!text) throw new Error(`pelajaran/${slug}/index.html has no og:title or description to stamp from.`);
              await mkdir(path.join(lessonsDir, slug), { recursive: true });
              await writeFile(path.join(lessonsDir, slug, 'index.html'), stampPage(template, slug, text));
              stamped++;
            },
          );
        }
        logger.info(`Stamped ${stamped} notice pages of untranslated lessons from one template.`);
      },
    },
  };
}
