/**
 * Loads a module from /lazy/ (bundled by src/integrations/lazy-bundles.ts) the first time it is
 * asked for. The address is built at run time, so Vite leaves the import alone and no page
 * carries its preload helper; the browser's module map makes a second call free.
 */
import { siteUrl } from '../site-url';

/** The modules in this folder that load on demand: each is bundled to /lazy/<name>.js. */
export const LAZY_MODULES = ['read-aloud', 'storage-notice', 'finder', 'save-notice', 'progress-merge'] as const;

export function loadLazy<T = unknown>(name: (typeof LAZY_MODULES)[number]): Promise<T> {
  const url = siteUrl(`${import.meta.env.BASE_URL}lazy/${name}.js`);
  return import(/* @vite-ignore */ url) as Promise<T>;
}
