/**
 * A lesson's body, compiled from its file when its page renders (the loader makes no Vite module
 * of it: src/data/lesson-loader.ts). The same compiler and plugins as Astro's MDX integration
 * (Sätteri, with the link check and heading ids), so the page is the same; an MDX slip stops
 * the build as a content problem with the file, the line and the fix.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { Fragment, jsx, jsxs } from 'astro/jsx-runtime';
import { evaluate, type EvaluateOptions } from 'satteri';
import { renderedBy } from '../components/renderer';
import { shownPath } from '../data/content-files';
import { ContentProblemError, throwContentProblems } from '../data/content-problems';
import { markdownHastPlugins } from './markdown-plugins';
import { bodyWithFileLines } from '../lib/content/lesson-text';

// Astro's runtime types its props more narrowly than Sätteri's evaluate does.
const runtime = { Fragment, jsx, jsxs } as Pick<EvaluateOptions, 'Fragment' | 'jsx' | 'jsxs'>;

type Content = (props?: { components?: Record<string, unknown> }) => unknown;

const FIX =
  'Close every component you open (<Steps> … </Steps>, or <Term … />), and write props as in content/README.md, section 3. Lessons need no import or export lines.';

/**
 * Sätteri's message, "12:5: Expected a closing tag for `<Steps>` (12:5) (mdx-jsx:…)", as the line
 * and the words: the place goes in the problem's own field, and the rule name means nothing to an author.
 */
function problemOf(error: unknown): { line: number | undefined; message: string } {
  const text = String((error as Error)?.message ?? error);
  const [, line, rest] = /^(\d+):\d+(?:-\d+:\d+)?:\s*([\s\S]*)$/.exec(text) ?? [undefined, undefined, text];
  const message = rest!.replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)|\s*\([\w-]+:[\w-]+\)/g, '');
  return { line: line === undefined ? undefined : Number(line), message };
}

// Each plugin is a factory Sätteri calls once a compile, so one list serves every lesson.
const hastPlugins = [...markdownHastPlugins(), satteriHeadingIdsPlugin()];

async function compile(file: string): Promise<Record<string, unknown>> {
  const source = bodyWithFileLines(readFileSync(file, 'utf8'));
  try {
    return await evaluate(source, {
      ...runtime,
      hastPlugins,
      // What @astrojs/mdx asks of Sätteri by default: GitHub Markdown and typographic quotes.
      features: { gfm: true, smartPunctuation: true },
      // Plain Markdown as HTML strings, as @astrojs/mdx's `optimize` does: less code to compile and to render.
      // Links stay elements: the author components' `a` (Link.astro) keeps them in the reader's language.
      optimizeStatic: { component: 'Fragment', prop: 'set:html', ignoreElements: ['a'] },
      fileURL: pathToFileURL(file),
      jsxImportSource: 'astro',
      elementAttributeNameCase: 'html',
      data: { astro: { frontmatter: {}, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
    });
  } catch (error) {
    if (error instanceof ContentProblemError) throw error;
    const shown = shownPath(file);
    throwContentProblems(
      [{ file: shown, field: '(body)', ...problemOf(error), fix: FIX }],
      `${shown} is not valid MDX`,
    );
  }
}

/** The body as a component for Astro's JSX renderer, given the author components as the MDX integration gives them. */
export async function lessonBody(filePath: string): Promise<Content> {
  const { default: body } = await compile(path.resolve(filePath));
  const Body = body as Content;
  const Content: Content = (props = {}) => Body({ ...props, components: { Fragment, ...props.components } });
  renderedBy('astro:jsx', Content);
  return Content;
}
