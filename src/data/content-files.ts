/**
 * Node-side glue: where the authored content lives and the official host list, read
 * synchronously because the lesson schema and the link check need it before any
 * collection loads. LANGKAH_CONTENT_DIR lets tests and the benchmark build another
 * content folder (a broken lesson, a second region, 5,000 synthetic lessons).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import type { z } from 'astro/zod';
import { officialHostsSchema, type OfficialHost } from '../schemas/official-host';
import { officialNumbersSchema } from '../schemas/official-number';
import { problemsFromIssues } from '../lib/content/problem';
import { normalisePhone } from '../lib/content/practice-data';
import { throwContentProblems } from './content-problems';
import type { Locale } from '../lib/i18n/locales';

export const contentDir = path.resolve(process.env['LANGKAH_CONTENT_DIR'] ?? 'content');
export const OFFICIAL_HOSTS_FILE = 'official-hosts.yaml';
export const OFFICIAL_NUMBERS_FILE = 'official-numbers.yaml';

/** A file as an author finds it from the project folder, e.g. content/site.yaml. */
export function shownPath(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

/** The MDX file of a lesson in a language, e.g. content/lessons/en/kode-otp-rahasia.mdx. */
export function lessonFile(locale: string, slug: string): string {
  return shownPath(path.join(contentDir, 'lessons', locale, `${slug}.mdx`));
}

/** The day the build checks dates against, one for the whole build; LANGKAH_TODAY pins it for tests. */
let today: Date | undefined;
export function buildDay(): Date {
  const pinned = process.env['LANGKAH_TODAY'];
  today ??= pinned ? new Date(`${pinned}T00:00:00Z`) : new Date();
  return today;
}

// Read once per folder: <OfficialLink> asks for it on every lesson page.
const hostLists = new Map<string, OfficialHost[]>();

export function loadHostList(dir: string = contentDir): OfficialHost[] {
  let list = hostLists.get(dir);
  if (!list) {
    list = readHostList(dir);
    hostLists.set(dir, list);
  }
  return list;
}

function readHostList(dir: string): OfficialHost[] {
  return loadYaml(path.join(dir, OFFICIAL_HOSTS_FILE), officialHostsSchema);
}

const INVALID_FILE = 'A content file is not valid';

/**
 * A side file of content/ (site, synonyms, pronunciation, host and number lists), read and
 * checked in one place: a YAML slip or a wrong field fails with the file, the field and the
 * fix, in the format of every other content error.
 */
export function loadYaml<Schema extends z.ZodType>(file: string, schema: Schema): z.infer<Schema> {
  // Components read side files on every page (the read-aloud table on each lesson): parse each once
  // per version of the file, so the dev server still sees an edit.
  const version = statSync(file, { throwIfNoEntry: false })?.mtimeMs;
  if (version === undefined) return readYaml(file, schema);
  const cached = parsed.get(schema)?.get(file);
  if (cached?.version === version) return cached.data as z.infer<Schema>;
  const data = readYaml(file, schema);
  if (!parsed.has(schema)) parsed.set(schema, new Map());
  parsed.get(schema)!.set(file, { version, data });
  return data;
}

const parsed = new WeakMap<z.ZodType, Map<string, { version: number; data: unknown }>>();

function readYaml<Schema extends z.ZodType>(file: string, schema: Schema): z.infer<Schema> {
  const shown = shownPath(file);
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const line = error instanceof YAMLParseError ? error.linePos?.[0].line : undefined;
    const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    throwContentProblems(
      [
        {
          file: shown,
          line,
          message: `The file cannot be read: ${reason}`,
          fix: 'Check the indentation and the colons on that line; put text with a colon in quotes.',
        },
      ],
      INVALID_FILE,
    );
  }
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throwContentProblems(
    problemsFromIssues(result.error.issues, {
      file: shown,
      fix: 'Compare the field with the example in content/README.md, section 4.',
    }),
    INVALID_FILE,
  );
}

export function loadOfficialHosts(dir: string = contentDir): Set<string> {
  return new Set(loadHostList(dir).map((entry) => entry.host));
}

/** A listed host of a government body; a trusted fact-checker on the list is not one. */
export function isGovernmentHost(host: string | undefined, dir: string = contentDir): boolean {
  return loadHostList(dir).find((entry) => entry.host === host)?.government ?? false;
}

/** Agencies' own mobile numbers, normalised (0811…), that lessons may print unmasked. */
export function loadOfficialNumbers(dir: string = contentDir): Set<string> {
  const file = path.join(dir, OFFICIAL_NUMBERS_FILE);
  if (!existsSync(file)) return new Set();
  return new Set((loadYaml(file, officialNumbersSchema.nullable()) ?? []).map((entry) => normalisePhone(entry.number)));
}

/**
 * Published lesson slugs in a language folder (drafts left out, as the build does), read before
 * collections load: for build steps that run outside pages (the sitemap filter, the handout QR worker).
 */
export function publishedLessonSlugs(locale: Locale): string[] {
  const dir = path.join(contentDir, 'lessons', locale);
  let files: string[];
  try {
    files = readdirSync(dir).filter((file) => file.endsWith('.mdx'));
  } catch {
    return [];
  }
  return files
    .filter((file) => {
      const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path.join(dir, file), 'utf8'))?.[1] ?? '';
      return !/^draft:\s*true\s*(#.*)?$/m.test(frontmatter);
    })
    .map((file) => file.slice(0, -'.mdx'.length));
}
