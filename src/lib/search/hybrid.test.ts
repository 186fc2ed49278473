import { describe, expect, it } from 'vitest';
import { buildFinder } from './finder';
import { inMemory, shardedFinder } from './finder-query';
import { shardFinder } from './finder-shards';
import {
  filterChoices,
  hybridSearch,
  MAX_ROWS,
  PAGES_PER_QUERY,
  type FullText,
  type HybridEngines,
  type LessonFinder,
} from './hybrid';

const IKD = '/pelajaran/aktivasi-ktp-digital-ikd/';
const PHOTO = '/pelajaran/jangan-kirim-foto-ktp/';
const OTP = '/pelajaran/kode-otp-rahasia/';
/** The IKD lesson is tagged with this service; Pagefind can filter by it, the finder cannot. */
const IKD_SERVICE = 'Identitas Kependudukan Digital (IKD)';

function lesson(slug: string, title: string, objective: string, services: string[] = []) {
  return { slug, title, summary: '', objectives: [objective], services, terms: [] };
}
const lessons = [
  lesson('aktivasi-ktp-digital-ikd', 'Aktivasi KTP Digital (IKD)', 'Memasang IKD dari situs resmi.', [IKD_SERVICE]),
  lesson('kode-otp-rahasia', 'Kode OTP Itu Rahasia', 'Mengenali situs palsu yang meminta kode.'),
];
const terms = [{ id: 'otp', term: 'OTP', definition: 'Kode sekali pakai dari situs resmi.', synonyms: [] }];
const synonyms = { 'ikd identitas kependudukan digital': ['ktp digital', 'ktp di hp'] };
const data = JSON.parse(JSON.stringify(buildFinder('id', lessons, terms, synonyms)));
const finder: LessonFinder = { engine: shardedFinder(inMemory(shardFinder(data)), 'id'), synonyms: data.synonyms };

/** A page as Pagefind indexed it: address, title, text and the filter values it was tagged with. */
function page(url: string, title: string, content: string, filters: Record<string, string[]>) {
  return { url, title, content, filters };
}
const pages = [
  page(PHOTO, 'Jangan Kirim Foto KTP', 'Foto KTP di chat jadi salinan digital bagi situs palsu.', { pillar: ['Aman'] }),
  page(IKD, 'Aktivasi KTP Digital (IKD)', 'IKD: Identitas Kependudukan Digital di situs.', { service: [IKD_SERVICE] }),
  page(OTP, 'Kode OTP Itu Rahasia', 'Kode OTP hanya untuk Anda. Situs yang memintanya menipu.', { pillar: ['Aman'] }),
];

/**
 * Pagefind's browser API over the pages above, answering in its real shapes (results with
 * score and words; fragments with sub_results, filters, meta and anchors). Like Pagefind,
 * a page matches when it has every word and carries every chosen filter value.
 */
function fakePagefind(failure?: 'search' | 'data') {
  const asked: { query: string; filters: Record<string, string> }[] = [];
  const api: FullText = {
    async search(query, { filters }) {
      asked.push({ query, filters });
      if (failure === 'search') throw new Error('index chunk failed to load');
      const words = query.toLowerCase().split(/\s+/).filter(Boolean);
      const found = pages.filter(
        (page) =>
          words.every((word) => page.content.toLowerCase().includes(word)) &&
          Object.entries(filters).every(([name, value]) => page.filters[name]?.includes(value)),
      );
      return {
        results: found.map((page, rank) => ({
          id: `id_${pages.indexOf(page)}`,
          score: 1 / (rank + 1),
          words: [rank],
          data: async () => {
            if (failure === 'data') throw new Error('fragment failed to load');
            const excerpt = `…<mark>${words[0]}</mark> ${page.content.slice(0, 40)}…`;
            return {
              url: page.url,
              raw_url: page.url,
              content: page.content,
              excerpt,
              word_count: page.content.split(' ').length,
              filters: page.filters,
              meta: { title: page.title },
              anchors: [],
              locations: [0],
              weighted_locations: [{ weight: 1, balanced_score: 1, location: 0 }],
              sub_results: [{ title: page.title, url: page.url, excerpt, locations: [0], weighted_locations: [] }],
            };
          },
        })),
        unfilteredResultCount: found.length,
        filters: {},
        totalFilters: {},
        timings: { preload: 1, search: 1, total: 2 },
      };
    },
  };
  return { api, asked };
}

/** Engines as the page passes them, counting how often each is loaded; an Error is Pagefind failing to load. */
function engines(fullText: FullText | Error, lessonFinder: LessonFinder | undefined) {
  const loads = { fullText: 0, finder: 0 };
  const given: HybridEngines = {
    fullText: async () => {
      loads.fullText++;
      if (fullText instanceof Error) throw fullText;
      return fullText;
    },
    finder: async () => (loads.finder++, lessonFinder),
  };
  return { given, loads };
}
const search = (q: string, given: HybridEngines, filters: Record<string, string> = {}) =>
  hybridSearch({ q, filters }, given);
const urls = (rows: { url: string }[]) => rows.map((row) => row.url);

describe('hybrid search', () => {
  it('finds the IKD lesson for "ktp digital", asking Pagefind for what the words mean too', async () => {
    const pagefind = fakePagefind();
    const { rows, fullText } = await search('ktp digital', engines(pagefind.api, finder).given);
    expect(fullText).toBe(true);
    expect(pagefind.asked.map((ask) => ask.query)).toEqual(['ktp digital', 'ikd identitas kependudukan digital']);
    expect(rows[0]).toEqual({
      id: expect.any(String),
      url: IKD,
      title: 'Aktivasi KTP Digital (IKD)',
      excerpt: expect.stringContaining('<mark>ikd</mark>'),
    });
  });

  it('fuses both engines and shows each page once, with its full-text excerpt', async () => {
    const { rows } = await search('situs', engines(fakePagefind().api, finder).given);
    // Pagefind finds all three; the finder finds the two lessons again (and a glossary term, left out).
    expect(urls(rows).sort()).toEqual([IKD, PHOTO, OTP].sort());
    expect(rows.every((row) => row.excerpt.includes('<mark>situs</mark>'))).toBe(true);
  });

  it('orders by fusion: a page both engines found outranks the one only full text ranked first', async () => {
    const { rows } = await search('ktp digital', engines(fakePagefind().api, finder).given);
    // Full text ranks PHOTO first for the words typed; IKD leads the synonym query and the finder.
    expect(urls(rows)).toEqual([IKD, PHOTO]);
    const { rows: alone } = await search('ktp digital', engines(fakePagefind().api, undefined).given);
    expect(urls(alone)).toEqual([PHOTO]);
    // Each engine's first alone: full text has the larger say.
    const { rows: split } = await search('palsu', engines(fakePagefind().api, finder).given);
    expect(urls(split)).toEqual([PHOTO, OTP]);
  });

  it('narrows to the pages a filter keeps, and leaves out the finder, which cannot filter', async () => {
    const pagefind = fakePagefind();
    const { rows } = await search('situs', engines(pagefind.api, finder).given, { service: IKD_SERVICE });
    expect(urls(rows)).toEqual([IKD]);
    expect(pagefind.asked).toEqual([{ query: 'situs', filters: { service: IKD_SERVICE } }]);
  });

  it('asks neither engine, and finds nothing, for an empty or blank query', async () => {
    for (const q of ['', '   ', '\n\t']) {
      const pagefind = fakePagefind();
      const { given, loads } = engines(pagefind.api, finder);
      expect(await search(q, given)).toEqual({ rows: [], fullText: true });
      expect(loads).toEqual({ fullText: 0, finder: 0 });
      expect(pagefind.asked).toEqual([]);
    }
  });

  it('still gives the finder’s lessons, and says full text is unavailable, when Pagefind cannot load or fails', async () => {
    const offline = new TypeError('Failed to fetch dynamically imported module');
    for (const pagefind of [offline, fakePagefind('search').api, fakePagefind('data').api]) {
      const { rows, fullText } = await search('ktp digital', engines(pagefind, finder).given);
      expect(fullText).toBe(false);
      expect(rows).toEqual([{ id: expect.any(String), url: IKD, title: 'Aktivasi KTP Digital (IKD)', excerpt: '' }]);
    }
  });

  it('works on full text alone when a shard of the finder cannot be fetched (offline)', async () => {
    const pagefind = fakePagefind();
    const broken: LessonFinder = {
      engine: { search: () => Promise.reject(new TypeError('Failed to fetch')) },
      synonyms: {},
    };
    const { rows, fullText } = await search('situs', engines(pagefind.api, broken).given);
    expect(fullText).toBe(true);
    expect(urls(rows)).toEqual([PHOTO, IKD, OTP]);
  });

  it('works on full text alone when the finder’s index is missing', async () => {
    const pagefind = fakePagefind();
    const { rows, fullText } = await search('situs', engines(pagefind.api, undefined).given);
    expect(fullText).toBe(true);
    expect(urls(rows)).toEqual([PHOTO, IKD, OTP]);
    expect(pagefind.asked.map((ask) => ask.query)).toEqual(['situs']);
  });

  it(`loads at most ${PAGES_PER_QUERY} pages a query and shows at most ${MAX_ROWS} rows`, async () => {
    let loaded = 0;
    // Thirty pages for each query, none shared, so the two queries bring more than fit.
    const many: FullText = {
      search: async (query) => ({
        results: Array.from({ length: 30 }, (_, n) => ({
          id: `${query}${n}`,
          data: async () => (loaded++, { url: `/pelajaran/${query}-${n}/`, excerpt: '', meta: {} }),
        })),
      }),
    };
    const meaning: LessonFinder = { engine: { search: async () => [] }, synonyms: { yyy: ['zzz'] } };
    const { rows } = await search('zzz', engines(many, meaning).given);
    expect(loaded).toBe(2 * PAGES_PER_QUERY);
    expect(rows).toHaveLength(MAX_ROWS);
    // A page without a title in its metadata is listed by its address.
    expect(rows[0]).toMatchObject({ url: '/pelajaran/zzz-0/', title: '/pelajaran/zzz-0/' });
  });
});

describe('filter choices', () => {
  it('lists the values of each filter Pagefind counted, sorted', () => {
    expect(filterChoices({ pillar: { Cakap: 3, Aman: 5 }, path: {} })).toEqual({ pillar: ['Aman', 'Cakap'], path: [] });
  });
});
