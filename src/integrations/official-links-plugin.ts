/**
 * A Sätteri HAST plugin that fails the build when a lesson body links anywhere but the
 * site itself or an official host. It reads the final HTML tree, so Markdown links,
 * reference links, <a> and <OfficialLink href> are all seen; it reports every bad link
 * of a lesson at once, with its line and the fix.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkLink } from '../lib/links/official';

/** MDX elements whose `href` sends a learner somewhere. */
const LINKING_COMPONENTS = ['a', 'OfficialLink'];

interface Positioned {
  position?: { start: { line: number } } | undefined;
}
interface JsxElement extends Positioned {
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

    const problems: string[] = [];
    const check = (href: unknown, node: Positioned) => {
      if (typeof href !== 'string') return;
      const verdict = checkLink(href, officialHosts);
      if (verdict.ok) return;
      const line = node.position ? `line ${node.position.start.line}` : 'body';
      problems.push(`  - ${line}: ${href}\n    problem: ${verdict.reason}\n    fix: ${verdict.fix}`);
    };
    const jsx = {
      filter: LINKING_COMPONENTS,
      visit(node: JsxElement) {
        for (const attribute of node.attributes) {
          if (attribute.type === 'mdxJsxAttribute' && attribute.name === 'href') check(attribute.value, node);
        }
      },
    };

    return {
      name: 'langkah-official-links',
      options: { position: true },
      element: { filter: ['a'], visit: (node: HtmlElement) => check(node.properties?.['href'], node) },
      mdxJsxFlowElement: jsx,
      mdxJsxTextElement: jsx,
      after() {
        if (problems.length === 0) return;
        throw new Error(
          `${path.relative(process.cwd(), file)} links to a page that is not official:\n${problems.join('\n')}`,
        );
      },
    };
  };
}
