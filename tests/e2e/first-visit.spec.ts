import type { IncomingMessage, ServerResponse } from 'node:http';
import { catalogue, expect, test } from './fixtures';
import { serve } from '../support/static-server.mjs';

// What a first visit saves for offline use, shown while it happens, with a way to stop it (issue 18).
const { lessons } = catalogue();
const lessonCount = Object.keys(lessons).length;
const otp = Object.values(lessons).find((lesson) => lesson.slug === 'kode-otp-rahasia')!.title;

test('a first visit saves the site after the page has loaded, says how much, and says when it is done', async ({
  page,
}) => {
  // When the page registers its worker, on the page's own clock.
  await page.addInitScript(() => {
    const register = navigator.serviceWorker.register.bind(navigator.serviceWorker);
    navigator.serviceWorker.register = (...args) => {
      (window as unknown as { registeredAt: number }).registeredAt = performance.now();
      return register(...args);
    };
  });
  await page.goto('/');
  const notice = page.locator('[data-save-notice]');
  await expect(notice.getByRole('status')).toHaveText('Tersimpan. Langkah Digital kini bisa dibuka tanpa internet.', {
    timeout: 30_000,
  });
  const { registeredAt, loaded } = await page.evaluate(() => ({
    registeredAt: (window as unknown as { registeredAt: number }).registeredAt,
    loaded: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart,
  }));
  expect(registeredAt, 'the worker is registered only once the page has loaded').toBeGreaterThanOrEqual(loaded);
  await notice.getByRole('button', { name: 'Tutup' }).click();
  await expect(notice).toBeHidden();
});

test('"Hentikan" stops the download after the shell: the site still opens offline, and lessons are kept as they are read', async ({
  browser,
}) => {
  // A slow link for everything but pages and the worker: the save takes long enough to stop.
  const slow = async (
    request: IncomingMessage,
    response: ServerResponse,
    status: number,
    headers: Record<string, string>,
    body: Buffer,
  ) => {
    if (request.headers['sec-fetch-mode'] !== 'navigate' && !request.url!.endsWith('/sw.js'))
      await new Promise((resolve) => setTimeout(resolve, 120));
    response.writeHead(status, headers);
    response.end(body);
  };
  const port = 4334;
  const server = await serve({ root: 'dist', port, send: slow });
  const context = await browser.newContext({ baseURL: `http://127.0.0.1:${port}` });
  const page = await context.newPage();
  try {
    await page.goto('/');
    const notice = page.locator('[data-save-notice]');
    await expect(notice.getByRole('status')).toHaveText(
      /^Menyimpan \d+(,\d)? (MB|KB) agar bisa dibaca tanpa internet…$/,
    );
    await notice.getByRole('button', { name: 'Hentikan' }).click();
    await expect(notice.getByRole('status')).toHaveText('Dihentikan. Halaman yang Anda buka tetap tersimpan.', {
      timeout: 30_000,
    });
    await expect(notice.getByRole('link', { name: 'Simpan semua nanti' })).toHaveAttribute('href', '/offline/');

    const held = await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      const name = (await caches.keys()).find((key) => key.startsWith('langkah-precache-'))!;
      const urls = (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname);
      const mode = await (await (await caches.open('langkah-settings')).match('/__mode'))?.text();
      return { urls, mode };
    });
    expect(held.mode, '"Hemat kuota" is on').toBe('saver');
    expect(held.urls).toContain('/istilah/');
    expect(held.urls.filter((url) => url.startsWith('/pelajaran/')).length).toBeLessThan(lessonCount);

    // The shell opens offline; a lesson read once online is kept for offline too.
    await page.reload();
    await page.goto('/pelajaran/kode-otp-rahasia/');
    await expect(page.locator('h1')).toBeVisible();
    await context.setOffline(true);
    await page.goto('/istilah/');
    await expect(page.locator('h1')).toHaveText('Daftar istilah');
    await page.goto('/pelajaran/kode-otp-rahasia/');
    await expect(page.locator('h1')).toHaveText(otp);
  } finally {
    await context.close();
    server.close();
  }
});
