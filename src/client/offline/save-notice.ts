/**
 * The notice at the foot of the screen while the worker saves the site for offline use:
 * "Menyimpan 1,2 MB agar bisa dibaca tanpa internet… Hentikan". The worker says how much is
 * left (src/sw/sw.ts); "Hentikan" asks it to stop after the shell. Loaded on demand by pwa.ts
 * at the first message worth showing, so pages carry none of this code.
 */
import type { SaveMessage } from '../../lib/offline/names';
import { FAILURE_SETTING, recordFailure } from '../../lib/offline/backoff';
import { formatBytes } from '../../lib/text/bytes';
import { fill } from '../../lib/text/fill';
import { readSetting, writeSetting } from '../storage/settings';
import { writeSaver } from './offline-tools';

import strings from 'langkah:save-notice-strings';
import { el } from '../dom';
import type { SaveNoticeStrings } from './save-notice-strings';

function parts(notice: HTMLElement) {
  const get = <T extends HTMLElement>(selector: string) => notice.querySelector<T>(selector)!;
  return {
    words: (strings[document.documentElement.lang] ?? strings['id']) as SaveNoticeStrings,
    text: get('[data-save-text]'),
    bar: notice.querySelector('progress')!,
    stop: get<HTMLButtonElement>('[data-save-stop]'),
    close: get<HTMLButtonElement>('[data-save-close]'),
    core: coreButton(notice),
    more: get('[data-save-more]'),
  };
}

let state:
  | { notice: HTMLElement; p: ReturnType<typeof parts>; sender?: ServiceWorker; showing: boolean; retry: () => unknown }
  | undefined;

/** "Simpan bagian inti saja", made here: only a phone without room for the whole site ever sees it. */
function coreButton(notice: HTMLElement): HTMLButtonElement {
  const words = (strings[document.documentElement.lang] ?? strings['id'])!;
  const button = el('button', { type: 'button', class: 'button', hidden: '' }, words['saveCore']!);
  notice.querySelector('[data-save-close]')!.before(button);
  return button;
}

function show(on: boolean): void {
  const { notice } = state!;
  notice.hidden = !on;
  // Nothing hides behind the notice: not a focused control (WCAG 2.4.11), nor the page's end.
  const room = on ? `${notice.offsetHeight + 8}px` : '';
  document.documentElement.style.scrollPaddingBlockEnd = room;
  document.body.style.paddingBlockEnd = room;
}

function finish(words: string, more: boolean, core = false): void {
  const { p } = state!;
  state!.showing = false;
  p.text.textContent = words;
  p.bar.hidden = p.stop.hidden = true;
  p.close.hidden = false;
  p.more.hidden = !more;
  p.core.hidden = !core;
  show(true);
}

/**
 * One message from the worker; pwa.ts passes only those worth a word, and `retry`, which registers
 * the worker again: "Simpan bagian inti saja" turns "Hemat kuota" on and tries at once with the shell.
 */
export function handle(event: MessageEvent<SaveMessage>, retry: () => unknown): void {
  if (!state) {
    const notice = document.querySelector<HTMLElement>('[data-save-notice]');
    if (!notice) return;
    state = { notice, p: parts(notice), showing: false, retry };
    state.p.core.addEventListener('click', async () => {
      state!.p.core.disabled = true;
      await writeSaver(import.meta.env.BASE_URL, true);
      writeSetting(FAILURE_SETTING, null);
      show(false);
      await state!.retry();
      state!.p.core.disabled = false;
    });
    state.p.stop.addEventListener('click', () => {
      state!.sender?.postMessage({ type: 'PRECACHE_STOP' });
      state!.p.stop.disabled = true;
    });
    state.p.close.addEventListener('click', () => show(false));
  }
  const { p } = state;
  const message = event.data;
  // Remembered, so that pages wait before trying again (pwa.ts) instead of downloading it all on every view.
  if (message.type === 'SAVE_FAILED')
    writeSetting(FAILURE_SETTING, recordFailure(readSetting(FAILURE_SETTING), Date.now()));
  if (message.type === 'SAVE_PROGRESS') {
    if (event.source instanceof ServiceWorker) state.sender = event.source;
    if (!state.showing) {
      p.text.textContent = fill(p.words.saving, { size: formatBytes(message.total, document.documentElement.lang) });
      p.stop.disabled = false;
    }
    state.showing = true;
    p.bar.max = message.total;
    p.bar.value = message.done;
    p.bar.hidden = p.stop.hidden = false;
    p.close.hidden = p.more.hidden = p.core.hidden = true;
    show(true);
  } else if (state.showing && message.type === 'SAVE_DONE') {
    finish(message.stopped ? p.words.stopped : p.words.saved, message.stopped);
  } else if (message.type === 'SAVE_FAILED' && message.reason === 'quota') {
    // Told even when the download was too small to show: nothing is saved, and the learner should know why.
    finish(fill(p.words.noRoom, { size: formatBytes(message.total, document.documentElement.lang) }), false, true);
  } else if (state.showing && message.type === 'SAVE_FAILED') {
    finish(p.words.saveFailed, false);
  }
}
