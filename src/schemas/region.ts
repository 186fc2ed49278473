import { z } from 'astro/zod';
import { checkLink } from '../lib/links/official';
import { dateSchema, httpsUrlSchema, localizedTextSchema, slugSchema, strictObject } from './common';
import { checkOfficialSources, sourceSchema } from './source';

const linkSchema = strictObject({
  label: localizedTextSchema,
  url: httpsUrlSchema,
});

const sourced = {
  links: z.array(linkSchema).default([]),
  sources: z.array(sourceSchema).min(1, {
    error: 'Cite at least one source: regional facts change, and readers need to know where they came from.',
  }),
};

const placeSchema = strictObject({
  name: z.string().trim().min(1),
  description: localizedTextSchema,
  address: z.string().trim().min(1).optional(),
  /** What a learner can get done there: one short line each. */
  helpsWith: z.array(localizedTextSchema).min(1, { error: 'List at least one thing people can do there.' }),
  /** The cautious part: what to confirm before the trip. */
  caution: localizedTextSchema.optional(),
  ...sourced,
});

const noteSchema = strictObject({
  /** The service page this note also appears on. */
  service: slugSchema.optional(),
  title: localizedTextSchema,
  /** Paragraphs, one idea each. */
  text: z.array(localizedTextSchema).min(1),
  ...sourced,
});

/**
 * content/region.yaml: where to get help in person and what differs locally. Another
 * region replaces this file and site.yaml; no page code names a place.
 */
export function createRegionSchema(officialHosts: ReadonlySet<string>) {
  return strictObject({
    title: localizedTextSchema,
    summary: localizedTextSchema,
    intro: z.array(localizedTextSchema).min(1),
    verified: dateSchema,
    places: z.array(placeSchema).min(1, { error: 'List at least one place where people can get help in person.' }),
    notes: z.array(noteSchema).default([]),
  }).superRefine((region, context) => {
    const items = [
      ...region.places.map((item, index) => ({ item, at: ['places', index] })),
      ...region.notes.map((item, index) => ({ item, at: ['notes', index] })),
    ];
    for (const { item, at } of items) {
      checkOfficialSources(item.sources, officialHosts, context, at);
      item.links.forEach((link, index) => {
        const verdict = checkLink(link.url, officialHosts);
        if (!verdict.ok) {
          context.addIssue({
            code: 'custom',
            path: [...at, 'links', index, 'url'],
            message: `${verdict.reason} ${verdict.fix}`,
          });
        }
      });
    }
  });
}
export type RegionData = z.infer<ReturnType<typeof createRegionSchema>>;
