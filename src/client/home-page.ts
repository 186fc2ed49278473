/**
 * The home page's marks: lessons done per path come from the ids each path card carries
 * (progress-marks.ts), so the page never fetches the catalogue, whatever its size.
 */
import { markProgress } from './lesson/progress-marks';
import { cachedPaths, savedPack } from './offline/offline-tools';

markProgress();

// "Pasang aplikasi" where the browser offers it, short steps for iPhone Safari (which
// never does), and nothing once the site runs as an installed app.
const install = document.querySelector<HTMLElement>('[data-install]');
const installed =
  matchMedia('(display-mode: standalone)').matches || (navigator as Navigator & { standalone?: boolean }).standalone;
if (install && !isSecureContext) {
  // A classroom laptop's http://192.168.x.x: no worker, so no install and no offline copy. Say why.
  install.querySelector<HTMLElement>('[data-install-intro]')!.hidden = true;
  install.querySelector<HTMLElement>('[data-install-insecure]')!.hidden = false;
  install.hidden = false;
} else if (install && !installed) {
  addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    const offer = event as Event & { prompt(): Promise<void> };
    const button = install.querySelector<HTMLButtonElement>('[data-install-prompt] button')!;
    install.querySelector<HTMLElement>('[data-install-prompt]')!.hidden = false;
    install.hidden = false;
    button.onclick = () => void offer.prompt().finally(() => (install.hidden = true));
  });
  if (/iPhone|iPad|iPod/.test(navigator.userAgent)) {
    install.querySelector<HTMLElement>('[data-install-ios]')!.hidden = false;
    install.hidden = false;
  }
  addEventListener('appinstalled', () => (install.hidden = true));
}

// A path is marked "Tersedia offline" when every one of its lessons is saved on the phone.
// Read from the phone's own caches: the home page downloads nothing for it, however many lessons there are.
async function markOfflinePaths(): Promise<void> {
  const marks = document.querySelectorAll<HTMLElement>('[data-offline-path]');
  if (marks.length === 0) return;
  const cached = await cachedPaths();
  for (const mark of marks) {
    const urls = (await savedPack(mark.dataset['offlinePath']!))?.urls ?? [];
    mark.hidden = urls.length === 0 || !urls.every((url) => cached.has(url));
  }
}
void markOfflinePaths();
