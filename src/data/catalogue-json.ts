import { lessonIn, pick, type Catalog } from './catalog';
import type { Locale } from '../lib/i18n/urls';
import type { CatalogueData } from '../lib/progress/catalogue';

/** The compact catalogue the browser fetches: lessons by id, paths with their lesson ids. */
export function catalogueFor(catalog: Catalog, locale: Locale): CatalogueData {
  return {
    lessons: Object.fromEntries(
      catalog.lessons.map((lesson) => {
        const { entry } = lessonIn(lesson, locale);
        const meta = lesson.original.data;
        return [
          meta.id,
          {
            slug: lesson.slug,
            title: entry.data.title,
            path: meta.path,
            pillar: meta.pillar,
            quiz: meta.quiz.length,
            minutes: meta.minutes,
          },
        ];
      }),
    ),
    paths: catalog.paths.map((entry) => ({
      slug: entry.slug,
      title: pick(entry.data.title, locale).text,
      lessons: entry.lessons.map((lesson) => lesson.original.data.id),
    })),
  };
}
