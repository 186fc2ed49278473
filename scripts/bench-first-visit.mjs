// A first visit on a slow phone (issue 18): Chromium at 4× CPU slowdown, 360 × 740, over a link of
// about 400 kbps with 400 ms before each answer, shared by every request (the service worker's too:
// the server throttles, so nothing escapes the limit). The site is served gzipped, as a CDN would.
// For the home page and a lesson it reports:
// - LCP and the load event;
// - the bytes until the page is usable (everything it loaded up to its load event);
// - when the worker's first request starts, against the page's load (it must come after);
// - what the worker downloads in the first minute, and when the whole save is done.
// Writes reports/bench-first-visit.json. Run after `npm run build`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { serve } from '../tests/support/static-server.mjs';

const dist = process.argv[2] ?? 'dist';
const PORT = 4391;
const RATE = 400_000 / 8; // bytes per second
const RTT = 400;
const CHUNK = 4096;
const PAGES = { home: '/', lesson: '/pelajaran/aktivasi-ktp-digital-ikd/' };
const KB = (bytes) => Math.round(bytes / 1000);

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
let log = [];
// One link for every request: each chunk waits its turn at RATE, whoever asked for it.
let linkFreeAt = 0;
async function throughLink(bytes) {
  const start = Math.max(Date.now(), linkFreeAt);
  linkFreeAt = start + (bytes / RATE) * 1000;
  await sleep(linkFreeAt - Date.now());
}

async function throttledSend(request, response, status, headers, body) {
  const entry = { url: request.url, start: Date.now(), bytes: 0, end: 0 };
  log.push(entry);
  const text = /text|json|javascript|svg|xml|manifest/.test(headers['content-type']);
  const payload = text && /gzip/.test(request.headers['accept-encoding'] ?? '') ? gzipSync(body) : body;
  await sleep(RTT);
  response.writeHead(status, {
    ...headers,
    ...(payload !== body ? { 'content-encoding': 'gzip' } : {}),
    'content-length': payload.length,
  });
  for (let at = 0; at < payload.length; at += CHUNK) {
    const chunk = payload.subarray(at, at + CHUNK);
    await throughLink(chunk.length);
    response.write(chunk);
    entry.bytes += chunk.length;
  }
  response.end();
  entry.end = Date.now();
}

async function firstVisit(browser, path) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  log = [];
  linkFreeAt = 0;
  const opened = Date.now();
  await page.goto(`http://127.0.0.1:${PORT}${path}`, { waitUntil: 'load', timeout: 120_000 });
  const timing = await page.evaluate(
    () =>
      new Promise((resolve) => {
        let lcp = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) lcp = entry.startTime;
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        setTimeout(() => {
          const [navigation] = performance.getEntriesByType('navigation');
          const loaded = navigation.loadEventEnd;
          const resources = performance.getEntriesByType('resource').filter((entry) => entry.responseEnd <= loaded);
          const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
          resolve({
            timeOrigin: performance.timeOrigin,
            fcp,
            lcp,
            load: loaded,
            bytesUntilUsable: [navigation, ...resources].reduce((sum, entry) => sum + entry.transferSize, 0),
            requestsUntilUsable: 1 + resources.length,
          });
        }, 1500);
      }),
  );
  const loadedAt = timing.timeOrigin + timing.load;
  // The worker's script and everything it fetches.
  const saved = page
    .locator('[data-save-text]')
    .filter({ hasText: /Tersimpan|Saved/ })
    .waitFor({ timeout: 180_000 })
    .then(() => Date.now() - opened)
    .catch(() => undefined);
  await sleep(60_000 - (Date.now() - opened));
  const firstMinute = log.filter((entry) => entry.start >= loadedAt && entry.start - opened <= 60_000);
  const beforeLoad = log.filter((entry) => entry.start < loadedAt).map((entry) => entry.url);
  const worker = log.find((entry) => entry.url.endsWith('/sw.js'));
  const notice = await page.locator('[data-save-notice]').isVisible();
  const done = await saved;
  await context.close();
  return {
    fcpMs: Math.round(timing.fcp),
    lcpMs: Math.round(timing.lcp),
    loadMs: Math.round(timing.load),
    usableKB: KB(timing.bytesUntilUsable),
    usableRequests: timing.requestsUntilUsable,
    workerStartsAfterLoadMs: worker ? Math.round(worker.start - loadedAt) : null,
    workerRequestsBeforeLoad: beforeLoad.filter((url) => url.endsWith('/sw.js')).length,
    firstMinuteKB: KB(firstMinute.reduce((sum, entry) => sum + entry.bytes, 0)),
    firstMinuteRequests: firstMinute.length,
    noticeShown: notice,
    allSavedMs: done ?? null,
  };
}

const server = await serve({ root: dist, port: PORT, send: throttledSend });
const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
});
const report = { link: '400 kbps shared, 400 ms before each answer', cpu: '4× slowdown', viewport: '360×740' };
for (const [name, path] of Object.entries(PAGES)) report[name] = await firstVisit(browser, path);
await browser.close();
server.close();
console.table({ home: report.home, lesson: report.lesson });
mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench-first-visit.json', `${JSON.stringify(report, null, 2)}\n`);
