/**
 * Node-side glue: where the authored content lives and the official host list, read
 * synchronously because the lesson schema and the link check need it before any
 * collection loads. LANGKAH_CONTENT_DIR lets tests and the benchmark build another
 * content folder (a broken lesson, a second region, 5,000 synthetic lessons).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { officialHostsSchema, type OfficialHost } from '../schemas/official-host';
import { officialNumbersSchema } from '../schemas/official-number';
import { formatIssues } from '../lib/content/format-issues';
import { normalisePhone } from '../lib/content/practice-data';

export const contentDir = path.resolve(process.env['LANGKAH_CONTENT_DIR'] ?? 'content');
export const OFFICIAL_HOSTS_FILE = 'official-hosts.yaml';
export const OFFICIAL_NUMBERS_FILE = 'official-numbers.yaml';

/** The day the build checks dates against; LANGKAH_TODAY pins it for tests. */
export function buildDay(): Date {
  const pinned = process.env['LANGKAH_TODAY'];
  return pinned ? new Date(`${pinned}T00:00:00Z`) : new Date();
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
  const file = path.join(dir, OFFICIAL_HOSTS_FILE);
  const result = officialHostsSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!result.success) {
    throw new Error(`${file} is not a valid list of official hosts.\n${formatIssues(result.error.issues)}`);
  }
  return result.data;
}

export function loadOfficialHosts(dir: string = contentDir): Set<string> {
  return new Set(loadHostList(dir).map((entry) => entry.host));
}

/** Agencies' own mobile numbers, normalised (0811…), that lessons may print unmasked. */
export function loadOfficialNumbers(dir: string = contentDir): Set<string> {
  const file = path.join(dir, OFFICIAL_NUMBERS_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return new Set();
  }
  const result = officialNumbersSchema.safeParse(parse(text) ?? []);
  if (!result.success) {
    throw new Error(`${file} is not a valid list of official numbers.\n${formatIssues(result.error.issues)}`);
  }
  return new Set(result.data.map((entry) => normalisePhone(entry.number)));
}

/**
 * Published lesson slugs in a language folder (drafts left out, as the build does), read before
 * collections load: for build steps that run outside pages (the sitemap filter, the handout QR worker).
 */
export function publishedLessonSlugs(locale: 'id' | 'en'): string[] {
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
