import { z } from 'astro/zod';
import { localizedTextSchema, slugSchema, strictObject } from './common';

export const pathSchema = strictObject({
  order: z.number().int().min(1),
  title: localizedTextSchema,
  summary: localizedTextSchema,
  /** Lesson slugs in the order a learner should take them. */
  lessons: z.array(slugSchema).min(1, { error: 'List at least one lesson slug.' }),
});
export type PathData = z.infer<typeof pathSchema>;
