/**
 * A QR code to each lesson, for its printed handout, in `astro dev`. The build makes these files
 * on a worker thread instead (src/integrations/lesson-qr.ts), beside page rendering.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../data/catalog';
import { href, localeParams } from '../../../data/i18n';
import { qrSvg } from '../../../lib/codes/qr';
import { routes, type Locale } from '../../../lib/i18n/urls';

export const getStaticPaths = (async () => {
  if (import.meta.env.PROD) return [];
  const { lessons } = await getCatalog();
  // Only pages with a handout: an English page of an untranslated lesson is a notice without one.
  return localeParams().flatMap(({ params, props }) =>
    lessons
      .filter((lesson) => lesson.translations[props.locale])
      .map((lesson) => ({ params: { ...params, slug: lesson.slug }, props })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props, site }) => {
  const url = new URL(href((props as { locale: Locale }).locale, routes.lesson(params['slug']!)), site).href;
  return new Response(qrSvg(url), { headers: { 'content-type': 'image/svg+xml' } });
};
