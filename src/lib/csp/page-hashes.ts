/**
 * Trims a page's Content Security Policy <meta> to the hashes of the inline scripts and styles
 * that page carries. Pure: the hash function is passed in, so it runs in tests and at build.
 */
const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/;
// Data blocks (type="application/json") are never run, so the policy does not cover them.
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)(?![^>]*\btype="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/g;
const HASH = /^'sha(256|384|512)-/;

export function keepPageHashes(html: string, hash: (text: string) => string): string {
  const meta = html.match(META);
  if (!meta) return html;
  const scripts = new Set([...html.matchAll(INLINE_SCRIPT)].map((match) => hash(match[1]!)));
  const styles = new Set([...html.matchAll(INLINE_STYLE)].map((match) => hash(match[1]!)));
  const policy = meta[1]!
    .split(';')
    .map((directive) => {
      const [name, ...values] = directive.trim().split(/\s+/);
      const own = name === 'script-src' ? scripts : name === 'style-src' ? styles : undefined;
      if (!own) return directive.trim();
      return [name, ...values.filter((value) => !HASH.test(value) || own.has(value))].join(' ');
    })
    .filter(Boolean)
    .join(';');
  return html.replace(meta[0], `<meta http-equiv="content-security-policy" content="${policy}">`);
}
