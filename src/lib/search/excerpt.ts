/**
 * Pagefind excerpts are text with <mark> around matches. Everything except those two
 * tags is escaped again before the excerpt is shown, so indexed text can never become
 * markup, whatever a page contained.
 */
export function safeExcerpt(excerpt: string): string {
  return excerpt
    .replace(/&(?!(?:amp|lt|gt|quot|#39);)/g, '&amp;')
    .replace(/<(?!\/?mark>)/g, '&lt;')
    .replace(/(?<!<\/?mark)>/g, '&gt;');
}

/** The query and filters a search page URL carries, read as text only. */
export interface SearchState {
  q: string;
  filters: Record<string, string>;
}

export const FILTER_PARAMS = { jalur: 'path', pilar: 'pillar', layanan: 'service', tingkat: 'level' } as const;

export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: Record<string, string> = {};
  for (const [param, filter] of Object.entries(FILTER_PARAMS)) {
    const value = params.get(param);
    if (value) filters[filter] = value;
  }
  return { q: (params.get('q') ?? '').slice(0, 200), filters };
}

export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const [param, filter] of Object.entries(FILTER_PARAMS)) {
    const value = state.filters[filter];
    if (value) params.set(param, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
