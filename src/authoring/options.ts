/**
 * The lists the editor offers as choices (paths, services, lessons, glossary terms, the next
 * free lesson id), read from content/ when the editor starts and served to its browser page as
 * the virtual module `virtual:langkah-authoring`. Node only: the editor's config cannot read files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { Plugin } from 'vite';
import { LOCALES, type Locale } from '../lib/i18n/locales';

export interface AuthoringOptions {
  /** content/ relative to the project, as the editor writes it ("content" or a test's copy). */
  contentPrefix: string;
  paths: string[];
  services: string[];
  /** Every lesson's slug, in any language. */
  allLessons: string[];
  glossary: Record<Locale, string[]>;
  nextLessonId: number;
}

const slugsIn = (dir: string, ext: string): string[] =>
  readdirSync(dir)
    .filter((name) => name.endsWith(ext))
    .map((name) => name.slice(0, -ext.length))
    .sort();

const frontmatterId = (file: string): number => {
  const match = /^id:\s*(\d+)\s*$/m.exec(readFileSync(file, 'utf8').split(/^---\s*$/m)[1] ?? '');
  return match ? Number(match[1]) : 0;
};

export function readAuthoringOptions(contentDir: string, root = process.cwd()): AuthoringOptions {
  const lessonsDir = (locale: Locale) => path.join(contentDir, 'lessons', locale);
  const ids = LOCALES.flatMap((locale) =>
    slugsIn(lessonsDir(locale), '.mdx').map((slug) => frontmatterId(path.join(lessonsDir(locale), `${slug}.mdx`))),
  );
  const terms = (locale: Locale): string[] => {
    const file = path.join(contentDir, 'glossary', `${locale}.yaml`);
    const data = parse(readFileSync(file, 'utf8')) as { terms?: { id: string }[] };
    return (data.terms ?? []).map((term) => term.id).sort();
  };
  const perLocale = <T>(of: (locale: Locale) => T) =>
    Object.fromEntries(LOCALES.map((locale) => [locale, of(locale)])) as Record<Locale, T>;
  return {
    contentPrefix: path.relative(root, contentDir).split(path.sep).join('/'),
    paths: slugsIn(path.join(contentDir, 'paths'), '.yaml'),
    services: slugsIn(path.join(contentDir, 'services'), '.yaml'),
    allLessons: [...new Set(LOCALES.flatMap((locale) => slugsIn(lessonsDir(locale), '.mdx')))].sort(),
    glossary: perLocale(terms),
    nextLessonId: Math.max(0, ...ids) + 1,
  };
}

const ID = 'virtual:langkah-authoring';

export function authoringOptionsPlugin(contentDir: string): Plugin {
  return {
    name: 'langkah:authoring-options',
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    load: (id) =>
      id === `\0${ID}` ? `export default ${JSON.stringify(readAuthoringOptions(contentDir))};` : undefined,
  };
}
