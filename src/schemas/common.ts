import { z } from 'astro/zod';
import { didYouMean } from '../lib/text/closest';
import { LOCALES } from '../lib/i18n/locales';

/**
 * An object that rejects unknown keys and says which known key was probably meant,
 * so a typo such as `tittle:` fails the build with its fix instead of being ignored.
 */
export function strictObject<Shape extends z.ZodRawShape>(shape: Shape) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code !== 'unrecognized_keys') return undefined;
      const hints = issue.keys.map((key) => `"${key}"${didYouMean(key, known)}`).join(' ');
      return `Unknown field ${hints} Allowed fields here: ${known.join(', ')}.`;
    },
  });
}

export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'Use lowercase letters, digits and single hyphens only, for example "kode-otp-rahasia".',
});

export const localeSchema = z.enum(LOCALES);

/** Text in Indonesian, optionally in English: Indonesian is always the original. */
export const localizedTextSchema = strictObject({
  id: z.string().trim().min(1, { error: 'Write the Indonesian text.' }),
  en: z.string().trim().min(1).optional(),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export const httpsUrlSchema = z
  .url({ error: 'Write a full address that starts with https://.' })
  .refine((value) => value.startsWith('https://'), {
    error: 'Use an https:// address: learners must never be sent to an unencrypted page.',
  });

export const dateSchema = z.coerce.date({
  error: 'Write the date as YYYY-MM-DD, for example 2026-11-27.',
});

export const hexColourSchema = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, { error: 'Write the colour as six-digit hex, for example "#0b5d4b".' });
