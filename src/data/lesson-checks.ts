/**
 * GLUE: the lesson checks that need the files themselves (dates against today, the text
 * line by line) and the review schedule. Problems join the cross-checks' one list, so an
 * author sees every problem of the build in one format.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CollectionEntry } from 'astro:content';
import type { Problem } from '../lib/content/cross-check';
import { checkLessonText } from '../lib/content/lesson-text';
import { checkDates, isDue, isoDay, reviewDue, reviewMonths } from '../lib/content/review';
import {
  contentDir,
  loadOfficialHosts,
  loadOfficialNumbers,
  OFFICIAL_HOSTS_FILE,
  OFFICIAL_NUMBERS_FILE,
} from './content-files';

type LessonEntry = CollectionEntry<'lessons'>;

export interface Review {
  verified: Date;
  months: number;
  due: Date;
}

export function checkLessonFiles(entries: readonly LessonEntry[], today: Date): Problem[] {
  const lists = {
    officialHosts: loadOfficialHosts(),
    officialNumbers: loadOfficialNumbers(),
    officialNumbersFile: path.relative(process.cwd(), path.join(contentDir, OFFICIAL_NUMBERS_FILE)),
  };
  return entries.flatMap((entry) => {
    const file = entry.filePath ?? path.join(contentDir, 'lessons', `${entry.id}.mdx`);
    const dates = checkDates(entry.data, today).map((problem) => ({ file, ...problem }));
    const official = entry.data.sources.some((source) => source.kind === 'official');
    const sources: Problem[] =
      official || !entry.id.startsWith('id/')
        ? []
        : [
            {
              file,
              field: 'sources',
              message: 'The lesson cites no official page, so nothing shows that the service works as it says.',
              fix: `Add a source with "kind: official" on a host in ${OFFICIAL_HOSTS_FILE}: the agency's own page for the service.`,
            },
          ];
    return [...sources, ...dates, ...checkLessonText(file, readFileSync(path.resolve(file), 'utf8'), lists)];
  });
}

export function reviewOf(
  entry: LessonEntry,
  pathMonths: ReadonlyMap<string, number>,
  serviceMonths: ReadonlyMap<string, number | undefined>,
): Review {
  const months = reviewMonths(
    pathMonths.get(entry.data.path) ?? 12,
    entry.data.services.map((service) => serviceMonths.get(service)),
  );
  return { verified: entry.data.verified, months, due: reviewDue(entry.data.verified, months) };
}

/** A date must never break the build on its own one day: due lessons are a warning. */
let reported = false;
export function reportDueLessons(lessons: readonly { original: LessonEntry; review: Review }[], today: Date): void {
  if (reported) return;
  reported = true;
  const due = lessons.filter((lesson) => isDue(lesson.review.due, today));
  if (due.length === 0) return;
  const lines = due.map(
    ({ original, review }) =>
      `  - ${original.filePath ?? original.id}: checked ${isoDay(review.verified)}, due ${isoDay(review.due)} (every ${review.months} months)`,
  );
  console.warn(
    `[langkah] ${due.length} lesson${due.length === 1 ? ' is' : 's are'} due for review: re-read their sources, update the lesson, then its dates.\n${lines.join('\n')}`,
  );
}
