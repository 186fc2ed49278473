import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Every browser test fails if the page throws or asks anything of another origin:
 * privacy ("no request leaves the site") is checked on every page a test opens.
 */
export const test = base.extend<{ guard: { foreignRequests: string[]; errors: string[]; csp: string[] } }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const guard = { foreignRequests: [] as string[], errors: [] as string[], csp: [] as string[] };
      // Anything the Content Security Policy blocks is reported back here, page after page.
      await page.exposeFunction('__langkahCspViolation', (report: string) => guard.csp.push(report));
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (event) =>
          (window as unknown as { __langkahCspViolation: (report: string) => void }).__langkahCspViolation(
            `${location.pathname}: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
          ),
        ),
      );
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
          guard.foreignRequests.push(url);
      });
      page.on('pageerror', (error) => guard.errors.push(error.message));
      await use(guard);
      expect(guard.foreignRequests, 'requests that left the site').toEqual([]);
      expect(guard.errors, 'uncaught errors in the page').toEqual([]);
      expect(guard.csp, 'Content Security Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** Every page of a built site, as URL paths ("/", "/en/pelajaran/x/"), from its HTML files. */
export function builtPages(dist = 'dist'): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'index.html')
        pages.push(`/${path.relative(dist, dir).split(path.sep).join('/')}/`.replace('//', '/'));
    }
  };
  walk(dist);
  return pages.sort();
}

/** Waits until lesson practice is enhanced and each app-page island has hydrated, scrolling to it as a reader would. */
export async function hydrateAll(page: Page): Promise<void> {
  // Lesson practice enhances on load; Astro islands on the app pages wake on view or idle.
  // Islands that wake on the first touch (the search boxes) are not part of reading a page.
  const practice = page.locator('ld-quiz, ld-drill, ld-sim');
  for (let i = 0; i < (await practice.count()); i++) await expect(practice.nth(i)).toHaveAttribute('data-ready');
  const islands = page.locator('astro-island:not([client="interaction"])');
  const count = await islands.count();
  for (let i = 0; i < count; i++) {
    const island = islands.nth(i);
    await island.scrollIntoViewIfNeeded();
    await expect(island).not.toHaveAttribute('ssr');
  }
}

/** Opens a page and waits until the worker has precached what it installs and controls the page. */
export async function installWorker(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
  });
}

/** WCAG 2.2 AA by axe with no rule disabled, then reflow at 320 CSS px (1.4.10) and with text at 200% (1.4.4). */
export async function expectAccessible(page: Page): Promise<void> {
  // target-size (2.5.8, 24 × 24 px) comes with the wcag22aa tag.
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((node) => node.target).join(' | ')}`)).toEqual([]);
  const overflow = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await overflow(), 'horizontal scroll at 320 px').toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 640, height: 800 });
  await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
  expect(await overflow(), 'horizontal scroll with text at 200%').toBeLessThanOrEqual(0);
}

/** Taps "Tandai selesai" once the practice above it is enhanced, so nothing moves it under the tap. */
export async function markDone(page: Page): Promise<void> {
  await hydrateAll(page);
  await page.locator('ld-lesson-status').getByRole('button', { name: 'Tandai selesai' }).click();
}

/** The built lesson catalogue, so tests follow the content instead of hard-coding counts. */
export function catalogue(locale: 'id' | 'en' = 'id'): {
  lessons: Record<string, { slug: string; title: string; path: string }>;
  paths: { slug: string; title: string; lessons: number[] }[];
} {
  return JSON.parse(readFileSync(`dist/data/katalog-${locale}.json`, 'utf8'));
}

/** Starts a server of the test's own (`command args…`) and waits until `http://127.0.0.1:<port>/` answers 200. */
export async function startServer(command: string, args: string[], port: number): Promise<ChildProcess> {
  const server = spawn(command, args, { stdio: 'ignore' });
  await expect
    .poll(() =>
      fetch(`http://127.0.0.1:${port}/`).then(
        (response) => response.status,
        () => 0,
      ),
    )
    .toBe(200);
  return server;
}

/** A browser whose localStorage throws, as in private browsing or with storage turned off. */
export async function throwingStorage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
}
