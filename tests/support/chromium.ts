import { existsSync } from 'node:fs';

/** Debian's Chromium: tests never download a browser of their own. */
export function chromiumPath(): string {
  const candidate = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  if (!existsSync(candidate)) {
    throw new Error(
      `Chromium was not found at ${candidate}. Browser tests drive Debian's Chromium.\n` +
        'Install it with: sudo apt-get update && sudo apt-get install -y chromium\n' +
        'or point CHROMIUM_PATH at another Chromium binary.',
    );
  }
  return candidate;
}

/** Flags that keep Chromium quiet on a machine with no outside network, running as root. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
