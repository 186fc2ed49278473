/**
 * The offline copy survives what real phones do to it: a deploy that lands while the learner
 * taps "Perbarui" for the one before, a browser that evicts the cache but keeps the worker, and
 * a phone with no room for the whole site. Each test serves its own origin, whose worker script
 * and network the test controls.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { serve } from '../support/static-server.mjs';
import { catalogue, expect, test } from './fixtures';

test.describe.configure({ mode: 'serial', timeout: 180_000 });

const worker = readFileSync('dist/sw.js', 'utf8');
const version = /langkah-precache-([\w-]{12})/.exec(worker)![1]!;
/** Another deploy of the same site: its own version, and (`changed`) every file revised, so nothing is copied. */
const deploy = (name: string, changed: boolean) => {
  const renamed = worker.replaceAll(version, `${version}${name}`);
  return changed ? renamed.replaceAll('revision:`', `revision:\`${name}`) : renamed;
};
const lessons = Object.values(catalogue().lessons).slice(0, 3);

/** A host whose worker script can be swapped, whose other answers can be held, and which can go down. */
async function host(port: number) {
  const state = { script: worker, held: false, down: false, scripts: 0, release: () => {} };
  let gate = Promise.resolve();
  const server = await serve({
    root: 'dist',
    port,
    send: async (request, response, status, headers, body) => {
      if (state.down) return void request.socket.destroy();
      if (request.url === '/sw.js') {
        state.scripts++;
        return void response.writeHead(200, headers).end(state.script);
      }
      if (state.held) await gate;
      response.writeHead(status, headers).end(request.method === 'HEAD' ? undefined : body);
    },
  });
  return {
    state,
    hold() {
      state.held = true;
      gate = new Promise((resolve) => (state.release = resolve));
    },
    open() {
      state.held = false;
      state.release();
    },
    close: () => server.close(),
  };
}

async function controlled(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
  });
}

const precaches = (page: Page) =>
  page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('langkah-precache-')));

async function readsOffline(page: Page): Promise<void> {
  for (const lesson of lessons) {
    await page.goto(`/pelajaran/${lesson.slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
  }
}

async function newPhone(browser: Browser, port: number): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: `http://127.0.0.1:${port}` });
  return { context, page: await context.newPage() };
}

test('tapping "Perbarui" while a newer deploy is still installing leaves the site readable offline', async ({
  browser,
}) => {
  const site = await host(4470);
  const { context, page } = await newPhone(browser, 4470);
  await controlled(page, '/');
  const update = () => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());

  // B is installed and waits for "Perbarui".
  site.state.script = deploy('B', false);
  await update();
  const banner = page.locator('[data-update-banner]');
  await expect(banner).toBeVisible({ timeout: 60_000 });

  // C starts installing while the learner reads: its downloads are slow (held here).
  site.state.script = deploy('C', true);
  site.hold();
  await update();
  await expect
    .poll(() => page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())!.installing)))
    .toBe(true);

  // The learner taps "Perbarui": B takes over, and must leave C's cache alone.
  await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Perbarui' }).click()]);
  expect(await precaches(page)).toContain(`langkah-precache-${version}C`);

  // C finishes, is offered, and takes over with a whole cache.
  site.open();
  await expect(page.locator('[data-update-banner]')).toBeVisible({ timeout: 90_000 });
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Perbarui' }).click()]);
  await expect.poll(() => precaches(page)).toEqual([`langkah-precache-${version}C`]);

  site.state.down = true;
  await readsOffline(page);
  await context.close();
  site.close();
});

test('a cache the browser evicted is refilled, and meanwhile a built-in offline page answers', async ({ browser }) => {
  const site = await host(4471);
  const { context, page } = await newPhone(browser, 4471);
  await controlled(page, '/');
  await page.evaluate(async () => Promise.all((await caches.keys()).map((name) => caches.delete(name))));

  site.state.down = true;
  const response = await page.goto(`/pelajaran/${lessons[0]!.slug}/`);
  expect(response?.status()).toBe(503);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anda sedang offline');
  await expect(page.getByText('Halaman ini belum tersimpan di ponsel ini')).toBeVisible();
  expect(await page.locator('html').getAttribute('lang')).toBe('id');
  await page.getByRole('link', { name: 'Kembali ke beranda' }).focus();

  // Back online, the next page view refills the cache in the background.
  site.state.down = false;
  await page.goto('/');
  await expect
    .poll(
      () =>
        page.evaluate(
          async () =>
            (await (
              await caches.open((await caches.keys()).find((n) => n.startsWith('langkah-precache-'))!)
            ).match('/__revisions')) !== undefined,
        ),
      { timeout: 90_000 },
    )
    .toBe(true);
  site.state.down = true;
  await readsOffline(page);
  await context.close();
  site.close();
});

test('with no room for the whole site, the learner is told, nothing half saved stays, and the shell fits', async ({
  browser,
}) => {
  const site = await host(4472);
  const { context, page } = await newPhone(browser, 4472);
  const cdp = await context.newCDPSession(page);
  // The whole site is 5.4 MB as the phone stores it, its shell 2.1 MB.
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: 'http://127.0.0.1:4472', quotaSize: 3_500_000 });
  await page.goto('/');
  const notice = page.locator('[data-save-notice]');
  await expect(notice).toContainText('Ruang di ponsel ini tidak cukup untuk menyimpan seluruh situs', {
    timeout: 60_000,
  });
  await expect(notice.getByRole('button', { name: 'Simpan bagian inti saja' })).toBeVisible();
  expect(await precaches(page)).toEqual([]);

  // No retry on every page: the worker script was fetched once.
  await page.goto('/offline/');
  await expect(page.locator('[data-offline-none]')).toBeVisible();
  await expect(page.locator('[data-offline-list] a')).toHaveCount(0);
  await page.goto(`/pelajaran/${lessons[0]!.slug}/`);
  await page.waitForLoadState('load');
  expect(site.state.scripts).toBe(1);

  // Saving the core only fits.
  await page.goto('/offline/');
  await page.getByLabel('Nyalakan hemat kuota').check();
  await expect(page.getByText('Hemat kuota menyala.')).toBeVisible();
  await controlled(page, '/');
  await expect.poll(() => precaches(page)).toHaveLength(1);
  expect(site.state.scripts).toBe(2);
  await context.close();
  site.close();
});

test('a deploy that lands while a page stays open is found when the learner comes back to it', async ({ browser }) => {
  const site = await host(4473);
  const { context, page } = await newPhone(browser, 4473);
  await page.clock.install();
  await controlled(page, `/pelajaran/${lessons[0]!.slug}/`);
  site.state.script = deploy('D', false);
  const scripts = site.state.scripts;
  // Back to the tab within minutes: no check yet, so a phone switching apps does not download the worker each time.
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await page.waitForTimeout(500);
  expect(site.state.scripts).toBe(scripts);
  // Back after half an hour: the new deploy is found and offered.
  await page.clock.fastForward('31:00');
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await expect(page.locator('[data-update-banner]')).toBeVisible({ timeout: 60_000 });
  await context.close();
  site.close();
});
