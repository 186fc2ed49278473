import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, hydrateAll, test } from './fixtures';

const KiB = 1024;
const gz = (path: string) => gzipSync(readFileSync(`dist${path}`), { level: 9 }).length;

for (const path of ['/pelajaran/aktivasi-ktp-digital-ikd/', '/pelajaran/kode-otp-rahasia/']) {
  test(`${path} ships at most 15 KiB of gzipped JavaScript once every island has hydrated`, async ({ page }) => {
    const scripts = new Set<string>();
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.pathname.endsWith('.js')) scripts.add(url.pathname);
    });
    await page.goto(path);
    await hydrateAll(page);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    const inline = await page
      .locator('script:not([src]):not([type="application/json"])')
      .evaluateAll((nodes) => nodes.map((node) => node.textContent ?? '').join(''));
    const js = [...scripts].reduce((sum, script) => sum + gz(script), 0) + gzipSync(inline, { level: 9 }).length;
    test.info().annotations.push({
      type: 'gzipped JavaScript',
      description: `${(js / KiB).toFixed(1)} KiB in ${scripts.size} files`,
    });
    expect(js).toBeLessThanOrEqual(15 * KiB);
  });
}
