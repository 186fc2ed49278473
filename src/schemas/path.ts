import { z } from 'astro/zod';
import { ICON_NAMES } from '../lib/icons/icons';
import { localizedTextSchema, slugSchema, strictObject } from './common';

export const pathSchema = strictObject({
  order: z.number().int().min(1),
  title: localizedTextSchema,
  summary: localizedTextSchema,
  /** Its picture on the home page and the path page, from src/lib/icons/icons.ts. */
  icon: z.enum(ICON_NAMES, { error: `Choose a picture: one of ${ICON_NAMES.join(', ')}.` }),
  /** Who the path is for and what they will be able to do: short paragraphs, one idea each. */
  introduction: z
    .array(localizedTextSchema)
    .min(1, { error: 'Introduce the path: who it is for and what they will be able to do.' }),
  /** How often, in months, this path's lessons must be checked again against their sources. */
  reviewMonths: z
    .number({ error: 'Say how often, in months, these lessons must be re-checked, for example "reviewMonths: 6".' })
    .int()
    .min(1)
    .max(24, { error: 'Re-check lessons at least every 24 months: services change.' }),
  /** Lesson slugs in the order a learner should take them. */
  lessons: z.array(slugSchema).min(1, { error: 'List at least one lesson slug.' }),
});
export type PathData = z.infer<typeof pathSchema>;
