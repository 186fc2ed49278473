/**
 * The notice at the foot of the screen while the worker saves the site for offline use:
 * "Menyimpan 1,2 MB agar bisa dibaca tanpa internet… Hentikan". The worker says how much is
 * left (src/sw/sw.ts); "Hentikan" asks it to stop after the shell. Small downloads (an update
 * that changed a few files) pass without a word.
 */
import type { SaveMessage } from '../../lib/offline/names';
import { formatBytes } from '../../lib/text/bytes';
import { fill } from '../../lib/text/fill';

const QUIET_BELOW = 100_000;
type Words = Record<'saving' | 'saved' | 'stopped' | 'failed', string>;

export function setUpSaveNotice(): void {
  const notice = document.querySelector<HTMLElement>('[data-save-notice]');
  if (!notice || !('serviceWorker' in navigator)) return;
  const words = JSON.parse(notice.dataset['text'] ?? '{}') as Words;
  const text = notice.querySelector<HTMLElement>('[data-save-text]')!;
  const bar = notice.querySelector('progress')!;
  const stop = notice.querySelector<HTMLButtonElement>('[data-save-stop]')!;
  const close = notice.querySelector<HTMLButtonElement>('[data-save-close]')!;
  const offlineLink = notice.querySelector<HTMLElement>('[data-save-more]')!;
  let sender: ServiceWorker | undefined;
  let showing = false;

  const show = (on: boolean) => {
    notice.hidden = !on;
    // Nothing hides behind the notice: not a focused control (WCAG 2.4.11), nor the page's end.
    const room = on ? `${notice.offsetHeight + 8}px` : '';
    document.documentElement.style.scrollPaddingBlockEnd = room;
    document.body.style.paddingBlockEnd = room;
  };
  const finish = (words: string, more: boolean) => {
    text.textContent = words;
    bar.hidden = true;
    stop.hidden = true;
    close.hidden = false;
    offlineLink.hidden = !more;
    show(true);
  };

  navigator.serviceWorker.addEventListener('message', (event: MessageEvent<SaveMessage>) => {
    const message = event.data;
    if (message?.type === 'SAVE_PROGRESS') {
      if (!showing && message.total < QUIET_BELOW) return;
      sender = event.source instanceof ServiceWorker ? event.source : undefined;
      if (!showing) {
        text.textContent = fill(words.saving, { size: formatBytes(message.total, document.documentElement.lang) });
        stop.disabled = false;
      }
      showing = true;
      bar.max = message.total;
      bar.value = message.done;
      bar.hidden = stop.hidden = false;
      close.hidden = offlineLink.hidden = true;
      show(true);
    } else if (showing && message?.type === 'SAVE_DONE') {
      showing = false;
      finish(message.stopped ? words.stopped : words.saved, message.stopped);
    } else if (showing && message?.type === 'SAVE_FAILED') {
      showing = false;
      finish(words.failed, false);
    }
  });
  navigator.serviceWorker.startMessages();
  stop.addEventListener('click', () => {
    sender?.postMessage({ type: 'PRECACHE_STOP' });
    stop.disabled = true;
  });
  close.addEventListener('click', () => show(false));
}
