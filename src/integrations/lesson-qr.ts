/**
 * The handout QR codes (/qr/<slug>.svg and /en/qr/<slug>.svg), made on a worker thread that
 * starts with the build and runs beside page rendering: with 5,000 lessons, making them as
 * Astro endpoints cost ~20 s of the single-threaded page generation on a 2-core machine.
 * Only pages with a handout get a code: Indonesian lessons and English translations (an
 * English page of an untranslated lesson is a notice without a handout). Drafts get none.
 * In `astro dev` the endpoint src/pages/[...lang]/qr/[slug].svg.ts serves them instead.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { publishedLessonSlugs } from '../data/content-files';
import { localeHref, routes } from '../lib/i18n/urls';

interface Job {
  file: string;
  url: string;
}

export function lessonQr(): AstroIntegration {
  let base = '/';
  let site = 'https://localhost/';
  let made: Promise<{ file: string; svg: string }[]> | undefined;
  const start = () => {
    const originals = new Set(publishedLessonSlugs('id'));
    const jobs: Job[] = [];
    for (const locale of ['id', 'en'] as const) {
      const slugs =
        locale === 'id' ? [...originals] : publishedLessonSlugs(locale).filter((slug) => originals.has(slug));
      for (const slug of slugs) {
        jobs.push({
          file: `${locale === 'id' ? '' : `${locale}/`}qr/${slug}.svg`,
          url: new URL(localeHref(base, locale, routes.lesson(slug)), site).href,
        });
      }
    }
    made = new Promise((resolve, reject) => {
      const worker = new Worker(new URL('./lesson-qr-worker.ts', import.meta.url), { workerData: jobs });
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => code !== 0 && reject(new Error(`The QR code worker stopped with code ${code}.`)));
    });
    // Surfaces in astro:build:done; keep an early failure from being reported as unhandled.
    made.catch(() => undefined);
  };
  return {
    name: 'langkah:lesson-qr',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site ?? site;
      },
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'langkah:lesson-qr-start',
                apply: 'build',
                // The browser bundle is written last, just before pages render: start then, so the
                // worker does not compete with the bundler's own threads for the two cores.
                writeBundle() {
                  if (this.environment.name === 'client' && !made) start();
                },
              },
            ],
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!made) start();
        const codes = await made!;
        const distDir = fileURLToPath(dir);
        await Promise.all(
          [...new Set(codes.map(({ file }) => path.dirname(file)))].map((folder) =>
            mkdir(path.join(distDir, folder), { recursive: true }),
          ),
        );
        await Promise.all(codes.map(({ file, svg }) => writeFile(path.join(distDir, file), svg)));
        logger.info(`Wrote ${codes.length} handout QR codes.`);
      },
    },
  };
}
