/**
 * Decides whether a lesson may send a learner to a URL. Only exact hostnames on the
 * project's allowlist pass: "anything under .go.id" would let a hacked regional site
 * through (CURRICULUM §4.2).
 */
export type LinkVerdict =
  { ok: true; kind: 'internal' | 'official'; host?: string } | { ok: false; reason: string; fix: string };

const ALLOWLIST_FILE = 'content/official-hosts.yaml';

export function normaliseHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '');
}

export function hostOf(url: string): string | undefined {
  try {
    return normaliseHost(new URL(url).hostname);
  } catch {
    return undefined;
  }
}

export function checkLink(href: string, officialHosts: ReadonlySet<string>): LinkVerdict {
  const value = href.trim();
  if (value.startsWith('#')) return { ok: true, kind: 'internal' };
  if (value.startsWith('/') && !value.startsWith('//')) return { ok: true, kind: 'internal' };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return {
      ok: false,
      reason: `"${href}" is not a full address.`,
      fix: 'Link inside the site with a path that starts with "/" (for example /pelajaran/kode-otp-rahasia/), or write a full https:// address.',
    };
  }
  if (url.protocol !== 'https:') {
    return {
      ok: false,
      reason: `"${href}" uses ${url.protocol.replace(':', '')}, not https.`,
      fix: 'Send learners only to https:// pages of an official host.',
    };
  }
  if (url.username || url.password) {
    return {
      ok: false,
      reason: `"${href}" hides a user name in the address, a trick scammers use.`,
      fix: 'Remove the part before "@".',
    };
  }
  const host = normaliseHost(url.hostname);
  if (!officialHosts.has(host)) {
    return {
      ok: false,
      reason: `the host "${host}" is not on the list of official hosts.`,
      fix: `Link to an official page instead, or, if "${host}" is official, add it to ${ALLOWLIST_FILE} with its owner and purpose. A news report may be cited in the frontmatter "sources" with kind: news.`,
    };
  }
  return { ok: true, kind: 'official', host };
}
