import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keepPageHashes } from './page-hashes';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
const policyOf = (html: string) => html.match(/content="([^"]*)"/)![1];

describe('keepPageHashes', () => {
  const style = ':root{--brand:#0b5d4b}';
  const script = 'console.log(1)';
  const site = `default-src 'self';script-src 'self' 'wasm-unsafe-eval' ${sha(script)} ${sha('other()')}; style-src 'self' ${sha(style)} ${sha('p{}')};`;

  it("keeps only the hashes of the page's own inline scripts and styles", () => {
    const html = page(site, `<style>${style}</style><script>${script}</script>`);
    expect(policyOf(keepPageHashes(html, sha))).toBe(
      `default-src 'self';script-src 'self' 'wasm-unsafe-eval' ${sha(script)};style-src 'self' ${sha(style)}`,
    );
  });

  it('drops every script hash from a page whose scripts are all files or data', () => {
    const html = page(
      site,
      `<script type="module" src="/_astro/a.js"></script><script type="application/json" id="x">{"a":1}</script>`,
    );
    expect(policyOf(keepPageHashes(html, sha))).toBe(
      `default-src 'self';script-src 'self' 'wasm-unsafe-eval';style-src 'self'`,
    );
  });

  it('leaves a page without a policy as it is', () => {
    expect(keepPageHashes('<p>hi</p>', sha)).toBe('<p>hi</p>');
  });
});
