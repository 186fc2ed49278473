/**
 * The notice at the foot of the screen while the worker saves the site for offline use:
 * "Menyimpan 1,2 MB agar bisa dibaca tanpa internet… Hentikan". The worker says how much is
 * left (src/sw/sw.ts); "Hentikan" asks it to stop after the shell. Loaded on demand by pwa.ts
 * at the first message worth showing, so pages carry none of this code.
 */
import type { SaveMessage } from '../../lib/offline/names';
import { formatBytes } from '../../lib/text/bytes';
import { fill } from '../../lib/text/fill';

type Words = Record<'saving' | 'saved' | 'stopped' | 'failed', string>;

function parts(notice: HTMLElement) {
  const get = <T extends HTMLElement>(selector: string) => notice.querySelector<T>(selector)!;
  return {
    words: JSON.parse(notice.dataset['text'] ?? '{}') as Words,
    text: get('[data-save-text]'),
    bar: notice.querySelector('progress')!,
    stop: get<HTMLButtonElement>('[data-save-stop]'),
    close: get<HTMLButtonElement>('[data-save-close]'),
    more: get('[data-save-more]'),
  };
}

let state: { notice: HTMLElement; p: ReturnType<typeof parts>; sender?: ServiceWorker; showing: boolean } | undefined;

function show(on: boolean): void {
  const { notice } = state!;
  notice.hidden = !on;
  // Nothing hides behind the notice: not a focused control (WCAG 2.4.11), nor the page's end.
  const room = on ? `${notice.offsetHeight + 8}px` : '';
  document.documentElement.style.scrollPaddingBlockEnd = room;
  document.body.style.paddingBlockEnd = room;
}

function finish(words: string, more: boolean): void {
  const { p } = state!;
  state!.showing = false;
  p.text.textContent = words;
  p.bar.hidden = p.stop.hidden = true;
  p.close.hidden = false;
  p.more.hidden = !more;
  show(true);
}

/** One message from the worker; pwa.ts passes only those worth a word. */
export function handle(event: MessageEvent<SaveMessage>): void {
  if (!state) {
    const notice = document.querySelector<HTMLElement>('[data-save-notice]');
    if (!notice) return;
    state = { notice, p: parts(notice), showing: false };
    state.p.stop.addEventListener('click', () => {
      state!.sender?.postMessage({ type: 'PRECACHE_STOP' });
      state!.p.stop.disabled = true;
    });
    state.p.close.addEventListener('click', () => show(false));
  }
  const { p } = state;
  const message = event.data;
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
    p.close.hidden = p.more.hidden = true;
    show(true);
  } else if (state.showing && message.type === 'SAVE_DONE') {
    finish(message.stopped ? p.words.stopped : p.words.saved, message.stopped);
  } else if (state.showing && message.type === 'SAVE_FAILED') {
    finish(p.words.failed, false);
  }
}
