/**
 * Queries the sharded finder index (src/lib/search/finder-shards.ts), fetching only the shards a
 * query's words need and the document chunks of the hits it shows. It ranks as lunr does on the
 * whole index (src/lib/search/finder.ts): each clause (a word's stem, its prefix, its stem with one
 * typo) adds its boost to every index term it matches, and a document scores the sum, over those
 * terms, of boost × its weight. lunr then divides by the query's length, which is the same for
 * every document and so changes no ranking.
 */
import { BOOST, queryWords, TYPO_LENGTH, type FinderHit, type FinderLocale } from './finder';
import { chunkFile, shardFile, type DocRow, type ShardManifest, type TermShard } from './finder-shards';

export interface ShardLoader {
  manifest: ShardManifest;
  shard(number: number): Promise<TermShard>;
  chunk(number: number): Promise<DocRow[]>;
}
export interface AsyncFinder {
  search(query: string, limit?: number): Promise<FinderHit[]>;
}

/** The shard holding the terms that start with `text`: the longest key that begins it. */
export function shardOf(keys: readonly string[], text: string): number | undefined {
  for (let length = text.length; length > 0; length--) {
    const at = sortedIndex(keys, text.slice(0, length));
    if (keys[at] === text.slice(0, length)) return at;
  }
  return undefined;
}

function sortedIndex(keys: readonly string[], key: string): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (keys[middle]! < key) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Shards deeper than `text` that hold its longer terms; a short prefix with many of them asks none. */
function deeperShards(keys: readonly string[], text: string, most = 4): number[] {
  const found: number[] = [];
  for (let at = sortedIndex(keys, text); at < keys.length && keys[at]!.startsWith(text); at++) {
    if (keys[at] !== text) found.push(at);
    if (found.length > most) return [];
  }
  return found;
}

/** Words a single typo away: one letter added, dropped, changed, or two neighbours swapped. */
export function oneTypoApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  if (start === a.length && a.length === b.length) return true;
  if (a.length === b.length) {
    if (a.slice(start + 1) === b.slice(start + 1)) return true;
    return a[start] === b[start + 1] && a[start + 1] === b[start] && a.slice(start + 2) === b.slice(start + 2);
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(start + 1) === short.slice(start);
}

/** Every shard a query's words need: each stem's, each prefix's, and for a typo the first letters swapped or dropped. */
export function shardsFor(keys: readonly string[], words: { word: string; stemmed: string }[]): number[] {
  const wanted = new Set<number>();
  const add = (text: string) => {
    const at = shardOf(keys, text);
    if (at !== undefined) wanted.add(at);
  };
  for (const { word, stemmed } of words) {
    add(stemmed);
    add(word);
    for (const at of deeperShards(keys, word)) wanted.add(at);
    if (word.length >= TYPO_LENGTH) {
      add(stemmed.slice(1));
      add(`${stemmed[1]}${stemmed[0]}${stemmed.slice(2)}`);
    }
  }
  return [...wanted].sort((a, b) => a - b);
}

export function shardedFinder(loader: ShardLoader, locale: FinderLocale): AsyncFinder {
  const { manifest } = loader;
  const shards = new Map<number, Promise<TermShard>>();
  const chunks = new Map<number, Promise<DocRow[]>>();
  // Kept once fetched; one that failed (offline) is asked again by the next query.
  const once = <T>(cache: Map<number, Promise<T>>, n: number, load: (n: number) => Promise<T>) =>
    cache.get(n) ??
    cache
      .set(
        n,
        load(n).catch((error: unknown) => {
          cache.delete(n);
          throw error;
        }),
      )
      .get(n)!;
  const shard = (n: number) => once(shards, n, loader.shard);
  const chunk = (n: number) => once(chunks, n, loader.chunk);

  return {
    async search(query, limit = 6) {
      const words = queryWords(query, manifest.synonyms, locale);
      if (words.length === 0) return [];
      const loaded = await Promise.all(shardsFor(manifest.keys, words).map(shard));
      const boosts = new Map<string, number>();
      const add = (term: string, boost: number) => boosts.set(term, (boosts.get(term) ?? 0) + boost);
      for (const { word, stemmed } of words) {
        for (const terms of loaded) {
          for (const term in terms) {
            if (term === stemmed) add(term, BOOST.exact);
            if (term.startsWith(word)) add(term, BOOST.prefix);
            if (word.length >= TYPO_LENGTH && oneTypoApart(term, stemmed)) add(term, BOOST.typo);
          }
        }
      }
      const scores = new Map<number, number>();
      for (const terms of loaded) {
        for (const [term, boost] of boosts) {
          const postings = terms[term];
          if (!postings) continue;
          for (let i = 0; i < postings.length; i += 2)
            scores.set(postings[i]!, (scores.get(postings[i]!) ?? 0) + boost * postings[i + 1]!);
        }
      }
      const top = [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, limit);
      const rows = await Promise.all(top.map(([doc]) => chunk(Math.floor(doc / manifest.docChunk))));
      return top.flatMap(([doc], i) => {
        const row = rows[i]![doc % manifest.docChunk];
        return row
          ? [{ ref: doc.toString(36), title: row[0], path: row[1], kind: row[2], icon: row[3] ?? 'book' }]
          : [];
      });
    },
  };
}

/** The shards as files beside the manifest (index.json), read by `read`: a fetch, or a file on disk. */
export function fileLoader(manifest: ShardManifest, read: (file: string) => Promise<unknown>): ShardLoader {
  return {
    manifest,
    shard: (n) => read(shardFile(n)) as Promise<TermShard>,
    chunk: (n) => read(chunkFile(n)) as Promise<DocRow[]>,
  };
}

/** The whole index in memory, as one shard source: for tests, and for comparing with lunr. */
export function inMemory(sharded: { manifest: ShardManifest; shards: TermShard[]; chunks: DocRow[][] }): ShardLoader {
  return {
    manifest: sharded.manifest,
    shard: async (n) => sharded.shards[n] ?? {},
    chunk: async (n) => sharded.chunks[n] ?? [],
  };
}
