/** The offline page: lists what this phone can read without a connection, and holds the "Hemat kuota" switch. */
import { cachedPaths, readSaver, writeSaver } from './offline-tools';
import { el } from '../dom';
import { writeSetting } from '../storage/settings';
import { FAILURE_SETTING } from '../../lib/offline/backoff';
import { availableOffline } from '../../lib/offline/available';
import { fill } from '../../lib/text/fill';
import type { CatalogueData } from '../../lib/progress/catalogue';

const base = import.meta.env.BASE_URL;

async function showAvailable(list: HTMLElement): Promise<void> {
  // The catalogue is in every install's shell, so this works with no connection.
  const response = await fetch(list.dataset['catalogue']!).catch(() => undefined);
  const catalogue = response?.ok ? ((await response.json()) as CatalogueData) : undefined;
  const paths = catalogue
    ? availableOffline(catalogue, await cachedPaths(), (slug) => fill(list.dataset['lessonHref']!, { slug }))
    : [];
  list.replaceChildren(
    ...paths.map((path) =>
      el(
        'section',
        { class: 'offline-path', 'aria-label': path.title },
        el('h3', {}, path.title),
        el('ul', {}, ...path.lessons.map((lesson) => el('li', {}, el('a', { href: lesson.url }, lesson.title)))),
      ),
    ),
  );
  document.querySelector<HTMLElement>('[data-offline-none]')!.hidden = paths.length > 0;
}

function setUpSaver(toggle: HTMLInputElement): void {
  if (!('caches' in window)) {
    toggle.disabled = true;
    return;
  }
  void readSaver(base).then((on) => (toggle.checked = on));
  toggle.addEventListener('change', () => {
    // Saving the shell only may fit where the whole site did not: the next page tries again at once.
    if (toggle.checked) writeSetting(FAILURE_SETTING, null);
    void writeSaver(base, toggle.checked).then(() => {
      document.querySelector('[data-saver-status]')!.textContent = toggle.dataset[toggle.checked ? 'on' : 'off'] ?? '';
    });
  });
}

void showAvailable(document.querySelector<HTMLElement>('[data-offline-list]')!);
setUpSaver(document.querySelector<HTMLInputElement>('[data-saver]')!);
