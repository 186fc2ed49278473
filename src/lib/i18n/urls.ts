/** Site URLs: every page path ends in "/" (precache keys are /x/index.html). */
import { DEFAULT_LOCALE, isLocale, type Locale } from './locales';

export { DEFAULT_LOCALE, LOCALES, type Locale } from './locales';

/** `/pelajaran/x/` in a locale and under a base: `/literasi/en/pelajaran/x/`. */
export function localeHref(base: string, locale: Locale, pagePath: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const page = pagePath.replace(/^\/+/, '');
  const prefix = locale === DEFAULT_LOCALE ? '' : `${locale}/`;
  const joined = `${root}${prefix}${page}`;
  // Pages end in "/"; files (/qr/x.svg), fragments and queries keep their address as written.
  const keep = joined.endsWith('/') || joined.includes('#') || joined.includes('?') || /\.[a-z\d]+$/i.test(joined);
  return keep ? joined : `${joined}/`;
}

/** The locale-free page path of a URL path, and its locale: the reverse of localeHref. */
export function splitLocale(base: string, urlPath: string): { locale: Locale; pagePath: string } {
  const root = base.endsWith('/') ? base : `${base}/`;
  const rest = urlPath.startsWith(root) ? urlPath.slice(root.length) : urlPath.replace(/^\//, '');
  const [first, ...others] = rest.split('/');
  if (first && first !== DEFAULT_LOCALE && isLocale(first)) {
    return { locale: first, pagePath: `/${others.join('/')}` };
  }
  return { locale: DEFAULT_LOCALE, pagePath: `/${rest}` };
}

export const routes = {
  home: () => '/',
  lesson: (slug: string) => `/pelajaran/${slug}/`,
  /** A long path continues on numbered pages (src/lib/lists/paginate.ts); the first keeps the path's address. */
  path: (slug: string, page = 1) => (page === 1 ? `/jalur/${slug}/` : `/jalur/${slug}/${page}/`),
  service: (slug: string, page = 1) => (page === 1 ? `/layanan/${slug}/` : `/layanan/${slug}/${page}/`),
  about: () => '/tentang/',
  glossary: () => '/istilah/',
  region: () => '/wilayah/',
  trainer: () => '/pelatih/',
  sessionPlanner: () => '/pelatih/sesi/',
  roster: () => '/pelatih/kelas/',
  presenter: () => '/pelatih/presentasi/',
  session: () => '/sesi/',
  progress: () => '/kemajuan/',
  search: () => '/cari/',
  offline: () => '/offline/',
  certificate: () => '/kemajuan/sertifikat/',
  handoutQr: (slug: string) => `/qr/${slug}.svg`,
} as const;
