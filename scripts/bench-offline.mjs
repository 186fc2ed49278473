// Offline budgets (issue: installable and offline), measured from dist/:
// - the precache of the bundled curriculum, transferred gzipped (budget 1.5 MiB);
// - the service worker with its injected manifest, gzipped (budget 30 KiB);
// - the data-saving shell alone.
// Writes reports/bench-offline.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const KiB = 1024;
const sw = readFileSync(path.join(dist, 'sw.js'), 'utf8');
// The worker carries its precache list as a literal: read url and shell flag from it.
const entries = [
  ...sw.matchAll(/\{"?url"?:["`]([^"`]+)["`],"?revision"?:(?:["`][^"`]*["`]|null),"?shell"?:(!0|!1|true|false)\}/g),
].map((match) => ({ url: match[1], shell: match[2] === '!0' || match[2] === 'true' }));
const fileOf = (url) => {
  const relative = url.slice(1).replace(/\/$/, '/index.html').replace(/^$/, 'index.html');
  return path.join(dist, relative === '/index.html' ? 'index.html' : relative);
};
let all = 0;
let shell = 0;
for (const entry of entries) {
  const size = gzipSync(readFileSync(fileOf(entry.url)), { level: 9 }).length;
  all += size;
  if (entry.shell) shell += size;
}
const report = {
  precacheEntries: entries.length,
  precacheGzipKiB: +(all / KiB).toFixed(1),
  shellEntries: entries.filter((entry) => entry.shell).length,
  shellGzipKiB: +(shell / KiB).toFixed(1),
  workerWithManifestGzipKiB: +(gzipSync(sw, { level: 9 }).length / KiB).toFixed(1),
  budgets: { precacheGzipKiB: 1536, workerWithManifestGzipKiB: 30 },
};
console.table(report);
mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench-offline.json', `${JSON.stringify(report, null, 2)}\n`);
