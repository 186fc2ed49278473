/**
 * Every page learns its language, translator and link builder once, here, from its own URL,
 * instead of each page opening with the same lines. Runs at build time for static pages.
 *
 * Each page then keeps, in its Content Security Policy, only the hashes of the inline scripts
 * and styles it carries: Astro's `security.csp` writes the whole site's list into every page.
 * Done here, on the page as it renders, and not on the written files afterwards, so each page
 * is written once (reading and rewriting every page cost a build of 1,000 lessons 0.4 s).
 */
import { createHash } from 'node:crypto';
import { defineMiddleware } from 'astro:middleware';
import { href, useTranslations } from './data/i18n';
import { keepPageHashes } from './lib/csp/page-hashes';
import { splitLocale } from './lib/i18n/urls';

// Most pages share the same few inline blocks: hash each text once.
const hashes = new Map<string, string>();
const hash = (text: string) =>
  hashes.get(text) ?? hashes.set(text, `'sha256-${createHash('sha256').update(text).digest('base64')}'`).get(text)!;

export const onRequest = defineMiddleware(async (context, next) => {
  const { locale, pagePath } = splitLocale(import.meta.env.BASE_URL, context.url.pathname);
  Object.assign(context.locals, {
    locale,
    pagePath: pagePath.endsWith('/') || pagePath.includes('.') ? pagePath : `${pagePath}/`,
    t: useTranslations(locale),
    href: (path: string) => href(locale, path),
  } satisfies Partial<App.Locals>);
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  return new Response(keepPageHashes(html, hash), { status: response.status, headers: response.headers });
});
