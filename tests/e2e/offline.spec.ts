/**
 * Installable and offline: Chrome's own installability check, every page after one
 * online visit with the network off, search and progress offline, the offline page,
 * updates that wait for "Perbarui", data saving with saved paths, and a sub-path build.
 */
import type { BrowserContext } from '@playwright/test';
import { chromium } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serve } from '../support/static-server.mjs';
import { CHROMIUM_ARGS, chromiumPath } from '../support/chromium';
import { buildWithContent, replaceIn } from '../build/build-site';
import { builtPages, catalogue, expect, installWorker, markDone, test } from './fixtures';

test('Chrome finds the site installable', async () => {
  const profile = mkdtempSync(path.join(tmpdir(), 'langkah-install-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
  });
  const page = await context.newPage();
  await installWorker(page, `${test.info().project.use.baseURL}/`);
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors).toEqual([]);
  const manifest = await (await page.request.get('/manifest.webmanifest')).json();
  expect(manifest).toMatchObject({
    lang: 'id',
    name: 'Langkah Digital',
    display: 'standalone',
    start_url: '/',
    scope: '/',
  });
  await context.close();
});

test.describe('after one online visit', () => {
  test.describe.configure({ timeout: 120_000 });

  // Every built page, in four parts that run side by side: one pass over 200+ pages came within
  // seconds of the time limit on a busy 2-core runner.
  const PARTS = 4;
  for (let part = 0; part < PARTS; part++) {
    test(`every page opens with the network off (part ${part + 1} of ${PARTS})`, async ({ page, context }) => {
      await installWorker(page, '/');
      await context.setOffline(true);
      const pages = builtPages().filter((_, index) => index % PARTS === part);
      expect(pages.length).toBeGreaterThan(10);
      for (const url of pages) {
        const response = await page.goto(url, { waitUntil: 'domcontentloaded' });
        expect(response?.status(), url).toBe(200);
        await expect(page.locator('h1'), url).toHaveCount(1);
      }
    });
  }

  test('with the network off, the home page marks the paths it can open, and an unknown address shows the offline page', async ({
    page,
    context,
  }) => {
    await installWorker(page, '/');
    await context.setOffline(true);
    await page.goto('/');
    await expect(page.locator('[data-offline-path]').first()).toBeVisible();
    await page.goto('/halaman-yang-tidak-ada/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anda sedang offline');
  });

  test('the offline badge shows while the phone reports no connection, and hides when it is back', async ({ page }) => {
    // Chromium's network emulation does not always reach navigator.onLine: the phone's own report is set here.
    await page.addInitScript(() => {
      let online = false;
      Object.defineProperty(Navigator.prototype, 'onLine', { get: () => online });
      (window as unknown as { setOnline: (value: boolean) => void }).setOnline = (value) => {
        online = value;
        dispatchEvent(new Event(value ? 'online' : 'offline'));
      };
    });
    await page.goto('/');
    const badge = page.locator('[data-offline-badge]');
    await expect(badge).toBeVisible();
    await page.evaluate(() => (window as unknown as { setOnline: (value: boolean) => void }).setOnline(true));
    await expect(badge).toBeHidden();
  });

  test('a quiz can be taken and progress saved offline, and both searches still work', async ({ page, context }) => {
    await installWorker(page, '/');
    await context.setOffline(true);
    await page.goto('/pelajaran/kode-otp-rahasia/');
    await markDone(page);
    await expect(page.locator('ld-lesson-status')).toHaveAttribute('data-status', 'completed');
    await page.reload();
    await expect(page.locator('ld-lesson-status')).toHaveAttribute('data-status', 'completed');

    await page.getByRole('searchbox', { name: 'Cari pelajaran' }).fill('ktp digital');
    await expect(page.getByRole('banner').getByRole('link', { name: /Aktivasi KTP Digital/ })).toBeVisible();

    await page.goto('/cari/?q=camilan');
    await expect(page.locator('.search-results > li').first()).toBeVisible();
  });
});

test.describe('deploys and data saving', () => {
  test.describe.configure({ mode: 'serial', timeout: 180_000 });
  let server: Awaited<ReturnType<typeof serve>>;
  const port = 4450;
  const origin = `http://127.0.0.1:${port}`;

  test.beforeAll(async () => {
    server = await serve({ root: 'dist', port });
  });
  test.afterAll(() => server.close());

  test('a new deploy waits for "Perbarui", then shows the new content with progress intact', async ({ browser }) => {
    const changed = buildWithContent((content) =>
      replaceIn(path.join(content, 'lessons/id/kode-otp-rahasia.mdx'), /^title: .*$/m, 'title: Kode OTP Tetap Rahasia'),
    );
    expect(changed.status, changed.output).toBe(0);
    const context = await browser.newContext({ baseURL: origin });
    const page = await context.newPage();
    await installWorker(page, '/pelajaran/kode-otp-rahasia/');
    await markDone(page);

    server.setRoot(changed.outDir);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    const banner = page.locator('[data-update-banner]');
    await expect(banner).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kode OTP Itu Rahasia');
    await banner.getByRole('button', { name: 'Perbarui' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kode OTP Tetap Rahasia');
    await expect(page.locator('ld-lesson-status')).toHaveAttribute('data-status', 'completed');
    server.setRoot('dist');
    await context.close();
  });

  test('with data saving on, only the shell is saved; a saved path opens offline', async ({ browser }) => {
    const context: BrowserContext = await browser.newContext({ baseURL: origin });
    const page = await context.newPage();
    // Hold the worker script until "Hemat kuota" is set, as if the learner had set it first.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await context.route('**/sw.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/offline/');
    await page.getByLabel('Nyalakan hemat kuota').check();
    await expect(page.getByText('Hemat kuota menyala.')).toBeVisible();
    release();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const cached = await page.evaluate(async () => {
      const names = (await caches.keys()).filter((name) => name.startsWith('langkah-precache-'));
      const keys = await (await caches.open(names[0]!)).keys();
      return keys.map((request) => new URL(request.url).pathname);
    });
    expect(cached).toContain('/');
    expect(cached.filter((url) => url.startsWith('/pelajaran/'))).toEqual([]);

    const { lessons, paths } = catalogue();
    const basics = paths[0]!;
    await page.goto(`/jalur/${basics.slug}/`);
    const pack = page.getByRole('region', { name: 'Simpan untuk offline' });
    await expect(pack).toContainText(/Ukuran unduhan: sekitar \d+ KB/);
    await pack.getByRole('button', { name: 'Simpan untuk offline' }).click();
    await expect(pack.getByRole('status')).toHaveText('Tersimpan. Jalur ini bisa dibaca tanpa internet.', {
      timeout: 30_000,
    });
    await expect(page.locator('.offline-mark').first()).toBeVisible();
    // Saved once: the worker did not keep a second copy of the path's pages as it fetched them.
    const visited = await page.evaluate(async () =>
      (await (await caches.open('langkah-visited')).keys()).map((request) => new URL(request.url).pathname),
    );
    expect(visited.filter((url) => url.startsWith('/pelajaran/'))).toEqual([]);
    // The home page marks the saved path, and only it, from what the phone holds.
    const offlineMark = (title: string) =>
      page
        .getByRole('listitem')
        .filter({ has: page.getByRole('link', { name: title, exact: true }) })
        .locator('[data-offline-path]');
    await page.goto('/');
    await expect(offlineMark(basics.title)).toBeVisible();
    await expect(offlineMark(paths[1]!.title)).toBeHidden();

    await context.setOffline(true);
    const first = lessons[basics.lessons[0]!]!;
    await page.goto(`/pelajaran/${first.slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title);
    const other = lessons[paths[1]!.lessons[1]!]!;
    await page.goto(`/pelajaran/${other.slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anda sedang offline');
    // The offline page lists what the phone holds: the saved path's lessons, and no other path.
    const available = page.getByRole('region', { name: basics.title });
    await expect(available.getByRole('link')).toHaveCount(basics.lessons.length);
    await expect(page.getByRole('region', { name: paths[1]!.title })).toHaveCount(0);
    await available.getByRole('link', { name: first.title, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title);
    await context.setOffline(false);
    await page.goto(`/jalur/${basics.slug}/`);
    await pack.getByRole('button', { name: 'Hapus dari ponsel' }).click();
    await expect(pack.getByRole('status')).toHaveText('Sudah dihapus dari ponsel.');
    await page.goto('/');
    await expect(page.locator('h1')).toBeVisible();
    await expect(offlineMark(basics.title)).toBeHidden();
    await context.close();
  });

  test('a build under /literasi/ works offline too: links, assets, manifest, worker scope and search', async ({
    browser,
  }) => {
    const sub = buildWithContent(() => {}, { LANGKAH_BASE: '/literasi/' });
    expect(sub.status, sub.output).toBe(0);
    const subServer = await serve({ root: sub.outDir, port: port + 20, base: '/literasi/' });
    const context = await browser.newContext({ baseURL: `http://127.0.0.1:${port + 20}` });
    const requests: string[] = [];
    context.on('request', (request) => requests.push(new URL(request.url()).pathname));
    const page = await context.newPage();
    await installWorker(page, '/literasi/');
    const manifest = await (await page.request.get('/literasi/manifest.webmanifest')).json();
    expect(manifest).toMatchObject({ start_url: '/literasi/', scope: '/literasi/' });
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.scope)).toMatch(
      /\/literasi\/$/,
    );
    await context.setOffline(true);
    for (const url of builtPages(sub.outDir)) {
      const response = await page.goto(`/literasi${url}`);
      expect(response?.status(), url).toBe(200);
      for (const href of await page
        .locator('a[href^="/"]')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')!))) {
        expect(href, `${url} links to ${href}`).toMatch(/^\/literasi\//);
      }
    }
    await page.goto('/literasi/cari/?q=camilan');
    await expect(page.locator('.search-results > li').first().getByRole('link')).toHaveAttribute(
      'href',
      /^\/literasi\/pelajaran\//,
    );
    expect(requests.filter((url) => !url.startsWith('/literasi/'))).toEqual([]);
    await context.close();
    subServer.close();
  });
});

test('the home page offers "Pasang aplikasi" when the browser can install, and steps on iPhone', async ({
  page,
  browser,
  baseURL,
}) => {
  await page.goto('/');
  await expect(page.locator('[data-install]')).toBeHidden();
  await page.evaluate(() => {
    const event = new Event('beforeinstallprompt');
    Object.assign(event, { prompt: () => Promise.resolve() });
    dispatchEvent(event);
  });
  await expect(page.getByRole('button', { name: 'Pasang aplikasi' })).toBeVisible();

  const iphone = await browser.newContext({
    baseURL: baseURL!,
    userAgent:
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1',
  });
  const phone = await iphone.newPage();
  await phone.goto('/');
  await expect(phone.getByText('Tambahkan ke Layar Utama')).toBeVisible();
  await expect(phone.getByRole('button', { name: 'Pasang aplikasi' })).toBeHidden();
  await iphone.close();
});
