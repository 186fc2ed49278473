/**
 * The lesson catalogue as data, per language: what the progress page, the home page's
 * path counts and the certificate need to name lessons from their ids. Fetched only by
 * those pages, so no other page grows with the number of lessons.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../data/catalog';
import { catalogueFor } from '../../data/catalogue-json';
import { LOCALES, type Locale } from '../../lib/i18n/locales';

export const getStaticPaths: GetStaticPaths = () => LOCALES.map((locale) => ({ params: { locale } }));

export const GET: APIRoute = async ({ params }) => {
  const catalog = await getCatalog();
  return new Response(JSON.stringify(catalogueFor(catalog, params['locale'] as Locale)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
