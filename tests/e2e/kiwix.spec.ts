/**
 * The Kiwix edition (npm run build:zim) as a village gets it: the ZIM file served by kiwix-serve,
 * as a Kiwix Hotspot or Internet-in-a-Box does, opened in a browser. Kiwix-serve puts its own
 * search bar on every page; nothing else may come from anywhere but that server.
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, hydrateAll, markDone, startServer, test, throwingStorage } from './fixtures';

const PORT = 4491;
const zim = readdirSync('dist-zim').find((file) => /^langkah-digital_id_all_\d{4}-\d{2}\.zim$/.test(file));
const book = zim?.replace(/\.zim$/, '');
const site = parse(readFileSync('content/site.yaml', 'utf8'));
const OTP = `/${book}/pelajaran/kode-otp-rahasia/index.html`;
let server: ChildProcess | undefined;

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: `http://127.0.0.1:${PORT}` });

test.beforeAll(async () => {
  expect(zim, 'dist-zim holds the ZIM: run npm run build:zim').toBeDefined();
  server = await startServer(
    'kiwix-serve',
    ['--address', '127.0.0.1', '--port', String(PORT), `dist-zim/${zim}`],
    PORT,
  );
});
test.afterAll(() => void server?.kill());

// kiwix-serve's own bar loads jQuery, whose feature test sets an inline handler our pages' CSP
// refuses. That is Kiwix's code on its own bar, not the lessons': only its reports are set aside.
test.afterEach(({ guard }) => {
  guard.csp.splice(0, guard.csp.length, ...guard.csp.filter((report) => !report.includes('/skin/')));
});

test('the ZIM passes zimcheck and carries its metadata and 48 × 48 illustration', async ({ request }) => {
  const check = spawnSync('zimcheck', ['-A', `dist-zim/${zim}`], { encoding: 'utf8' });
  expect(check.stdout).toContain('Overall Test Status: Pass');
  expect(check.status).toBe(0);

  const entry = await (await request.get('/catalog/v2/entries')).text();
  expect(entry).toContain(`<title>${site.name}</title>`);
  expect(entry).toContain(`<summary>${site.tagline.id}</summary>`);
  expect(entry).toContain('<language>ind,eng</language>');
  expect(entry).toContain('<name>langkah-digital_id_all</name>');
  expect(entry).toContain(`<publisher>\n      <name>${site.publisher}</name>`);
  const illustration = await request.get(`/catalog/v2/illustration/${book}/?size=48`);
  const png = await illustration.body();
  // A PNG's IHDR holds its width and height at bytes 16-23.
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([48, 48]);
});

test('home, a path, a lesson and the glossary open, and ten links from them all resolve', async ({ page, request }) => {
  await page.goto(`/${book}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Belajar urus layanan digital, langkah demi langkah',
  );
  await page.getByRole('link', { name: 'Aman digital' }).click();
  await expect(page).toHaveURL(`/${book}/jalur/aman-digital/index.html`);
  await page.getByRole('link', { name: 'Mulai dari pelajaran pertama' }).click();
  await expect(page).toHaveURL(OTP);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kode OTP Itu Rahasia');

  const links = await page
    .locator('a[href]')
    .evaluateAll((anchors) => [...new Set(anchors.map((anchor) => (anchor as HTMLAnchorElement).href.split('#')[0]!))]);
  const internal = links.filter((href) => href.startsWith(`http://127.0.0.1:${PORT}/${book}/`));
  expect(internal.length).toBeGreaterThanOrEqual(10);
  for (const href of internal.slice(0, 10)) {
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
    expect(await response.text(), href).not.toContain('Content not found');
  }

  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Istilah' }).click();
  await expect(page).toHaveURL(`/${book}/istilah/index.html`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Daftar istilah');
});

test('the quiz and "Tandai selesai" work as on the site, and progress stays after a reload', async ({ page }) => {
  await page.goto(OTP);
  await hydrateAll(page);
  const first = page.locator('.quiz-section fieldset').first();
  await first.getByRole('radio').first().check();
  await first.getByRole('button', { name: 'Periksa jawaban' }).click();
  await expect(first.getByRole('status')).toHaveText(/^Belum tepat\. .+/);
  await first.getByRole('button', { name: 'Coba lagi' }).click();
  await first.locator('.quiz-choice').filter({ hasText: 'Tidak ada' }).getByRole('radio').check();
  await first.getByRole('button', { name: 'Periksa jawaban' }).click();
  await expect(first.getByRole('status')).toHaveText(/^Benar\. .+/);

  await expect(page.locator('.zim-no-progress')).toBeHidden();
  await markDone(page);
  await page.reload();
  await expect(page.locator('ld-lesson-status')).toContainText('Anda menyelesaikan pelajaran ini pada');
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Kemajuan Saya' }).click();
  await expect(page.getByRole('link', { name: 'Kode OTP Itu Rahasia' })).toHaveAttribute(
    'href',
    new RegExp(`/${book}/pelajaran/kode-otp-rahasia/index\\.html$`),
  );
});

test('a reader that keeps no storage says so, and points to the transfer code', async ({ page }) => {
  await throwingStorage(page);
  await page.goto(OTP);
  await expect(page.locator('#storage-notice')).toContainText('Kemajuan tidak bisa disimpan di perangkat ini');
  await expect(page.locator('#storage-notice')).toContainText('buat kode pindah');
  await markDone(page);
  await expect(page.locator('ld-lesson-status')).toHaveAttribute('data-status', 'completed');
});

test('the finder suggests lessons, and Kiwix full-text search finds a word in a lesson', async ({ page }) => {
  await page.goto(OTP);
  await page.getByRole('searchbox', { name: 'Cari pelajaran' }).fill('pajak kendaraan');
  await page.getByRole('link', { name: /Bayar Pajak Kendaraan/ }).click();
  await expect(page).toHaveURL(`/${book}/pelajaran/bayar-pajak-kendaraan-online/index.html`);

  await page.goto(`/${book}/cari/index.html`);
  await page.getByRole('searchbox', { name: 'Kata yang dicari' }).fill('swafoto');
  await page.getByRole('searchbox', { name: 'Kata yang dicari' }).press('Enter');
  await expect(page).toHaveURL(/\/search\?content=.+&pattern=swafoto/);
  await page
    .getByRole('link', { name: /Foto KTP dan Swafoto/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Foto KTP dan Swafoto yang Diterima');
});

test('no link leaves the ZIM: an official site is its address, to type once online', async ({ page }) => {
  await page.goto(`/${book}/pelajaran/lapor-lewat-sp4n-lapor/index.html`);
  await expect(page.locator('a[href^="http"]:not([href^="http://127.0.0.1"])')).toHaveCount(0);
  await expect(page.locator('.official-link .offsite').first()).toContainText('lapor.go.id');
  await expect(page.getByText('Alamat situs resmi di sini tidak bisa diketuk')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Pasang aplikasi' })).toHaveCount(0);
  await page.goto(`/${book}/jalur/aman-digital/index.html`);
  await expect(page.getByRole('heading', { name: 'Simpan untuk offline' })).toHaveCount(0);
});

test.describe('in a reader without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a lesson says plainly that progress is not kept here', async ({ page }) => {
    await page.goto(OTP);
    await expect(
      page.getByText('Di aplikasi ini, kuis tidak berjalan dan kemajuan belajar tidak disimpan.'),
    ).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kode OTP Itu Rahasia');
  });
});
