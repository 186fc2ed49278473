/** GLUE: the UI dictionaries bound to the pure translator. */
import { createTranslator, type Translate } from '../lib/i18n/translate';
import { localeHref, type Locale } from '../lib/i18n/urls';
import id from '../i18n/id.json';
import en from '../i18n/en.json';

const dictionaries: Record<Locale, Record<string, string>> = { id, en };

// One translator per locale: building Intl.PluralRules and NumberFormat for every component was
// a visible share of page rendering with thousands of lessons.
const translators: Partial<Record<Locale, Translate>> = {};

export function useTranslations(locale: Locale): Translate {
  return (translators[locale] ??= createTranslator(
    locale === 'id' ? 'id-ID' : 'en-GB',
    dictionaries[locale],
    dictionaries.id,
    `src/i18n/${locale}.json`,
  ));
}

export function href(locale: Locale, pagePath: string): string {
  return localeHref(import.meta.env.BASE_URL, locale, pagePath);
}

const dateFormats: Partial<Record<Locale, Intl.DateTimeFormat>> = {};

export function formatDate(date: Date, locale: Locale): string {
  return (dateFormats[locale] ??= new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'UTC',
  })).format(date);
}

/** Static paths for a page that exists in both locales: `/x/` and `/en/x/`. */
export function localeParams() {
  // Fresh objects each call: Astro keeps and annotates what getStaticPaths returns.
  return [
    { params: { lang: undefined }, props: { locale: 'id' as Locale } },
    { params: { lang: 'en' }, props: { locale: 'en' as Locale } },
  ];
}
