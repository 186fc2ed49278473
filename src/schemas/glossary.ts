import { z } from 'astro/zod';
import { slugSchema, strictObject } from './common';

export const glossaryTermSchema = strictObject({
  id: slugSchema,
  term: z.string().trim().min(1),
  definition: z.string().trim().min(1).max(320, { error: 'Keep a definition to one or two plain sentences.' }),
  synonyms: z.array(z.string().trim().min(1)).default([]),
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
