import { z } from 'astro/zod';
import { httpsUrlSchema, strictObject } from './common';

/**
 * An agency's own mobile or WhatsApp number, which a lesson may print in full. Every other
 * mobile number in a lesson is practice data and must be masked (0812-xxxx-1111).
 */
export const officialNumberSchema = strictObject({
  number: z
    .string()
    .trim()
    .regex(/^(?:\+62|0)8[\d -]{7,14}\d$/, { error: 'Write the number as it is published, e.g. "0811-8165-165".' }),
  owner: z.string().trim().min(1),
  purpose: z.string().trim().min(1),
  /** The official page that publishes the number. */
  source: httpsUrlSchema,
});
export const officialNumbersSchema = z.array(officialNumberSchema);
export type OfficialNumber = z.infer<typeof officialNumberSchema>;
