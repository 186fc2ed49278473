/**
 * Checks that span files: things one file's schema cannot see. Each problem names the
 * file, the field and the fix, so an author can mend it without reading code.
 */
import { didYouMean } from '../text/closest';
import type { ContentProblem } from './problem';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';

export interface LessonRef {
  file: string;
  locale: Locale;
  slug: string;
  id: number;
  path: string;
  services: readonly string[];
  prerequisites: readonly string[];
}
export interface PathRef {
  file: string;
  slug: string;
  lessons: readonly string[];
}
export interface ServiceRef {
  file: string;
  slug: string;
  hosts: readonly string[];
}
/** Regional notes that name a service, so the service page can show them. */
export interface RegionRef {
  file: string;
  noteServices: readonly (string | undefined)[];
}
export interface CrossCheckInput {
  lessons: readonly LessonRef[];
  paths: readonly PathRef[];
  services: readonly ServiceRef[];
  officialHosts: ReadonlySet<string>;
  officialHostsFile: string;
  region?: RegionRef;
}

export function crossCheck(input: CrossCheckInput): ContentProblem[] {
  return [
    ...checkLessonIds(input.lessons),
    ...checkTranslations(input.lessons),
    ...checkLessonReferences(input),
    ...checkPaths(input),
    ...checkServiceHosts(input),
    ...checkRegion(input),
  ];
}

function originals(lessons: readonly LessonRef[]): Map<string, LessonRef> {
  return new Map(lessons.filter((lesson) => lesson.locale === DEFAULT_LOCALE).map((lesson) => [lesson.slug, lesson]));
}

function checkLessonIds(lessons: readonly LessonRef[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const firstById = new Map<number, LessonRef>();
  for (const lesson of lessons.filter((entry) => entry.locale === 'id')) {
    const first = firstById.get(lesson.id);
    if (first) {
      const used = new Set(lessons.map((entry) => entry.id));
      const free = Math.max(...used) + 1;
      problems.push({
        file: lesson.file,
        field: 'id',
        message: `The id ${lesson.id} is already used by ${first.file}. Progress and completion codes refer to lessons by id, so each lesson needs its own.`,
        fix: `Give this lesson an unused id, for example ${free}. Never change the id of a lesson that has been published.`,
      });
    } else {
      firstById.set(lesson.id, lesson);
    }
  }
  return problems;
}

function checkTranslations(lessons: readonly LessonRef[]): ContentProblem[] {
  const bySlug = originals(lessons);
  const problems: ContentProblem[] = [];
  for (const lesson of lessons.filter((entry) => entry.locale !== 'id')) {
    const original = bySlug.get(lesson.slug);
    if (!original) {
      problems.push({
        file: lesson.file,
        field: '(file name)',
        message: `This translation has no Indonesian original: there is no lessons/id/${lesson.slug}.mdx.`,
        fix: `Name the file exactly like the Indonesian lesson it translates.${didYouMean(lesson.slug, [...bySlug.keys()])}`,
      });
    } else if (original.id !== lesson.id) {
      problems.push({
        file: lesson.file,
        field: 'id',
        message: `A translation shares the id of its original, but this one has ${lesson.id} and ${original.file} has ${original.id}.`,
        fix: `Set "id: ${original.id}".`,
      });
    }
  }
  return problems;
}

function checkLessonReferences({ lessons, paths, services }: CrossCheckInput): ContentProblem[] {
  const pathSlugs = paths.map((entry) => entry.slug);
  const serviceSlugs = services.map((entry) => entry.slug);
  const lessonSlugs = [...originals(lessons).keys()];
  const problems: ContentProblem[] = [];
  for (const lesson of lessons) {
    if (!pathSlugs.includes(lesson.path)) {
      problems.push({
        file: lesson.file,
        field: 'path',
        message: `The path "${lesson.path}" does not exist.`,
        fix: `Use one of: ${pathSlugs.join(', ')}.${didYouMean(lesson.path, pathSlugs)}`,
      });
    }
    lesson.services.forEach((service, index) => {
      if (serviceSlugs.includes(service)) return;
      problems.push({
        file: lesson.file,
        field: `services[${index}]`,
        message: `The service "${service}" does not exist.`,
        fix: `Use a file name from content/services/ (${serviceSlugs.join(', ')}), or add content/services/${service}.yaml.${didYouMean(service, serviceSlugs)}`,
      });
    });
    lesson.prerequisites.forEach((slug, index) => {
      const field = `prerequisites[${index}]`;
      if (slug === lesson.slug) {
        problems.push({
          file: lesson.file,
          field,
          message: 'A lesson cannot be its own prerequisite.',
          fix: `Remove "${slug}".`,
        });
      } else if (!lessonSlugs.includes(slug)) {
        problems.push({
          file: lesson.file,
          field,
          message: `The prerequisite "${slug}" is not a lesson.`,
          fix: `Use the slug of a lesson in content/lessons/id/.${didYouMean(slug, lessonSlugs)}`,
        });
      }
    });
  }
  return problems;
}

function checkPaths({ lessons, paths }: CrossCheckInput): ContentProblem[] {
  const bySlug = originals(lessons);
  const problems: ContentProblem[] = [];
  const listedIn = new Map<string, string>();
  for (const pathEntry of paths) {
    pathEntry.lessons.forEach((slug, index) => {
      const field = `lessons[${index}]`;
      const lesson = bySlug.get(slug);
      if (!lesson) {
        problems.push({
          file: pathEntry.file,
          field,
          message: `The lesson "${slug}" does not exist.`,
          fix: `Use the file name (without .mdx) of a lesson in content/lessons/id/.${didYouMean(slug, [...bySlug.keys()])}`,
        });
        return;
      }
      if (listedIn.has(slug)) {
        problems.push({
          file: pathEntry.file,
          field,
          message: `The lesson "${slug}" is already listed in ${listedIn.get(slug)}.`,
          fix: 'List each lesson in one path only; link to it from other lessons instead.',
        });
        return;
      }
      listedIn.set(slug, pathEntry.file);
      if (lesson.path !== pathEntry.slug) {
        problems.push({
          file: pathEntry.file,
          field,
          message: `The lesson "${slug}" says it belongs to the path "${lesson.path}", not "${pathEntry.slug}".`,
          fix: `Move "${slug}" to the lessons of content/paths/${lesson.path}.yaml, or set "path: ${pathEntry.slug}" in ${lesson.file}.`,
        });
      }
    });
  }
  for (const lesson of bySlug.values()) {
    if (!listedIn.has(lesson.slug) && paths.some((entry) => entry.slug === lesson.path)) {
      problems.push({
        file: lesson.file,
        field: 'path',
        message: `The lesson is not listed in its path "${lesson.path}", so learners cannot find it.`,
        fix: `Add "${lesson.slug}" to the lessons list of content/paths/${lesson.path}.yaml, in the order learners should take it.`,
      });
    }
  }
  return problems;
}

function checkServiceHosts({ services, officialHosts, officialHostsFile }: CrossCheckInput): ContentProblem[] {
  return services.flatMap((service) =>
    service.hosts
      .map((host, index) => ({ host, index }))
      .filter(({ host }) => !officialHosts.has(host))
      .map(({ host, index }) => ({
        file: service.file,
        field: `hosts[${index}]`,
        message: `The host "${host}" is not on the list of official hosts.`,
        fix: `Add it to ${officialHostsFile} with its owner and purpose, after checking it is official.${didYouMean(host, [...officialHosts])}`,
      })),
  );
}

function checkRegion({ region, services }: CrossCheckInput): ContentProblem[] {
  if (!region) return [];
  const serviceSlugs = services.map((entry) => entry.slug);
  return region.noteServices.flatMap((service, index) =>
    service === undefined || serviceSlugs.includes(service)
      ? []
      : [
          {
            file: region.file,
            field: `notes[${index}].service`,
            message: `The service "${service}" does not exist.`,
            fix: `Use a file name from content/services/ (${serviceSlugs.join(', ')}), or remove the field.${didYouMean(service, serviceSlugs)}`,
          },
        ],
  );
}
