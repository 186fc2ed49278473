/** What an author component knows about where it is rendered. */
import { useTranslations } from '../data/i18n';
import type { Locale } from '../lib/i18n/urls';

interface AstroLike {
  locals: App.Locals;
}

export function lessonContext(astro: AstroLike) {
  const lesson = astro.locals.lesson;
  const locale: Locale = lesson?.locale ?? 'id';
  const counters = (astro.locals.counters ??= {});
  /** 1, 2, 3 … per kind of thing on this page, in reading order. */
  const next = (kind: string) => (counters[kind] = (counters[kind] ?? 0) + 1);
  return {
    locale,
    lessonId: lesson?.id,
    t: useTranslations(locale),
    next,
    /** A page-unique, build-stable id for labels and live regions. */
    uid: (prefix: string) => `${prefix}-${next(`uid:${prefix}`)}`,
  };
}

/** Resolves a set of UI string keys under a prefix into a props object for an island. */
export function stringsFor<K extends string>(
  t: (key: string) => string,
  prefix: string,
  keys: readonly K[],
): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, t(`${prefix}.${key}`)])) as Record<K, string>;
}
