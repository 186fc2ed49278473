/**
 * The rules every lesson must meet that a program can check (issue: Curriculum I):
 * at least three quiz questions, an exercise, a trainer note, official sources first,
 * allowlisted links, and plain language (average sentence ≤ 15 words, none over 30).
 * Prints a table of each lesson's figures.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadOfficialHosts } from '../../src/data/content-files';
import { READABILITY_LIMITS, readability } from '../../src/lib/content/readability';
import { checkLink } from '../../src/lib/links/official';

const contentDir = path.resolve(process.env['LANGKAH_CONTENT_DIR'] ?? 'content');
const hosts = loadOfficialHosts(contentDir);
const lessons = ['id', 'en'].flatMap((locale) =>
  readdirSync(path.join(contentDir, 'lessons', locale))
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const text = readFileSync(path.join(contentDir, 'lessons', locale, file), 'utf8');
      const frontmatter = parse(text.split(/^---$/m)[1] ?? '') as {
        minutes: number;
        quiz?: unknown[];
        sources: { kind: string }[];
        draft?: boolean;
      };
      return { file: `${locale}/${file}`, locale, text, frontmatter, body: text.replace(/^---[\s\S]*?\n---\n/, '') };
    }),
);

const EXERCISES = ['Simulator', 'ScamDrill', 'Steps'] as const;
const exerciseOf = (body: string) => EXERCISES.filter((name) => body.includes(`<${name}`));

describe('every lesson', () => {
  const rows = lessons.map(({ file, text, body, frontmatter }) => {
    const figures = readability(text);
    return {
      lesson: file,
      minutes: frontmatter.minutes,
      exercise: exerciseOf(body).join('+') || '—',
      quiz: frontmatter.quiz?.length ?? 0,
      sentences: figures.sentences,
      'avg words': Number(figures.average.toFixed(1)),
      longest: figures.longest,
    };
  });
  console.table(rows);

  for (const { file, text, body, frontmatter } of lessons) {
    describe(file, () => {
      it('has at least three quiz questions', () => {
        expect(frontmatter.quiz?.length ?? 0).toBeGreaterThanOrEqual(3);
      });

      it('has an exercise that practises the task (Simulator, ScamDrill or Steps) and a trainer note', () => {
        expect(exerciseOf(body)).not.toEqual([]);
        expect(body).toContain('<TrainerNote');
      });

      it('lists official sources before news reports', () => {
        const kinds = frontmatter.sources.map((source) => source.kind);
        const firstNews = kinds.indexOf('news');
        expect(firstNews === -1 || !kinds.slice(firstNews).includes('official'), kinds.join(', ')).toBe(true);
      });

      it('links only within the site or to allowlisted official hosts', () => {
        const links = [...body.matchAll(/\]\(([^)\s]+)\)|href="([^"]+)"/g)].map((match) => match[1] ?? match[2]!);
        for (const link of links) expect(checkLink(link, hosts), link).toMatchObject({ ok: true });
      });

      it(`reads plainly: average sentence ≤ ${READABILITY_LIMITS.average} words, none over ${READABILITY_LIMITS.longest}`, () => {
        const figures = readability(text);
        expect(figures.average).toBeLessThanOrEqual(READABILITY_LIMITS.average);
        expect(figures.longest, figures.longestSentence).toBeLessThanOrEqual(READABILITY_LIMITS.longest);
      });
    });
  }
});
