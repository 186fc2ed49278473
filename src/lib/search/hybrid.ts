/**
 * The search page's hybrid search: Pagefind's full text, asked for the words typed and for
 * what they mean in the lessons' words, fused with the instant finder's lessons, which know
 * synonyms and forgive typos. Both engines are passed in, so this runs (and is tested)
 * without a browser; loading them is the page's job.
 */
import type { SearchState } from './excerpt';
import { synonymMeanings, type Synonyms } from './finder';
import type { AsyncFinder } from './finder-query';
import { fuse } from './fusion';

/** What one Pagefind result loads: the parts of its fragment the page shows. */
export interface FullTextPage {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
export interface FullTextResult {
  id: string;
  data(): Promise<FullTextPage>;
}
/** Pagefind's `search`; it answers null when a newer search has replaced this one. */
export interface FullText {
  search(query: string, options: { filters: Record<string, string> }): Promise<{ results: FullTextResult[] } | null>;
}
/** The finder and the synonyms its index was built with. */
export interface LessonFinder {
  engine: AsyncFinder;
  synonyms: Synonyms;
}
/**
 * Loads each engine on first use. `fullText` may reject (offline before Pagefind was cached);
 * `finder` resolves to undefined when its index cannot be had.
 */
export interface HybridEngines {
  fullText(): Promise<FullText>;
  finder(): Promise<LessonFinder | undefined>;
}

/** One row of the results list. */
export interface SearchRow {
  id: string;
  url: string;
  title: string;
  /** Pagefind's excerpt, text with <mark> around matches; empty for a finder-only lesson. */
  excerpt: string;
}
export interface HybridResult {
  rows: SearchRow[];
  /** False when Pagefind could not be loaded or failed: the rows are then the finder's alone. */
  fullText: boolean;
}

/** Results loaded from each Pagefind query, and rows shown in all. */
export const PAGES_PER_QUERY = 20;
export const MAX_ROWS = 20;
const FINDER_LIMIT = 8;
/** The finder sees titles and summaries, not whole lessons: a little less say than full text. */
const FINDER_WEIGHT = 0.8;

export interface SearchPlan {
  /** Asked of Pagefind in this order: the words typed, then what they stand for, if anything. */
  fullText: string[];
  filters: Record<string, string>;
  /** Asked of the finder; undefined when it must not be asked. */
  finder: string | undefined;
}

export function isBlankQuery(query: string): boolean {
  return !query.trim();
}

/** What to ask each engine for a query, or undefined when there is nothing to ask. */
export function planSearch(state: SearchState, finder: LessonFinder | undefined): SearchPlan | undefined {
  if (isBlankQuery(state.q)) return undefined;
  // "wa dibajak" → "verifikasi dua langkah": Pagefind has no synonyms of its own.
  const meaning = finder ? synonymMeanings(state.q, finder.synonyms).join(' ') : '';
  // With a filter on, only Pagefind knows which pages match it.
  const filtered = Object.keys(state.filters).length > 0;
  return {
    fullText: meaning ? [state.q, meaning] : [state.q],
    filters: state.filters,
    finder: finder && !filtered ? state.q : undefined,
  };
}

export function rowFromPage(id: string, page: FullTextPage): SearchRow {
  return { id, url: page.url, title: page.meta.title ?? page.url, excerpt: page.excerpt };
}

/** Lessons only: glossary terms have their own page and would crowd out lessons here. */
export async function rowsFromFinder(finder: AsyncFinder, query: string): Promise<SearchRow[]> {
  return (await finder.search(query, FINDER_LIMIT))
    .filter((hit) => hit.kind === 'lesson')
    .map((hit) => ({ id: hit.ref, url: hit.path, title: hit.title, excerpt: '' }));
}

export interface RankedRows {
  rows: readonly SearchRow[];
  weight?: number;
}
/**
 * One list by reciprocal rank fusion over URLs. A page several lists found appears once,
 * as the first list that has it shows it: full text before the finder, so its excerpt is kept.
 */
export function fuseRows(lists: readonly RankedRows[], limit = MAX_ROWS): SearchRow[] {
  const byUrl = new Map<string, SearchRow>();
  for (const { rows } of lists) for (const row of rows) if (!byUrl.has(row.url)) byUrl.set(row.url, row);
  const ranked = fuse(lists.map(({ rows, weight = 1 }) => ({ items: rows.map((row) => row.url), weight })));
  return ranked.slice(0, limit).map((url) => byUrl.get(url)!);
}

/** Pagefind's filter counts as the values each filter offers, in a stable order. */
export function filterChoices(counts: Record<string, Record<string, number>>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(counts).map(([name, values]) => [name, Object.keys(values).sort()]));
}

async function askFullText(engine: FullText, query: string, filters: Record<string, string>): Promise<SearchRow[]> {
  const answer = await engine.search(query, { filters });
  const results = (answer?.results ?? []).slice(0, PAGES_PER_QUERY);
  return Promise.all(results.map(async (result) => rowFromPage(result.id, await result.data())));
}

/** Searches both engines and fuses their answers. Never asks either for a blank query. */
export async function hybridSearch(state: SearchState, engines: HybridEngines): Promise<HybridResult> {
  if (isBlankQuery(state.q)) return { rows: [], fullText: true };
  const [fullText, finder] = await Promise.all([engines.fullText().catch(() => undefined), engines.finder()]);
  const plan = planSearch(state, finder)!;
  const lists: RankedRows[] = [];
  let fullTextAnswered = false;
  if (fullText) {
    try {
      const answers = await Promise.all(plan.fullText.map((query) => askFullText(fullText, query, plan.filters)));
      lists.push(...answers.map((rows) => ({ rows })));
      fullTextAnswered = true;
    } catch {
      // Reported through `fullText: false`; the finder's lessons still stand.
    }
  }
  if (finder && plan.finder !== undefined) {
    // A shard the finder cannot fetch (offline) leaves full text to answer alone.
    const rows = await rowsFromFinder(finder.engine, plan.finder).catch(() => []);
    lists.push({ rows, weight: FINDER_WEIGHT });
  }
  return { rows: fuseRows(lists), fullText: fullTextAnswered };
}
