/// <reference lib="webworker" />
/**
 * The worker's own precache: which deploy it belongs to, filling it (copying unchanged files from
 * older precaches, telling open pages how it goes), checking it is whole, and removing only the
 * precaches of older deploys. Every deploy's precache carries a generation number, one above the
 * highest it found when it began to install: a worker that activates while a newer one is still
 * installing (the learner tapped "Perbarui" as another deploy landed) leaves that one's cache alone.
 */
import { PRECACHE_PREFIX as PREFIX, REVISIONS_KEY, type SaveMessage } from '../lib/offline/names';

declare const self: ServiceWorkerGlobalScope;

export interface Entry {
  url: string;
  revision: string | null;
  shell: boolean;
  /** Gzipped size, for the notice's "1,2 MB". */
  bytes: number;
}

const BASE = new URL(self.registration.scope).pathname;
const REVISIONS = `${BASE}${REVISIONS_KEY}`;
const GENERATION = `${BASE}__generation`;

async function generationOf(cache: Cache): Promise<number> {
  const value = Number(await (await cache.match(GENERATION))?.text());
  return Number.isInteger(value) ? value : 0;
}

async function otherPrecaches(own: string): Promise<{ name: string; cache: Cache }[]> {
  const names = (await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== own);
  return Promise.all(names.map(async (name) => ({ name, cache: await caches.open(name) })));
}

/** Gives this deploy's precache its generation, once: one above every precache already here. */
export async function claimGeneration(own: string): Promise<void> {
  const cache = await caches.open(own);
  if (await cache.match(GENERATION)) return;
  const others = await Promise.all((await otherPrecaches(own)).map(({ cache: other }) => generationOf(other)));
  await cache.put(GENERATION, new Response(String(Math.max(0, ...others) + 1)));
}

/** Removes the precaches of older deploys, never a newer one still installing or waiting. */
export async function removeOlder(own: string): Promise<void> {
  const mine = await generationOf(await caches.open(own));
  for (const { name, cache } of await otherPrecaches(own)) {
    if ((await generationOf(cache)) < mine) await caches.delete(name);
  }
}

/** Tells every open page how the download goes; they show it (src/client/offline/save-notice.ts). */
export async function tell(message: SaveMessage): Promise<void> {
  for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true }))
    client.postMessage(message);
}

async function revisionsOf(cache: Cache): Promise<Record<string, string | null> | undefined> {
  return ((await (await cache.match(REVISIONS))?.json().catch(() => undefined)) ?? undefined) as
    Record<string, string | null> | undefined;
}

/** True when the precache holds every entry, and its list of what it holds was written last. */
export async function isWhole(own: string, entries: Entry[]): Promise<boolean> {
  if (!(await caches.has(own))) return false;
  const cache = await caches.open(own);
  const revisions = await revisionsOf(cache);
  if (!revisions) return false;
  const held = new Set((await cache.keys()).map(({ url }) => new URL(url).pathname));
  return entries.every((entry) => held.has(entry.url) && entry.url in revisions);
}

interface Fill {
  entries: Entry[];
  /** Six at a time on a good link, two on a slow one. */
  lanes: number;
  /** Asked between files: true once the learner tapped "Hentikan". */
  stopped: () => boolean;
}

/** Fills the precache with `entries`: the shell first, unchanged files copied from older precaches. */
export async function fill(own: string, { entries, lanes, stopped }: Fill): Promise<void> {
  const cache = await caches.open(own);
  const previous = await Promise.all(
    (await otherPrecaches(own)).map(async ({ cache: old }) => ({
      cache: old,
      revisions: (await revisionsOf(old)) ?? {},
    })),
  );
  const unchanged = ({ url, revision }: Entry) =>
    previous.find((old) => url in old.revisions && old.revisions[url] === revision);
  const held = new Set((await cache.keys()).map(({ url }) => new URL(url).pathname));
  const download = entries.filter((entry) => !held.has(entry.url));
  const kept = entries.filter((entry) => held.has(entry.url));
  // Only what comes over the network counts: an update copies its unchanged files.
  const progress = { type: 'SAVE_PROGRESS' as const, done: 0, total: 0 };
  progress.total = download.reduce((sum, entry) => sum + (unchanged(entry) ? 0 : entry.bytes), 0);
  let told = 0;
  const queue = [...download].sort((a, b) => Number(b.shell) - Number(a.shell));
  // One failure stops every lane: nothing is written after the caller starts removing what was saved.
  let failure: unknown;
  const lane = async () => {
    for (let entry = queue.shift(); entry && failure === undefined; entry = queue.shift()) {
      if (stopped() && !entry.shell) continue;
      const copied = await unchanged(entry)?.cache.match(entry.url);
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
  void tell({ ...progress });
  await Promise.all(Array.from({ length: lanes }, () => lane().catch((error: unknown) => (failure ??= error))));
  if (failure !== undefined) throw failure;
  const revisions = { ...(await revisionsOf(cache)), ...Object.fromEntries(kept.map((e) => [e.url, e.revision])) };
  await cache.put(REVISIONS, new Response(JSON.stringify(revisions)));
}

/**
 * Removes a precache and, first, every file in it: a deleted cache's room is only given back once
 * nothing holds it, while removed files free theirs at once, so a smaller save fits straight after.
 */
export async function discard(name: string): Promise<void> {
  const cache = await caches.open(name);
  for (const request of await cache.keys()) await cache.delete(request);
  await caches.delete(name);
}

/** Why a fill failed, in the words the page needs: no room, or no connection. */
export function failureReason(error: unknown): 'quota' | 'network' {
  return error instanceof DOMException && error.name === 'QuotaExceededError' ? 'quota' : 'network';
}
