import { expect, test } from './fixtures';

test('the language switch keeps the reader on the same lesson, both ways', async ({ page }) => {
  await page.goto('/pelajaran/kode-otp-rahasia/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await page.getByRole('link', { name: 'English', exact: true }).click();

  await expect(page).toHaveURL('/en/pelajaran/kode-otp-rahasia/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Kode OTP Itu Rahasia');
  await expect(page.getByRole('region', { name: 'Check your understanding' })).toBeVisible();

  await page.getByRole('link', { name: 'Bahasa Indonesia', exact: true }).click();
  await expect(page).toHaveURL('/pelajaran/kode-otp-rahasia/');
});

test('an untranslated lesson on the English site says so and links to the Indonesian lesson', async ({ page }) => {
  await page.goto('/en/pelajaran/urus-kk-dan-akta-online/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'id');
  await expect(page.getByRole('note')).toContainText('This lesson is not in English yet');
  await page.getByRole('link', { name: 'Read it in Indonesian' }).click();
  await expect(page).toHaveURL('/pelajaran/urus-kk-dan-akta-online/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Urus KK dan Akta Kelahiran');
});

test('the English home page links to English paths and keeps Indonesian titles marked as Indonesian', async ({
  page,
}) => {
  await page.goto('/en/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Learn to use digital public services, step by step',
  );
  await page.getByRole('link', { name: 'Population services' }).click();
  await expect(page).toHaveURL('/en/jalur/layanan-kependudukan/');
  // A translated lesson is listed in English.
  await expect(page.getByRole('link', { name: 'Activate Your Digital ID Card (IKD)' })).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Urus KK dan Akta Kelahiran' }).locator('xpath=ancestor::*[@lang][1]'),
  ).toHaveAttribute('lang', 'id');
});
