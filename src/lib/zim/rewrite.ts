/**
 * Turns a finished page of the site into a page of the Kiwix edition: every site path becomes a
 * relative link to a file, and every link that would leave the ZIM becomes its plain address, to
 * type once online. Inline scripts and styles are left byte for byte, so their CSP hashes hold.
 */
import { isSitePath, relativeHref, rootOf } from './paths';

const EMBEDDED = /(<(script|style)\b[^>]*>)([\s\S]*?<\/\2>)/i;
const SITE_ATTRIBUTE = /(\s[a-z][\w:-]*)="(\/[^"]*)"/g;
const OUTSIDE_LINK = /<a\b([^>]*?)\shref="(https?:\/\/[^"]+)"([^>]*)>([\s\S]*?)<\/a>/g;

/** "https://oss.go.id/informasi/" → "oss.go.id/informasi": what a learner types. */
export function plainAddress(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

const textOf = (html: string) => html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');
const classOf = (attributes: string) => /\sclass="([^"]*)"/.exec(attributes)?.[1];

function offline(attributes: string, url: string, inner: string): string {
  const address = plainAddress(url);
  const shown = textOf(inner).includes(address) ? '' : ` <span class="offsite__address">${address}</span>`;
  const own = classOf(attributes);
  return `<span class="offsite${own ? ` ${own}` : ''}">${inner}${shown}</span>`;
}

function rewriteMarkup(markup: string, pageFile: string): string {
  return markup
    .replace(SITE_ATTRIBUTE, (whole, name: string, value: string) =>
      isSitePath(value) ? `${name}="${relativeHref(pageFile, value)}"` : whole,
    )
    .replace(OUTSIDE_LINK, (_whole, before: string, url: string, after: string, inner: string) =>
      offline(`${before}${after}`, url, inner),
    )
    .replace(/<html\b/, `<html data-root="${rootOf(pageFile) || './'}"`);
}

/** `pageFile` is the page's path inside the ZIM, such as "pelajaran/x/index.html". */
export function rewritePage(html: string, pageFile: string): string {
  return html
    .split(EMBEDDED)
    .map((part, index) => {
      // split() with three groups: [markup, opening tag, tag name, content and closing tag, markup, …].
      // An opening tag's own src is a link; what follows it is code.
      if (index % 4 === 2) return '';
      return index % 4 === 3 ? part : rewriteMarkup(part, pageFile);
    })
    .join('');
}
