/**
 * Relevance: recall@3 of the instant finder and the full-text search page over the
 * query set in tests/search/relevance.yaml. Fails below 0.9; prints every miss.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { fileLoader, shardedFinder } from '../../src/lib/search/finder-query';
import { expect, test } from './fixtures';

interface Case {
  q: string;
  expect: string[];
}
const cases = parse(readFileSync('tests/search/relevance.yaml', 'utf8')) as Case[];
const THRESHOLD = 0.9;
const slugOf = (url: string) => url.match(/\/pelajaran\/([^/]+)\//)?.[1];

function recall(results: string[][]): { recall: number; misses: string[] } {
  let found = 0;
  let wanted = 0;
  const misses: string[] = [];
  cases.forEach((item, index) => {
    for (const slug of item.expect) {
      wanted++;
      if (results[index]!.includes(slug)) found++;
      else misses.push(`"${item.q}" → wanted ${slug}, got ${results[index]!.join(', ') || 'nothing'}`);
    }
  });
  return { recall: found / wanted, misses };
}

test('the query set has at least 40 queries', () => {
  expect(cases.length).toBeGreaterThanOrEqual(40);
});

test(`the instant finder has recall@3 of at least ${THRESHOLD}`, async () => {
  // The shipped shards, read as the browser fetches them.
  const file = (name: string) => JSON.parse(readFileSync(`dist/data/finder-id/${name}`, 'utf8'));
  const finder = shardedFinder(
    fileLoader(file('index.json'), async (name) => file(name)),
    'id',
  );
  const results = await Promise.all(
    cases.map(async (item) => (await finder.search(item.q, 3)).flatMap((hit) => slugOf(hit.path) ?? [])),
  );
  const { recall: value, misses } = recall(results);
  console.log(
    `finder recall@3 = ${value.toFixed(3)} over ${cases.length} queries${misses.length ? `\n  ${misses.join('\n  ')}` : ''}`,
  );
  expect(value).toBeGreaterThanOrEqual(THRESHOLD);
});

test(`the search page (Pagefind with the finder's synonyms and typo tolerance) has recall@3 of at least ${THRESHOLD}`, async ({
  page,
}) => {
  test.setTimeout(120_000);
  const slugs: string[][] = [];
  await page.goto('/cari/');
  const box = page.getByRole('main').getByRole('searchbox');
  for (const item of cases) {
    await box.fill(item.q);
    // The status names the query it answers, so a stale answer is never read.
    await expect(page.locator('#search-status')).toContainText(`"${item.q}"`, { timeout: 15_000 });
    const urls = await page
      .locator('.search-results > li > a')
      .evaluateAll((links) => links.slice(0, 3).map((link) => link.getAttribute('href') ?? ''));
    slugs.push(urls.flatMap((url) => slugOf(url) ?? []));
  }
  const { recall: value, misses } = recall(slugs);
  console.log(
    `search page recall@3 = ${value.toFixed(3)} over ${cases.length} queries${misses.length ? `\n  ${misses.join('\n  ')}` : ''}`,
  );
  expect(value).toBeGreaterThanOrEqual(THRESHOLD);
});
