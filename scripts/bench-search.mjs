// Search budgets (issue: search that forgives), measured, not asserted in tests:
// - the finder's index, gzipped, per 100 lessons (budget 30 KiB), and what a first query fetches
//   of the shipped one (budget 20 KiB);
// - a finder query's time from keystroke to rendered suggestions in this machine's
//   Chromium with the CPU throttled 4× (budget 20 ms).
// Needs a built site in dist/ (npm run build). Prints a table and writes reports/bench-search.json.
/* global document, MutationObserver -- the measuring function runs in the page */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { runnerImport } from 'vite';
import { serve } from '../tests/support/static-server.mjs';
import { finderIndexSize, finderQueryBytes } from './finder-bytes.mjs';

const KiB = 1024;
const { module: finder } = await runnerImport('./src/lib/search/finder.ts');

// 100 synthetic lessons built from the real catalogue's words, so term statistics look real.
const real = JSON.parse(readFileSync('dist/data/katalog-id.json', 'utf8'));
const words = readdirSync('dist/data/finder-id')
  .filter((name) => name.startsWith('t'))
  .map((name) => readFileSync(`dist/data/finder-id/${name}`, 'utf8'))
  .join(' ')
  .match(/[a-z]{4,}/g) ?? ['pelajaran'];
const pick = (seed, count) =>
  Array.from({ length: count }, (_, i) => words[(seed * 7919 + i * 104729) % words.length]).join(' ');
const lessons = Array.from({ length: 100 }, (_, i) => ({
  slug: `pelajaran-${i}`,
  title: `${pick(i, 4)} ${i}`,
  summary: pick(i + 1, 22),
  objectives: [pick(i + 2, 10), pick(i + 3, 10), pick(i + 4, 10)],
  services: [pick(i + 5, 3)],
  terms: [pick(i + 6, 2), pick(i + 7, 2)],
}));
const lessonsOnly = JSON.stringify(finder.buildFinder('id', lessons, [], {}));
const perHundred = gzipSync(lessonsOnly, { level: 9 }).length;
const shipped = finderIndexSize('dist', 'id');
// What a first query fetches of the index (manifest, shards, document chunks), gzipped.
const firstQuery = await finderQueryBytes('dist', 'id', [
  'ktp digital',
  'kode otp',
  'pajak kendaraan',
  'lapor penipuan',
]);

// Query time in the browser, CPU throttled 4×.
const port = 4390;
const server = await serve({ root: 'dist', port });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:${port}/`);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
const box = page.getByRole('searchbox', { name: 'Saya ingin…' });
await box.fill('otp');
await page.locator('.hero-search .finder__results a').first().waitFor();
const queries = [
  'ktp digital',
  'kode otp',
  'pinjol ilegal',
  'lapor penipuan',
  'undangan apk',
  'kata sandi kuat',
  'aktifasi ikd',
  'hoaks',
];
const times = [];
for (let round = 0; round < 3; round++) {
  for (const query of queries) {
    // Time from the keystroke's input event to the suggestions being rendered.
    const ms = await page.evaluate(
      (text) =>
        new Promise((resolve) => {
          const box = document.querySelector('.hero-search');
          const input = box.querySelector('input');
          const observer = new MutationObserver(() => {
            observer.disconnect();
            resolve(performance.now() - started);
          });
          observer.observe(box.querySelector('.finder__results'), {
            childList: true,
            subtree: true,
            characterData: true,
          });
          setTimeout(() => {
            observer.disconnect();
            resolve(-1);
          }, 2000);
          const started = performance.now();
          input.value = text;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }),
      query,
    );
    if (ms >= 0) times.push(ms);
  }
}
await browser.close();
server.close();
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
const p95 = times[Math.floor(times.length * 0.95)];

const report = {
  finderIndexPer100LessonsKiB: +(perHundred / KiB).toFixed(1),
  finderIndexShippedKiB: shipped.gzipKiB,
  finderFirstQueryKiBMax: Math.max(...firstQuery.map((item) => item.wireKiB)),
  lessonsInCatalogue: Object.keys(real.lessons).length,
  queryMsMedianCpu4x: +median.toFixed(1),
  queryMsP95Cpu4x: +p95.toFixed(1),
  budgets: { finderIndexPer100LessonsKiB: 30, finderFirstQueryKiB: 20, queryMs: 20 },
};
console.table(report);
mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench-search.json', `${JSON.stringify(report, null, 2)}\n`);
