/// <reference lib="webworker" />
/**
 * Langkah Digital's service worker. Wires events only; the precache's rules live in
 * precache.ts. Precache list and version are injected by the build
 * (src/integrations/service-worker.ts), computed by workbox-build.
 *
 * - Install precaches the whole site, or only the shell when the learner saves data
 *   (Save-Data, or "Hemat kuota" on the offline page) or when the catalogue is too large
 *   to precache (__PARTIAL__), then checks that it is whole before it reports ready; a
 *   failed install removes what it half saved and tells the page why. It never activates by itself.
 * - Pages are served from the cache first, so a lesson opens instantly and offline;
 *   a new deploy arrives as a new worker that waits until the learner taps "Perbarui".
 * - A precache found missing or incomplete (the browser evicted it) is refilled in the
 *   background; meanwhile pages come from the network, and with no network a built-in
 *   offline page answers, which needs no cache.
 */
import { cacheKey } from '../lib/offline/cache-key';
import { fallbackPage, type FallbackWords } from '../lib/offline/fallback-page';
import {
  MODE_KEY,
  PACK_HEADER,
  PACKS_CACHE as PACKS,
  PRECACHE_PREFIX,
  SETTINGS_CACHE as SETTINGS,
  VISITED_CACHE as VISITED,
} from '../lib/offline/names';
import { claimGeneration, discard, failureReason, fill, isWhole, removeOlder, tell, type Entry } from './precache';

declare const self: ServiceWorkerGlobalScope;
declare const __PRECACHE__: Entry[];
declare const __VERSION__: string;
/** True when the catalogue is too large to precache whole: only the shell is precached. */
declare const __PARTIAL__: boolean;
/** The built-in offline page's words per language, and its Content Security Policy. */
declare const __FALLBACK__: { words: Record<string, FallbackWords>; csp: string };

const ENTRIES = __PRECACHE__;
const PRECACHE = `${PRECACHE_PREFIX}${__VERSION__}`;
const BASE = new URL(self.registration.scope).pathname;
const PRECACHED = new Set(ENTRIES.map((entry) => entry.url));

/** Set by "Hentikan": the rest of this download is left for later. */
let stopRequested = false;
/** The refill of a precache found incomplete, once per worker start. */
let refill: Promise<void> | undefined;

async function savingData(): Promise<boolean> {
  const setting = await caches.open(SETTINGS).then((cache) => cache.match(`${BASE}${MODE_KEY}`));
  if (setting) return (await setting.text()) === 'saver';
  return Boolean((self.navigator as WorkerNavigator & { connection?: { saveData?: boolean } }).connection?.saveData);
}

async function wanted(): Promise<Entry[]> {
  const saver = await savingData();
  return ENTRIES.filter((entry) => entry.shell || !saver);
}

async function precache(entries: Entry[]): Promise<void> {
  stopRequested = false;
  const slow = /2g|3g/.test(
    (self.navigator as WorkerNavigator & { connection?: { effectiveType?: string } }).connection?.effectiveType ?? '',
  );
  await fill(PRECACHE, { entries, lanes: slow ? 2 : 6, stopped: () => stopRequested });
  const stopped = stopRequested;
  if (!(await isWhole(PRECACHE, stopped ? entries.filter((entry) => entry.shell) : entries)))
    throw new Error('The precache is incomplete after filling it.');
  void tell({ type: 'SAVE_DONE', stopped });
}

async function install(): Promise<void> {
  const entries = await wanted();
  try {
    await claimGeneration(PRECACHE);
    await precache(entries);
  } catch (error) {
    // Nothing half saved stays behind: it would take the room and pass for offline copies.
    await discard(PRECACHE);
    const total = entries.reduce((sum, entry) => sum + entry.bytes, 0);
    void tell({ type: 'SAVE_FAILED', reason: failureReason(error), total });
    throw error;
  }
}

/** Checks the precache once per worker start; an incomplete one is filled again in the background. */
function ensurePrecache(): Promise<void> {
  refill ??= (async () => {
    const entries = await wanted();
    if (await isWhole(PRECACHE, entries)) return;
    await claimGeneration(PRECACHE);
    await precache(entries).catch(() => {
      refill = undefined; // No connection or no room: try again at the next start.
    });
  })();
  return refill;
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
  const cached = await fromCaches(`${BASE}${english ? 'en/' : ''}offline/`);
  if (cached) return cached;
  const lang = english ? 'en' : 'id';
  const home = `${BASE}${english ? 'en/' : ''}`;
  const html = fallbackPage(lang, __FALLBACK__.words[lang]!, home, url.pathname + url.search);
  return new Response(html, {
    status: 503,
    headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': __FALLBACK__.csp },
  });
}

/**
 * The list of lessons changes with every deploy. Where it is not precached (a catalogue too large for
 * the shell), the kept copy answers at once, offline too, and a fresh one replaces it behind it.
 */
const REFRESHED = /\/data\/katalog-[a-z]+\.json$/;

async function fetchAndKeep(request: Request, key: string): Promise<Response> {
  const response = await fetch(request);
  const saving = __PARTIAL__ || (await savingData());
  // Saving data, or a catalogue too large to precache: keep what the learner opened, so it opens again offline.
  // A path being saved ("Simpan untuk offline") goes to its own cache only, not twice.
  if (response.ok && !request.headers.has(PACK_HEADER) && saving)
    await (await caches.open(VISITED)).put(key, response.clone());
  return response;
}

async function respond(request: Request, waitUntil: (work: Promise<unknown>) => void): Promise<Response> {
  const url = new URL(request.url);
  const key = cacheKey(url);
  const cached = await fromCaches(key);
  if (cached && REFRESHED.test(url.pathname) && !PRECACHED.has(key))
    waitUntil(fetchAndKeep(request, key).catch(() => undefined));
  if (cached) return cached;
  try {
    return await fetchAndKeep(request, key);
  } catch (error) {
    if (request.mode === 'navigate') return offlinePage(url);
    throw error;
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(install());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(removeOlder(PRECACHE).then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(respond(request, (work) => event.waitUntil(work)));
  // A page the precache should hold and does not: the cache was evicted or never filled.
  if (request.mode === 'navigate' || PRECACHED.has(cacheKey(request.url))) event.waitUntil(ensurePrecache());
});

self.addEventListener('message', (event) => {
  const data = event.data as { type?: string } | null;
  if (data?.type === 'SKIP_WAITING') void self.skipWaiting();
  // Data saver turned off: fetch the rest of the site in the background.
  if (data?.type === 'PRECACHE_ALL')
    event.waitUntil(
      precache(ENTRIES).catch((error: unknown) =>
        tell({
          type: 'SAVE_FAILED',
          reason: failureReason(error),
          total: ENTRIES.reduce((sum, e) => sum + e.bytes, 0),
        }),
      ),
    );
  // "Hentikan": finish the shell, then stop; from now on pages are kept as they are opened.
  if (data?.type === 'PRECACHE_STOP') {
    stopRequested = true;
    event.waitUntil(caches.open(SETTINGS).then((cache) => cache.put(`${BASE}${MODE_KEY}`, new Response('saver'))));
  }
});
