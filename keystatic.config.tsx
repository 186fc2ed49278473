/**
 * The authors' editor (Keystatic), started by `npm run author`: see docs/authoring-editor.md.
 * Local mode writes to content/ on this laptop; with LANGKAH_AUTHOR_GITHUB=owner/repo set, the
 * same editor saves to branches of that GitHub repository for review.
 */
import { collection, config } from '@keystatic/core';
import choices from 'virtual:langkah-authoring';
import { lessonFields } from './src/authoring/lesson';
import { pathFields } from './src/authoring/learning-path';
import { LOCALE_INFO, LOCALES } from './src/lib/i18n/locales';

const github = import.meta.env.PUBLIC_LANGKAH_AUTHOR_GITHUB as string | undefined;

export default config({
  storage: github
    ? { kind: 'github', repo: github as `${string}/${string}`, branchPrefix: 'pelajaran/' }
    : { kind: 'local' },
  ui: { brand: { name: 'Langkah Digital · Penulis' } },
  collections: {
    paths: collection({
      label: 'Jalur belajar',
      path: `${choices.contentPrefix}/paths/*`,
      slugField: 'slug',
      format: { data: 'yaml' },
      schema: pathFields(),
    }),
    ...Object.fromEntries(
      LOCALES.map((locale) => [
        `lessons-${locale}`,
        collection({
          label: `Pelajaran (${LOCALE_INFO[locale].label})`,
          path: `${choices.contentPrefix}/lessons/${locale}/*`,
          slugField: 'title',
          format: { contentField: 'body' },
          entryLayout: 'content',
          columns: ['title'],
          previewUrl: `/${locale === 'id' ? '' : `${locale}/`}pelajaran/{slug}/`,
          schema: lessonFields(locale, choices),
        }),
      ]),
    ),
  },
});
