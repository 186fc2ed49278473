/**
 * Offline helpers for path pages and the offline page: which lessons this phone can open
 * without a connection, saving a path's lessons ("Simpan untuk offline") with its size
 * shown first and a progress bar, removing them ("Hapus"), and the "Hemat kuota" switch.
 */
import {
  MODE_KEY,
  PACK_HEADER,
  PACKS_CACHE as PACKS,
  PRECACHE_PREFIX,
  REVISIONS_KEY,
  SETTINGS_CACHE as SETTINGS,
  VISITED_CACHE as VISITED,
} from '../../lib/offline/names';
import { formatBytes } from '../../lib/text/bytes';

/**
 * Every address this phone can open offline, as URL paths: one pass, not a lookup per lesson. Only
 * what a worker serves counts (none is installed: nothing opens offline), and of a precache only what
 * its list of finished files names: a half-filled one (an install still running, or one that failed)
 * holds pages that would not open.
 */
export async function cachedPaths(): Promise<Set<string>> {
  const paths = new Set<string>();
  if (!('caches' in window) || !(await navigator.serviceWorker?.getRegistration().catch(() => undefined))?.active)
    return paths;
  for (const name of await caches.keys()) {
    const cache = await caches.open(name);
    if (name.startsWith(PRECACHE_PREFIX)) {
      const finished = await cache.match(`${import.meta.env.BASE_URL}${REVISIONS_KEY}`);
      const listed = finished ? ((await finished.json().catch(() => ({}))) as Record<string, unknown>) : {};
      for (const url of Object.keys(listed)) paths.add(url);
      continue;
    }
    for (const request of await cache.keys()) paths.add(new URL(request.url).pathname);
  }
  return paths;
}

export async function markOffline(root: ParentNode = document, cached?: Set<string>): Promise<void> {
  cached ??= await cachedPaths();
  for (const mark of root.querySelectorAll<HTMLElement>('[data-offline-url]')) {
    mark.hidden = !cached.has(mark.dataset['offlineUrl']!);
  }
}

interface Pack {
  urls: string[];
  bytes: number;
}

/**
 * A path's pack as this phone holds it (precached, or kept when the learner saved the path). Its address
 * (data/packs/…, written by src/integrations/service-worker.ts) comes from the page: `data-pack-url`.
 */
export async function savedPack(url: string): Promise<Pack | undefined> {
  const stored = 'caches' in window ? await caches.match(url, { ignoreSearch: true }) : undefined;
  return stored ? ((await stored.json().catch(() => undefined)) as Pack | undefined) : undefined;
}

/** The "Simpan untuk offline" panel of a path page. */
export async function setUpPack(panel: HTMLElement): Promise<void> {
  if (!isSecureContext) {
    // Plain http on a classroom network: nothing can be saved, so offer nothing and say why.
    for (const offer of panel.querySelectorAll('[data-pack-offer]')) offer.remove();
    panel.querySelector<HTMLElement>('[data-pack-insecure]')!.hidden = false;
    panel.hidden = false;
    return;
  }
  if (!('caches' in window)) return;
  const list = panel.dataset['packUrl']!;
  const response = await fetch(list).catch(() => undefined);
  const pack = response?.ok ? ((await response.json()) as Pack) : await savedPack(list);
  if (!pack) return;
  const size = panel.querySelector<HTMLElement>('[data-pack-size]')!;
  const save = panel.querySelector<HTMLButtonElement>('[data-pack-save]')!;
  const remove = panel.querySelector<HTMLButtonElement>('[data-pack-remove]')!;
  const bar = panel.querySelector('progress')!;
  const status = panel.querySelector<HTMLElement>('[data-pack-status]')!;
  const text = JSON.parse(panel.dataset['text']!) as Record<'saved' | 'removed' | 'failed' | 'ready', string>;
  size.textContent = formatBytes(pack.bytes, document.documentElement.lang);

  const refresh = async (first = false) => {
    const cached = await cachedPaths();
    const saved = pack.urls.every((url) => cached.has(url));
    const inPack = await caches.open(PACKS).then((cache) => cache.match(pack.urls[0]!));
    save.hidden = saved;
    remove.hidden = !inPack;
    if (saved && first) status.textContent = text.ready;
    await markOffline(document, cached);
  };
  save.addEventListener('click', async () => {
    save.disabled = true;
    bar.hidden = false;
    bar.max = pack.urls.length;
    const cache = await caches.open(PACKS);
    try {
      // The list goes with the pages, so the home page can tell this path is on the phone.
      await cache.put(list, new Response(JSON.stringify(pack), { headers: { 'content-type': 'application/json' } }));
      for (const [index, url] of pack.urls.entries()) {
        // Marked, so the worker does not keep a second copy of each page (src/sw/sw.ts).
        const response = await fetch(url, { headers: { [PACK_HEADER]: '1' } });
        if (!response.ok) throw new Error(url);
        await cache.put(url, response);
        bar.value = index + 1;
      }
      // Where the catalogue is not precached (a large one), it comes too: the offline page lists saved lessons by it.
      // Fetched unmarked, so the worker keeps it as any page read, and a later path's removal leaves it.
      if (!(await fetch(panel.dataset['catalogueUrl']!)).ok) throw new Error('catalogue');
      status.textContent = text.saved;
    } catch {
      status.textContent = text.failed;
    } finally {
      save.disabled = false;
      bar.hidden = true;
      await refresh();
    }
  });
  remove.addEventListener('click', async () => {
    // "Hapus dari ponsel" frees the space: the saved copy, and any the worker kept as they were read.
    for (const name of [PACKS, VISITED]) {
      const cache = await caches.open(name);
      await Promise.all([...pack.urls, list].map((entry) => cache.delete(entry, { ignoreSearch: true })));
    }
    status.textContent = text.removed;
    await refresh();
  });
  panel.hidden = false;
  await refresh(true);
}

export async function readSaver(base: string): Promise<boolean> {
  const stored = await caches.open(SETTINGS).then((cache) => cache.match(`${base}${MODE_KEY}`));
  if (stored) return (await stored.text()) === 'saver';
  return Boolean((navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData);
}

/** "Hemat kuota": the worker reads this before precaching; turning it off fetches the rest now. */
export async function writeSaver(base: string, on: boolean): Promise<void> {
  await caches.open(SETTINGS).then((cache) => cache.put(`${base}${MODE_KEY}`, new Response(on ? 'saver' : 'full')));
  if (!on) (await navigator.serviceWorker?.ready)?.active?.postMessage({ type: 'PRECACHE_ALL' });
}
