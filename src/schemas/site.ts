import { z } from 'astro/zod';
import { contrastRatio } from '../lib/colour/contrast';
import { hexColourSchema, localizedTextSchema, strictObject } from './common';

export const siteSchema = strictObject({
  name: z.string().trim().min(1),
  shortName: z
    .string()
    .trim()
    .min(1)
    .max(12, { error: 'Keep the short name to 12 characters: it sits under an app icon.' }),
  /** Who publishes this edition: the Kiwix (ZIM) file's Publisher. */
  publisher: z.string().trim().min(1).max(80),
  tagline: localizedTextSchema,
  region: strictObject({
    name: z.string().trim().min(1),
    province: z.string().trim().min(1),
  }),
  colours: strictObject({
    brand: hexColourSchema,
    background: hexColourSchema,
  }),
}).superRefine((site, context) => {
  const ratio = contrastRatio(site.colours.brand, '#ffffff');
  if (ratio < 4.5) {
    context.addIssue({
      code: 'custom',
      path: ['colours', 'brand'],
      message: `White text on ${site.colours.brand} has a contrast of ${ratio.toFixed(2)}:1, below the 4.5:1 that WCAG AA needs. Choose a darker brand colour.`,
    });
  }
});
export type SiteData = z.infer<typeof siteSchema>;
