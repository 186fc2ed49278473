/** A QR code to each lesson, for its printed handout. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../data/catalog';
import { href, localeParams } from '../../../data/i18n';
import { qrPath } from '../../../lib/codes/qr';
import { routes, type Locale } from '../../../lib/i18n/urls';

export const getStaticPaths = (async () => {
  const { lessons } = await getCatalog();
  return localeParams().flatMap(({ params, props }) =>
    lessons.map((lesson) => ({ params: { ...params, slug: lesson.slug }, props })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props, site }) => {
  const url = new URL(href((props as { locale: Locale }).locale, routes.lesson(params['slug']!)), site).href;
  const { size, path } = qrPath(url);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size * 4}" height="${size * 4}" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges"><rect width="100%" height="100%" fill="#fff"/><path d="${path}" fill="#000"/></svg>`;
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
};
