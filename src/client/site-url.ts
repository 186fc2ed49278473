/**
 * Where a site path ("/pelajaran/x/") opens from this page. On the web it is the path itself. The
 * Kiwix edition has no fixed root (kiwix-serve puts it under "/<book>/", Kiwix for Android under a
 * scheme of its own), so there the path names a file found from this page's root: the root that
 * src/lib/zim/rewrite.ts writes on <html data-root>. Page markup is rewritten at build; this is
 * for the paths scripts build or read from data.
 */
import { zimFile } from '../lib/zim/paths';

export function siteUrl(path: string): string {
  if (!__ZIM_EDITION__ || !path.startsWith('/') || typeof document === 'undefined') return path;
  const root = new URL(document.documentElement.dataset['root'] ?? './', location.href);
  return new URL(zimFile(path), root).href;
}
