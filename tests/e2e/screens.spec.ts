import { readFileSync } from 'node:fs';
import { catalogue, expect, test } from './fixtures';

// Drawn screens and "Ketuk yang benar" (issue 19).
const { lessons } = catalogue();
const slugs = Object.values(lessons).map((lesson) => lesson.slug);
const LESSON = '/pelajaran/pasang-aplikasi-resmi/';
const screensIn = (slug: string) =>
  [...readFileSync(`dist/pelajaran/${slug}/index.html`, 'utf8').matchAll(/data-screen="([^"]+)"/g)].map((m) => m[1]);

test('every Indonesian lesson shows drawn screens, at least 60 in all, each naming its app', () => {
  const counts = Object.fromEntries(slugs.map((slug) => [slug, screensIn(slug).length]));
  for (const [slug, count] of Object.entries(counts)) expect(count, slug).toBeGreaterThanOrEqual(1);
  expect(Object.values(counts).reduce((sum, count) => sum + count, 0)).toBeGreaterThanOrEqual(60);
  const practices = slugs.reduce(
    (sum, slug) => sum + (readFileSync(`dist/pelajaran/${slug}/index.html`, 'utf8').match(/<ld-tap /g)?.length ?? 0),
    0,
  );
  expect(practices).toBeGreaterThanOrEqual(8);
});

test('a drawn screen is a picture with words, inside its step, and its stylesheet comes only with it', async ({
  page,
}) => {
  await page.goto(LESSON);
  const picture = page
    .getByRole('img', { name: /^Gambar layar Play Store: Cek Bansos, penerbit Kementerian Sosial.+Baca nama penerbit/ })
    .first();
  await expect(picture).toBeVisible();
  await expect(picture.locator('xpath=ancestor::li[1]')).toContainText('Baca nama penerbit di bawah nama aplikasi.');
  await expect(page.locator('figure.screen figcaption').first()).toBeVisible();
  await expect(page.locator('link[rel="stylesheet"][href*="screen"]')).toHaveCount(1);
  // Pages without a screen carry none of its CSS.
  for (const page of ['index.html', 'istilah/index.html', 'jalur/aman-digital/index.html'])
    expect(readFileSync(`dist/${page}`, 'utf8'), page).not.toMatch(/_astro\/screen\.[^"]*\.css/);
});

test('"Ketuk yang benar" by mouse: a wrong tap explains why, the right one counts', async ({ page }) => {
  await page.goto(LESSON);
  const practice = page.locator('ld-tap[data-id="ikd-yang-asli"]');
  await expect(practice).toHaveAttribute('data-ready', '');
  await practice.getByRole('button', { name: /IKD KTP Digital Cepat/ }).click();
  await expect(practice.getByRole('status')).toContainText('✗ Belum tepat. Penerbitnya bukan instansi pemerintah.');
  await practice.getByRole('button', { name: /Identitas Kependudukan Digital/ }).click();
  await expect(practice.getByRole('status')).toContainText('✓ Benar. Nama aplikasi dan penerbitnya cocok.');
  await expect(practice.getByRole('status')).toContainText('diterbitkan oleh Kementerian Dalam Negeri');
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('langkah-digital.progress') ?? '{}'));
  expect(JSON.stringify(saved)).toContain('ikd-yang-asli');
});

test('"Ketuk yang benar" by touch and by keyboard', async ({ browser, baseURL }) => {
  const context = await browser.newContext({
    baseURL: baseURL!,
    hasTouch: true,
    isMobile: true,
    viewport: { width: 360, height: 740 },
  });
  const page = await context.newPage();
  await page.goto(LESSON);
  const practice = page.locator('ld-tap[data-id="ikd-yang-asli"]');
  await expect(practice).toHaveAttribute('data-ready', '');
  await practice.getByRole('button', { name: /Identitas Kependudukan Digital/ }).tap();
  await expect(practice.getByRole('status')).toContainText('✓ Benar.');
  await context.close();

  const keyboard = await browser.newPage({ baseURL: baseURL! });
  await keyboard.goto(LESSON);
  const again = keyboard.locator('ld-tap[data-id="ikd-yang-asli"]');
  await expect(again).toHaveAttribute('data-ready', '');
  await again.getByRole('button', { name: /IKD KTP Digital Cepat/ }).focus();
  await keyboard.keyboard.press('Tab');
  await expect(again.getByRole('button', { name: /Identitas Kependudukan Digital/ })).toBeFocused();
  await keyboard.keyboard.press('Enter');
  await expect(again.getByRole('status')).toContainText('✓ Benar.');
  await keyboard.close();
});

test('without JavaScript the practice shows the screen and the answer, explained', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto(LESSON);
  const practice = page.locator('ld-tap[data-id="ikd-yang-asli"]');
  await expect(practice.locator('.screen__phone')).toBeVisible();
  await practice.getByText('Lihat jawaban').click();
  await expect(practice.locator('details p')).toContainText('Identitas Kependudukan Digital. Aplikasi IKD yang asli');
  await context.close();
});

test('the projector shows a step with its screen beside the text, and a handout prints it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/pelatih/presentasi/?pelajaran=pasang-aplikasi-resmi');
  const counter = page.locator('[data-counter]');
  await expect(counter).toHaveText(/^Layar 1 dari \d+$/);
  for (let i = 0; i < 40 && (await page.locator('.presenter__picture [data-screen]').count()) === 0; i++)
    await page.keyboard.press('ArrowRight');
  const picture = page.locator('.presenter__picture [data-screen="Play Store"]');
  await expect(picture).toBeVisible();
  const text = (await page.locator('.presenter__text').boundingBox())!;
  const drawn = (await picture.boundingBox())!;
  expect(drawn.x).toBeGreaterThan(text.x + text.width - 1);

  await page.goto(LESSON);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('figure.screen').first()).toBeVisible();
  const bar = await page
    .locator('.screen__phone')
    .first()
    .evaluate((node) => getComputedStyle(node).borderTopColor);
  expect(bar).toBe('rgb(0, 0, 0)');
  expect((await page.pdf({ preferCSSPageSize: true })).length).toBeGreaterThan(10_000);
});

test('path and service pages, the home page and the finder show their pictures', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.card .icon use').first()).toHaveAttribute('href', '/icons.svg#phone');
  await page.goto('/layanan/ikd/');
  await expect(page.locator('h1 .icon use')).toHaveAttribute('href', '/icons.svg#id-card');
  await page.goto('/tentang/');
  const box = page.getByRole('searchbox', { name: 'Cari pelajaran' });
  await box.click();
  await box.pressSequentially('ktp digital', { delay: 30 });
  await expect(page.getByRole('banner').locator('.finder__results .icon use').first()).toHaveAttribute(
    'href',
    /icons\.svg#/,
  );
  const sprite = await page.request.get('/icons.svg');
  expect(sprite.ok()).toBe(true);
  expect(await sprite.text()).toContain('<symbol id="id-card"');
});

const withPractice = slugs.filter((slug) =>
  readFileSync(`dist/pelajaran/${slug}/index.html`, 'utf8').includes('<ld-tap '),
);
for (const slug of withPractice) {
  test(`every "Ketuk yang benar" in ${slug}: a wrong tap by mouse, the right one by keyboard`, async ({ page }) => {
    await page.goto(`/pelajaran/${slug}/`);
    for (const practice of await page.locator('ld-tap').all()) {
      await expect(practice).toHaveAttribute('data-ready', '');
      const status = practice.getByRole('status');
      await practice.locator('button[data-choice]:not([data-correct])').first().click();
      await expect(status).toContainText('✗ Belum tepat.');
      await practice.locator('button[data-correct]').focus();
      await page.keyboard.press('Enter');
      await expect(status).toContainText('✓ Benar.');
    }
  });
}
