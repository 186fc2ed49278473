import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

test.use({ javaScriptEnabled: false });

test('a lesson reads fully with JavaScript off, answers included', async ({ page }) => {
  await page.goto('/pelajaran/aktivasi-ktp-digital-ikd/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  const quiz = page.getByRole('region', { name: 'Uji pemahaman' });
  await quiz.getByText('Lihat jawaban').first().click();
  await expect(quiz.getByText(/^Jawaban benar:/).first()).toBeVisible();
});

test('a lesson page ships no JavaScript', () => {
  const html = readFileSync('dist/pelajaran/kode-otp-rahasia/index.html', 'utf8');
  expect(html).not.toMatch(/<script/i);
});
