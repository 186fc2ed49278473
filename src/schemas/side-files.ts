import { z } from 'astro/zod';

/** content/synonyms.yaml: per language, a word people type and the words it also means. */
export const synonymsSchema = z.record(z.enum(['id', 'en']), z.record(z.string(), z.array(z.string())));

/** content/pronunciation.yaml: per language, an abbreviation and how to say it. */
export const pronunciationSchema = z.record(z.enum(['id', 'en']), z.record(z.string(), z.string()));
