/**
 * The finder's index cut into small files, so that a query fetches a few kilobytes whatever the
 * catalogue's size. lunr still builds the index (src/lib/search/finder.ts): its BM25 weights are
 * computed over the whole catalogue, so a shard scores as the whole index would. Each term's
 * postings are its documents with their weight summed over fields, which is all lunr's ranking
 * uses (src/lib/search/finder-query.ts), the best `postingLimit` first. Terms go to shards by
 * prefix, split one letter further wherever a shard outgrows `shardBytes`; documents go to
 * chunks of `docChunk`, fetched only for the hits shown.
 */
import type { FinderData, FinderDocs, Synonyms } from './finder';

export const SHARD_FORMAT = 1;
/** A document as a hit shows it: [title, page path, kind, picture]. */
export type DocRow = FinderDocs[string];
/** Term → [doc, weight, doc, weight, …], best first; weights to three decimals, as lunr keeps them. */
export type TermShard = Record<string, number[]>;

export interface ShardManifest {
  format: typeof SHARD_FORMAT;
  /** The prefix each shard holds, by shard number: "pa" is in t<n>.json, n its place here. */
  keys: string[];
  docChunk: number;
  synonyms: Synonyms;
}

/** Each shard's and chunk's file, beside the manifest (index.json). */
export const shardFile = (number: number) => `t${number}.json`;
export const chunkFile = (number: number) => `d${number}.json`;

export interface ShardedFinder {
  manifest: ShardManifest;
  shards: TermShard[];
  chunks: DocRow[][];
}

export interface ShardOptions {
  postingLimit?: number;
  shardBytes?: number;
  docChunk?: number;
}

interface LunrJson {
  invertedIndex: [string, { _index: number }][];
  fieldVectors: [string, number[]][];
}

const round = (weight: number) => Math.round(weight * 1000) / 1000;

/** Term → doc → weight summed over the fields: the only part of a document vector a query reads. */
function postingsOf(index: LunrJson): Map<string, Map<number, number>> {
  const termOf = new Map(index.invertedIndex.map(([term, posting]) => [posting._index, term]));
  const postings = new Map<string, Map<number, number>>();
  for (const [fieldRef, vector] of index.fieldVectors) {
    const doc = Number.parseInt(fieldRef.slice(fieldRef.indexOf('/') + 1), 36);
    for (let i = 0; i < vector.length; i += 2) {
      const term = termOf.get(vector[i]!)!;
      const docs = postings.get(term) ?? postings.set(term, new Map()).get(term)!;
      docs.set(doc, (docs.get(doc) ?? 0) + vector[i + 1]!);
    }
  }
  return postings;
}

function encode(docs: Map<number, number>, limit: number): number[] {
  return [...docs]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, limit)
    .flatMap(([doc, weight]) => [doc, round(weight)]);
}

/** Groups terms under `prefix`, one letter deeper wherever the group is too large. */
function group(terms: [string, number[]][], prefix: string, limit: number, out: Map<string, TermShard>): void {
  const size = terms.reduce((sum, [term, list]) => sum + term.length + list.length * 6, 0);
  if (size <= limit || terms.every(([term]) => term.length <= prefix.length)) {
    if (terms.length > 0) out.set(prefix, Object.fromEntries(terms));
    return;
  }
  const own = terms.filter(([term]) => term.length <= prefix.length);
  if (own.length > 0) out.set(prefix, Object.fromEntries(own));
  const children = new Map<string, [string, number[]][]>();
  for (const entry of terms) {
    if (entry[0].length <= prefix.length) continue;
    const key = entry[0].slice(0, prefix.length + 1);
    (children.get(key) ?? children.set(key, []).get(key)!).push(entry);
  }
  for (const [key, list] of children) group(list, key, limit, out);
}

export function shardFinder(data: FinderData, options: ShardOptions = {}): ShardedFinder {
  const { postingLimit = 64, shardBytes = 6000, docChunk = 32 } = options;
  const encoded = [...postingsOf(data.index as LunrJson)]
    .map(([term, docs]): [string, number[]] => [term, encode(docs, postingLimit)])
    .sort(([a], [b]) => (a < b ? -1 : 1));
  const byKey = new Map<string, TermShard>();
  const firsts = new Map<string, [string, number[]][]>();
  for (const entry of encoded) {
    const key = entry[0].slice(0, 1);
    (firsts.get(key) ?? firsts.set(key, []).get(key)!).push(entry);
  }
  for (const [key, list] of firsts) group(list, key, shardBytes, byKey);
  const keys = [...byKey.keys()].sort();
  const rows = Object.entries(data.docs).map(([ref, row]) => [Number.parseInt(ref, 36), row] as const);
  const chunks: DocRow[][] = [];
  for (const [doc, row] of rows) (chunks[Math.floor(doc / docChunk)] ??= [])[doc % docChunk] = row;
  return {
    manifest: { format: SHARD_FORMAT, keys, docChunk, synonyms: data.synonyms },
    shards: keys.map((key) => byKey.get(key)!),
    chunks: Array.from(chunks, (chunk) => chunk ?? []),
  };
}
