import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, hydrateAll, test } from './fixtures';

const IKD = '/pelajaran/aktivasi-ktp-digital-ikd/';
const OTP = '/pelajaran/kode-otp-rahasia/';

/** Moves keyboard focus forward until `target` has it, as a keyboard user would. */
async function tabTo(page: Page, target: ReturnType<Page['locator']>, limit = 200) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('could not reach the element with Tab');
}

test('steps can be ticked by keyboard and stay ticked after a reload', async ({ page }) => {
  await page.goto(IKD);
  const steps = page.locator('ld-steps.is-enhanced').first();
  const first = steps.getByRole('checkbox').first();
  await tabTo(page, first);
  await page.keyboard.press('Space');
  await expect(first).toBeChecked();
  const total = await steps.getByRole('checkbox').count();
  await expect(steps.locator('.steps-status')).toHaveText(`1 dari ${total} langkah sudah ditandai selesai.`);

  await page.reload();
  await expect(page.locator('ld-steps.is-enhanced').first().getByRole('checkbox').first()).toBeChecked();
});

test('the quiz explains a wrong answer, then accepts the right one, all by keyboard', async ({ page }) => {
  await page.goto(OTP);
  const quiz = page.locator('.quiz-section');
  await quiz.scrollIntoViewIfNeeded();
  const first = quiz.locator('fieldset').first();
  const wrong = first.getByRole('radio').first();
  await tabTo(page, wrong);
  await page.keyboard.press('Space');
  await tabTo(page, first.getByRole('button', { name: 'Periksa jawaban' }));
  await page.keyboard.press('Enter');
  await expect(first.getByRole('status')).toHaveText(/^Belum tepat\. .+/);

  await tabTo(page, first.getByRole('button', { name: 'Coba lagi' }));
  await page.keyboard.press('Enter');
  const rightLabel = await first.locator('.quiz-choice').filter({ hasText: 'Tidak ada' }).locator('label').innerText();
  await tabTo(page, first.getByRole('radio').first());
  // Arrow keys move through a radio group until the right choice is selected.
  for (let i = 0; i < 6 && !(await first.getByLabel(rightLabel).isChecked()); i++)
    await page.keyboard.press('ArrowDown');
  await tabTo(page, first.getByRole('button', { name: 'Periksa jawaban' }));
  await page.keyboard.press('Enter');
  await expect(first.getByRole('status')).toHaveText(/^Benar\. .+/);
  // The lesson's feedback already opens with "Benar.": the page does not say it twice.
  await expect(first.getByRole('status')).not.toHaveText(/^Benar\. Benar\./);
});

test('the simulator rejects a 15-digit NIK, then reaches success once it is corrected', async ({ page }) => {
  await page.goto(IKD);
  await page.locator('.exercise').first().scrollIntoViewIfNeeded();
  const sim = page.locator('.sim');
  const nik = sim.getByLabel('NIK', { exact: true });
  await tabTo(page, nik);
  await page.keyboard.type('990000010190000');
  await page.keyboard.press('Tab');
  await page.keyboard.type('sari@example.com');
  await page.keyboard.press('Tab');
  await page.keyboard.type('081200001111');
  await page.keyboard.press('Enter');
  await expect(sim.getByRole('alert')).toContainText('NIK harus 16 angka. Anda mengetik 15 angka.');
  await expect(sim.getByRole('alert')).toBeFocused();
  await expect(nik).toHaveAttribute('aria-invalid', 'true');

  await nik.focus();
  await page.keyboard.press('End');
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  await expect(sim.getByRole('heading', { level: 3 })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  // Each new screen moves focus to its heading; from there the learner tabs on.
  await expect(sim.getByRole('heading', { name: 'Ke petugas' })).toBeFocused();
  await tabTo(page, sim.getByRole('button', { name: 'Petugas sudah memindai' }));
  await page.keyboard.press('Enter');
  await expect(sim.getByRole('heading', { level: 3 })).toBeFocused();
  await tabTo(page, sim.getByLabel('Kode aktivasi'));
  await page.keyboard.type('123456');
  await page.keyboard.press('Tab');
  await page.keyboard.type('739164');
  await page.keyboard.press('Enter');
  await expect(sim.getByRole('heading', { name: 'Berhasil!' })).toBeFocused();
});

test('every message of the scam drill can be judged by keyboard, with a score at the end', async ({ page }) => {
  await page.goto(OTP);
  await page.locator('.exercise').first().scrollIntoViewIfNeeded();
  const drill = page.locator('.drill');
  const total = Number((await drill.locator('.drill-progress').innerText()).match(/dari (\d+)/)![1]);
  for (let i = 1; i <= total; i++) {
    await expect(drill.locator('.drill-progress')).toHaveText(`Pesan ${i} dari ${total}`);
    await tabTo(page, drill.getByRole('button', { name: 'Penipuan' }));
    await page.keyboard.press('Enter');
    await expect(drill.locator('.drill-feedback')).toContainText(/Pesan ini: (Penipuan|Aman)\./);
    await tabTo(page, drill.getByRole('button', { name: 'Pesan berikutnya' }));
    await page.keyboard.press('Enter');
  }
  await expect(drill.getByRole('status')).toHaveText(new RegExp(`^Anda menilai benar \\d+ dari ${total} pesan\\.$`));
});

test('a glossary term opens its definition by keyboard and closes with Escape', async ({ page }) => {
  await page.goto(IKD);
  const term = page.locator('button.term').first();
  await tabTo(page, term);
  await expect(term).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Enter');
  const pop = page.locator(`#${await term.getAttribute('aria-controls')}`);
  await expect(pop).toBeVisible();
  await expect(term).toHaveAttribute('aria-expanded', 'true');
  await expect(pop.getByRole('link', { name: 'Lihat daftar istilah' })).toHaveAttribute('href', /^\/istilah\/#/);
  await page.keyboard.press('Escape');
  await expect(pop).toBeHidden();
});

test('read-aloud starts, highlights what it reads, and stops', async ({ page }) => {
  // Headless Chromium has no voices, so a stand-in records what would be spoken.
  await page.addInitScript(() => {
    const spoken: string[] = [];
    (window as unknown as { spoken: string[] }).spoken = spoken;
    const fake = {
      speak(utterance: SpeechSynthesisUtterance) {
        spoken.push(utterance.text);
        setTimeout(() => utterance.onstart?.(new Event('start') as SpeechSynthesisEvent), 10);
      },
      cancel() {},
      pause() {},
      resume() {},
      getVoices: () => [],
    };
    Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
  });
  await page.goto(IKD);
  const panel = page.locator('[data-read-aloud]');
  await expect(panel).toBeVisible();
  await tabTo(page, panel.getByRole('button', { name: 'Dengarkan pelajaran' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('h1.is-reading')).toBeVisible();
  const spoken = await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
  // Abbreviations are spoken the way people say them.
  expect(spoken[0]).toBe('Aktivasi ka te pe Digital (i ka de)');
  await expect(panel.getByRole('status')).toHaveText('Membacakan pelajaran.');
  await panel.getByRole('button', { name: 'Berhenti' }).press('Enter');
  await expect(page.locator('.is-reading')).toHaveCount(0);
  await expect(panel.getByRole('status')).toHaveText('Pembacaan berhenti.');
});

test('read-aloud is hidden where the browser cannot speak', async ({ page }) => {
  await page.addInitScript(() => {
    delete (window as { speechSynthesis?: unknown }).speechSynthesis;
    delete (Window.prototype as { speechSynthesis?: unknown }).speechSynthesis;
  });
  await page.goto(IKD);
  await expect(page.locator('[data-read-aloud]')).toBeHidden();
});

test('trainer notes are hidden from learners and shown in trainer mode until it is turned off', async ({ page }) => {
  await page.goto(IKD);
  await expect(page.locator('.trainer-note').first()).toBeHidden();
  await page.goto(`${IKD}?pelatih=1`);
  await expect(page.locator('.trainer-note').first()).toBeVisible();
  await page.goto(OTP);
  await expect(page.locator('.trainer-note').first()).toBeVisible();
  await page.goto(`${OTP}?pelatih=0`);
  await expect(page.locator('.trainer-note').first()).toBeHidden();
});

for (const path of [IKD, OTP, '/pelajaran/kenali-situs-resmi-pemerintah/', '/en/pelajaran/kode-otp-rahasia/']) {
  test(`axe finds no WCAG 2.2 AA problem on ${path} with its components in use`, async ({ page }) => {
    await page.goto(`${path}?pelatih=1`);
    // Bring all practice to life and open its feedback, so axe sees the interactive states too:
    // a checked answer, a judged message, a simulator screen with its error summary.
    await hydrateAll(page);
    await page.locator('.quiz-question').first().getByRole('radio').first().check();
    await page
      .locator('.quiz-question')
      .first()
      .getByRole('button', { name: /Periksa|Check/ })
      .click();
    for (const drill of await page.locator('ld-drill').all())
      await drill.getByRole('button', { name: /^(Penipuan|Scam)$/ }).click();
    for (const sim of await page.locator('ld-sim').all()) {
      await sim.locator('form:visible button[type="submit"]').click();
      await expect(sim.getByRole('alert')).toBeVisible();
    }
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(
      results.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' | ')}`,
      ),
    ).toEqual([]);
  });
}
