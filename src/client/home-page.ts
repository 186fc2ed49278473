/**
 * The home page's marks, plus lessons done per path. Only the home page needs the
 * catalogue for that, and it fetches it only for a learner who has progress.
 */
import type { CatalogueData } from '../lib/progress/catalogue';
import { summarisePaths } from '../lib/progress/catalogue';
import type { Progress } from '../lib/progress/model';
import { count, markProgress } from './progress-marks';
import { getProgress, subscribe } from './progress-store';
import { isCached } from './offline-tools';

async function markPaths(progress: Progress): Promise<void> {
  const marks = document.querySelectorAll<HTMLElement>('[data-progress-path]');
  if (marks.length === 0 || Object.keys(progress.lessons).length === 0) return;
  try {
    const response = await fetch(
      `${import.meta.env.BASE_URL}data/katalog-${document.documentElement.lang === 'en' ? 'en' : 'id'}.json`,
    );
    const summaries = summarisePaths((await response.json()) as CatalogueData, progress);
    for (const mark of marks) {
      const summary = summaries.find((path) => path.slug === mark.dataset['progressPath']);
      if (!summary) continue;
      mark.textContent = count(summary.done, summary.total);
      mark.hidden = false;
    }
  } catch {
    // Offline without the catalogue cached: the counts are a nicety, the links still work.
  }
}

markProgress();
void markPaths(getProgress());
subscribe(() => void markPaths(getProgress()));

// "Pasang aplikasi" where the browser offers it, short steps for iPhone Safari (which
// never does), and nothing once the site runs as an installed app.
const install = document.querySelector<HTMLElement>('[data-install]');
const installed =
  matchMedia('(display-mode: standalone)').matches || (navigator as Navigator & { standalone?: boolean }).standalone;
if (install && !installed) {
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
async function markOfflinePaths(): Promise<void> {
  const marks = document.querySelectorAll<HTMLElement>('[data-offline-path]');
  if (marks.length === 0 || !('caches' in window)) return;
  const locale = document.documentElement.lang === 'en' ? 'en' : 'id';
  const packs = (await fetch(`${import.meta.env.BASE_URL}data/packs.json`)
    .then((response) => response.json())
    .catch(() => ({}))) as Record<string, Record<string, { urls: string[] }>>;
  for (const mark of marks) {
    const urls = packs[locale]?.[mark.dataset['offlinePath']!]?.urls ?? [];
    mark.hidden = urls.length === 0 || !(await Promise.all(urls.map(isCached))).every(Boolean);
  }
}
void markOfflinePaths();
