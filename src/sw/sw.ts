/// <reference lib="webworker" />
/**
 * Langkah Digital's service worker. Wires events only; the rules live in small
 * functions below. Precache list and version are injected by the build
 * (src/integrations/service-worker.ts), computed by workbox-build.
 *
 * - Install precaches the whole site, or only the shell when the learner saves data
 *   (Save-Data, or "Hemat kuota" on the offline page) or when the catalogue is too large
 *   to precache (__PARTIAL__); it never activates by itself.
 * - Pages are served from the cache first, so a lesson opens instantly and offline;
 *   a new deploy arrives as a new worker that waits until the learner taps "Perbarui".
 * - Unknown pages go to the network and fall back to the offline page.
 */
import {
  PACK_HEADER,
  PACKS_CACHE as PACKS,
  SETTINGS_CACHE as SETTINGS,
  VISITED_CACHE as VISITED,
} from '../lib/offline/names';

declare const self: ServiceWorkerGlobalScope;
interface Entry {
  url: string;
  revision: string | null;
  shell: boolean;
}
declare const __PRECACHE__: Entry[];
declare const __VERSION__: string;
/** True when the catalogue is too large to precache whole: only the shell is precached. */
declare const __PARTIAL__: boolean;

const ENTRIES = __PRECACHE__;
const PRECACHE = `langkah-precache-${__VERSION__}`;
const REVISIONS = '__revisions';
const BASE = new URL(self.registration.scope).pathname;
// Query parameters that never change a page: Pagefind's cache-buster, search and trainer flags.
const IGNORED_PARAMS = ['ts', 'q', 'pelatih', 'jalur', 'pilar', 'layanan', 'tingkat'];

async function savingData(): Promise<boolean> {
  const setting = await caches.open(SETTINGS).then((cache) => cache.match(`${BASE}__mode`));
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
  const queue = [...entries];
  const worker = async () => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      if (await cache.match(entry.url)) continue;
      const response = (await copy(entry)) ?? (await fetch(entry.url, { cache: 'no-cache' }));
      if (!response.ok) throw new Error(`Could not precache ${entry.url}: ${response.status}`);
      await cache.put(entry.url, response);
    }
  };
  // Six at a time: quick on good links, gentle on a 2G one.
  await Promise.all(Array.from({ length: 6 }, worker));
  const revisions = Object.fromEntries(entries.map((entry) => [entry.url, entry.revision]));
  const old = (await (await cache.match(`${BASE}${REVISIONS}`))?.json().catch(() => ({}))) ?? {};
  await cache.put(`${BASE}${REVISIONS}`, new Response(JSON.stringify({ ...old, ...revisions })));
}

function cacheKey(url: URL): string {
  for (const name of IGNORED_PARAMS) url.searchParams.delete(name);
  return url.pathname + url.search;
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
  const cached = await fromCaches(cacheKey(new URL(url)));
  if (cached) return cached;
  try {
    const response = await fetch(request);
    // Saving data, or a catalogue too large to precache: keep what the learner opened, so it opens again offline.
    // A path being saved ("Simpan untuk offline") goes to its own cache only, not twice.
    if (response.ok && !request.headers.has(PACK_HEADER) && (__PARTIAL__ || (await savingData())))
      await (await caches.open(VISITED)).put(cacheKey(new URL(url)), response.clone());
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
});
