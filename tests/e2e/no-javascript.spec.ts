import { expect, test } from './fixtures';

test.use({ javaScriptEnabled: false });

test('a lesson reads fully with JavaScript off: steps, terms, practice and answers included', async ({ page }) => {
  await page.goto('/pelajaran/aktivasi-ktp-digital-ikd/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('ld-steps ol li').first()).toBeVisible();
  await expect(page.locator('ld-steps input')).toHaveCount(0);
  await expect(page.locator('a.term').first()).toHaveAttribute('href', /^\/istilah\/#[a-z-]+$/);
  await expect(page.locator('.term-pop').first()).toBeHidden();
  await expect(page.locator('.sim')).toContainText('Latihan interaktif ini butuh JavaScript');
  await expect(page.locator('.trainer-note').first()).toBeHidden();
  await expect(page.locator('[data-read-aloud]')).toBeHidden();
  const quiz = page.locator('.quiz-section');
  await quiz.getByText('Lihat jawaban').first().click();
  await expect(quiz.getByText(/^Jawaban benar:/).first()).toBeVisible();
});

test('a scam drill shows every message and its verdict behind a disclosure with JavaScript off', async ({ page }) => {
  await page.goto('/pelajaran/kode-otp-rahasia/');
  const drill = page.locator('.drill-list');
  await expect(drill.locator('> li').first()).toBeVisible();
  await expect(drill.getByText(/^Pesan ini: Penipuan\.$/).first()).toBeHidden();
  await drill.locator('summary').first().click();
  await expect(drill.getByText(/^Pesan ini: Penipuan\.$/).first()).toBeVisible();
});
