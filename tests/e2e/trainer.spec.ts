import { readFileSync } from 'node:fs';
import { catalogue, expect, markDone, test } from './fixtures';

const { lessons, paths } = catalogue();
const OTP = '/pelajaran/kode-otp-rahasia/';
const SITES = '/pelajaran/kenali-situs-resmi-pemerintah/';
const title = (slug: string) => Object.values(lessons).find((lesson) => lesson.slug === slug)!.title;

/** A non-empty PDF whose pages are A4. */
function expectA4(pdf: Buffer): void {
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(5_000);
  const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString('latin1'));
  // 210 × 297 mm is 595 × 842 points.
  expect(Math.round(Number(box?.[1]))).toBe(595);
  expect(Math.round(Number(box?.[2]))).toBe(842);
}

test('a planned session opens with the same agenda in another browser, and prints on A4', async ({ page, browser }) => {
  await page.goto('/pelatih/sesi/');
  await page.getByLabel('Judul sesi').fill('Kelas Aman Digital');
  await page.getByLabel('Jam mulai').fill('08:30');
  await page.getByLabel('Jalur belajar').selectOption({ label: 'Dasar ponsel & internet' });
  await page.getByRole('button', { name: 'Tambah seluruh jalur' }).click();
  await page.getByRole('button', { name: 'Tambah istirahat 15 menit' }).click();
  await page.getByLabel('Pelajaran', { exact: true }).selectOption({ label: title('kode-otp-rahasia') });
  await page.getByRole('button', { name: 'Tambah pelajaran' }).click();

  const items = page.locator('.planner__item');
  const basics = paths.find((path) => path.slug === 'dasar-ponsel-internet')!.lessons.length;
  await expect(items).toHaveCount(basics + 2);
  // Reorder by keyboard: the OTP lesson moves up above the break, and focus stays on its button.
  const up = page.getByRole('button', { name: `Naikkan: ${title('kode-otp-rahasia')}` });
  await up.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: `Naikkan: ${title('kode-otp-rahasia')}` })).toBeFocused();
  await expect(items.nth(basics)).toContainText(title('kode-otp-rahasia'));
  await page.getByLabel(`Menit untuk ${title('kode-otp-rahasia')}`).fill('20');
  await page.getByLabel(`Menit untuk ${title('kode-otp-rahasia')}`).blur();
  await expect(items.first()).toContainText('08:30');

  const link = await page.getByLabel('Tautan agenda').inputValue();
  await expect(page.getByRole('img', { name: 'Kode QR agenda sesi' })).toBeVisible();
  const planned = (await items.locator('.planner__title').allTextContents()).map((text) => text.trim());
  const planTimes = await items.locator('.planner__time').allTextContents();

  // A learner's phone: a separate browser context with nothing in common but the link.
  const phone = await browser.newContext();
  const learner = await phone.newPage();
  expect(new URL(link).origin).toBe(new URL(page.url()).origin);
  await learner.goto(link);
  await expect(learner.locator('.agenda__title')).toHaveText('Kelas Aman Digital');
  const shown = learner.locator('.agenda__item');
  await expect(shown).toHaveCount(planned.length);
  for (const [index, name] of planned.entries()) {
    await expect(shown.nth(index)).toContainText(name);
    await expect(shown.nth(index)).toContainText(planTimes[index]!.split('–')[0]!);
  }
  await expect(shown.nth(basics)).toContainText('(20′)');
  await learner.emulateMedia({ media: 'print' });
  await expect(learner.getByRole('button', { name: 'Cetak agenda' })).toBeHidden();
  expectA4(await learner.pdf({ preferCSSPageSize: true }));
  await phone.close();
});

test('the presenter view walks a lesson by keyboard and clicker, with notes on request', async ({ page }) => {
  await page.goto('/pelatih/presentasi/');
  await page.getByLabel('Pilih pelajaran').selectOption({ label: title('kode-otp-rahasia') });
  await page.getByRole('button', { name: 'Mulai presentasi' }).click();
  const counter = page.locator('[data-counter]');
  await expect(counter).toHaveText(/^Layar 1 dari (\d+)$/);
  const total = Number((await counter.textContent())!.match(/dari (\d+)/)![1]);
  expect(total).toBeGreaterThan(8);
  await expect(page.locator('[data-slide] h1')).toHaveText(title('kode-otp-rahasia'));
  await expect(page.locator('.site-header')).toBeHidden();

  await page.keyboard.press('ArrowRight');
  await expect(counter).toHaveText(`Layar 2 dari ${total}`);
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(counter).toHaveText(`Layar 4 dari ${total}`);
  await page.keyboard.press('PageUp');
  await expect(counter).toHaveText(`Layar 3 dari ${total}`);
  await expect(page).toHaveURL(/\?pelajaran=kode-otp-rahasia#3$/);

  // Steps come one per screen.
  await page.keyboard.press('End');
  await expect(counter).toHaveText(`Layar ${total} dari ${total}`);
  await expect(page.locator('.presenter__kicker')).toHaveText(/^Kuis \d dari \d$/);
  for (let i = 0; i < total; i++) {
    if ((await page.locator('.presenter__kicker').allTextContents()).join().includes('Langkah 1 dari')) break;
    await page.keyboard.press('ArrowLeft');
  }
  await expect(page.locator('.presenter__step .presenter__number')).toHaveText('1');

  // Trainer notes stay hidden until asked for.
  await page.keyboard.press('Home');
  for (let i = 0; i < total && (await page.locator('[data-notes-toggle]').isDisabled()); i++) {
    await page.keyboard.press('ArrowRight');
  }
  await expect(page.locator('[data-notes]')).toBeHidden();
  await page.keyboard.press('n');
  await expect(page.locator('[data-notes] .trainer-note').first()).toBeVisible();

  // A reload keeps the place: the address carries the lesson and the screen.
  const at = await counter.textContent();
  await page.reload();
  await expect(counter).toHaveText(at!);
});

test('each slide fits its 16:9 frame on a 1280 × 720 projector, and ?pelajaran= opens that lesson', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/pelatih/presentasi/?pelajaran=kode-otp-rahasia');
  const counter = page.locator('[data-counter]');
  await expect(counter).toHaveText(/^Layar 1 dari (\d+)$/);
  const total = Number((await counter.textContent())!.match(/dari (\d+)/)![1]);
  await expect(page.locator('[data-lesson-title]')).toHaveText(title('kode-otp-rahasia'));
  const frame = page.locator('[data-frame]');
  const box = (await frame.boundingBox())!;
  expect(box.width / box.height).toBeCloseTo(16 / 9, 1);
  let steps = 0;
  for (let n = 1; n <= total; n++) {
    await expect(counter).toHaveText(`Layar ${n} dari ${total}`);
    // Every element the slide shows, the step number included, lies inside the frame; a slide too
    // long for it scrolls inside the frame instead of spilling out.
    const outside = await frame.evaluate((root) => {
      const edge = root.getBoundingClientRect();
      const slide = root.querySelector('[data-slide]')!;
      const clip = slide.getBoundingClientRect();
      return [...root.querySelectorAll('*')]
        .filter((node) => node.checkVisibility())
        .filter((node) => {
          const rect = node.getBoundingClientRect();
          if (rect.width === 0 || rect.height === 0) return false;
          // Scrolled out of view inside the slide is inside the frame.
          if (slide.contains(node) && node !== slide && (rect.top >= clip.bottom || rect.bottom <= clip.top))
            return false;
          return (
            rect.left < edge.left - 1 ||
            rect.right > edge.right + 1 ||
            rect.top < edge.top - 1 ||
            rect.bottom > edge.bottom + 1
          );
        })
        .map((node) => `${node.tagName}.${node.className}`);
    });
    expect(outside, `slide ${n}`).toEqual([]);
    if (await page.locator('.presenter__number').count()) {
      steps += 1;
      await expect(page.locator('.presenter__kicker')).toContainText(/· Langkah \d+ dari \d+$/);
    }
    await page.keyboard.press('ArrowRight');
  }
  expect(steps).toBeGreaterThan(3);

  await page.goto('/pelatih/presentasi/?pelajaran=pakai-mobile-jkn');
  await expect(page.locator('[data-slide] h1')).toHaveText(title('pakai-mobile-jkn'));

  // The picker looks like every other control: a 2px frame, 44px tall, lessons grouped by path.
  await page.goto('/pelatih/presentasi/');
  const picker = page.getByLabel('Pilih pelajaran');
  await expect(picker.locator('optgroup')).not.toHaveCount(0);
  const look = await picker.evaluate((select) => {
    const style = getComputedStyle(select);
    return { border: style.borderTopWidth, height: select.getBoundingClientRect().height };
  });
  expect(look.border).toBe('2px');
  expect(look.height).toBeGreaterThanOrEqual(44);
});

test('a lesson prints as an A4 handout with its QR code, links written out and room for notes', async ({ page }) => {
  await page.goto(OTP);
  await page.evaluate(() => (window.print = () => document.body.setAttribute('data-printed', '')));
  await page.getByRole('button', { name: 'Cetak handout' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', '');
  expect(await page.locator('.handout img').evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(
    0,
  );
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.handout')).toBeVisible();
  await expect(page.locator('.handout')).toContainText(/https:\/\/\S+\/pelajaran\/kode-otp-rahasia\//);
  await expect(page.locator('.lesson .quiz-section')).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
  const written = await page
    .locator('.prose a[href^="https://iasc.ojk.go.id"]')
    .first()
    .evaluate((link) => getComputedStyle(link, '::after').content);
  expect(written).toContain('iasc.ojk.go.id');
  expectA4(await page.pdf({ preferCSSPageSize: true }));
});

test('a trainer reads two completed lessons from a learner code, catches a typo and exports CSV', async ({
  page,
  browser,
}) => {
  // The learner, on their own phone.
  const phone = await browser.newContext();
  const learner = await phone.newPage();
  for (const lesson of [OTP, SITES]) {
    await learner.goto(lesson);
    await markDone(learner);
  }
  await learner.goto('/kemajuan/');
  await learner.getByLabel('Nama atau inisial (boleh dikosongkan)').fill('Siti Rahma');
  const code = (await learner.locator('[data-completion-code]').textContent())!.trim();
  await learner.getByRole('button', { name: 'Tampilkan kode QR untuk pelatih' }).click();
  await expect(learner.getByRole('img', { name: new RegExp(code) })).toBeVisible();
  await learner.getByRole('button', { name: 'Tampilkan kode', exact: true }).click();
  const transfer = (await learner.locator('[data-transfer-code]').textContent())!.trim();
  await phone.close();

  // The trainer, on theirs.
  await page.goto('/pelatih/kelas/');
  await page.getByRole('button', { name: 'Buat kelas' }).click();
  await expect(page.getByRole('alert')).toContainText('Tulis nama kelas');
  await page.getByLabel('Nama kelas').fill('Kelas Sangatta; Selasa');
  await page.getByLabel('Tempat').fill('Balai desa');
  await page.getByRole('button', { name: 'Buat kelas' }).click();
  await expect(page.getByRole('heading', { name: 'Kelas Sangatta; Selasa' })).toBeVisible();

  const typo = code.slice(0, 2) + (code[2] === '7' ? '8' : '7') + code.slice(3);
  await page.getByLabel('Kode selesai').fill(typo);
  await page.getByRole('button', { name: 'Tambah peserta' }).click();
  await expect(page.getByRole('alert')).toContainText('Kode ini tidak cocok');
  await expect(page.getByLabel('Kode selesai')).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Kode selesai').fill(code.toLowerCase().replace(/-/g, ' '));
  await page.getByRole('button', { name: 'Tambah peserta' }).click();
  const row = page.getByRole('row', { name: /SR/ });
  await expect(row).toContainText('2');
  await expect(page.getByRole('columnheader', { name: title('kode-otp-rahasia') })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: title('kenali-situs-resmi-pemerintah') })).toBeVisible();

  // The same learner again keeps one row, the newest.
  await page.getByLabel('Kode selesai').fill(code);
  await page.getByRole('button', { name: 'Tambah peserta' }).click();
  await expect(page.getByText('Kode lama diganti')).toBeVisible();
  await expect(page.locator('.roster__table tbody tr')).toHaveCount(1);

  // The learner's transfer code is named for what it is, and replaces no one.
  await page.getByLabel('Kode selesai').fill(transfer);
  await page.getByRole('button', { name: 'Tambah peserta' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Ini kode pindah, bukan kode selesai. Minta kode selesai dari halaman Kemajuan Saya.',
  );
  await expect(page.locator('.roster__table tbody tr')).toHaveCount(1);
  await expect(row).toContainText('Tidak ada di kode');
  await expect(page.getByText(/Pelajaran selesai dilaporkan oleh peserta sendiri/)).toBeVisible();

  // Kept on this device.
  await page.reload();
  await page.getByRole('button', { name: 'Kelas Sangatta; Selasa' }).click();
  await expect(page.locator('.roster__table tbody tr')).toHaveCount(1);

  await page.getByLabel('Pemisah kolom CSV').selectOption(',');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Unduh CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('kelas-sangatta-selasa.csv');
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const rows = csv.slice(1).trimEnd().split('\r\n');
  expect(rows).toHaveLength(2);
  const ids = Object.entries(lessons);
  const otpId = ids.find(([, lesson]) => lesson.slug === 'kode-otp-rahasia')![0];
  const sitesId = ids.find(([, lesson]) => lesson.slug === 'kenali-situs-resmi-pemerintah')![0];
  // Every cell quoted, so a spreadsheet that splits on ";" still sees one text per cell.
  expect(rows[0]).toBe(
    ['Nama', 'Inisial', 'Kode selesai', 'Ditambahkan', 'Jumlah selesai', 'Pelajaran tidak dikenal']
      .concat('Nilai kuis rata-rata')
      .concat([otpId, sitesId].sort((a, b) => Number(a) - Number(b)).map((id) => `${id} ${lessons[id]!.title}`))
      .map((cell) => `"${cell}"`)
      .join(','),
  );
  expect(rows[1]).toMatch(
    new RegExp(`^"SR","SR","${code.replace(/-/g, '')}","\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d","2","0","","1","1"$`),
  );

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Hapus kelas ini' }).click();
  await expect(page.getByText('Belum ada kelas.')).toBeVisible();
});
