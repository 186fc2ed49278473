import { describe, expect, it } from 'vitest';
import { relativeHref, rootOf, zimFile } from './paths';
import { brokenLinks, targetOf } from './links';
import { plainAddress, rewritePage } from './rewrite';

describe('zimFile and relativeHref', () => {
  it('names the file a site path stands for, keeping the fragment and query', () => {
    expect(zimFile('/')).toBe('index.html');
    expect(zimFile('/pelajaran/x/')).toBe('pelajaran/x/index.html');
    expect(zimFile('/istilah/#pin')).toBe('istilah/index.html#pin');
    expect(zimFile('/pelatih/presentasi/?pelajaran=x')).toBe('pelatih/presentasi/index.html?pelajaran=x');
    expect(zimFile('/icons.svg#menu')).toBe('icons.svg#menu');
  });

  it('climbs from the page to the root first', () => {
    expect(rootOf('index.html')).toBe('');
    expect(rootOf('en/pelajaran/x/index.html')).toBe('../../../');
    expect(relativeHref('pelajaran/x/index.html', '/_astro/a.css')).toBe('../../_astro/a.css');
    expect(relativeHref('index.html', '/en/')).toBe('en/index.html');
  });
});

describe('rewritePage', () => {
  const page = 'pelajaran/x/index.html';

  it('makes every site path relative and marks the root on <html>', () => {
    const html =
      '<html lang="id"><a href="/istilah/#otp">OTP</a><img src="/qr/x.svg" alt=""><use href="/icons.svg#menu"/>';
    expect(rewritePage(html, page)).toBe(
      '<html data-root="../../" lang="id"><a href="../../istilah/index.html#otp">OTP</a><img src="../../qr/x.svg" alt=""><use href="../../icons.svg#menu"/>',
    );
    expect(rewritePage('<html lang="id">', 'index.html')).toBe('<html data-root="./" lang="id">');
  });

  it('leaves inline scripts and styles byte for byte, so their CSP hashes still match', () => {
    expect(rewritePage('<script type="module" src="/_astro/a.js"></script>', page)).toBe(
      '<script type="module" src="../../_astro/a.js"></script>',
    );
    const script = '<script>document.x = {a:"/b/"}; el.setAttribute("href", "/c/")</script>';
    const style = '<style>a[href="/x/"]{color:red}</style>';
    const html = `<p><a href="/a/">a</a></p>${script}<div data-u="/d/"></div>${style}`;
    expect(rewritePage(html, page)).toBe(
      `<p><a href="../../a/index.html">a</a></p>${script}<div data-u="../../d/index.html"></div>${style}`,
    );
  });

  it('turns a link that leaves the ZIM into its plain address, once', () => {
    const official =
      '<a class="x" href="https://oss.go.id/" rel="noopener"><span class="official-link__host">oss.go.id</span></a>';
    expect(rewritePage(official, page)).toBe(
      '<span class="offsite x"><span class="official-link__host">oss.go.id</span></span>',
    );
    expect(rewritePage('<a href="https://ojk.go.id/id/Pages/A.aspx">Laku Pandai</a>', page)).toBe(
      '<span class="offsite">Laku Pandai <span class="offsite__address">ojk.go.id/id/Pages/A.aspx</span></span>',
    );
  });

  it('keeps protocol-relative, fragment, phone and mail links as they are', () => {
    const html =
      '<a href="#main">x</a><a href="tel:1500">y</a><a href="mailto:a@example.com">z</a><img src="//cdn.example/x">';
    expect(rewritePage(html, page)).toBe(html);
  });

  it('writes an address without its scheme or closing slash', () => {
    expect(plainAddress('https://www.lapor.go.id/')).toBe('www.lapor.go.id');
    expect(plainAddress('http://a.go.id/b/c/')).toBe('a.go.id/b/c');
  });
});

describe('brokenLinks', () => {
  const files = new Set(['index.html', 'pelajaran/x/index.html', 'icons.svg', '_astro/a.js']);
  const exists = (file: string) => files.has(file);

  it('resolves each reference from the page and reports what the ZIM lacks', () => {
    const html =
      '<a href="../../index.html">a</a><use href="../../icons.svg#menu"/><script src="../../_astro/a.js"></script>' +
      '<a href="../../offline/index.html">b</a><a href="#main">c</a><a href="tel:1500">d</a>';
    expect(brokenLinks(html, 'pelajaran/x/index.html', exists)).toEqual(['../../offline/index.html']);
    expect(targetOf('pelajaran/x/index.html', './../y/index.html?q=1')).toBe('pelajaran/y/index.html');
    // kiwix-serve's own search, beside the book's folder, is the reader's and not the ZIM's.
    expect(brokenLinks('<form action="../../search">', 'cari/index.html', exists)).toEqual([]);
  });

  it('reports a root-absolute path, which no reader resolves', () => {
    expect(brokenLinks('<img src="/icons.svg">', 'index.html', exists)).toEqual(['/icons.svg']);
  });
});
