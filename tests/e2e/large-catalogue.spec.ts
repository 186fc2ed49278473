/**
 * A catalogue too large to precache, built from the bundled lessons with the precache cap and the
 * path page size lowered: the worker installs a shell that does not grow with the catalogue, a long
 * path continues on numbered pages, and a saved path opens offline, later pages and all.
 */
import type { Server } from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { serve } from '../support/static-server.mjs';
import { buildWithContent } from '../build/build-site';
import { expect, expectAccessible, installWorker, test } from './fixtures';

const PORT = 4495;
const PATH = 'aman-digital';
let outDir = '';
let server: Server | undefined;

test.describe.configure({ mode: 'serial', timeout: 180_000 });
test.use({ baseURL: `http://127.0.0.1:${PORT}` });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const built = buildWithContent(() => {}, { LANGKAH_PRECACHE_CAP: '10', LANGKAH_LIST_PAGE_SIZE: '4' });
  expect(built.status, built.output).toBe(0);
  outDir = built.outDir;
  server = await serve({ root: outDir, port: PORT });
});
test.afterAll(() => void server?.close());

test('the shell leaves out what grows; a saved long path opens offline, page by page', async ({ page, context }) => {
  const { lessons, paths } = JSON.parse(readFileSync(path.join(outDir, 'data/katalog-id.json'), 'utf8')) as {
    lessons: Record<string, { slug: string; title: string }>;
    paths: { slug: string; title: string; lessons: number[] }[];
  };
  const saved = paths.find((entry) => entry.slug === PATH)!;
  expect(saved.lessons).toHaveLength(16);

  await installWorker(page, '/');
  const precached = await page.evaluate(async () => {
    const name = (await caches.keys()).find((key) => key.startsWith('langkah-precache-'))!;
    return (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname);
  });
  expect(precached).toContain(`/jalur/${PATH}/`);
  expect(
    precached.filter((url) => /\/pelajaran\/|\/data\/(katalog|packs|finder)|\/jalur\/[^/]+\/\d+\//.test(url)),
  ).toEqual([]);

  await page.goto(`/jalur/${PATH}/`);
  const pages = page.getByRole('navigation', { name: 'Halaman daftar pelajaran' });
  await pages.getByRole('link', { name: /Halaman berikutnya/ }).click();
  await expect(page).toHaveURL(`/jalur/${PATH}/2/`);
  await expect(page.getByText('Halaman 2 dari 4 · Pelajaran 5–8')).toBeVisible();
  // The later pages and their pager pass the same checks as every page of the bundled site.
  await page.goto('/layanan/iasc/2/');
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/jalur/${PATH}/2/`);
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  const pack = page.getByRole('region', { name: 'Simpan untuk offline' });
  await pack.getByRole('button', { name: 'Simpan untuk offline' }).click();
  await expect(pack.getByRole('status')).toHaveText('Tersimpan. Jalur ini bisa dibaca tanpa internet.', {
    timeout: 30_000,
  });

  await context.setOffline(true);
  await page.goto(`/jalur/${PATH}/4/`);
  await expect(page.getByText('Halaman 4 dari 4 · Pelajaran 13–16')).toBeVisible();
  const last = lessons[saved.lessons[15]!]!;
  await page.getByRole('link', { name: last.title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(last.title);
  // Back up the breadcrumb to the page that lists the lesson, still offline.
  await page.getByRole('navigation', { name: 'Jalur' }).getByRole('link', { name: saved.title }).click();
  await expect(page).toHaveURL(`/jalur/${PATH}/4/`);

  // The offline page lists the saved path from the catalogue that came with it.
  await page.goto('/offline/');
  await expect(page.getByRole('region', { name: saved.title }).getByRole('link')).toHaveCount(16);
  const other = paths.find((entry) => entry.slug !== PATH)!;
  await expect(page.getByRole('region', { name: other.title })).toHaveCount(0);
  await page.goto(`/pelajaran/${lessons[other.lessons[0]!]!.slug}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anda sedang offline');
});
