/** The offline page: lists what this phone can read without a connection, and holds the "Hemat kuota" switch. */
import { cachedPaths, readSaver, writeSaver } from './offline-tools';
import { el } from './dom';
import { availableOffline } from '../lib/offline/available';
import { DEFAULT_LOCALE, isLocale } from '../lib/i18n/locales';
import { localeHref, routes } from '../lib/i18n/urls';
import type { CatalogueData } from '../lib/progress/catalogue';

const base = import.meta.env.BASE_URL;
// The page's own language, not the address's: this page also answers for pages that are not saved.
const lang = document.documentElement.lang;
const locale = isLocale(lang) ? lang : DEFAULT_LOCALE;

async function showAvailable(list: HTMLElement): Promise<void> {
  // The catalogue is in every install's shell, so this works with no connection.
  const response = await fetch(list.dataset['catalogue']!).catch(() => undefined);
  const catalogue = response?.ok ? ((await response.json()) as CatalogueData) : undefined;
  const paths = catalogue
    ? availableOffline(catalogue, await cachedPaths(), (slug) => localeHref(base, locale, routes.lesson(slug)))
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
    void writeSaver(base, toggle.checked).then(() => {
      document.querySelector('[data-saver-status]')!.textContent = toggle.dataset[toggle.checked ? 'on' : 'off'] ?? '';
    });
  });
}

void showAvailable(document.querySelector<HTMLElement>('[data-offline-list]')!);
setUpSaver(document.querySelector<HTMLInputElement>('[data-saver]')!);
