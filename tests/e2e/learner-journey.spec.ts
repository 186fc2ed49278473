import { catalogue, expect, test } from './fixtures';

const { lessons, paths } = catalogue();
const safety = paths.find((path) => path.slug === 'aman-digital')!;
const [first, second] = safety.lessons.map((id) => lessons[id]!);

test('a learner goes from the home page to a path, a lesson and the next lesson', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Belajar urus layanan digital, langkah demi langkah',
  );

  await page.getByRole('link', { name: 'Aman digital' }).click();
  await expect(page).toHaveURL('/jalur/aman-digital/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aman digital');

  await page.getByRole('link', { name: 'Mulai dari pelajaran pertama' }).click();
  await expect(page).toHaveURL('/pelajaran/kode-otp-rahasia/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kode OTP Itu Rahasia');
  await expect(page.getByText(`Pelajaran 1 dari ${safety.lessons.length} di jalur Aman digital`)).toBeVisible();
  await expect(page.getByText(/^Terakhir diperiksa: \d{1,2} \w+ \d{4}$/)).toBeVisible();

  await page.getByRole('link', { name: /Berikutnya/ }).click();
  await expect(page).toHaveURL(`/pelajaran/${second!.slug}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(second!.title);
  await expect(page.getByText(`Pelajaran 2 dari ${safety.lessons.length} di jalur Aman digital`)).toBeVisible();
  await expect(page.getByRole('link', { name: /Sebelumnya/ })).toHaveAttribute('href', `/pelajaran/${first!.slug}/`);
});

test('the breadcrumb leads back to the path, and a service page lists its lessons', async ({ page }) => {
  await page.goto('/pelajaran/aktivasi-ktp-digital-ikd/');
  await page.getByRole('navigation', { name: 'Jalur' }).getByRole('link', { name: 'Layanan kependudukan' }).click();
  await expect(page).toHaveURL('/jalur/layanan-kependudukan/');

  await page.goto('/pelajaran/aktivasi-ktp-digital-ikd/');
  await page.getByRole('link', { name: 'Identitas Kependudukan Digital (IKD)' }).click();
  await expect(page).toHaveURL('/layanan/ikd/');
  await expect(page.getByText('web.dukcapil.kemendagri.go.id')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Aktivasi KTP Digital (IKD)' })).toBeVisible();
});

test('an unknown address shows the bilingual not-found page with status 404', async ({ page }) => {
  const response = await page.goto('/tidak-ada/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Halaman tidak ditemukan');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

test('the main menu reaches my progress and the glossary from any page', async ({ page }) => {
  await page.goto('/tentang/');
  const menu = page.getByRole('navigation', { name: 'Menu utama' });
  await menu.getByRole('link', { name: 'Kemajuan Saya' }).click();
  await expect(page).toHaveURL('/kemajuan/');
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Istilah' }).click();
  await expect(page).toHaveURL('/istilah/');
});
