/**
 * What this phone can open without a connection, path by path, for the offline page. Built
 * in the browser from the catalogue and the addresses in its caches, so the page itself does
 * not list every lesson of the catalogue (5,000 lessons would make it the heaviest page).
 */
import type { CatalogueData } from '../progress/catalogue';

export interface AvailablePath {
  slug: string;
  title: string;
  lessons: { title: string; url: string }[];
}

/**
 * The paths with at least one lesson in `cached` (URL paths, as in the caches), each with
 * those lessons in the path's order. `lessonUrl` turns a slug into the page's address.
 */
export function availableOffline(
  catalogue: CatalogueData,
  cached: ReadonlySet<string>,
  lessonUrl: (slug: string) => string,
): AvailablePath[] {
  return catalogue.paths.flatMap((path) => {
    const lessons = path.lessons.flatMap((id) => {
      const lesson = catalogue.lessons[id];
      const url = lesson && lessonUrl(lesson.slug);
      return lesson && url && (cached.has(url) || cached.has(`${url}index.html`)) ? [{ title: lesson.title, url }] : [];
    });
    return lessons.length > 0 ? [{ slug: path.slug, title: path.title, lessons }] : [];
  });
}
