import { describe, expect, it } from 'vitest';
import { checkLink, hostOf } from './official';

const hosts = new Set(['lapor.go.id', 'cekrekening.id']);

describe('checkLink', () => {
  it('accepts an https link to an exact official host', () => {
    expect(checkLink('https://lapor.go.id/', hosts)).toEqual({ ok: true, kind: 'official', host: 'lapor.go.id' });
    expect(checkLink('https://LAPOR.go.id./instansi', hosts)).toMatchObject({ ok: true, host: 'lapor.go.id' });
  });

  it('accepts links inside the site', () => {
    expect(checkLink('/pelajaran/kode-otp-rahasia/', hosts)).toMatchObject({ ok: true, kind: 'internal' });
    expect(checkLink('#langkah', hosts)).toMatchObject({ ok: true, kind: 'internal' });
  });

  it('rejects a host that merely ends in an official name', () => {
    const verdict = checkLink('https://lapor.go.id.evil.example/', hosts);
    expect(verdict.ok).toBe(false);
    expect(verdict).toMatchObject({ fix: expect.stringContaining('content/official-hosts.yaml') });
  });

  it('rejects sub-domains of an official host, since hacked sub-sites exist', () => {
    expect(checkLink('https://judi.lapor.go.id/', hosts).ok).toBe(false);
  });

  it('rejects http, protocol-relative and user-info tricks', () => {
    expect(checkLink('http://lapor.go.id/', hosts)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('http'),
    });
    expect(checkLink('//lapor.go.id/', hosts).ok).toBe(false);
    expect(checkLink('https://lapor.go.id@evil.example/', hosts).ok).toBe(false);
    expect(checkLink('https://user@lapor.go.id/', hosts)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('user name'),
    });
  });

  it('rejects relative links that would break under a sub-path', () => {
    expect(checkLink('pelajaran/x/', hosts)).toMatchObject({ ok: false, fix: expect.stringContaining('"/"') });
  });
});

describe('hostOf', () => {
  it('gives the lower-case host or nothing', () => {
    expect(hostOf('https://CekRekening.id/x')).toBe('cekrekening.id');
    expect(hostOf('not a url')).toBeUndefined();
  });
});
