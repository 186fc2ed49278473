/**
 * The offline page the service worker builds itself, for when its cache is gone (evicted by
 * the browser, or never filled): plain HTML with one small style, no script and nothing
 * fetched, so it needs no cache and no network. Its words come from src/i18n (injected
 * into the worker by src/integrations/service-worker.ts).
 */
export interface FallbackWords {
  title: string;
  text: string;
  retry: string;
  home: string;
}

export const FALLBACK_STYLE =
  'body{font:1.125rem/1.5 system-ui,sans-serif;max-width:36rem;margin:0 auto;padding:1rem;color:#1b1b1b;background:#fff}a{color:#0b4fa8}li{margin-block:.5rem}';

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);

/** `address` is the page the learner asked for: "Coba lagi" opens it again once there is a signal. */
export function fallbackPage(lang: string, words: FallbackWords, home: string, address: string): string {
  return `<!doctype html><html lang="${escape(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${escape(words.title)}</title><style>${FALLBACK_STYLE}</style></head><body><main><h1>${escape(words.title)}</h1><p>${escape(words.text)}</p><ul><li><a href="${escape(address)}">${escape(words.retry)}</a></li><li><a href="${escape(home)}">${escape(words.home)}</a></li></ul></main></body></html>`;
}
