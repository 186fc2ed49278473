/**
 * A Sätteri HAST plugin that fails the build when a lesson body links anywhere but the
 * site itself or an official host. It reads the final HTML tree, so Markdown links,
 * reference links, <a> and <OfficialLink href> are all seen; it reports every bad link
 * of a lesson at once, with its line and the fix, as content problems like any other.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkLink } from '../lib/links/official';
import { sentence, type ContentProblem } from '../lib/content/problem';
import { shownPath } from '../data/content-files';
import { throwContentProblems } from '../data/content-problems';

/** MDX elements whose `href` sends a learner somewhere. */
const LINKING_COMPONENTS = ['a', 'OfficialLink'];

interface Positioned {
  position?: { start: { line: number } } | undefined;
}
interface JsxElement extends Positioned {
  name?: string | null;
  attributes: readonly { type: string; name?: string; value?: unknown }[];
}
interface HtmlElement extends Positioned {
  properties?: Record<string, unknown>;
}
interface FactoryContext {
  readonly fileURL: URL | undefined;
}

export interface OfficialLinksOptions {
  officialHosts: ReadonlySet<string>;
  /** Only files under this folder are lessons; site pages are not checked. */
  lessonsDir: string;
}

export function officialLinksPlugin({ officialHosts, lessonsDir }: OfficialLinksOptions) {
  return (context: FactoryContext) => {
    const file = context.fileURL?.protocol === 'file:' ? fileURLToPath(context.fileURL) : undefined;
    if (!file || !path.resolve(file).startsWith(path.resolve(lessonsDir) + path.sep)) return null;

    const shown = shownPath(file);
    const problems: ContentProblem[] = [];
    const check = (href: unknown, node: Positioned, field: string) => {
      if (typeof href !== 'string') return;
      const verdict = checkLink(href, officialHosts);
      if (verdict.ok) return;
      problems.push({
        file: shown,
        field,
        line: node.position?.start.line,
        message: sentence(verdict.reason),
        fix: verdict.fix,
      });
    };
    const jsx = {
      filter: LINKING_COMPONENTS,
      visit(node: JsxElement) {
        for (const attribute of node.attributes) {
          if (attribute.type === 'mdxJsxAttribute' && attribute.name === 'href') {
            check(attribute.value, node, `<${node.name ?? 'a'} href="${String(attribute.value)}">`);
          }
        }
      },
    };

    return {
      name: 'langkah-official-links',
      options: { position: true },
      element: {
        filter: ['a'],
        visit: (node: HtmlElement) =>
          check(node.properties?.['href'], node, `link to ${String(node.properties?.['href'])}`),
      },
      mdxJsxFlowElement: jsx,
      mdxJsxTextElement: jsx,
      after() {
        if (problems.length > 0) throwContentProblems(problems, `${shown} links to a page that is not official`);
      },
    };
  };
}
