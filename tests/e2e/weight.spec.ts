import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { catalogue, expect, hydrateAll, test } from './fixtures';

// Budgets (README "Budgets"), gzipped, for a page scrolled to the end with all its practice
// enhanced and every app-page island that wakes on view or idle hydrated. The finder's search
// index loads only when someone types.
// Today's heaviest lesson (long text, three drawn screens, a simulator, a scam drill and a quiz) is 24.7 KiB with
// 8.8 KiB of JavaScript: lesson practice enhances server markup, so no lesson loads Preact.
const KiB = 1024;
const LESSON = { total: 25 * KiB, js: 15 * KiB, css: 10 * KiB };
const HOME = 30 * KiB;
const gz = (path: string) => gzipSync(readFileSync(`dist${decodeURI(path)}`), { level: 9 }).length;

async function weigh(page: Page, path: string): Promise<{ html: number; css: number; js: number; total: number }> {
  const files = new Set<string>();
  page.on('response', (response) => {
    const url = new URL(response.url());
    // The "Menyimpan 1,4 MB…" notice's code comes once, with the first visit's offline save (itself
    // 1.4 MB, measured by bench:offline and bench:first-visit), not with the page.
    if (url.pathname.endsWith('/lazy/save-notice.js')) return;
    if (/\.(js|css)$/.test(url.pathname)) files.add(url.pathname);
  });
  await page.goto(path);
  await hydrateAll(page);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  const sum = (ext: string) =>
    [...files].filter((file) => file.endsWith(ext)).reduce((total, file) => total + gz(file), 0);
  // Inline scripts travel inside the HTML: counted there, and again in the JavaScript budget.
  const inline = await page
    .locator('script:not([src]):not([type="application/json"])')
    .evaluateAll((nodes) => nodes.map((node) => node.textContent ?? '').join(''));
  const html = gz(`${path}index.html`);
  const css = sum('.css');
  const js = sum('.js') + gzipSync(inline, { level: 9 }).length;
  const total = html + css + sum('.js');
  test.info().annotations.push({
    type: 'gzipped weight',
    description: `${path}: HTML ${(html / KiB).toFixed(1)} + CSS ${(css / KiB).toFixed(1)} + JS ${(sum('.js') / KiB).toFixed(1)} = ${(total / KiB).toFixed(1)} KiB (JS with inline ${(js / KiB).toFixed(1)})`,
  });
  return { html, css, js, total };
}

const lessons = Object.values(catalogue().lessons);
for (const lesson of lessons) {
  test(`/pelajaran/${lesson.slug}/ stays within the lesson budget with all its practice enhanced`, async ({ page }) => {
    const weight = await weigh(page, `/pelajaran/${lesson.slug}/`);
    expect(weight.js, 'JavaScript').toBeLessThanOrEqual(LESSON.js);
    expect(weight.css, 'CSS').toBeLessThanOrEqual(LESSON.css);
    expect(weight.total, 'HTML + CSS + JavaScript').toBeLessThanOrEqual(LESSON.total);
  });
}

test('the home page stays within its budget', async ({ page }) => {
  const weight = await weigh(page, '/');
  expect(weight.total).toBeLessThanOrEqual(HOME);
});
