/** The instant finder's prebuilt index, per language: fetched when a learner starts typing. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { finderData } from '../../data/finder-data';
import { LOCALES, type Locale } from '../../lib/i18n/locales';

export const getStaticPaths: GetStaticPaths = () => LOCALES.map((locale) => ({ params: { locale } }));

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(await finderData(params['locale'] as Locale)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
