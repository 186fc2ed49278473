import { useEffect, useState } from 'preact/hooks';
import type { CatalogueData } from '../lib/progress/catalogue';
import { dataFiles, dataHref } from '../lib/i18n/data-files';
import type { Locale } from '../lib/i18n/locales';
import { siteUrl } from '../client/site-url';

/** The lesson catalogue (data/katalog-<locale>.json) for an island: precached, so it loads offline too. */
export function useCatalogue(locale: Locale): CatalogueData | 'error' | undefined {
  const [catalogue, setCatalogue] = useState<CatalogueData | 'error' | undefined>();
  useEffect(() => {
    fetch(siteUrl(dataHref(import.meta.env.BASE_URL, dataFiles.catalogue(locale))))
      .then((response) => (response.ok ? (response.json() as Promise<CatalogueData>) : Promise.reject()))
      .then(setCatalogue, () => setCatalogue('error'));
  }, [locale]);
  return catalogue;
}

export function lessonTitle(catalogue: CatalogueData, id: number, unknown: string): string {
  return catalogue.lessons[String(id)]?.title ?? unknown.replace('{id}', String(id));
}
