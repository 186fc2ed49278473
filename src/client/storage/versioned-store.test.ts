// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore, type Parsed } from './versioned-store';

const KEY = 'langkah-digital.test';
const NOW = 1_700_000_000_000;
const KEPT = `${KEY}.unreadable.${NOW}`;

/** A small versioned format: `{"v":1,"items":[…]}`, where items that are not text cannot be read. */
function parseItems(text: string): Parsed<string[]> {
  const value = JSON.parse(text) as { v?: unknown; items?: unknown };
  if (typeof value !== 'object' || value === null || !Array.isArray(value.items)) {
    return { ok: false, reason: 'unreadable' };
  }
  const items = value.items.filter((item): item is string => typeof item === 'string');
  if (typeof value.v === 'number' && value.v > 1) return { ok: false, reason: 'newer-version', value: items };
  return { ok: true, value: items, dropped: value.items.length - items.length };
}

const open = () =>
  createStore<string[]>({
    key: KEY,
    parse: parseItems,
    empty: () => [],
    serialise: (items) => JSON.stringify({ v: 1, items }),
  });

const refuse = (name: string) => () => {
  throw new DOMException('refused', name);
};
const keptKeys = (key: string) => Object.keys(localStorage).filter((name) => name.startsWith(`${key}.unreadable.`));

const realStorage = window.localStorage;
const ownStorage = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
/** The page's storage as a browser that refuses one kind of call gives it, while `when()` says so. */
function refusing(method: 'getItem' | 'setItem', name: string, when = () => true): void {
  const refuses = (call: string) => call === method && when();
  const fake: Storage = {
    get length() {
      return realStorage.length;
    },
    key: (index) => realStorage.key(index),
    getItem: (key) => (refuses('getItem') ? refuse(name)() : realStorage.getItem(key)),
    setItem: (key, value) => (refuses('setItem') ? refuse(name)() : realStorage.setItem(key, value)),
    removeItem: (key) => realStorage.removeItem(key),
    clear: () => realStorage.clear(),
  };
  Object.defineProperty(window, 'localStorage', { configurable: true, get: () => fake });
}

beforeEach(() => {
  localStorage.clear();
  vi.spyOn(Date, 'now').mockReturnValue(NOW);
});
afterEach(() => {
  Object.defineProperty(window, 'localStorage', ownStorage);
  vi.restoreAllMocks();
});

describe('a versioned store', () => {
  it('starts empty on a fresh device and writes nothing until asked', () => {
    expect(open().get()).toEqual({ value: [], mode: 'ok' });
    expect(localStorage.length).toBe(0);
  });

  it('saves in its format and reads the record back on the next visit', () => {
    expect(open().save(['a', 'b'])).toEqual({ value: ['a', 'b'], mode: 'ok' });
    expect(localStorage.getItem(KEY)).toBe('{"v":1,"items":["a","b"]}');
    expect(open().get()).toEqual({ value: ['a', 'b'], mode: 'ok' });
  });

  it('sets an unreadable record aside unchanged and starts clean', () => {
    localStorage.setItem(KEY, '{"v":1,"items":[');
    const store = open();
    expect(store.get()).toEqual({ value: [], mode: 'ok', keptKey: KEPT, lost: 'all' });
    expect(localStorage.getItem(KEPT)).toBe('{"v":1,"items":[');
    expect(localStorage.getItem(KEY)).toBeNull();
    store.save(['new']);
    expect(localStorage.getItem(KEY)).toBe('{"v":1,"items":["new"]}');
    expect(localStorage.getItem(KEPT)).toBe('{"v":1,"items":[');
  });

  it('never overwrites one set-aside record with another made in the same millisecond', () => {
    localStorage.setItem(KEY, 'first');
    open().get();
    localStorage.setItem(KEY, 'second');
    open().get();
    expect(localStorage.getItem(KEPT)).toBe('first');
    expect(localStorage.getItem(`${KEY}.unreadable.${NOW + 1}`)).toBe('second');
  });

  it('keeps the readable part of a damaged record and sets the original aside', () => {
    localStorage.setItem(KEY, '{"v":1,"items":["a",3,"b"]}');
    expect(open().get()).toEqual({ value: ['a', 'b'], mode: 'ok', keptKey: KEPT, lost: 1 });
    expect(localStorage.getItem(KEPT)).toBe('{"v":1,"items":["a",3,"b"]}');
    expect(localStorage.getItem(KEY)).toBe('{"v":1,"items":["a","b"]}');
  });

  it('leaves an unreadable record untouched and works in memory when there is no room to set it aside', () => {
    localStorage.setItem(KEY, 'not ours');
    let full = true;
    refusing('setItem', 'QuotaExceededError', () => full);
    const store = open();
    expect(store.get()).toEqual({ value: [], mode: 'memory', lost: 'all' });
    full = false;
    // Storage has room again, yet neither a save nor a clear may replace the only copy.
    expect(store.save(['a'])).toEqual({ value: ['a'], mode: 'memory', lost: 'all' });
    store.clear();
    expect(localStorage.getItem(KEY)).toBe('not ours');
    expect(keptKeys(KEY)).toEqual([]);
  });

  it('keeps working in memory when the quota is full, without throwing or touching the saved record', () => {
    let full = false;
    refusing('setItem', 'QuotaExceededError', () => full);
    const store = open();
    store.save(['saved']);
    full = true;
    expect(store.save(['saved', 'more'])).toEqual({ value: ['saved', 'more'], mode: 'memory' });
    expect(store.update((items) => [...items, 'again']).value).toEqual(['saved', 'more', 'again']);
    expect(store.get().mode).toBe('memory');
    expect(localStorage.getItem(KEY)).toBe('{"v":1,"items":["saved"]}');
  });

  it('works in memory when the browser refuses storage altogether', () => {
    Object.defineProperty(window, 'localStorage', { configurable: true, get: refuse('SecurityError') });
    const store = open();
    expect(store.get()).toEqual({ value: [], mode: 'memory' });
    expect(store.save(['a'])).toEqual({ value: ['a'], mode: 'memory' });
    expect(store.clear()).toEqual({ value: [], mode: 'memory' });
  });

  it('works in memory when reading storage throws', () => {
    localStorage.setItem(KEY, '{"v":1,"items":["a"]}');
    refusing('getItem', 'SecurityError');
    const store = open();
    expect(store.get()).toEqual({ value: [], mode: 'memory' });
    expect(store.save(['b']).mode).toBe('memory');
    expect(realStorage.getItem(KEY)).toBe('{"v":1,"items":["a"]}');
  });

  it('shows a newer version’s record read-only and never overwrites or clears it', () => {
    const newer = '{"v":2,"items":["a"],"future":true}';
    localStorage.setItem(KEY, newer);
    const store = open();
    expect(store.get()).toEqual({ value: ['a'], mode: 'read-only' });
    expect(store.save(['b'])).toEqual({ value: ['b'], mode: 'read-only' });
    store.clear();
    expect(localStorage.getItem(KEY)).toBe(newer);
  });

  it('clears the record but keeps what was set aside', () => {
    localStorage.setItem(KEY, 'broken');
    const store = open();
    store.save(['a']);
    expect(store.clear()).toMatchObject({ value: [], mode: 'ok' });
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(localStorage.getItem(KEPT)).toBe('broken');
  });

  it('takes another tab’s change and tells its subscribers', () => {
    const store = open();
    store.save(['mine']);
    const seen: string[][] = [];
    const stop = store.subscribe((state) => seen.push(state.value));
    const fromOtherTab = (key: string | null, value: string | null) => {
      if (key && value) localStorage.setItem(key, value);
      window.dispatchEvent(new StorageEvent('storage', { key, newValue: value, storageArea: localStorage }));
    };
    fromOtherTab('langkah-digital.other', '{}');
    fromOtherTab(KEY, '{"v":1,"items":["mine","theirs"]}');
    expect(seen).toEqual([['mine', 'theirs']]);
    expect(store.get()).toEqual({ value: ['mine', 'theirs'], mode: 'ok' });
    localStorage.clear();
    fromOtherTab(null, null);
    expect(seen).toEqual([['mine', 'theirs'], []]);
    stop();
    fromOtherTab(KEY, '{"v":1,"items":["later"]}');
    expect(seen).toHaveLength(2);
    expect(store.get().value).toEqual(['later']);
  });

  describe('with merge, as progress has', () => {
    beforeEach(() => localStorage.clear());
    const union = (saved: string[], mine: string[]) => [...new Set([...saved, ...mine])].sort();
    // Each test its own key: stores of earlier tests still listen for storage events.
    let key = KEY;
    beforeEach(() => (key = `${KEY}.merge.${Math.random()}`));
    const openMerging = () =>
      createStore<string[]>({
        key,
        parse: parseItems,
        empty: () => [],
        serialise: (items) => JSON.stringify({ v: 1, items }),
        join: async () => union,
      });

    it('keeps what another tab saved an instant before, before its storage event arrives', () => {
      const store = openMerging();
      store.save(['a']);
      // The other tab saves; its event has not reached this tab yet.
      localStorage.setItem(key, '{"v":1,"items":["a","theirs"]}');
      store.update((items) => [...items, 'mine']);
      expect(JSON.parse(localStorage.getItem(key)!).items).toEqual(['a', 'theirs', 'mine']);
    });

    it('joins a storage event with its own record and writes the join back', async () => {
      const store = openMerging();
      store.save(['mine']);
      // The other tab read before this tab's save and overwrote it.
      localStorage.setItem(key, '{"v":1,"items":["theirs"]}');
      window.dispatchEvent(
        new StorageEvent('storage', { key, newValue: localStorage.getItem(key), storageArea: localStorage }),
      );
      await vi.waitFor(() => expect(store.get().value).toEqual(['mine', 'theirs']));
      expect(JSON.parse(localStorage.getItem(key)!).items).toEqual(['mine', 'theirs']);
      // The join comes back from the other tab as an event: nothing new, so nothing is written again.
      const joined = localStorage.getItem(key);
      window.dispatchEvent(new StorageEvent('storage', { key, newValue: joined, storageArea: localStorage }));
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(localStorage.getItem(key)).toBe(joined);
      expect(store.get().value).toEqual(['mine', 'theirs']);
    });

    it('still lets this tab take something away, and takes another tab’s clear as a clear', () => {
      const store = openMerging();
      store.save(['a', 'b']);
      store.save(['a']);
      expect(JSON.parse(localStorage.getItem(key)!).items).toEqual(['a']);
      localStorage.removeItem(key);
      window.dispatchEvent(new StorageEvent('storage', { key, newValue: null, storageArea: localStorage }));
      expect(store.get().value).toEqual([]);
    });
  });
});
