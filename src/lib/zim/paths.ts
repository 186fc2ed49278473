/**
 * Addresses inside the Kiwix (ZIM) edition. A ZIM holds files, not folders, and a reader serves
 * it under a prefix of its own (kiwix-serve: "/<book>/"; Kiwix for Android: its own scheme), so
 * every link is relative to the page and names its file: "/pelajaran/x/" becomes
 * "../../pelajaran/x/index.html" on a page two folders deep.
 */

/** The file a site path names inside the ZIM: "/pelajaran/x/#a" → "pelajaran/x/index.html#a". */
export function zimFile(sitePath: string): string {
  const at = sitePath.search(/[?#]/);
  const path = at === -1 ? sitePath : sitePath.slice(0, at);
  const rest = at === -1 ? '' : sitePath.slice(at);
  const file = path.replace(/^\/+/, '');
  return (file === '' || file.endsWith('/') ? `${file}index.html` : file) + rest;
}

/** From a page's own file ("pelajaran/x/index.html") back up to the ZIM's root: "../../". */
export function rootOf(pageFile: string): string {
  return '../'.repeat(pageFile.split('/').length - 1);
}

/** A site path as the page at `pageFile` links to it. */
export function relativeHref(pageFile: string, sitePath: string): string {
  return rootOf(pageFile) + zimFile(sitePath);
}

/** A site path: root-absolute, not a protocol-relative "//host" address. */
export function isSitePath(value: string): boolean {
  return value.startsWith('/') && !value.startsWith('//');
}
