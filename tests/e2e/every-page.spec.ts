import { builtPages, expect, test } from './fixtures';

const pages = builtPages();

test('the build has pages in both languages', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/en/');
  expect(pages.filter((page) => page.startsWith('/en/')).length).toBe(
    pages.filter((page) => !page.startsWith('/en/')).length,
  );
});

for (const path of pages) {
  test(`${path} has a language, one h1, a title and loads nothing from elsewhere`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const expected = path.startsWith('/en/') ? 'en' : 'id';
    await expect(page.locator('html')).toHaveAttribute('lang', expected);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page).toHaveTitle(/Langkah Digital/);
    // Every internal link on the page resolves: no dead ends.
    const hrefs = await page
      .locator('a[href^="/"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    for (const href of new Set(hrefs)) {
      expect(pages, `${path} links to ${href}`).toContain(href.split('#')[0]);
    }
  });
}
