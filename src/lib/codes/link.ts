/**
 * The transfer link: the progress page's address with the code in its fragment
 * (`/kemajuan/#pindah=CODE`), which never reaches a server. A scanner may read such a link
 * where a completion code belongs, so it is recognised wherever codes are typed or scanned.
 */
export const TRANSFER_PARAM = 'pindah';

export function transferLink(pageUrl: string, code: string): string {
  return `${pageUrl}#${TRANSFER_PARAM}=${code}`;
}

/** The code a fragment carries ("#pindah=…" or "pindah=…"), if any. */
export function transferFromFragment(fragment: string): string | undefined {
  return new URLSearchParams(fragment.replace(/^#/, '')).get(TRANSFER_PARAM) ?? undefined;
}

/** True when scanned or pasted text is a transfer link rather than a bare code. */
export function isTransferLink(text: string): boolean {
  const hash = text.indexOf('#');
  return hash >= 0 && transferFromFragment(text.slice(hash)) !== undefined;
}
