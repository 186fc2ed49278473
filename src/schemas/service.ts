import { z } from 'astro/zod';
import { ICON_NAMES } from '../lib/icons/icons';
import { localizedTextSchema, strictObject } from './common';

export const serviceSchema = strictObject({
  name: z.string().trim().min(1),
  short: z.string().trim().min(1).optional(),
  agency: z.string().trim().min(1),
  summary: localizedTextSchema,
  /** Its picture on the service's page and the lessons' lists, from src/lib/icons/icons.ts. */
  icon: z.enum(ICON_NAMES, { error: `Choose a picture: one of ${ICON_NAMES.join(', ')}.` }),
  /** Hosts of the service; each must also be on content/official-hosts.yaml. */
  hosts: z.array(z.string().trim().toLowerCase()).default([]),
  /** Re-check lessons about this service at least this often (months), if sooner than their path says. */
  reviewMonths: z.number().int().min(1).max(24).optional(),
  app: strictObject({
    name: z.string().trim().min(1),
    publisher: z.string().trim().min(1, { error: 'Give the publisher name exactly as the app store shows it.' }),
  }).optional(),
});
export type ServiceData = z.infer<typeof serviceSchema>;
