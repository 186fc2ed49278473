import fc from 'fast-check';
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { buildFinder, type FinderLesson } from './finder';
import { inMemory, oneTypoApart, shardedFinder, shardOf, shardsFor } from './finder-query';
import { shardFinder } from './finder-shards';

const WORDS =
  'pajak kendaraan bayar samsat kode rahasia otp aktivasi digital identitas bansos penipu laporkan tautan'.split(' ');
const lesson = (n: number, words: string[]): FinderLesson => ({
  slug: `pelajaran-${n}`,
  title: words.slice(0, 3).join(' '),
  summary: words.slice(3, 8).join(' '),
  objectives: [words.slice(8).join(' ')],
  services: [],
  terms: [],
});
const corpus = (seed: number, count: number) => {
  let state = seed || 1;
  const next = () => ((state = (state * 48271) % 2147483647), state);
  return Array.from({ length: count }, (_, n) =>
    lesson(
      n,
      Array.from({ length: 12 }, () => WORDS[next() % WORDS.length]!),
    ),
  );
};

/** lunr's own answer: refs by score, ties by ref, as the sharded finder breaks them. */
function lunrOrder(data: ReturnType<typeof buildFinder>, query: string): string[] {
  const index = lunr.Index.load(data.index);
  const words = query.split(' ');
  const results = index.query((builder) => {
    for (const word of words) {
      builder.term(word, { usePipeline: false, boost: 10 });
      builder.term(word, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 3 });
      if (word.length >= 5) builder.term(word, { usePipeline: false, editDistance: 1, boost: 1 });
    }
  });
  return results
    .map((result) => ({ ...result, score: Math.round(result.score * 100) }))
    .sort((a, b) => b.score - a.score || Number.parseInt(a.ref, 36) - Number.parseInt(b.ref, 36))
    .map((result) => result.ref);
}

describe('the sharded finder', () => {
  it('ranks as lunr does on the whole index when nothing is cut', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1e6 }), fc.constantFrom(...WORDS), async (seed, word) => {
        // English pipeline: its stemmer leaves these words whole, so lunr is asked the same terms.
        const data = buildFinder('en', corpus(seed, 30), [], {});
        const sharded = shardFinder(data, { postingLimit: Infinity, shardBytes: Infinity });
        const finder = shardedFinder(inMemory(sharded), 'en');
        const mine = (await finder.search(word, 100)).map((hit) => hit.ref);
        const theirs = lunrOrder(data, lunr.stemmer(new lunr.Token(word, {})).toString());
        expect(mine).toEqual(theirs);
      }),
      { numRuns: 30 },
    );
  });

  it('finds the same lessons from small shards as from one, and each file stays small', async () => {
    const data = buildFinder('id', corpus(7, 400), [], {});
    const whole = shardedFinder(inMemory(shardFinder(data, { shardBytes: Infinity })), 'id');
    const sharded = shardFinder(data, { shardBytes: 2000 });
    const split = shardedFinder(inMemory(sharded), 'id');
    expect(sharded.manifest.keys.length).toBeGreaterThan(5);
    for (const shard of sharded.shards) {
      const terms = Object.keys(shard);
      // A shard outgrows the budget only when one term's postings alone do.
      if (terms.length > 1) expect(JSON.stringify(shard).length).toBeLessThan(4000);
    }
    for (const query of ['pajak', 'kendaraan bayar', 'ken', 'aktivasi digital', 'penip'])
      expect(await split.search(query)).toEqual(await whole.search(query));
  });

  it('keeps each term to its best postings, so one common word cannot make a shard large', () => {
    const data = buildFinder('id', corpus(3, 500), [], {});
    const sharded = shardFinder(data, { postingLimit: 16 });
    for (const shard of sharded.shards)
      for (const postings of Object.values(shard)) expect(postings.length).toBeLessThanOrEqual(32);
  });

  it('routes a word to the longest key that begins it, and a typo in its first letters too', () => {
    const keys = ['a', 'ka', 'ke', 'ken', 'p', 'pa'];
    expect(shardOf(keys, 'kendaraan')).toBe(3);
    expect(shardOf(keys, 'kota')).toBeUndefined();
    expect(shardOf(keys, 'pajak')).toBe(5);
    expect(shardsFor(keys, [{ word: 'epnipu', stemmed: 'epnipu' }])).toContain(4);
    // "k" typed alone reaches the deeper shards under it, while they are few.
    expect(shardsFor(keys, [{ word: 'k', stemmed: 'k' }])).toEqual([1, 2, 3]);
  });

  it('knows a single typo: one letter added, dropped, changed, or two swapped', () => {
    expect(oneTypoApart('pajak', 'pajak')).toBe(true);
    expect(oneTypoApart('pajak', 'pajk')).toBe(true);
    expect(oneTypoApart('pajak', 'pajaak')).toBe(true);
    expect(oneTypoApart('pajak', 'pajek')).toBe(true);
    expect(oneTypoApart('pajak', 'paajk')).toBe(true);
    expect(oneTypoApart('pajak', 'pjaka')).toBe(false);
    expect(oneTypoApart('pajak', 'paj')).toBe(false);
  });

  it('never throws on odd input and finds nothing in an empty index', async () => {
    const finder = shardedFinder(inMemory(shardFinder(buildFinder('id', [], [], {}))), 'id');
    for (const odd of ['', '~*^:+-', '<img src=x>', 'a'.repeat(500), 'pajak'])
      expect(await finder.search(odd)).toEqual([]);
  });
});
