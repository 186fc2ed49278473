/**
 * The notice page of a lesson not yet translated is the same page for every such lesson but
 * for its address, title and summary. The build renders it once with the marks below and
 * stamps a copy per lesson, with the title and summary taken from the lesson's own page
 * (already escaped there, so they are copied as they are, never decoded into markup).
 */

/** The template's slug: a valid lesson address that no lesson uses (slugs are checked to be plain words). */
export const STUB_SLUG = 'langkah-stub-slug';
export const STUB_TITLE = 'LANGKAH_STUB_TITLE';
export const STUB_SUMMARY = 'LANGKAH_STUB_SUMMARY';

export interface PageText {
  /** HTML-escaped, as it stands in the page's attributes. */
  title: string;
  summary: string;
}

const attribute = (html: string, pattern: RegExp): string | undefined => pattern.exec(html)?.[1];

/** The title and summary of a built lesson page, from its own metadata; undefined if it has none. */
export function pageText(html: string): PageText | undefined {
  const title = attribute(html, /<meta property="og:title" content="([^"]*)"/);
  const summary = attribute(html, /<meta name="description" content="([^"]*)"/);
  return title === undefined || summary === undefined ? undefined : { title, summary };
}

/** The template with this lesson's slug, title and summary in place of the marks. */
export function stampPage(template: string, slug: string, text: PageText): string {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) throw new Error(`Not a lesson slug: ${JSON.stringify(slug)}`);
  // Escaped text has no quotes or angle brackets, so it is safe in text and in attributes alike.
  for (const value of [text.title, text.summary])
    if (/["<>]/.test(value)) throw new Error(`Not escaped page text: ${JSON.stringify(value)}`);
  return template
    .replaceAll(STUB_SLUG, slug)
    .replaceAll(STUB_TITLE, () => text.title)
    .replaceAll(STUB_SUMMARY, () => text.summary);
}
