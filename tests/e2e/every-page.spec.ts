import { readFileSync } from 'node:fs';
import { builtPages, expect, expectAccessible, test } from './fixtures';

const pages = builtPages();
// The sitemap lists what search engines may index; every page in it must be among the pages tested here.
const sitemap = [...readFileSync('dist/sitemap-0.xml', 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
  (match) => new URL(match[1]!).pathname,
);

test('the build has pages in both languages, and the sitemap lists only real pages', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/en/');
  expect(pages.filter((page) => page.startsWith('/en/')).length).toBe(
    pages.filter((page) => !page.startsWith('/en/')).length,
  );
  expect(sitemap.length).toBeGreaterThan(pages.length / 2);
  for (const page of sitemap) expect(pages).toContain(page);
});

for (const path of pages) {
  test(`${path}: language, title, links, WCAG 2.2 AA, 320 px and 200% text`, async ({ page }) => {
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
      expect(pages, `${path} links to ${href}`).toContain(href.split(/[?#]/)[0]);
    }

    await expectAccessible(page);
  });
}
