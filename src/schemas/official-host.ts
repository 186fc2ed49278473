import { z } from 'astro/zod';
import { strictObject } from './common';

export const officialHostSchema = strictObject({
  host: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, {
      error: 'Write a bare hostname such as "lapor.go.id", without https:// or a path.',
    }),
  owner: z.string().trim().min(1),
  purpose: z.string().trim().min(1),
  /** The research could not confirm this host: re-check before relying on it. */
  verify: z.boolean().default(false),
  /** Trusted but not a government body (fact-checkers): shown as such, never as "official". */
  government: z.boolean().default(true),
});
export const officialHostsSchema = z.array(officialHostSchema);
export type OfficialHost = z.infer<typeof officialHostSchema>;
