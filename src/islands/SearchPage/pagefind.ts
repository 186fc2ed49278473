import type { FullText } from '../../lib/search/hybrid';

/** The few parts of Pagefind's browser API this page uses, loaded only here and only once. */
export interface PagefindApi extends FullText {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let loading: Promise<PagefindApi> | undefined;
export function loadPagefind(base: string): Promise<PagefindApi> {
  loading ??= (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<PagefindApi>).then(
    async (pagefind) => {
      await pagefind.options({ baseUrl: base, excerptLength: 24 });
      await pagefind.init();
      return pagefind;
    },
  );
  return loading;
}
