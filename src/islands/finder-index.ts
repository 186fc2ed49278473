/**
 * The finder's sharded index as the browser fetches it: the manifest once, then each shard and
 * document chunk the first time a query needs it (src/lib/search/finder-query.ts). Shared by the
 * search box and the search page.
 */
import { fileLoader, shardedFinder, type AsyncFinder } from '../lib/search/finder-query';
import type { ShardManifest } from '../lib/search/finder-shards';
import type { Synonyms } from '../lib/search/finder';
import type { Locale } from '../lib/i18n/locales';

const json = <T>(url: URL): Promise<T> =>
  fetch(url).then((response) => (response.ok ? (response.json() as Promise<T>) : Promise.reject(new Error(url.href))));

/** Rejects when the manifest cannot be had; a shard that cannot be had rejects that query only. */
export async function fetchFinder(
  indexUrl: string,
  locale: Locale,
): Promise<{ engine: AsyncFinder; synonyms: Synonyms }> {
  const index = new URL(indexUrl, location.href);
  const manifest = await json<ShardManifest>(index);
  const engine = shardedFinder(
    fileLoader(manifest, (file) => json(new URL(file, index))),
    locale,
  );
  return { engine, synonyms: manifest.synonyms };
}
