/** What an author component knows about where it is rendered (set by src/middleware.ts and the lesson page). */
interface AstroLike {
  locals: App.Locals;
}

export function lessonContext(astro: AstroLike) {
  const { lesson, locale, t } = astro.locals;
  const counters = (astro.locals.counters ??= {});
  /** 1, 2, 3 … per kind of thing on this page, in reading order. */
  const next = (kind: string) => (counters[kind] = (counters[kind] ?? 0) + 1);
  return {
    locale,
    lessonId: lesson?.id,
    t,
    next,
    /** A page-unique, build-stable id for labels and live regions. */
    uid: (prefix: string) => `${prefix}-${next(`uid:${prefix}`)}`,
  };
}
