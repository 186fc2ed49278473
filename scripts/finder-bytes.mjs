// What the finder fetches for a query on a built site: its manifest, the shards the query's words
// need and the document chunks of the hits it shows, gzipped as a server would send them. Run by
// the real query code (src/lib/search/finder-query.ts) with a loader that counts what it reads.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { runnerImport } from 'vite';

const { module: query } = await runnerImport('./src/lib/search/finder-query.ts');

/** [{ query, files, wireKiB, hits }] for each query, on a fresh page each (nothing cached yet). */
export async function finderQueryBytes(dist, locale, queries) {
  const folder = path.join(dist, 'data', `finder-${locale}`);
  const read = (name) => readFileSync(path.join(folder, name));
  return Promise.all(
    queries.map(async (text) => {
      const fetched = new Map();
      const load = (name) => {
        const body = read(name);
        fetched.set(name, gzipSync(body, { level: 9 }).length);
        return JSON.parse(body.toString('utf8'));
      };
      const finder = query.shardedFinder(
        query.fileLoader(load('index.json'), async (name) => load(name)),
        locale,
      );
      const hits = await finder.search(text, 6);
      const bytes = [...fetched.values()].reduce((sum, size) => sum + size, 0);
      return { query: text, files: fetched.size, wireKiB: +(bytes / 1024).toFixed(1), hits: hits.length };
    }),
  );
}

/** The whole index, gzipped, its file count and its largest shard. */
export function finderIndexSize(dist, locale) {
  const folder = path.join(dist, 'data', `finder-${locale}`);
  const sizes = readdirSync(folder).map((name) => [
    name,
    gzipSync(readFileSync(path.join(folder, name)), { level: 9 }).length,
  ]);
  const shardSizes = sizes.filter(([name]) => name.startsWith('t')).map(([, size]) => size);
  return {
    files: sizes.length,
    gzipKiB: +(sizes.reduce((sum, [, size]) => sum + size, 0) / 1024).toFixed(1),
    largestShardGzipKiB: +(Math.max(0, ...shardSizes) / 1024).toFixed(1),
  };
}
