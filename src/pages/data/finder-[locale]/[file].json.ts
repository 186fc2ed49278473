/**
 * The instant finder's index per language, in shards: a manifest (index.json), the term shards
 * (t<n>.json) and the document chunks (d<n>.json). A query fetches the manifest and the few files
 * its words need (src/lib/search/finder-query.ts), so its bytes do not grow with the catalogue.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { finderData } from '../../../data/finder-data';
import { LOCALES, type Locale } from '../../../lib/i18n/locales';
import { chunkFile, shardFile, shardFinder, type ShardedFinder } from '../../../lib/search/finder-shards';

// getStaticPaths and every file's GET read the same shards: made once per language.
const made = new Map<Locale, Promise<ShardedFinder>>();
const shardsOf = (locale: Locale) =>
  made.get(locale) ??
  made
    .set(
      locale,
      finderData(locale).then((data) => shardFinder(data)),
    )
    .get(locale)!;

const files = async (locale: Locale): Promise<[string, unknown][]> => {
  const { manifest, shards, chunks } = await shardsOf(locale);
  return [
    ['index.json', manifest],
    ...shards.map((shard, n): [string, unknown] => [shardFile(n), shard]),
    ...chunks.map((chunk, n): [string, unknown] => [chunkFile(n), chunk]),
  ];
};

export const getStaticPaths: GetStaticPaths = async () =>
  (
    await Promise.all(
      LOCALES.map(async (locale) =>
        (await files(locale)).map(([file]) => ({ params: { locale, file: file.replace(/\.json$/, '') } })),
      ),
    )
  ).flat();

export const GET: APIRoute = async ({ params }) => {
  const wanted = `${params['file']}.json`;
  const body = (await files(params['locale'] as Locale)).find(([file]) => file === wanted)?.[1];
  return new Response(JSON.stringify(body ?? null), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
