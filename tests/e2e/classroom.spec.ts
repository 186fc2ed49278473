/**
 * npm run classroom on a trainer's laptop: phones on the class network open the site over plain
 * http at a LAN address. Chromium maps kelas.test to loopback (--host-resolver-rules), so the page
 * is an insecure context, as on http://192.168.x.x, and no traffic leaves this machine.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { CHROMIUM_ARGS, chromiumPath } from '../support/chromium';
import { expect, markDone, test } from './fixtures';

const PORT = 4481;
const ORIGIN = `http://kelas.test:${PORT}`;
let server: ChildProcess | undefined;
let printed = '';

test.describe.configure({ mode: 'serial' });
test.use({
  baseURL: ORIGIN,
  launchOptions: {
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP kelas.test 127.0.0.1'],
  },
});

test.beforeAll(async () => {
  server = spawn('node', ['scripts/classroom.mjs', '--port', String(PORT), '--host', '127.0.0.1'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  server.stdout!.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  await expect.poll(() => printed).toContain('Tekan Ctrl+C');
});
test.afterAll(() => void server?.kill());

test('the terminal shows the address, a QR code and what works over http', () => {
  expect(printed).toContain(`http://127.0.0.1:${PORT}/`);
  expect(printed).toMatch(/█▀▀▀▀▀█|██ ▄▄▄▄▄ █/);
  expect(printed).toContain(`Lembar untuk dicetak: http://127.0.0.1:${PORT}/kelas-lokal/`);
  expect(printed).toContain('✗ "Pasang aplikasi" dan "Simpan untuk offline"');
});

test('the printable sheet carries the address and its QR code', async ({ page }) => {
  await page.goto('/kelas-lokal/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Langkah Digital di kelas ini');
  await expect(page.getByRole('img', { name: `Kode QR ke http://127.0.0.1:${PORT}/` })).toBeVisible();
  await expect(page.getByText('kode pindah')).toBeVisible();
});

test('over plain http the site offers no install and no offline copy, and says why', async ({ page }) => {
  await page.goto('/');
  expect(await page.evaluate(() => isSecureContext)).toBe(false);
  await expect(page.getByText('Lewat alamat ini (http, tanpa https)')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Pasang aplikasi' })).toHaveCount(0);
  expect(await page.evaluate(() => 'serviceWorker' in navigator)).toBe(false);

  await page.goto('/jalur/aman-digital/');
  const pack = page.locator('[data-pack]');
  await expect(pack.getByText('Lewat alamat ini (http, tanpa https)')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Simpan untuk offline' })).toHaveCount(0);
});

test('lessons, the quiz and progress on the phone work over the class network', async ({ page }) => {
  await page.goto('/pelajaran/kode-otp-rahasia/');
  await markDone(page);
  await page.reload();
  await expect(page.locator('ld-lesson-status')).toHaveAttribute('data-status', 'completed');
  await page.goto('/kemajuan/');
  await expect(page.getByRole('link', { name: 'Kode OTP Itu Rahasia' })).toBeVisible();
});
