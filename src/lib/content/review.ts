/**
 * Dates that are promises. A source's `checked` is the day it was last read for the lesson;
 * `verified` is the day the whole lesson was last checked against them, so it can be no later
 * than the newest `checked`, and no date can lie in the future. A lesson is due for review a
 * set number of months after `verified`: the shortest interval of its path and services.
 */
export interface DatedLesson {
  verified: Date;
  sources: readonly { checked?: Date | undefined }[];
}
export interface DateProblem {
  field: string;
  message: string;
  fix: string;
}

const DAY = 24 * 60 * 60 * 1000;

/** 2026-12-01, in UTC like the dates authors write. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The same day `months` later; the 31st of a shorter month becomes its last day. */
export function addMonths(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)));
}

export function reviewMonths(pathMonths: number, serviceMonths: readonly (number | undefined)[]): number {
  return Math.min(pathMonths, ...serviceMonths.filter((months): months is number => months !== undefined));
}

export function reviewDue(verified: Date, months: number): Date {
  return addMonths(verified, months);
}

/** Due on the due day itself: "every six months" means the check is owed that day. */
export function isDue(due: Date, today: Date): boolean {
  return Math.floor(today.getTime() / DAY) >= Math.floor(due.getTime() / DAY);
}

export function checkDates(lesson: DatedLesson, today: Date): DateProblem[] {
  const problems: DateProblem[] = [];
  const future = (date: Date) => isoDay(date) > isoDay(today);
  lesson.sources.forEach((source, index) => {
    const field = `sources[${index}].checked`;
    if (!source.checked) {
      problems.push({
        field,
        message: 'This source has no "checked" date, so nobody can tell whether anyone read it.',
        fix: `Read the source again, then add "checked: ${isoDay(today)}" to it. If you cannot read it any more, remove it and any fact that rests on it.`,
      });
    } else if (future(source.checked)) {
      problems.push({
        field,
        message: `The date ${isoDay(source.checked)} is in the future: nobody can have read the source then.`,
        fix: 'Write the day on which you read the source, in YYYY-MM-DD form.',
      });
    }
  });
  if (future(lesson.verified)) {
    problems.push({
      field: 'verified',
      message: `The date ${isoDay(lesson.verified)} is in the future.`,
      fix: 'Write the day on which you last checked the whole lesson against its sources.',
    });
  }
  const checked = lesson.sources.flatMap((source) => (source.checked ? [source.checked] : []));
  const newest = checked.length ? new Date(Math.max(...checked.map((date) => date.getTime()))) : undefined;
  if (newest && isoDay(lesson.verified) > isoDay(newest)) {
    problems.push({
      field: 'verified',
      message: `The lesson says it was checked on ${isoDay(lesson.verified)}, but its newest source was read on ${isoDay(newest)}. A lesson is checked against its sources, so it cannot be checked later than they were read.`,
      fix: `Set "verified: ${isoDay(newest)}", or read the sources again and update their "checked" dates first.`,
    });
  }
  return problems;
}
