import { z } from 'astro/zod';
import { checkLink } from '../lib/links/official';
import { dateSchema, httpsUrlSchema, strictObject } from './common';

const officialSourceSchema = strictObject({
  title: z.string().trim().min(1),
  url: httpsUrlSchema,
  kind: z.literal('official'),
  /** The day the page was last read for this lesson. */
  checked: dateSchema.optional(),
});

const newsSourceSchema = strictObject({
  title: z.string().trim().min(1),
  url: httpsUrlSchema,
  kind: z.literal('news'),
  publisher: z.string().trim().min(1, { error: 'Name the publisher of the news report.' }),
  date: dateSchema,
  checked: dateSchema.optional(),
});

export const sourceSchema = z.discriminatedUnion('kind', [officialSourceSchema, newsSourceSchema], {
  error:
    'Give each source a kind: "official" (a page on an official host) or "news" (a news report, with publisher and date).',
});
export type Source = z.infer<typeof sourceSchema>;

/** Reports each source marked official whose host is not on the allowlist. */
export function checkOfficialSources(
  sources: readonly Source[],
  officialHosts: ReadonlySet<string>,
  context: z.RefinementCtx,
  at: readonly PropertyKey[],
): void {
  sources.forEach((source, index) => {
    if (source.kind !== 'official') return;
    const verdict = checkLink(source.url, officialHosts);
    if (!verdict.ok) {
      context.addIssue({
        code: 'custom',
        path: [...at, 'sources', index, 'url'],
        message: `This source is marked official but ${verdict.reason} ${verdict.fix}`,
      });
    }
  });
}
