/** The few parts of Pagefind's browser API this page uses, loaded only here and only once. */
export interface PagefindResult {
  id: string;
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
export interface PagefindApi {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    query: string | null,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: PagefindResult[] } | null>;
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
