/**
 * A lesson past its review date, and a translation older than its original, on a site built
 * from a copy of the content with old dates: what a learner and a trainer see.
 */
import type { ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildWithContent, type BuildResult } from '../build/build-site';
import { expect, startServer, test } from './fixtures';

const PORT = 4331;
test.use({ baseURL: `http://127.0.0.1:${PORT}` });
test.describe.configure({ mode: 'serial', timeout: 60_000 });

/** Sets the lesson's `verified` and every source's `checked` to `day`. */
function dateLesson(file: string, day: string): void {
  const text = readFileSync(file, 'utf8')
    .replace(/^verified: .*$/m, `verified: ${day}`)
    .replace(/^(\s+checked:) .*$/gm, `$1 ${day}`);
  writeFileSync(file, text);
}

let build: BuildResult;
let server: ChildProcess;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  build = buildWithContent((content) => {
    dateLesson(path.join(content, 'lessons/id/kode-otp-rahasia.mdx'), '2025-01-02');
    dateLesson(path.join(content, 'lessons/en/verifikasi-dua-langkah-whatsapp.mdx'), '2026-06-01');
  });
  expect(build.status, build.output).toBe(0);
  server = await startServer(process.execPath, ['tests/support/static-server.mjs', build.outDir, String(PORT)], PORT);
});

test.afterAll(() => {
  server?.kill();
});

test('the build lists the lesson that is due, as a warning', () => {
  expect(build.output).toMatch(
    /1 lesson is due for review[^\n]*\n\s+- [^\n]*lessons\/id\/kode-otp-rahasia\.mdx: checked 2025-01-02, due 2026-01-02 \(every 12 months\)/,
  );
});

test('a learner on an overdue lesson is told when it was checked and where to confirm', async ({ page }) => {
  await page.goto('/pelajaran/kode-otp-rahasia/');
  const notice = page.locator('[data-review-due]');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('Pelajaran ini perlu diperiksa ulang');
  await expect(notice).toContainText('terakhir diperiksa pada 2 Januari 2025');
  await expect(notice.getByRole('link')).toHaveAttribute('href', /^https:\/\//);
  // A lesson checked recently says nothing about its age.
  await page.goto('/pelajaran/verifikasi-dua-langkah-whatsapp/');
  await expect(page.locator('[data-review-due]')).toBeHidden();
});

test('with JavaScript off, the overdue notice is still in the page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${PORT}/pelajaran/kode-otp-rahasia/`);
  await expect(page.locator('[data-review-due]')).toBeVisible();
  await context.close();
});

test('the trainer hub lists the overdue lesson', async ({ page }) => {
  await page.goto('/pelatih/');
  const list = page.locator('[data-review-list]');
  await expect(list.locator('a[href="/pelajaran/kode-otp-rahasia/"]')).toBeVisible();
  await expect(list).toContainText('terakhir diperiksa 2 Januari 2025, jatuh tempo 2 Januari 2026');
  await expect(list.locator('a[href="/pelajaran/verifikasi-dua-langkah-whatsapp/"]')).toHaveCount(0);
});

test('an English translation older than its original says so and links the Indonesian lesson', async ({ page }) => {
  await page.goto('/en/pelajaran/verifikasi-dua-langkah-whatsapp/');
  const notice = page.locator('[data-translation-behind]');
  await expect(notice).toContainText('This translation was last checked on 1 June 2026');
  await notice.getByRole('link', { name: 'Read the Indonesian lesson' }).click();
  await expect(page).toHaveURL(/\/pelajaran\/verifikasi-dua-langkah-whatsapp\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  // A translation as new as its original shows no such notice.
  await page.goto('/en/pelajaran/kode-otp-rahasia/');
  await expect(page.locator('[data-translation-behind]')).toHaveCount(0);
});
