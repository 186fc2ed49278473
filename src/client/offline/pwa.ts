import { FAILURE_SETTING, mayTryAgain } from '../../lib/offline/backoff';
import type { SaveMessage } from '../../lib/offline/names';
import { loadLazy } from '../lazy/load';
import { readSetting, writeSetting } from '../storage/settings';
import type { handle } from './save-notice';

/** Smaller downloads (an update that changed a few files) pass without a word. */
const QUIET_BELOW = 100_000;
/** While a page stays open, a new deploy is looked for when it comes back into view, at most this often. */
const CHECK_EVERY = 30 * 60_000;

/**
 * On every page: registers the service worker once the page has loaded, shows what it saves, offers "Perbarui" when a new version
 * waits (never mixing versions), looks for a new version when the page comes back into view, and shows
 * when the phone is offline. After a failed save (no room) it waits before trying again, instead of
 * downloading the same files on every page. The words are in the page (BaseLayout); this only switches them on.
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
    const worth = type === 'SAVE_FAILED' || (event.data?.type === 'SAVE_PROGRESS' && event.data.total >= QUIET_BELOW);
    if (!notice && !worth) return;
    notice ??= loadLazy<{ handle: typeof handle }>('save-notice');
    void notice.then((module) => module.handle(event as MessageEvent<SaveMessage>, register));
  });
  navigator.serviceWorker.startMessages();

  let checked = Date.now();
  const watch = (registration: ServiceWorkerRegistration) => {
    if (registration.waiting) offer(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed') offer(worker);
      });
    });
    // A deploy that lands while the page stays open (a lesson read for an hour) is found when it is looked at again.
    document.addEventListener('visibilitychange', () => {
      const due = Date.now() - checked >= CHECK_EVERY && mayTryAgain(readSetting(FAILURE_SETTING), Date.now());
      if (document.visibilityState !== 'visible' || !due || registration.installing) return;
      checked = Date.now();
      registration.update().catch(() => undefined);
    });
  };
  function register(): Promise<void> {
    return navigator.serviceWorker
      .register(`${base}sw.js`, { scope: base })
      .then(watch)
      .catch(() => {
        // No service worker (private mode, file://, plain http): the site still works online.
      });
  }
  // After the page's own load: saving the site for offline use never competes with the page the learner opened.
  const start = async () => {
    const existing = await navigator.serviceWorker.getRegistration(base).catch(() => undefined);
    // The notice recorded a failed save (save-notice.ts); a worker that is running since has saved.
    if (existing?.active && readSetting(FAILURE_SETTING)) writeSetting(FAILURE_SETTING, null);
    if (existing || mayTryAgain(readSetting(FAILURE_SETTING), Date.now())) await register();
  };
  if (document.readyState === 'complete') void start();
  else addEventListener('load', () => void start(), { once: true });
}
