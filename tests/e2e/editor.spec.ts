/**
 * The authors' editor (`npm run author`, Keystatic in local mode): a new lesson and an edited
 * step are saved to content/, the build turns them into pages, and a lesson the build would
 * refuse is refused in the editor first, in words the author can act on.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildFrom } from '../build/build-site';
import { serve } from '../support/static-server.mjs';
import {
  addItem,
  addQuestion,
  EDITOR_CONTENT,
  insertComponent,
  save,
  startEditor,
  type Editor,
} from '../support/editor';
import { expect, test } from '@playwright/test';

test.describe.configure({ mode: 'serial', timeout: 240_000 });

const today = new Date().toISOString().slice(0, 10);
const NEW_SLUG = 'latihan-menulis-pelajaran';
const lessonFile = (slug: string) => path.join(EDITOR_CONTENT, 'lessons', 'id', `${slug}.mdx`);
let editor: Editor;

test.beforeAll(async () => {
  editor = await startEditor();
});
test.afterAll(() => editor?.stop());

// The editor runs on this laptop alone: nothing it loads may come from elsewhere, or be blocked by its policy.
const left: string[] = [];
test.beforeEach(({ page }) => {
  page.on('request', (request) => {
    const { protocol, hostname } = new URL(request.url());
    if (protocol !== 'data:' && hostname !== '127.0.0.1') left.push(request.url());
  });
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) left.push(message.text());
  });
});
test.afterEach(() => expect(left.splice(0), 'requests that left the laptop or broke its policy').toEqual([]));

test('an author creates a lesson with steps, a quiz and an official source, and it is saved to content/', async ({
  page,
}) => {
  await page.goto(`${editor.origin}/keystatic/collection/lessons-id/create`);
  await page.getByLabel('Judul', { exact: true }).fill('Latihan Menulis Pelajaran');
  await expect(page.getByLabel('Nama file')).toHaveValue(NEW_SLUG);
  await page.getByLabel('Ringkasan').fill('Anda belajar menulis pelajaran. Anda juga tahu cara menyimpannya.');
  await page.getByRole('button', { name: /aman-digital/ }).click();
  await page.getByRole('option', { name: 'dasar-ponsel-internet' }).click();
  await addItem(page, page.getByRole('group', { name: 'Tujuan belajar' }), (dialog) =>
    dialog.getByLabel('Tujuan').fill('Anda bisa menulis dua langkah.'),
  );
  await addItem(page, page.getByRole('group', { name: 'Sumber' }), async (dialog) => {
    await dialog.getByLabel('Judul sumber').fill('Kementerian Komunikasi dan Digital');
    await dialog.getByLabel('Alamat (https://)').fill('https://komdigi.go.id/');
    await dialog.getByLabel('Tanggal Anda membaca sumber ini').fill(today);
  });
  await page.getByLabel('Tanggal semua fakta diperiksa').fill(today);
  const quiz = page.getByRole('group', { name: 'Kuis' });
  for (const [index, question] of [
    'Berapa langkah di pelajaran ini?',
    'Di mana langkah ditulis?',
    'Apa isi catatan pelatih?',
  ].entries())
    await addQuestion(page, quiz, {
      question,
      choices: [
        [`Jawaban benar ${index + 1}`, 'Benar. Itu yang tertulis di pelajaran.'],
        [`Jawaban salah ${index + 1}`, 'Belum tepat. Baca lagi pelajarannya.'],
      ],
      answer: `Jawaban benar ${index + 1}`,
    });

  const body = page.getByRole('textbox', { name: 'Isi pelajaran' });
  await body.click();
  await page.keyboard.type('Pelajaran ini punya dua langkah.');
  await page.keyboard.press('Enter');
  await insertComponent(page, 'Langkah-langkah');
  // Keystatic turns "1. " into a list a moment after the space: a person pauses there, so does the test.
  await page.keyboard.type('1. ');
  await expect(body.locator('ol')).toHaveCount(1);
  await page.keyboard.type('Buka aplikasi latihan.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Ketuk tombol Masuk.');
  // Enter on an empty item ends the list, and on an empty line ends the box.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
  await expect(body.locator('ol li')).toHaveText(['Buka aplikasi latihan.', 'Ketuk tombol Masuk.']);
  await insertComponent(page, 'Catatan pelatih');
  await page.keyboard.type('Minta peserta membaca langkahnya keras-keras.');

  await save(page, 'Create', () => existsSync(lessonFile(NEW_SLUG)));
  const saved = readFileSync(lessonFile(NEW_SLUG), 'utf8');
  expect(saved).toMatch(/^title: Latihan Menulis Pelajaran$/m);
  expect(saved).toMatch(/^path: dasar-ponsel-internet$/m);
  expect(saved).toMatch(/<Steps>\n\s+1\. Buka aplikasi latihan\.\n\s+2\. Ketuk tombol Masuk\.\n<\/Steps>/);

  // A lesson is found through its path: the author adds it there, last.
  await page.goto(`${editor.origin}/keystatic/collection/paths/item/dasar-ponsel-internet`);
  await addItem(page, page.getByRole('group', { name: 'Pelajaran, urut dari yang pertama' }), async (dialog) => {
    await dialog.getByRole('combobox', { name: 'Pelajaran' }).fill(NEW_SLUG);
    await page.getByRole('option', { name: NEW_SLUG }).click();
  });
  const pathFile = path.join(EDITOR_CONTENT, 'paths', 'dasar-ponsel-internet.yaml');
  await save(page, 'Save', () => readFileSync(pathFile, 'utf8').includes(`- ${NEW_SLUG}`));
});

test('an author changes a step of an existing lesson, and the file keeps the change', async ({ page }) => {
  const before = readFileSync(lessonFile('kode-otp-rahasia'), 'utf8');
  await page.goto(`${editor.origin}/keystatic/collection/lessons-id/item/kode-otp-rahasia`);
  const step = page
    .getByRole('textbox', { name: 'Isi pelajaran' })
    .getByText('Minta bank memblokir rekening atau kartu Anda.');
  await step.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Catat nama petugasnya.');
  await save(page, 'Save', () =>
    readFileSync(lessonFile('kode-otp-rahasia'), 'utf8').includes(
      'Minta bank memblokir rekening atau kartu Anda. Catat nama petugasnya.',
    ),
  );
  expect(before).not.toContain('Catat nama petugasnya.');
});

test('the build turns both into pages: the new lesson with its steps and quiz, the edited step', async ({ page }) => {
  const built = buildFrom(EDITOR_CONTENT);
  expect(built.status, built.output).toBe(0);
  const server = await serve({ root: built.outDir, port: 0 });
  const site = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  try {
    await page.goto(`${site}/pelajaran/${NEW_SLUG}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Latihan Menulis Pelajaran');
    const steps = page.locator('ld-steps li, .steps li');
    await expect(steps).toHaveCount(2);
    await expect(steps.nth(1)).toContainText('Ketuk tombol Masuk.');
    await expect(page.getByText('Berapa langkah di pelajaran ini?')).toBeVisible();
    await page.goto(`${site}/pelajaran/kode-otp-rahasia/`);
    await expect(page.getByText('Minta bank memblokir rekening atau kartu Anda. Catat nama petugasnya.')).toBeVisible();
  } finally {
    server.close();
  }
});

test('a quiz question with no answer is refused in the editor, with what to write, and nothing is saved', async ({
  page,
}) => {
  await page.goto(`${editor.origin}/keystatic/collection/lessons-id/create`);
  await page.getByLabel('Judul', { exact: true }).fill('Pelajaran Tanpa Jawaban');
  await page.getByRole('group', { name: 'Kuis' }).getByRole('button', { name: 'Add', exact: true }).click();
  const dialog = page.getByRole('dialog').first();
  await dialog.getByLabel('Pertanyaan').fill('Mana yang benar?');
  for (const text of ['Yang ini', 'Yang itu'])
    await addItem(page, dialog.getByRole('group', { name: 'Pilihan' }), async (choice) => {
      await choice.getByLabel('Pilihan', { exact: true }).fill(text);
      await choice.getByLabel('Penjelasan pilihan ini').fill('Baca lagi pelajarannya.');
    });
  // No answer: the question is not added, and the field says what to write.
  await dialog.getByRole('button', { name: 'Add', exact: true }).last().click();
  await expect(dialog.getByText('Tulis jawaban yang benar: salin teks pilihan yang benar.')).toBeVisible();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByText(/Isi "Ringkasan"/)).toBeVisible();
  expect(existsSync(lessonFile('pelajaran-tanpa-jawaban'))).toBe(false);
});
