import { catalogue, expect, markDone, test } from './fixtures';
import type { Page } from '@playwright/test';

// A citizen's first screen on a 360 × 740 phone (issue 18).
const PHONE = { width: 360, height: 740 };
test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

const { lessons, paths } = catalogue();
const firstLesson = lessons[String(paths[0]!.lessons[0])]!;

const headerHeight = (page: Page) =>
  page.locator('.site-header').evaluate((header) => (header as HTMLElement).offsetHeight);
const visibleSearchBoxes = (page: Page) =>
  page.locator('input[type="search"]').evaluateAll((boxes) => boxes.filter((box) => box.checkVisibility()).length);

for (const path of ['/', '/pelajaran/kode-otp-rahasia/', '/cari/', '/istilah/', '/en/']) {
  test(`the header of ${path} takes at most a quarter of a phone's screen`, async ({ page }) => {
    await page.goto(path);
    expect(await headerHeight(page)).toBeLessThanOrEqual(185);
    expect(await visibleSearchBoxes(page)).toBeLessThanOrEqual(1);
  });
}

test('the home page first screen leads into the first lesson, with one search box', async ({ page }) => {
  await page.goto('/');
  const start = page.getByRole('region', { name: 'Mulai belajar' }).getByRole('link', { name: firstLesson.title });
  await expect(start).toBeInViewport();
  expect((await start.boundingBox())!.y + 44).toBeLessThan(PHONE.height);
  expect(await visibleSearchBoxes(page)).toBe(1);
  await expect(page.getByRole('searchbox', { name: 'Saya ingin…' })).toBeVisible();
  // The header's "Cari" leads to that same box.
  await page.getByRole('banner').getByRole('link', { name: 'Cari' }).click();
  await expect(page.getByRole('searchbox', { name: 'Saya ingin…' })).toBeFocused();
  // Each path card says what the path is for.
  const cards = page.locator('.card-list > .card');
  await expect(cards).toHaveCount(paths.length);
  for (const card of await cards.all()) await expect(card.locator('h3 + p')).not.toBeEmpty();
});

test('with progress, the home page offers "Lanjutkan" instead, and the path card shows how far', async ({ page }) => {
  await page.goto(`/pelajaran/${firstLesson.slug}/`);
  await markDone(page);
  await page.goto('/');
  const resume = page.getByRole('region', { name: 'Lanjutkan belajar' });
  await expect(resume.getByRole('link', { name: firstLesson.title })).toBeInViewport();
  await expect(page.getByRole('region', { name: 'Mulai belajar' })).toBeHidden();
  const count = page.locator('.card').first().locator('[data-progress-count]');
  await expect(count).toHaveText(`1 dari ${paths[0]!.lessons.length} pelajaran selesai`);
  expect(await count.evaluate((mark) => mark.style.getPropertyValue('--done'))).toBe(
    String(1 / paths[0]!.lessons.length),
  );
});

test('the phone menu opens as a disclosure, closes with Escape back on its button, and one panel opens at a time', async ({
  page,
}) => {
  await page.goto('/pelajaran/kode-otp-rahasia/');
  const menu = page.getByRole('banner').locator('summary', { hasText: 'Menu' });
  const glossary = page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Istilah' });
  await expect(glossary).toBeHidden();
  await menu.click();
  await expect(glossary).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(glossary).toBeHidden();
  await expect(menu).toBeFocused();

  // "Cari" opens the box, focused; the menu closes.
  await menu.click();
  await page.getByRole('banner').locator('summary', { hasText: 'Cari' }).click();
  await expect(glossary).toBeHidden();
  const box = page.getByRole('searchbox', { name: 'Cari pelajaran' });
  await expect(box).toBeFocused();
  await box.pressSequentially('ktp digital', { delay: 30 });
  await expect(page.getByRole('banner').getByRole('link', { name: /Aktivasi KTP Digital/ })).toBeVisible();
  // A tap outside closes it.
  await page.touchscreen.tap(180, PHONE.height - 20);
  await expect(box).toBeHidden();
});

test('without JavaScript the phone menu still opens and its links work', async ({ browser, baseURL }) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    baseURL: baseURL!,
    viewport: PHONE,
    isMobile: true,
  });
  const page = await context.newPage();
  await page.goto('/pelajaran/kode-otp-rahasia/');
  expect(await headerHeight(page)).toBeLessThanOrEqual(185);
  await page.getByRole('banner').locator('summary', { hasText: 'Menu' }).click();
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Istilah' }).click();
  await expect(page).toHaveURL('/istilah/');
  await context.close();
});

test('on a desktop screen the links and the search box stay in view, with or without JavaScript', async ({
  browser,
  baseURL,
}) => {
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({
      javaScriptEnabled,
      baseURL: baseURL!,
      viewport: { width: 1280, height: 720 },
    });
    const page = await context.newPage();
    await page.goto('/pelajaran/kode-otp-rahasia/');
    const header = page.getByRole('banner');
    await expect(header.locator('summary')).toHaveCount(2);
    for (const summary of await header.locator('summary').all()) await expect(summary).toBeHidden();
    await expect(header.getByRole('link', { name: 'Kemajuan Saya' })).toBeInViewport();
    await expect(header.getByRole('searchbox', { name: 'Cari pelajaran' })).toBeInViewport();
    await context.close();
  }
});

test('search results come first on a phone; the filters fold below the box and say which are on', async ({ page }) => {
  await page.goto('/cari/?q=ktp%20digital');
  const first = page.locator('.search-results > li').first();
  await expect(first.getByRole('link')).toHaveText(/Aktivasi KTP Digital/);
  const box = (await first.boundingBox())!;
  expect(box.y + 30).toBeLessThan(PHONE.height);
  expect(await visibleSearchBoxes(page)).toBe(1);
  // The lesson's meta line is not part of its text: no words glued to the path or pillar.
  const excerpts = await page.locator('.search-results p').allTextContents();
  for (const excerpt of excerpts) expect(excerpt).not.toMatch(/kependudukanCakap|digitaldasar|Tingkat:|Pilar:/);

  const filters = page.locator('details.search-filters');
  await expect(filters.locator('summary')).toHaveText('Saring hasil');
  await expect(page.getByRole('combobox', { name: 'Jalur' })).toBeHidden();
  await filters.locator('summary').click();
  const path = page.getByRole('combobox', { name: 'Jalur' });
  await expect(path).toBeEnabled();
  const value = (await path.locator('option').nth(1).textContent())!;
  await path.selectOption(value);
  await expect(filters.locator('summary')).toHaveText(`Saring: Jalur ${value} · 1 filter`);
  await page.getByRole('combobox', { name: 'Tingkat' }).selectOption({ index: 1 });
  await expect(filters.locator('summary')).toHaveText(/^Saring: Jalur .+, Tingkat .+ · 2 filter$/);
});
