/**
 * How an author component that is used wrongly stops the build: as a content problem that names
 * the lesson file (from the lesson the page put in Astro.locals), the component and its prop,
 * and, when the tag can be found again in the text, its line.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import { lessonFile } from '../data/content-files';
import { throwContentProblems } from '../data/content-problems';
import { componentLine } from '../lib/content/component-line';
import { problemsFromIssues, type ContentProblem } from '../lib/content/problem';

interface AstroLike {
  locals: App.Locals;
  props: object;
}

/** A component as used in a lesson; `markedBy` names a prop whose value tells its tags apart. */
export interface UsedComponent {
  name: string;
  markedBy?: string;
}

export interface PropProblem {
  /** The prop at fault, e.g. `href`, or a path into it, e.g. `screens[1].fields`. */
  prop?: string;
  message: string;
  fix: string;
}

function whereUsed(astro: AstroLike, component: UsedComponent): { file: string; line?: number | undefined } {
  const lesson = astro.locals.lesson;
  if (!lesson) return { file: '(a page that is not a lesson)' };
  const file = lessonFile(astro.locals.locale, lesson.slug);
  const prop = component.markedBy;
  const value: unknown = prop && Object.entries(astro.props).find(([key]) => key === prop)?.[1];
  const mark = prop && typeof value === 'string' && value !== '' ? { prop, value } : undefined;
  try {
    return { file, line: componentLine(readFileSync(file, 'utf8'), component.name, mark) };
  } catch {
    // The line is a courtesy: a file that cannot be read again still gets its problem named.
    return { file };
  }
}

function fail(component: UsedComponent, problems: readonly ContentProblem[]): never {
  throwContentProblems(problems, `<${component.name}> in a lesson is not valid`);
}

export function failComponent(astro: AstroLike, component: UsedComponent, problems: readonly PropProblem[]): never {
  const { file, line } = whereUsed(astro, component);
  const tag = `<${component.name}>`;
  fail(
    component,
    problems.map(({ prop, message, fix }) => ({ file, line, field: prop ? `${tag} ${prop}` : tag, message, fix })),
  );
}

/** The props through the component's schema, or the build stops on every issue at once. */
export function parseProps<Schema extends z.ZodType>(
  astro: AstroLike,
  component: UsedComponent,
  schema: Schema,
): z.infer<Schema> {
  const parsed = schema.safeParse(astro.props);
  if (parsed.success) return parsed.data;
  const { file, line } = whereUsed(astro, component);
  fail(
    component,
    problemsFromIssues(parsed.error.issues, {
      file,
      line,
      prefix: `<${component.name}>`,
      fix: `Compare it with the example of <${component.name}> in content/README.md, section 3.`,
    }),
  );
}
