import { z } from 'astro/zod';
import { strictObject } from './common';

/** A page of prose outside the lessons (content/pages/<locale>/<name>.mdx), such as the about page. */
export const pageSchema = strictObject({
  title: z.string().trim().min(1, { error: 'Write the page title, as it appears in the browser tab and the h1.' }),
  description: z.string().trim().min(1, { error: 'Write one sentence for search engines and link previews.' }),
});
