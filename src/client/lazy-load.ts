/**
 * Loads a module from /lazy/ (src/pages/lazy/[name].js.ts) the first time it is asked for.
 * The address is built at run time, so Vite leaves the import alone and no page carries its
 * preload helper; the browser's module map makes a second call free.
 */
import type { LAZY_MODULES } from '../pages/lazy/[name].js';

export function loadLazy<T = unknown>(name: (typeof LAZY_MODULES)[number]): Promise<T> {
  const url = `${import.meta.env.BASE_URL}lazy/${name}.js`;
  return import(/* @vite-ignore */ url) as Promise<T>;
}
