/**
 * The authors' editor for browser tests: `npm run author` on a copy of content/ inside the
 * project (Keystatic writes only under the project folder), and the moves an author makes in it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

export const EDITOR_CONTENT = path.join('.author-test', 'content');

export interface Editor {
  origin: string;
  stop(): void;
}

/**
 * Keystatic lists no file that a .gitignore names, so the copy is kept out of git through
 * .git/info/exclude instead, which Keystatic does not read.
 */
function excludeFromGit(dir: string): void {
  const exclude = path.join('.git', 'info', 'exclude');
  if (!existsSync(path.dirname(exclude))) return;
  if (!existsSync(exclude) || !readFileSync(exclude, 'utf8').split('\n').includes(`/${dir}/`))
    appendFileSync(exclude, `\n/${dir}/\n`);
}

/** A port no one is using now, so two test runs on one machine never share an editor. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export async function startEditor(): Promise<Editor> {
  const port = await freePort();
  rmSync('.author-test', { recursive: true, force: true });
  excludeFromGit('.author-test');
  cpSync('content', EDITOR_CONTENT, { recursive: true });
  const cache = mkdtempSync(path.join(tmpdir(), 'langkah-author-cache-'));
  const child: ChildProcess = spawn(process.execPath, ['scripts/author.mjs', '--port', String(port)], {
    env: {
      ...process.env,
      LANGKAH_CONTENT_DIR: EDITOR_CONTENT,
      LANGKAH_CACHE_DIR: cache,
      NO_COLOR: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let log = '';
  child.stdout?.on('data', (chunk) => (log += chunk));
  child.stderr?.on('data', (chunk) => (log += chunk));
  const origin = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    rmSync('.author-test', { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  };
  for (let tries = 0; tries < 240; tries++) {
    if (child.exitCode !== null) throw new Error(`npm run author stopped:\n${log}`);
    const ready = await fetch(`${origin}/keystatic/`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return { origin, stop };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stop();
  throw new Error(`npm run author did not answer within 120 s:\n${log}`);
}

/** Adds an item to a list field through its dialog: `fill` fills the dialog's fields. */
export async function addItem(page: Page, list: Locator, fill: (dialog: Locator) => Promise<void>): Promise<void> {
  const before = await page.getByRole('dialog').count();
  await list.getByRole('button', { name: 'Add', exact: true }).click();
  const dialog = page.getByRole('dialog').nth(before);
  await fill(dialog);
  await dialog.getByRole('button', { name: 'Add', exact: true }).last().click();
  // The next dialog is counted from here: wait until this one has gone.
  await expect(page.getByRole('dialog')).toHaveCount(before);
}

/** A quiz question with its choices, each with the reason it is right or wrong. */
export async function addQuestion(
  page: Page,
  list: Locator,
  question: { question: string; choices: [string, string][]; answer: string },
): Promise<void> {
  await addItem(page, list, async (dialog) => {
    await dialog.getByLabel('Pertanyaan').fill(question.question);
    for (const [text, feedback] of question.choices) {
      await addItem(page, dialog.getByRole('group', { name: 'Pilihan' }), async (choice) => {
        await choice.getByLabel('Pilihan', { exact: true }).fill(text);
        await choice.getByLabel('Penjelasan pilihan ini').fill(feedback);
      });
    }
    await dialog.getByLabel('Jawaban yang benar').fill(question.answer);
  });
}

/** Inserts a body component from the editor's "/" menu at the cursor. */
export async function insertComponent(page: Page, label: string): Promise<void> {
  await page.keyboard.type('/');
  await expect(page.getByRole('option').first()).toBeVisible();
  // The menu filters by what is typed after "/" and closes at a space: type the first word.
  await page.keyboard.type(label.split(' ')[0]!);
  await page.getByRole('option', { name: new RegExp(`^${label}`) }).click();
  // Typing goes on only once the cursor is back in the body, inside the new component.
  await expect(page.getByRole('listbox')).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('contenteditable'))).toBe('true');
}

/**
 * Saves with the button named `button`, then waits until `saved` holds for the file and the
 * editor has reloaded and settled. Astro's dev server reloads every open page once or twice
 * after a content file changes; Keystatic keeps unsaved edits as a draft in IndexedDB, so an
 * author loses nothing, but the next step must not start inside a reload.
 */
export async function save(page: Page, button: string, saved: () => boolean): Promise<void> {
  let loads = 0;
  let lastLoad = 0;
  const onLoad = () => {
    loads++;
    lastLoad = Date.now();
  };
  page.on('load', onLoad);
  try {
    await page.getByRole('button', { name: button, exact: true }).click();
    await expect.poll(saved, { timeout: 30_000 }).toBe(true);
    await expect
      .poll(() => loads > 0 && Date.now() - lastLoad > 2_000, { timeout: 60_000, message: 'the editor reloads once' })
      .toBe(true);
  } finally {
    page.off('load', onLoad);
  }
}
