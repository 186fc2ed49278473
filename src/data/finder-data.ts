/** GLUE: the finder's index per language, from the catalogue, the glossary and content/synonyms.yaml. */
import path from 'node:path';
import { buildFinder, type FinderData } from '../lib/search/finder';
import type { Locale } from '../lib/i18n/urls';
import { getCatalog, lessonIn } from './catalog';
import { contentDir, loadYaml } from './content-files';
import { synonymsSchema } from '../schemas/side-files';

export async function finderData(locale: Locale): Promise<FinderData> {
  const catalog = await getCatalog();
  const synonyms = loadYaml(path.join(contentDir, 'synonyms.yaml'), synonymsSchema);
  const lessons = catalog.lessons.map((lesson) => {
    const { entry } = lessonIn(lesson, locale);
    const meta = lesson.original.data;
    return {
      slug: lesson.slug,
      icon: catalog.pathBySlug.get(meta.path)?.data.icon,
      title: entry.data.title,
      summary: entry.data.summary,
      objectives: entry.data.objectives,
      services: meta.services.flatMap((slug) => {
        const service = catalog.serviceBySlug.get(slug);
        return service ? [service.data.name, service.data.short ?? ''] : [];
      }),
      terms: [...(entry.body ?? '').matchAll(/<Term id="([^"]+)">([^<]*)</g)].map((match) => `${match[1]} ${match[2]}`),
    };
  });
  const terms = catalog.glossary[locale] ?? catalog.glossary.id ?? [];
  return buildFinder(locale, lessons, terms, synonyms[locale] ?? {}, import.meta.env.BASE_URL);
}
