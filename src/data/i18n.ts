/** GLUE: the UI dictionaries bound to the pure translator, and the site's base for URLs. */
import { createTranslator, type Translate } from '../lib/i18n/translate';
import { DEFAULT_LOCALE, LOCALES, localeTag, type Locale } from '../lib/i18n/locales';
import { localeHref } from '../lib/i18n/urls';
import { dataHref } from '../lib/i18n/data-files';
import { pageParam, paginate } from '../lib/lists/paginate';
import id from '../i18n/id.json';
import en from '../i18n/en.json';

const dictionaries: Record<Locale, Record<string, string>> = { id, en };

// One translator per locale: building Intl.PluralRules and NumberFormat for every component was
// a visible share of page rendering with thousands of lessons.
const translators: Partial<Record<Locale, Translate>> = {};

export function useTranslations(locale: Locale): Translate {
  return (translators[locale] ??= createTranslator(
    localeTag(locale),
    dictionaries[locale],
    dictionaries[DEFAULT_LOCALE],
    `src/i18n/${locale}.json`,
  ));
}

export function href(locale: Locale, pagePath: string): string {
  return localeHref(import.meta.env.BASE_URL, locale, pagePath);
}

/** A file from `dataFiles` (catalogue, finder index, path pack) under the site's base. */
export function dataUrl(file: string): string {
  return dataHref(import.meta.env.BASE_URL, file);
}

const dateFormats: Partial<Record<Locale, Intl.DateTimeFormat>> = {};

export function formatDate(date: Date, locale: Locale): string {
  return (dateFormats[locale] ??= new Intl.DateTimeFormat(localeTag(locale), {
    dateStyle: 'long',
    timeZone: 'UTC',
  })).format(date);
}

/** Static paths for a page that exists in every locale: `/x/` and `/en/x/`. */
export function localeParams() {
  // Fresh objects each call: Astro keeps and annotates what getStaticPaths returns.
  return LOCALES.map((locale) => ({
    params: { lang: locale === DEFAULT_LOCALE ? undefined : locale },
    props: { locale },
  }));
}

/** Static paths for one page per item in every locale, e.g. `/jalur/<slug>/` and `/en/jalur/<slug>/`; the item is `Astro.props.item`. */
export function localeParamsFor<T>(param: string, items: readonly T[], slugOf: (item: T) => string) {
  return localeParams().flatMap(({ params }) =>
    items.map((item) => ({ params: { ...params, [param]: slugOf(item) }, props: { item } })),
  );
}

/**
 * Static paths for a list split over pages in every locale, e.g. `/jalur/<slug>/` and `/jalur/<slug>/2/`:
 * the item is `Astro.props.item`, its page of the list `Astro.props.page`.
 */
export function localePagesFor<T, L>(
  param: string,
  items: readonly T[],
  slugOf: (item: T) => string,
  listOf: (item: T) => readonly L[],
  size: number,
) {
  return localeParams().flatMap(({ params }) =>
    items.flatMap((item) =>
      paginate(listOf(item), size).map((page) => ({
        params: { ...params, [param]: slugOf(item), page: pageParam(page.number) },
        props: { item, page },
      })),
    ),
  );
}
