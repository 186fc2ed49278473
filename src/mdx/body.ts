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

/** `12:5: Unexpected …` or an error that carries its place: the line to name. */
function lineOf(error: unknown): number | undefined {
  const place = (error as { line?: unknown; place?: { line?: unknown } } | null) ?? {};
  const line = place.line ?? place.place?.line ?? /^(\d+):\d+/.exec(String((error as Error)?.message))?.[1];
  return line === undefined ? undefined : Number(line);
}

async function compile(file: string): Promise<Record<string, unknown>> {
  const source = bodyWithFileLines(readFileSync(file, 'utf8'));
  try {
    return await evaluate(source, {
      ...runtime,
      hastPlugins: [...markdownHastPlugins(), satteriHeadingIdsPlugin()],
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
    // The place is named in the problem's own field; the compiler's rule name means nothing to an author.
    const message = String((error as Error)?.message ?? error)
      .replace(/^\d+:\d+(-\d+:\d+)?:\s*/, '')
      .replace(/\s*\(\d+:\d+(-\d+:\d+)?\)|\s*\([\w-]+:[\w-]+\)/g, '');
    throwContentProblems(
      [{ file: shown, field: '(body)', line: lineOf(error), message, fix: FIX }],
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
