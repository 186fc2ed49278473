/** The instant finder's prebuilt index, per language: fetched when a learner starts typing. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { finderData } from '../../data/finder-data';
import type { Locale } from '../../lib/i18n/urls';

export const getStaticPaths: GetStaticPaths = () => [{ params: { locale: 'id' } }, { params: { locale: 'en' } }];

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(await finderData(params['locale'] as Locale)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
