/**
 * The last step of the Kiwix flavour's build (LANGKAH_FLAVOUR=zim): takes out what only the web
 * edition uses, rewrites every page's links to relative files (src/lib/zim/rewrite.ts) and fails
 * the build on any link the ZIM could not open. scripts/build-zim.mjs then packs the folder.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { brokenLinks } from '../lib/zim/links';
import { rewritePage } from '../lib/zim/rewrite';
import { LOCALES, DEFAULT_LOCALE } from '../lib/i18n/locales';
import { contentDir, loadYaml } from '../data/content-files';
import { siteSchema } from '../schemas/site';
import { writeIllustration } from './pwa-assets';

/** The illustration scripts/build-zim.mjs names in the ZIM's metadata (it cannot import this file). */
const ILLUSTRATION = 'illustration-48.png';

/** The web's install, offline and crawler files, and its "not found" page: a ZIM reader has its own. */
const WEB_ONLY = ['manifest.webmanifest', 'robots.txt', '_headers', '404.html', 'offline'];

export function zimEdition(): AstroIntegration {
  return {
    name: 'langkah:zim-edition',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const prefixes = LOCALES.map((locale) => (locale === DEFAULT_LOCALE ? '' : `${locale}/`));
        for (const file of prefixes.flatMap((prefix) => WEB_ONLY.map((name) => `${prefix}${name}`)))
          await rm(path.join(root, file), { recursive: true, force: true });
        const files = (await readdir(root, { recursive: true, withFileTypes: true }))
          .filter((entry) => entry.isFile())
          .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
        const known = new Set(files);
        const broken: string[] = [];
        for (const file of files.filter((name) => name.endsWith('.html'))) {
          const html = rewritePage(await readFile(path.join(root, file), 'utf8'), file);
          await writeFile(path.join(root, file), html);
          for (const link of brokenLinks(html, file, (target) => known.has(target))) broken.push(`${file}: ${link}`);
        }
        if (broken.length > 0) {
          throw new Error(
            `The Kiwix edition has ${broken.length} link(s) to files it does not hold:\n  ${broken.slice(0, 20).join('\n  ')}\n` +
              'Fix: leave web-only pages (offline, install) out of the ZIM flavour where the link is drawn (__ZIM_EDITION__).',
          );
        }
        await writeIllustration(
          path.join(root, ILLUSTRATION),
          loadYaml(path.join(contentDir, 'site.yaml'), siteSchema),
        );
        logger.info(
          `Rewrote ${files.filter((name) => name.endsWith('.html')).length} pages for Kiwix; every link resolves.`,
        );
      },
    },
  };
}
