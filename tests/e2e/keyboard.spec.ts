import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The focused element, with whether the site's focus ring (outline or box-shadow) is drawn around it. */
async function focused(page: Page): Promise<{ text: string; tag: string; visible: boolean }> {
  // An island waking under the keyboard (the search box) swaps its markup and hands focus to its
  // first control a moment later: wait for focus to settle on an element (up to 5 s) before judging it.
  const settled = await page
    .waitForFunction(() => document.activeElement !== document.body && document.activeElement?.isConnected, null, {
      timeout: 5_000,
    })
    .then(
      () => true,
      () => false,
    );
  if (!settled) return { text: '', tag: 'body', visible: false };
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { text: '', tag: 'body', visible: false };
    const style = getComputedStyle(element);
    const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
    const box = element.getBoundingClientRect();
    return {
      text: (element.getAttribute('aria-label') ?? element.textContent ?? '').trim(),
      tag: element.tagName.toLowerCase(),
      visible: ring && box.width > 0 && box.height > 0,
    };
  });
}

/** Tabs (or shift-tabs) until the focused element matches `selector`, checking that every stop shows its focus. */
async function tabUntil(page: Page, selector: string, { back = false, limit = 250 } = {}) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    let now = await focused(page);
    // Read once more if the element went away between settling and reading (a swap in progress).
    if (now.tag === 'body') now = await focused(page);
    expect(now.visible, `focus ring on <${now.tag}> "${now.text.slice(0, 40)}"`).toBe(true);
    if (await page.evaluate((match) => document.activeElement?.matches(match) ?? false, selector)) return;
  }
  throw new Error(`never reached ${selector} by keyboard`);
}

test('keyboard only: home, finder, lesson, quiz, mark done, progress page, with visible focus throughout', async ({
  page,
}) => {
  await page.goto('/');
  await tabUntil(page, '.hero-search input[type="search"]');
  await page.keyboard.type('kode otp', { delay: 20 });
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.hero-search').getByRole('link', { name: /Kode OTP Itu Rahasia/ })).toBeFocused();
  expect((await focused(page)).visible).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/pelajaran/kode-otp-rahasia/');

  // The quiz: reach the first choice, pick it with the arrow keys, check it.
  await tabUntil(page, '.quiz-question input[type="radio"]');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await tabUntil(page, '.quiz-question button');
  await expect(page.locator('.quiz-question button:focus')).toHaveText('Periksa jawaban');
  await page.keyboard.press('Enter');
  await expect(page.locator('.quiz-question .quiz-feedback').first()).toBeVisible();

  await tabUntil(page, 'ld-lesson-status button');
  await page.keyboard.press('Enter');
  await expect(page.locator('ld-lesson-status')).toHaveAttribute('data-status', 'completed');

  // Back up to the main menu and on to the progress page.
  await tabUntil(page, '.site-nav a[href="/kemajuan/"]', { back: true });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/kemajuan/');
  await expect(
    page.getByRole('heading', { level: 2, name: /^Anda sudah menyelesaikan 1 dari \d+ pelajaran$/ }),
  ).toBeVisible();
});
