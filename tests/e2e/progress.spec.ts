import { readFileSync } from 'node:fs';
import { encodeCompletion } from '../../src/lib/codes/completion';
import { encodeTransfer } from '../../src/lib/codes/transfer';
import { emptyProgress, type LessonProgress } from '../../src/lib/progress/model';
import { catalogue, expect, hydrateAll, markDone, test, throwingStorage } from './fixtures';

const { lessons, paths } = catalogue();
const TOTAL = Object.keys(lessons).length;
const SAFETY = paths.find((path) => path.slug === 'aman-digital')!.lessons.length;

const KEY = 'langkah-digital.progress';
const OTP = '/pelajaran/kode-otp-rahasia/';
const SITES = '/pelajaran/kenali-situs-resmi-pemerintah/';
const lessonDone: LessonProgress = { status: 'completed', steps: {}, exercises: [], startedAt: 1, updatedAt: 1 };

test('a completed lesson stays completed after a reload and shows in a second tab', async ({ page, context }) => {
  await page.goto(OTP);
  const status = page.locator('ld-lesson-status');
  await expect(status).toContainText('Sedang dipelajari');
  await markDone(page);
  await expect(status).toContainText(/Anda menyelesaikan pelajaran ini pada/);
  await page.reload();
  await expect(page.locator('ld-lesson-status')).toHaveAttribute('data-status', 'completed');

  const second = await context.newPage();
  await second.goto('/jalur/aman-digital/');
  await expect(second.locator('.progress-count')).toHaveText(`1 dari ${SAFETY} pelajaran selesai`);
  // A change in one tab reaches the other through the storage event.
  await page.goto(SITES);
  await markDone(page);
  await expect(second.locator('.progress-count')).toHaveText(`2 dari ${SAFETY} pelajaran selesai`);
});

test('the home page offers to continue the last lesson and counts lessons done per path', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-continue]')).toBeHidden();
  await page.goto(SITES);
  await markDone(page);
  await page.goto('/');
  const resume = page.locator('[data-continue]');
  await expect(resume).toBeVisible();
  await resume.getByRole('link', { name: 'Kenali Alamat Situs Resmi' }).click();
  await expect(page).toHaveURL(SITES);
  await page.goto('/');
  const card = (slug: string) =>
    page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: paths.find((path) => path.slug === slug)!.title, exact: true }) });
  await expect(card('aman-digital').locator('.progress-count')).toHaveText(`1 dari ${SAFETY} pelajaran selesai`);
  // A path not yet begun shows no "0 dari …" on the home page.
  await expect(card('dasar-ponsel-internet').locator('.progress-count')).toBeHidden();
});

test('unreadable saved progress is kept aside, the learner is told, and the site keeps working', async ({ page }) => {
  await page.goto(OTP);
  await page.evaluate((key) => localStorage.setItem(key, '{"v":2,"lessons":{"6":{"status":'), KEY);
  await page.reload();
  await expect(page.locator('#storage-notice')).toContainText('tidak bisa dibaca');
  const kept = await page.evaluate(
    (key) =>
      Object.keys(localStorage)
        .filter((name) => name.startsWith(`${key}.unreadable.`))
        .map((name) => localStorage.getItem(name)),
    KEY,
  );
  expect(kept).toEqual(['{"v":2,"lessons":{"6":{"status":']);
  await markDone(page);
  await expect(page.locator('ld-lesson-status')).toHaveAttribute('data-status', 'completed');
});

test('with storage that throws, lessons and quizzes still work and a calm notice explains', async ({ page }) => {
  await throwingStorage(page);
  await page.goto(OTP);
  await expect(page.locator('#storage-notice')).toContainText('Kemajuan tidak bisa disimpan di perangkat ini');
  await markDone(page);
  await expect(page.locator('ld-lesson-status')).toHaveAttribute('data-status', 'completed');
  await page.goto('/kemajuan/');
  await expect(page.getByText('Kemajuan tidak bisa disimpan di perangkat ini. Kemajuan akan hilang')).toBeVisible();
});

test('a full quota switches to memory without losing what is already saved', async ({ page }) => {
  await page.goto(OTP);
  await markDone(page);
  const saved = await page.evaluate((key) => localStorage.getItem(key), KEY);
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
  });
  await page.goto(SITES);
  await expect(page.locator('#storage-notice')).toHaveCount(0);
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
  });
  await markDone(page);
  await expect(page.locator('#storage-notice')).toContainText('tidak bisa disimpan');
  expect(await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).lessons['6'].status, KEY)).toBe(
    'completed',
  );
  expect(saved).not.toBeNull();
});

test('progress saved by a newer version is shown read-only and never overwritten', async ({ page }) => {
  const newer = JSON.stringify({
    v: 99,
    lessons: { '6': { status: 'completed', updatedAt: 1, startedAt: 1, steps: {}, exercises: [] } },
    future: true,
  });
  await page.goto('/');
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, newer]);
  await page.goto(SITES);
  await expect(page.locator('#storage-notice')).toContainText('versi Langkah Digital yang lebih baru');
  await markDone(page);
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(newer);
});

test('a malformed or foreign import file is refused in plain words and changes nothing', async ({ page }) => {
  await page.goto(OTP);
  await markDone(page);
  const before = await page.evaluate((key) => localStorage.getItem(key), KEY);
  await page.goto('/kemajuan/');
  const input = page.getByLabel('Buka berkas cadangan');
  await input.setInputFiles({
    name: 'rusak.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"v":2,"lessons":{"6":'),
  });
  await expect(page.getByRole('alert')).toHaveText(
    'Berkas ini rusak atau bukan berkas cadangan. Tidak ada yang diubah.',
  );
  await input.setInputFiles({
    name: 'foto.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"photos":[1,2]}'),
  });
  await expect(page.getByRole('alert')).toHaveText('Berkas ini bukan cadangan Langkah Digital. Tidak ada yang diubah.');
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(before);
});

test('an exported file imports back into another browser, previewed and merged', async ({ page, browser, baseURL }) => {
  await page.goto(OTP);
  await markDone(page);
  await page.goto('/kemajuan/');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Unduh berkas cadangan' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^langkah-digital-kemajuan-\d{4}-\d{2}-\d{2}\.json$/);
  const file = readFileSync((await download.path())!);

  const other = await browser.newContext({ baseURL: baseURL! });
  const phone = await other.newPage();
  await phone.goto(SITES);
  await markDone(phone);
  await phone.goto('/kemajuan/');
  await phone
    .getByLabel('Buka berkas cadangan')
    .setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: file });
  const preview = phone.getByRole('region', { name: 'Periksa dulu sebelum digabungkan' });
  await expect(preview).toContainText('Menjadi selesai:');
  await expect(preview).toContainText('Kode OTP Itu Rahasia');
  await preview.getByRole('button', { name: 'Gabungkan' }).click();
  await expect(phone.getByText(`Anda sudah menyelesaikan 2 dari ${TOTAL} pelajaran`)).toBeVisible();
  await other.close();
});

test('progress moves to another phone through the transfer link, and by typing the code', async ({
  page,
  browser,
  baseURL,
}) => {
  await page.goto(OTP);
  await markDone(page);
  await page.goto('/kemajuan/');
  await page.getByRole('button', { name: 'Tampilkan kode', exact: true }).click();
  await expect(page.getByRole('img', { name: 'Kode QR untuk memindahkan kemajuan' })).toBeVisible();
  const code = await page.locator('[data-transfer-code]').innerText();

  for (const way of ['link', 'typed'] as const) {
    const other = await browser.newContext({ baseURL: baseURL! });
    const phone = await other.newPage();
    if (way === 'link') {
      await phone.goto(`/kemajuan/#pindah=${code}`);
    } else {
      await phone.goto('/kemajuan/');
      await phone.getByLabel(/Punya kode pindah/).fill(code.toLowerCase());
      await phone.getByRole('button', { name: 'Periksa kode' }).click();
    }
    await phone
      .getByRole('region', { name: 'Periksa dulu sebelum digabungkan' })
      .getByRole('button', { name: 'Gabungkan' })
      .click();
    await expect(phone.getByText(`Anda sudah menyelesaikan 1 dari ${TOTAL} pelajaran`)).toBeVisible();
    expect(new URL(phone.url()).hash).toBe('');
    await other.close();
  }
});

test('two tabs marking lessons done in the same instant both keep theirs', async ({ page, context }) => {
  const second = await context.newPage();
  await page.goto(OTP);
  await second.goto(SITES);
  await hydrateAll(page);
  await hydrateAll(second);
  // The second tab does not hear of the first tab's save before its own: the same instant.
  await second.evaluate(() =>
    addEventListener('storage', (event) => event.stopImmediatePropagation(), { capture: true }),
  );
  await markDone(page);
  await expect(page.locator('ld-lesson-status')).toHaveAttribute('data-status', 'completed');
  await markDone(second);
  await expect(second.locator('ld-lesson-status')).toHaveAttribute('data-status', 'completed');
  for (const [tab, url] of [
    [page, SITES],
    [second, OTP],
  ] as const) {
    await tab.goto(url);
    await expect(tab.locator('ld-lesson-status')).toHaveAttribute('data-status', 'completed');
  }
});

test('a completion code in the transfer field is named, and a crafted link cannot freeze the page', async ({
  page,
}) => {
  await page.goto('/kemajuan/');
  await page.getByLabel(/Punya kode pindah/).fill(encodeCompletion({ completed: [1, 2], initials: 'AB' }));
  await page.getByRole('button', { name: 'Periksa kode' }).click();
  await expect(page.getByRole('alert')).toHaveText(/^Ini kode selesai, bukan kode pindah\./);

  // A valid code naming a lesson this site has, and one it never had.
  const [known] = Object.keys(lessons).map(Number);
  const crafted = emptyProgress();
  for (const id of [known!, 65_000]) crafted.lessons[id] = { ...lessonDone, completedAt: 1 };
  await page.goto('/');
  await page.goto(`/kemajuan/#pindah=${encodeTransfer(crafted, Date.now())}`);
  const preview = page.getByRole('region', { name: 'Periksa dulu sebelum digabungkan' });
  await expect(preview).toContainText('1 pelajaran tidak ada di situs ini, jadi dilewati.');
  await preview.getByRole('button', { name: 'Gabungkan' }).click();
  await expect(page.getByText(`Anda sudah menyelesaikan 1 dari ${TOTAL} pelajaran`)).toBeVisible();
  await expect(page.locator('[data-completion-code]')).toHaveText(/^[0-9A-Z-]{1,30}$/);
  const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), KEY);
  expect(Object.keys(saved.lessons)).toEqual([String(known)]);
});

test('a mistyped transfer code is refused and changes nothing', async ({ page }) => {
  await page.goto('/kemajuan/');
  await page.getByLabel(/Punya kode pindah/).fill('1ABC-DEFG-HJKM');
  await page.getByRole('button', { name: 'Periksa kode' }).click();
  await expect(page.getByRole('alert')).toContainText('Kode ini');
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
});

test('clearing all progress asks first', async ({ page }) => {
  await page.goto(OTP);
  await markDone(page);
  await expect(page.locator('ld-lesson-status')).toHaveAttribute('data-status', 'completed');
  await page.goto('/kemajuan/');
  await page.getByRole('button', { name: 'Hapus semua kemajuan…' }).click();
  await page.getByRole('button', { name: 'Batal' }).click();
  await expect(page.getByText(`Anda sudah menyelesaikan 1 dari ${TOTAL} pelajaran`)).toBeVisible();
  await page.getByRole('button', { name: 'Hapus semua kemajuan…' }).click();
  await page.getByRole('button', { name: 'Ya, hapus semua' }).click();
  await expect(page.getByText(`Anda sudah menyelesaikan 0 dari ${TOTAL} pelajaran`)).toBeVisible();
});

test('the certificate names the learner and lessons and prints to an A4 PDF', async ({ page }) => {
  await page.goto(OTP);
  await markDone(page);
  await page.goto('/kemajuan/sertifikat/');
  await page.getByLabel('Nama di sertifikat').fill('Siti Rahma');
  const certificate = page.getByRole('article', { name: 'Catatan Belajar' });
  await expect(certificate).toContainText('Siti Rahma');
  await expect(certificate).toContainText('Kode OTP Itu Rahasia');
  await expect(certificate).toContainText('bukan ijazah atau sertifikat resmi');
  const pdf = await page.pdf({ preferCSSPageSize: true });
  expect(pdf.length).toBeGreaterThan(5000);
  // A4 is 595.28 × 841.89 points; Chromium rounds to its own units.
  const [, width, height] = pdf.toString('latin1').match(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/)!;
  expect(Math.abs(Number(width) - 595.28)).toBeLessThan(1);
  expect(Math.abs(Number(height) - 841.89)).toBeLessThan(1);
});
