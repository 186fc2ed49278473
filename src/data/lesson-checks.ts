/**
 * GLUE: the lesson checks that need the files themselves (dates against today, the text
 * line by line) and the review schedule. Problems join the cross-checks' one list, so an
 * author sees every problem of the build in one format.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CollectionEntry } from 'astro:content';
import type { ContentProblem } from '../lib/content/problem';
import { checkLessonRules } from '../lib/content/lesson-rules';
import { checkLessonText } from '../lib/content/lesson-text';
import { checkDates, isDue, isoDay, reviewDue, reviewMonths } from '../lib/content/review';
import { hostOf } from '../lib/links/official';
import {
  contentDir,
  isGovernmentHost,
  loadOfficialHosts,
  loadOfficialNumbers,
  OFFICIAL_HOSTS_FILE,
  OFFICIAL_NUMBERS_FILE,
  shownPath,
} from './content-files';

type LessonEntry = CollectionEntry<'lessons'>;

/** How often the lesson must be re-checked, and the day it falls due (from its `verified`). */
export interface Review {
  months: number;
  due: Date;
}

export function checkLessonFiles(entries: readonly LessonEntry[], today: Date): ContentProblem[] {
  const lists = {
    officialHosts: loadOfficialHosts(),
    officialNumbers: loadOfficialNumbers(),
    officialNumbersFile: shownPath(path.join(contentDir, OFFICIAL_NUMBERS_FILE)),
  };
  return entries.flatMap((entry) => {
    const file = entry.filePath ?? shownPath(path.join(contentDir, 'lessons', `${entry.id}.mdx`));
    const dates = checkDates(entry.data, today).map((problem) => ({ file, ...problem }));
    const text = readFileSync(path.resolve(file), 'utf8');
    // A draft may be half-written; its dates and text must still be honest.
    const rules = entry.data.draft
      ? []
      : checkLessonRules({
          quizLength: entry.data.quiz.length,
          sourceKinds: entry.data.sources.map((source) => source.kind),
          text,
        }).map((problem) => ({ file, ...problem }));
    return [...rules, ...dates, ...checkLessonText(file, text, lists)];
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
  return { months, due: reviewDue(entry.data.verified, months) };
}

/**
 * What an editor must act on but that must not stop a release: a lesson past its review date
 * (a date must never break the build on its own one day) and an Indonesian lesson that no
 * official page backs yet (the agency may publish nothing a reviewer can read).
 */
let reported = false;
export function reportDueLessons(lessons: readonly { original: LessonEntry; review: Review }[], today: Date): void {
  if (reported) return;
  reported = true;
  const fileOf = (entry: LessonEntry) => entry.filePath ?? entry.id;
  const due = lessons.filter((lesson) => isDue(lesson.review.due, today));
  if (due.length > 0) {
    const lines = due.map(
      ({ original, review }) =>
        `  - ${fileOf(original)}: checked ${isoDay(original.data.verified)}, due ${isoDay(review.due)} (every ${review.months} months)`,
    );
    console.warn(
      `[langkah] ${plural(due.length)} due for review: re-read their sources, update the lesson, then its dates.\n${lines.join('\n')}`,
    );
  }
  const unofficial = lessons.filter(
    ({ original }) =>
      !original.data.sources.some((source) => source.kind === 'official' && isGovernmentHost(hostOf(source.url))),
  );
  if (unofficial.length > 0) {
    console.warn(
      `[langkah] ${plural(unofficial.length)} backed by no government page: add a source with "kind: official" on a government host in ${OFFICIAL_HOSTS_FILE} when the agency publishes one.\n${unofficial.map(({ original }) => `  - ${fileOf(original)}`).join('\n')}`,
    );
  }
}

const plural = (count: number) => `${count} lesson${count === 1 ? ' is' : 's are'}`;
