import type { Locale } from './lib/i18n/locales';
import type { Translate } from './lib/i18n/translate';

declare global {
  /** True in the Kiwix (ZIM) build flavour: set by astro.config.mjs from LANGKAH_FLAVOUR=zim. */
  const __ZIM_EDITION__: boolean;
  namespace App {
    interface Locals {
      /** Set by src/middleware.ts for every page, from its URL. */
      locale: Locale;
      /** The page's address without base and locale prefix, e.g. "/jalur/aman-digital/". */
      pagePath: string;
      t: Translate;
      /** A locale-free page path made into this page's locale, under the base. */
      href: (pagePath: string) => string;
      /** Set by the lesson page so author components know the lesson and language they render in. */
      lesson?: { id: number; slug: string };
      /** Per-page counters, so generated element ids and Steps keys are stable from build to build. */
      counters?: Record<string, number>;
    }
  }
}
