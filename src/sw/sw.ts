/// <reference lib="webworker" />
/**
 * Langkah Digital's service worker. Wires events only; the rules live in small
 * functions below. Precache list and version are injected by the build
 * (src/integrations/service-worker.ts), computed by workbox-build.
 *
 * - Install precaches the whole site, or only the shell when the learner saves data
 *   (Save-Data, or "Hemat kuota" on the offline page) or when the catalogue is too large
 *   to precache (__PARTIAL__); it never activates by itself. The shell comes first; the
 *   pages are told how much is left (the "Menyimpan 1,2 MB…" notice), and "Hentikan" stops
 *   after the shell and turns "Hemat kuota" on.
 * - Pages are served from the cache first, so a lesson opens instantly and offline;
 *   a new deploy arrives as a new worker that waits until the learner taps "Perbarui".
 * - Unknown pages go to the network and fall back to the offline page.
 */
import {
  MODE_KEY,
  PACK_HEADER,
  PACKS_CACHE as PACKS,
  SETTINGS_CACHE as SETTINGS,
  VISITED_CACHE as VISITED,
  type SaveMessage,
} from '../lib/offline/names';
import { cacheKey } from '../lib/offline/cache-key';

declare const self: ServiceWorkerGlobalScope;
interface Entry {
  url: string;
  revision: string | null;
  shell: boolean;
  /** Gzipped size, for the notice's "1,2 MB". */
  bytes: number;
}
declare const __PRECACHE__: Entry[];
declare const __VERSION__: string;
/** True when the catalogue is too large to precache whole: only the shell is precached. */
declare const __PARTIAL__: boolean;

const ENTRIES = __PRECACHE__;
const PRECACHE = `langkah-precache-${__VERSION__}`;
const REVISIONS = '__revisions';
const BASE = new URL(self.registration.scope).pathname;

/** Set by "Hentikan": the rest of this download is left for later. */
let stopRequested = false;

async function savingData(): Promise<boolean> {
  const setting = await caches.open(SETTINGS).then((cache) => cache.match(`${BASE}${MODE_KEY}`));
  if (setting) return (await setting.text()) === 'saver';
  return Boolean((self.navigator as WorkerNavigator & { connection?: { saveData?: boolean } }).connection?.saveData);
}

/** Older precaches and what revision each file had there, read once per install. */
async function previousCaches(): Promise<{ cache: Cache; revisions: Record<string, string | null> }[]> {
  const found = [];
  for (const name of await caches.keys()) {
    if (!name.startsWith('langkah-precache-') || name === PRECACHE) continue;
    const cache = await caches.open(name);
    const revisions = ((await (await cache.match(`${BASE}${REVISIONS}`))?.json().catch(() => ({}))) ?? {}) as Record<
      string,
      string | null
    >;
    found.push({ cache, revisions });
  }
  return found;
}

/** Tells every open page how the download goes; they show it (src/client/offline/save-notice.ts). */
async function tell(message: SaveMessage): Promise<void> {
  for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true }))
    client.postMessage(message);
}

async function precache(entries: Entry[]): Promise<void> {
  const cache = await caches.open(PRECACHE);
  const previous = await previousCaches();
  // An unchanged file is copied from an older precache instead of downloaded again.
  const copy = async ({ url, revision }: Entry) => {
    for (const old of previous) {
      if (url in old.revisions && old.revisions[url] === revision) {
        const hit = await old.cache.match(url);
        if (hit) return hit;
      }
    }
    return undefined;
  };
  const held = new Set((await cache.keys()).map(({ url }) => new URL(url).pathname));
  const kept: Entry[] = [];
  const progress = { type: 'SAVE_PROGRESS' as const, done: 0, total: 0 };
  const download: Entry[] = [];
  for (const entry of entries) {
    if (held.has(entry.url)) kept.push(entry);
    else download.push(entry);
  }
  // Only what comes over the network counts: an update copies its unchanged files.
  const unchanged = ({ url, revision }: Entry) =>
    previous.some((old) => url in old.revisions && old.revisions[url] === revision);
  progress.total = download.reduce((sum, entry) => sum + (unchanged(entry) ? 0 : entry.bytes), 0);
  let told = 0;
  // The shell first: if the learner stops, what is saved is what the site needs to open.
  const queue = [...download].sort((a, b) => Number(b.shell) - Number(a.shell));
  const lane = async () => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      if (stopRequested && !entry.shell) continue;
      const copied = await copy(entry);
      const response = copied ?? (await fetch(entry.url, { cache: 'no-cache' }));
      if (!response.ok) throw new Error(`Could not precache ${entry.url}: ${response.status}`);
      await cache.put(entry.url, response);
      kept.push(entry);
      if (!copied) progress.done += entry.bytes;
      if (Date.now() - told > 300) {
        told = Date.now();
        void tell({ ...progress });
      }
    }
  };
  stopRequested = false;
  void tell({ ...progress });
  // Six at a time on a good link; two on a slow one, so a page the learner opens meanwhile is not starved.
  const slow = /2g|3g/.test(
    (self.navigator as WorkerNavigator & { connection?: { effectiveType?: string } }).connection?.effectiveType ?? '',
  );
  try {
    await Promise.all(Array.from({ length: slow ? 2 : 6 }, lane));
  } catch (error) {
    void tell({ type: 'SAVE_FAILED' });
    throw error;
  }
  const revisions = Object.fromEntries(kept.map((entry) => [entry.url, entry.revision]));
  const old = (await (await cache.match(`${BASE}${REVISIONS}`))?.json().catch(() => ({}))) ?? {};
  await cache.put(`${BASE}${REVISIONS}`, new Response(JSON.stringify({ ...old, ...revisions })));
  void tell({ type: 'SAVE_DONE', stopped: stopRequested });
}

async function fromCaches(key: string): Promise<Response | undefined> {
  for (const name of [PRECACHE, PACKS, VISITED]) {
    const hit = await (await caches.open(name)).match(key);
    if (hit) return hit;
  }
  return undefined;
}

async function offlinePage(url: URL): Promise<Response> {
  const english = url.pathname.startsWith(`${BASE}en/`);
  return (
    (await fromCaches(`${BASE}${english ? 'en/' : ''}offline/`)) ??
    new Response('Offline', { status: 503, headers: { 'content-type': 'text/plain' } })
  );
}

async function respond(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const cached = await fromCaches(cacheKey(url));
  if (cached) return cached;
  try {
    const response = await fetch(request);
    // Saving data, or a catalogue too large to precache: keep what the learner opened, so it opens again offline.
    // A path being saved ("Simpan untuk offline") goes to its own cache only, not twice.
    if (response.ok && !request.headers.has(PACK_HEADER) && (__PARTIAL__ || (await savingData())))
      await (await caches.open(VISITED)).put(cacheKey(url), response.clone());
    return response;
  } catch (error) {
    if (request.mode === 'navigate') return offlinePage(url);
    throw error;
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(savingData().then((saver) => precache(ENTRIES.filter((entry) => entry.shell || !saver))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith('langkah-precache-') && name !== PRECACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(respond(request));
});

self.addEventListener('message', (event) => {
  const data = event.data as { type?: string } | null;
  if (data?.type === 'SKIP_WAITING') void self.skipWaiting();
  // Data saver turned off: fetch the rest of the site in the background.
  if (data?.type === 'PRECACHE_ALL') event.waitUntil(precache(ENTRIES));
  // "Hentikan": finish the shell, then stop; from now on pages are kept as they are opened.
  if (data?.type === 'PRECACHE_STOP') {
    stopRequested = true;
    event.waitUntil(caches.open(SETTINGS).then((cache) => cache.put(`${BASE}${MODE_KEY}`, new Response('saver'))));
  }
});
