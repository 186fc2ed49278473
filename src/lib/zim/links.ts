/**
 * The Kiwix edition's own link check: a reader shows a bare "not found" for a file the ZIM lacks,
 * so every link and resource a page names must be a file in it.
 */
const REFERENCE = /\s(?:href|src|action|component-url|renderer-url|before-hydration-url)="([^"]*)"/g;
const ELSEWHERE = /^(?:#|[a-z][\w+.-]*:|\/\/)/i;

/**
 * The ZIM file that `reference`, written on the page at `pageFile`, points to; undefined for one
 * that climbs above the ZIM's root, to the reader's own pages (kiwix-serve's /search).
 */
export function targetOf(pageFile: string, reference: string): string | undefined {
  const folder = pageFile.split('/').slice(0, -1);
  for (const part of reference.replace(/[?#].*$/, '').split('/')) {
    if (part === '..' && folder.length === 0) return undefined;
    if (part === '..') folder.pop();
    else if (part !== '.' && part !== '') folder.push(part);
  }
  return folder.join('/');
}

/** The references on a page, after rewritePage, whose file `exists` does not know. */
export function brokenLinks(html: string, pageFile: string, exists: (file: string) => boolean): string[] {
  const broken = new Set<string>();
  for (const [, reference = ''] of html.matchAll(REFERENCE)) {
    if (reference === '' || ELSEWHERE.test(reference)) continue;
    const target = targetOf(pageFile, reference);
    if (reference.startsWith('/') || (target !== undefined && !exists(decodeURIComponent(target))))
      broken.add(reference);
  }
  return [...broken];
}
