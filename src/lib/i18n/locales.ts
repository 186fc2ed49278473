/**
 * The one locale registry. Every Locale type, BCP 47 tag, label and Open Graph code derives
 * from here: a new language is one entry (and its src/i18n/<code>.json), not a search.
 */
export const LOCALE_INFO = {
  id: { tag: 'id-ID', label: 'Bahasa Indonesia', openGraph: 'id_ID' },
  en: { tag: 'en-GB', label: 'English', openGraph: 'en_GB' },
} as const satisfies Record<string, { tag: string; label: string; openGraph: string }>;

export type Locale = keyof typeof LOCALE_INFO;
export const LOCALES = Object.keys(LOCALE_INFO) as unknown as readonly [Locale, ...Locale[]];
/** Served unprefixed at the site root; the others live under /<code>/. */
export const DEFAULT_LOCALE: Locale = 'id';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(LOCALE_INFO, value);
}

/** The BCP 47 tag for Intl formatting and speech: "id-ID", "en-GB". */
export function localeTag(locale: Locale): string {
  return LOCALE_INFO[locale].tag;
}
