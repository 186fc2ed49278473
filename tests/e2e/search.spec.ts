import { catalogue, expect, test } from './fixtures';

const { lessons } = catalogue();
const titleOf = (slug: string) => Object.values(lessons).find((lesson) => lesson.slug === slug)!.title;

test('the header search suggests a lesson as the learner types, and arrow keys reach it', async ({ page }) => {
  await page.goto('/tentang/');
  const box = page.getByRole('searchbox', { name: 'Cari pelajaran' });
  await box.click();
  await box.pressSequentially('ktp digital', { delay: 30 });
  const header = page.getByRole('banner');
  await expect(header.getByRole('link', { name: /Aktivasi KTP Digital \(IKD\)/ })).toBeVisible();
  await expect(header.getByRole('status')).toContainText('saran');
  await box.press('ArrowDown');
  await expect(header.getByRole('link', { name: /Aktivasi KTP Digital \(IKD\)/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/pelajaran/aktivasi-ktp-digital-ikd/');
});

test('the home page "Saya ingin…" box leads to the right lesson, with a typo', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('searchbox', { name: 'Saya ingin…' });
  await box.fill('kode otpp');
  await page
    .locator('.hero-search')
    .getByRole('link', { name: /Kode OTP Itu Rahasia/ })
    .click();
  await expect(page).toHaveURL('/pelajaran/kode-otp-rahasia/');
});

test('without JavaScript the header search is a form to the search page', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto('/tentang/');
  await page.getByRole('searchbox', { name: 'Cari pelajaran' }).fill('otp');
  await page.getByRole('banner').getByRole('button', { name: 'Cari' }).click();
  await expect(page).toHaveURL('/cari/?q=otp');
  await expect(page.getByText('Pencarian butuh JavaScript')).toBeVisible();
  await context.close();
});

test('the search page finds lessons by their full text, keeps the query in the address, and filters narrow the results', async ({
  page,
}) => {
  // "Camilan" (kamera, mikrofon, lokasi) appears only in the body of the online-loans lesson.
  await page.goto('/cari/?q=camilan');
  const results = page.locator('.search-results > li');
  await expect(results.first().getByRole('link')).toHaveText(titleOf('pinjol-legal-atau-ilegal'));
  await expect(results.first().locator('mark').first()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'hasil untuk' })).toContainText('hasil untuk "camilan"');

  await page.getByRole('main').getByRole('searchbox').fill('situs');
  await expect(page).toHaveURL(/\?q=situs$/);
  await expect(page.locator('#search-status')).toContainText('"situs"');
  const before = await results.getByRole('link').allTextContents();
  expect(before.length).toBeGreaterThan(1);
  await page.locator('details.search-filters summary').click();
  await page.getByRole('combobox', { name: 'Layanan' }).selectOption('Identitas Kependudukan Digital (IKD)');
  await expect(page).toHaveURL(/layanan=/);
  await expect(results).not.toHaveCount(before.length);
  const after = await results.getByRole('link').allTextContents();
  expect(after).toContain('Aktivasi KTP Digital (IKD)');
  expect(after.length).toBeLessThan(before.length);

  await page.goBack();
  await expect(page.getByRole('combobox', { name: 'Layanan' })).toHaveValue('');
});

test("a result's excerpt is the lesson's own words, not its path, pillar, level and service run together", async ({
  page,
}) => {
  await page.goto('/cari/?q=ktp%20digital');
  const top = page.locator('.search-results > li').first();
  await expect(top.getByRole('link')).toHaveText(titleOf('aktivasi-ktp-digital-ikd'));
  const excerpt = (await top.locator('p').last().textContent()) ?? '';
  expect(excerpt.length).toBeGreaterThan(20);
  for (const label of ['Layanan kependudukan', 'Cakap digital']) expect(excerpt).not.toContain(label);
});

test('Escape clears the search, and an empty search suggests lessons and terms', async ({ page }) => {
  await page.goto('/cari/?q=otp');
  await expect(page.locator('.search-results > li').first()).toBeVisible();
  await page.getByRole('main').getByRole('searchbox').press('Escape');
  await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue('');
  await expect(page.getByRole('heading', { name: 'Mulai dari sini' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Istilah yang sering dicari' })).toBeVisible();
});

test('a query in the address is shown as text, never as markup', async ({ page }) => {
  let dialog = false;
  page.on('dialog', async (prompt) => {
    dialog = true;
    await prompt.dismiss();
  });
  await page.goto('/cari/?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
  await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue('<img src=x onerror=alert(1)>');
  await expect(page.getByText('"<img src=x onerror=alert(1)>"')).toBeVisible();
  expect(await page.locator('main img').count()).toBe(0);
  expect(dialog).toBe(false);
});

test('the English search page searches the English index', async ({ page }) => {
  await page.goto('/en/cari/?q=linked+devices');
  const links = page.locator('.search-results > li').getByRole('link');
  await expect(links.first()).toHaveAttribute('href', /^\/en\/pelajaran\//);
  await expect(links.filter({ hasText: 'Your OTP Code Is Secret' })).toHaveCount(1);
});
