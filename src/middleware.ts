/**
 * Every page learns its language, translator and link builder once, here, from its own URL,
 * instead of each page opening with the same lines. Runs at build time for static pages.
 */
import { defineMiddleware } from 'astro:middleware';
import { href, useTranslations } from './data/i18n';
import { splitLocale } from './lib/i18n/urls';

export const onRequest = defineMiddleware((context, next) => {
  const { locale, pagePath } = splitLocale(import.meta.env.BASE_URL, context.url.pathname);
  Object.assign(context.locals, {
    locale,
    pagePath: pagePath.endsWith('/') || pagePath.includes('.') ? pagePath : `${pagePath}/`,
    t: useTranslations(locale),
    href: (path: string) => href(locale, path),
  } satisfies Partial<App.Locals>);
  return next();
});
