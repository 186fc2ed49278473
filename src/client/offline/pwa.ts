import type { SaveMessage } from '../../lib/offline/names';
import { loadLazy } from '../lazy/load';
import type { handle } from './save-notice';

/** Smaller downloads (an update that changed a few files) pass without a word. */
const QUIET_BELOW = 100_000;

/**
 * On every page: registers the service worker once the page has loaded, shows what it saves, offers "Perbarui" when a new version
 * waits (never mixing versions), and shows when the phone is offline. The words are
 * in the page (BaseLayout); this only switches them on.
 */
export function setUpPwa(base: string): void {
  const offline = document.querySelector<HTMLElement>('[data-offline-badge]');
  const showNetwork = () => {
    if (offline) offline.hidden = navigator.onLine;
  };
  addEventListener('online', showNetwork);
  addEventListener('offline', showNetwork);
  showNetwork();

  if (!('serviceWorker' in navigator)) return;
  const banner = document.querySelector<HTMLElement>('[data-update-banner]');
  let reloading = false;
  const offer = (waiting: ServiceWorker) => {
    if (!banner || !navigator.serviceWorker.controller) return;
    banner.hidden = false;
    banner.querySelector('button')!.onclick = () => {
      reloading = true;
      waiting.postMessage({ type: 'SKIP_WAITING' });
    };
  };
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading) location.reload();
  });
  // The "Menyimpan 1,2 MB…" notice loads its code with the first message worth showing.
  let notice: Promise<{ handle: typeof handle }> | undefined;
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent<SaveMessage | null>) => {
    const type = event.data?.type;
    if (!type?.startsWith('SAVE_')) return;
    if (!notice && (event.data?.type !== 'SAVE_PROGRESS' || event.data.total < QUIET_BELOW)) return;
    notice ??= loadLazy<{ handle: typeof handle }>('save-notice');
    void notice.then((module) => module.handle(event as MessageEvent<SaveMessage>));
  });
  navigator.serviceWorker.startMessages();
  const register = () =>
    navigator.serviceWorker
      .register(`${base}sw.js`, { scope: base })
      .then((registration) => {
        if (registration.waiting) offer(registration.waiting);
        registration.addEventListener('updatefound', () => {
          const worker = registration.installing;
          worker?.addEventListener('statechange', () => {
            if (worker.state === 'installed') offer(worker);
          });
        });
      })
      .catch(() => {
        // No service worker (private mode, file://): the site still works online.
      });
  // After the page's own load: saving the site for offline use never competes with the page the learner opened.
  if (document.readyState === 'complete') void register();
  else addEventListener('load', () => void register(), { once: true });
}
