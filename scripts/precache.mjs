// The service worker's precache as shipped: entries read from dist/sw.js (it carries its list as a
// literal) and their gzipped sizes. Shared by bench-offline and bench-scale.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const KiB = 1024;
const gzipBytes = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

export function measurePrecache(dist) {
  const sw = readFileSync(path.join(dist, 'sw.js'), 'utf8');
  const entries = [
    ...sw.matchAll(
      /\{"?url"?:["`]([^"`]+)["`],"?revision"?:(?:["`][^"`]*["`]|null),"?shell"?:(!0|!1|true|false),"?bytes"?:\d+\}/g,
    ),
  ].map((match) => ({ url: match[1], shell: match[2] === '!0' || match[2] === 'true' }));
  const fileOf = (url) => {
    const relative = url.slice(1).replace(/\/$/, '/index.html').replace(/^$/, 'index.html');
    return path.join(dist, relative === '/index.html' ? 'index.html' : relative);
  };
  let all = 0;
  let shell = 0;
  for (const entry of entries) {
    const size = gzipBytes(fileOf(entry.url));
    all += size;
    if (entry.shell) shell += size;
  }
  return {
    precacheEntries: entries.length,
    precacheGzipKiB: +(all / KiB).toFixed(1),
    shellEntries: entries.filter((entry) => entry.shell).length,
    shellGzipKiB: +(shell / KiB).toFixed(1),
    workerGzipKiB: +(gzipSync(sw, { level: 9 }).length / KiB).toFixed(1),
  };
}
