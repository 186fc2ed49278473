// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { completeLesson } from '../../lib/progress/model';
import type { StoreState } from './progress-store';

const NOW = 1_700_000_000_000;
const lesson = { status: 'completed', updatedAt: 1, startedAt: 1, completedAt: 1, steps: {}, exercises: [] };
type Page = Window & { langkahShowNotice?: (state: StoreState) => void; langkahStorage?: StoreState };
const page = window as Page;
const shown: StoreState[] = [];

/** Each test opens the page afresh: the stores read storage once per page. */
const openPage = async () => {
  vi.resetModules();
  return { ...(await import('./progress-store')), ...(await import('./settings')) };
};

beforeEach(() => {
  localStorage.clear();
  shown.length = 0;
  vi.spyOn(Date, 'now').mockReturnValue(NOW);
  // Stands in for the lazily loaded notice, which would otherwise be fetched from /lazy/.
  page.langkahShowNotice = (state) => shown.push(state);
});
afterEach(() => {
  vi.restoreAllMocks();
  delete page.langkahShowNotice;
  delete page.langkahStorage;
});

describe('the progress store', () => {
  it('sets unreadable progress aside and tells the learner where it went', async () => {
    localStorage.setItem('langkah-digital.progress', '{"v":2,"lessons":{"6":{"status":');
    const { getState, UNREADABLE_PREFIX } = await openPage();
    const keptKey = `${UNREADABLE_PREFIX}${NOW}`;
    expect(getState()).toEqual({ progress: { v: 2, lessons: {} }, mode: 'ok', keptKey });
    expect(localStorage.getItem(keptKey)).toBe('{"v":2,"lessons":{"6":{"status":');
    expect(shown).toEqual([getState()]);
    expect(page.langkahStorage).toBe(getState());
  });

  it('keeps the readable lessons of a damaged record quietly, with the original set aside', async () => {
    const original = JSON.stringify({ v: 2, lessons: { '6': lesson, '7': { status: 'lost' } } });
    localStorage.setItem('langkah-digital.progress', original);
    const { getState, PROGRESS_KEY } = await openPage();
    expect(getState()).toEqual({ progress: { v: 2, lessons: { '6': lesson } }, mode: 'ok' });
    expect(localStorage.getItem(`${PROGRESS_KEY}.unreadable.${NOW}`)).toBe(original);
    expect(shown).toEqual([]);
  });

  it('says so when the quota fills up while saving, and keeps the change in memory', async () => {
    const realStorage = window.localStorage;
    const own = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    const full = {
      getItem: (key: string) => realStorage.getItem(key),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    Object.defineProperty(window, 'localStorage', { configurable: true, get: () => full });
    try {
      const { updateProgress, getState, PROGRESS_KEY } = await openPage();
      expect(getState().mode).toBe('ok');
      expect(shown).toEqual([]);
      expect(() => updateProgress((progress) => completeLesson(progress, 6, NOW))).not.toThrow();
      expect(getState().mode).toBe('memory');
      expect(getState().progress.lessons['6']?.status).toBe('completed');
      expect(shown).toEqual([getState()]);
      expect(realStorage.getItem(PROGRESS_KEY)).toBeNull();
    } finally {
      Object.defineProperty(window, 'localStorage', own);
    }
  });

  it('shows a newer version’s record read-only, says so, and clears nothing', async () => {
    const newer = JSON.stringify({ v: 99, lessons: { '6': lesson }, future: true });
    localStorage.setItem('langkah-digital.progress', newer);
    const { getState, updateProgress, clearProgress } = await openPage();
    expect(getState().mode).toBe('read-only');
    updateProgress((progress) => completeLesson(progress, 7, NOW));
    clearProgress();
    expect(localStorage.getItem('langkah-digital.progress')).toBe(newer);
    expect(shown.map((state) => state.mode)).toEqual(['read-only']);
  });
});

describe('settings', () => {
  it('are saved together under one key and read back on the next page', async () => {
    const { writeSetting } = await openPage();
    expect(writeSetting('name', 'Ayu')).toBe(true);
    expect(writeSetting('trainer', true)).toBe(true);
    expect(localStorage.getItem('langkah-digital.settings')).toBe('{"name":"Ayu","trainer":true}');
    const { readSetting } = await openPage();
    expect(readSetting('name')).toBe('Ayu');
  });

  it('set an unreadable record aside instead of writing over it', async () => {
    localStorage.setItem('langkah-digital.settings', '["not settings"]');
    const { readSetting, writeSetting, SETTINGS_KEY } = await openPage();
    expect(readSetting('name')).toBeUndefined();
    writeSetting('name', 'Ayu');
    expect(localStorage.getItem(`${SETTINGS_KEY}.unreadable.${NOW}`)).toBe('["not settings"]');
    expect(localStorage.getItem(SETTINGS_KEY)).toBe('{"name":"Ayu"}');
  });
});
