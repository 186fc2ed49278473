/**
 * The checks that read a lesson file as text, line by line, so that each problem can name
 * its line: research talk and practice data in what the learner reads. The `sources` list
 * is the one place where sources, news and dates belong, so it is left out.
 */
import type { ContentProblem } from './problem';
import { findPracticeData, type PracticeFinding } from './practice-data';
import { findResearchTalk } from './research-talk';

export interface LessonTextLists {
  officialHosts: ReadonlySet<string>;
  officialNumbers: ReadonlySet<string>;
  officialNumbersFile: string;
}

/** The body as the MDX compiler reads it: the frontmatter blanked, so a line in the body is the file's line. */
export function bodyWithFileLines(text: string): string {
  const frontmatter = /^---\r?\n(?:[\s\S]*?\r?\n)?---(?=\r?\n|$)/.exec(text);
  return frontmatter ? frontmatter[0].replace(/[^\n]/g, '') + text.slice(frontmatter[0].length) : text;
}

/** The file with its frontmatter `sources:` block blanked, line numbers kept. */
export function learnerText(text: string): string {
  const lines = text.split('\n');
  let inFrontmatter = false;
  let inSources = false;
  return lines
    .map((line, index) => {
      if (line.trim() === '---') {
        if (index === 0) inFrontmatter = true;
        else if (inFrontmatter) inFrontmatter = inSources = false;
        return line;
      }
      if (inFrontmatter && /^[A-Za-z_]\w*:/.test(line)) inSources = line.startsWith('sources:');
      return inSources ? '' : line;
    })
    .join('\n');
}

const PRACTICE_FIX: Record<PracticeFinding['kind'], (value: string, lists: LessonTextLists) => [string, string]> = {
  nik: (value) => [
    `The practice number ${value} starts with the region code ${value.slice(0, 6)}, so it could be a real person's NIK or KK.`,
    "Start practice NIKs and KK numbers with 99, which is no province's code, for example 9900000101900001.",
  ],
  phone: (value, lists) => [
    `The phone number ${value} could be a real subscriber's.`,
    `Mask the middle digits with x (for example 0812-xxxx-1111). If it is an agency's official number, add it to ${lists.officialNumbersFile} with the page that shows it.`,
  ],
  email: (value) => [
    `The address ${value} is on a domain that anyone can register.`,
    'Use a name reserved for examples: sari@example.com, or a domain ending in .example or .test.',
  ],
};

export function checkLessonText(file: string, text: string, lists: LessonTextLists): ContentProblem[] {
  const readable = learnerText(text);
  const talk = findResearchTalk(readable).map(({ line, phrase, rewrite }) => ({
    file,
    line,
    message: `"${phrase}" is research talk: a learner cannot act on what a source says or when it was read.`,
    fix: `${rewrite} Sources go in "sources".`,
  }));
  const practice = findPracticeData(readable, lists.officialHosts, lists.officialNumbers).map(
    ({ line, kind, value }) => {
      const [message, fix] = PRACTICE_FIX[kind](value, lists);
      return { file, line, message, fix };
    },
  );
  return [...talk, ...practice].sort((a, b) => a.line - b.line);
}
