/**
 * Small choices remembered on this device (the learner's name, trainer mode, whether the
 * browser agreed to keep storage), kept by the same rules as progress.
 */
import { createStore, type Parsed } from './versioned-store';
import { parseJson } from '../../lib/text/json';

export const SETTINGS_KEY = 'langkah-digital.settings';

type Settings = Record<string, unknown>;

function parseSettings(text: string): Parsed<Settings> {
  const json = parseJson(text);
  const value = json.ok ? json.value : undefined;
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? { ok: true, value: value as Settings }
    : { ok: false, reason: 'unreadable' };
}

const store = createStore<Settings>({ key: SETTINGS_KEY, parse: parseSettings, empty: () => ({}) });

export function readSetting(name: string): unknown {
  return store.get().value[name];
}

/** True when the setting was saved on the device; otherwise it lasts until the tab closes. */
export function writeSetting(name: string, value: unknown): boolean {
  return store.update((settings) => ({ ...settings, [name]: value })).mode === 'ok';
}
