/**
 * What the page scripts and the service worker (src/sw/sw.ts) must agree on: the names of the
 * caches they share, and the mark on the requests that save a path ("Simpan untuk offline").
 */
export const PACKS_CACHE = 'langkah-packs';
/** Each deploy's precache is this prefix and its version. */
export const PRECACHE_PREFIX = 'langkah-precache-';
/** The key, under the site's base in a precache, of its list of finished files: written last, so only a whole fill has it. */
export const REVISIONS_KEY = '__revisions';
/** Pages the worker kept as they were opened, when saving data or above the precache cap. */
export const VISITED_CACHE = 'langkah-visited';
export const SETTINGS_CACHE = 'langkah-settings';
export const PACK_HEADER = 'x-langkah-pack';
/** The key, under the site's base in SETTINGS_CACHE, of the "Hemat kuota" mode: 'saver' or 'full'. */
export const MODE_KEY = '__mode';

/** What the worker tells open pages while it saves the site for offline use. */
export type SaveMessage =
  | { type: 'SAVE_PROGRESS'; done: number; total: number }
  | { type: 'SAVE_DONE'; stopped: boolean }
  /** `quota`: no room on the phone (the worker removed what it had half saved); `network`: the connection dropped. */
  | { type: 'SAVE_FAILED'; reason: 'quota' | 'network'; total: number };
