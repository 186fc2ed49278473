/**
 * GLUE: loads the collections once, runs the cross-file checks and hands pages one
 * tidy catalogue. A broken reference fails the build here with file, field and fix.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { crossCheck } from '../lib/content/cross-check';
import { problemsFromIssues, type ContentProblem } from '../lib/content/problem';
import { schemaIssuesOf } from '../schemas/lenient';
import type { LocalizedText } from '../schemas/common';
import type { Locale } from '../lib/i18n/urls';
import { contentDir, buildDay, loadOfficialHosts, OFFICIAL_HOSTS_FILE, shownPath } from './content-files';
import { throwContentProblems } from './content-problems';
import { checkLessonFiles, reportDueLessons, reviewOf, type Review } from './lesson-checks';
import { LIST_PAGE_SIZE } from '../lib/lists/paginate';

export type LessonEntry = CollectionEntry<'lessons'>;

export interface Lesson {
  slug: string;
  /** The Indonesian original: its frontmatter is the source of truth for metadata. */
  original: LessonEntry;
  translations: Partial<Record<Locale, LessonEntry>>;
  /** When the Indonesian original was checked and when it is due again. */
  review: Review;
}

export interface LearningPath {
  slug: string;
  data: CollectionEntry<'paths'>['data'];
  lessons: Lesson[];
  minutes: number;
}

export interface Catalog {
  lessons: Lesson[];
  lessonBySlug: Map<string, Lesson>;
  paths: LearningPath[];
  pathBySlug: Map<string, LearningPath>;
  services: CollectionEntry<'services'>[];
  serviceBySlug: Map<string, CollectionEntry<'services'>>;
  glossary: Partial<Record<Locale, CollectionEntry<'glossary'>['data']['terms']>>;
  site: CollectionEntry<'site'>['data'];
  region: CollectionEntry<'region'>['data'];
}

function splitId(entryId: string): { locale: Locale; slug: string } {
  const [locale, slug] = entryId.split('/') as [Locale, string];
  return { locale, slug };
}

function fileOf(entry: { filePath?: string | undefined; id: string }, fallback: string): string {
  return entry.filePath ?? fallback;
}

const LESSON_FIX = 'Compare the frontmatter with the lesson example in content/README.md, section 1.';
const SIDE_FIX = 'Compare the file with its description in content/README.md, section 4.';

function schemaProblemsOf(
  entries: readonly { id: string; filePath?: string | undefined; data: unknown }[],
  collection: string,
  fix: string,
): ContentProblem[] {
  return entries.flatMap((entry) =>
    problemsFromIssues(schemaIssuesOf(entry.data), { file: fileOf(entry, `${collection}/${entry.id}`), fix }),
  );
}

/** Lessons per path or service page. Tests lower it to build paged lists from the bundled lessons. */
export const listPageSize = Number(process.env['LANGKAH_LIST_PAGE_SIZE'] ?? LIST_PAGE_SIZE);

/** The list page (1-based) that holds the lesson at `position` in its path. */
export const listPageOf = (position: number): number => Math.floor(position / listPageSize) + 1;

let cached: Promise<Catalog> | undefined;
export function getCatalog(): Promise<Catalog> {
  cached ??= loadCatalog();
  return cached;
}

async function loadCatalog(): Promise<Catalog> {
  const showDrafts = import.meta.env.DEV;
  const [lessonEntries, pathEntries, services, glossaryEntries, siteEntries, regionEntries, pageEntries] =
    await Promise.all([
      getCollection('lessons'),
      getCollection('paths'),
      getCollection('services'),
      getCollection('glossary'),
      getCollection('site'),
      getCollection('region'),
      getCollection('pages'),
    ]);
  // Schema slips first: the checks below rely on every entry having the fields its schema promises.
  const schemaProblems = [
    ...schemaProblemsOf(lessonEntries, 'lessons', LESSON_FIX),
    ...[pathEntries, services, glossaryEntries, siteEntries, regionEntries, pageEntries].flatMap((entries) =>
      schemaProblemsOf(entries, entries[0]?.collection ?? '', SIDE_FIX),
    ),
  ];
  if (schemaProblems.length > 0)
    throwContentProblems(schemaProblems, `Some files in ${contentDir} do not fit their schema`);

  const problems = [
    ...crossCheck({
      lessons: lessonEntries.map((entry) => ({
        ...splitId(entry.id),
        file: fileOf(entry, `lessons/${entry.id}.mdx`),
        id: entry.data.id,
        path: entry.data.path,
        services: entry.data.services,
        prerequisites: entry.data.prerequisites,
      })),
      paths: pathEntries.map((entry) => ({
        file: fileOf(entry, `paths/${entry.id}.yaml`),
        slug: entry.id,
        lessons: entry.data.lessons,
      })),
      services: services.map((entry) => ({
        file: fileOf(entry, `services/${entry.id}.yaml`),
        slug: entry.id,
        hosts: entry.data.hosts,
      })),
      officialHosts: loadOfficialHosts(),
      officialHostsFile: `${contentDir}/${OFFICIAL_HOSTS_FILE}`,
      ...(regionEntries[0] && {
        region: {
          file: fileOf(regionEntries[0], 'region.yaml'),
          noteServices: regionEntries[0].data.notes.map((note) => note.service),
        },
      }),
    }),
    ...checkLessonFiles(lessonEntries, buildDay()),
  ];
  if (problems.length > 0) throwContentProblems(problems, `The lessons in ${contentDir} do not fit together`);

  const site = siteEntries[0]?.data;
  if (!site) missingFile('site.yaml', 'Create it with the site name, region and colours (see README).');
  const region = regionEntries[0]?.data;
  if (!region) {
    missingFile('region.yaml', 'Create it with the places where people get help in person (see content/README.md).');
  }

  const pathMonths = new Map(pathEntries.map((entry) => [entry.id, entry.data.reviewMonths]));
  const serviceMonths = new Map(services.map((entry) => [entry.id, entry.data.reviewMonths]));
  const lessonBySlug = new Map<string, Lesson>();
  for (const entry of lessonEntries.filter((item) => item.id.startsWith('id/'))) {
    if (entry.data.draft && !showDrafts) continue;
    const { slug } = splitId(entry.id);
    const review = reviewOf(entry, pathMonths, serviceMonths);
    lessonBySlug.set(slug, { slug, original: entry, translations: { id: entry }, review });
  }
  for (const entry of lessonEntries.filter((item) => !item.id.startsWith('id/'))) {
    const { locale, slug } = splitId(entry.id);
    const lesson = lessonBySlug.get(slug);
    if (lesson && !(entry.data.draft && !showDrafts)) lesson.translations[locale] = entry;
  }

  const paths = pathEntries
    .map((entry) => {
      const lessons = entry.data.lessons.flatMap((slug) => lessonBySlug.get(slug) ?? []);
      const minutes = lessons.reduce((sum, lesson) => sum + lesson.original.data.minutes, 0);
      return { slug: entry.id, data: entry.data, lessons, minutes };
    })
    .filter((entry) => entry.lessons.length > 0)
    .sort((a, b) => a.data.order - b.data.order);
  const lessons = paths.flatMap((entry) => entry.lessons);
  reportDueLessons(lessons, buildDay());

  return {
    lessons,
    lessonBySlug: new Map(lessons.map((lesson) => [lesson.slug, lesson])),
    paths,
    pathBySlug: new Map(paths.map((entry) => [entry.slug, entry])),
    services: services.sort((a, b) => a.data.name.localeCompare(b.data.name, 'id')),
    serviceBySlug: new Map(services.map((entry) => [entry.id, entry])),
    glossary: Object.fromEntries(glossaryEntries.map((entry) => [entry.id, entry.data.terms])),
    site,
    region,
  };
}

function missingFile(name: string, fix: string): never {
  const file = shownPath(`${contentDir}/${name}`);
  throwContentProblems([{ file, message: 'The file is missing.', fix }], `${file} is missing`);
}

/** Text in the reader's locale, with the language it is actually in (for `lang`). */
export function pick(text: LocalizedText, locale: Locale): { text: string; lang: Locale } {
  if (locale === 'en' && text.en) return { text: text.en, lang: 'en' };
  return { text: text.id, lang: 'id' };
}

/** The lesson in the reader's locale, falling back to the Indonesian original. */
export function lessonIn(lesson: Lesson, locale: Locale): { entry: LessonEntry; lang: Locale; translated: boolean } {
  const entry = lesson.translations[locale];
  if (entry) return { entry, lang: locale, translated: true };
  return { entry: lesson.original, lang: 'id', translated: locale === 'id' };
}
