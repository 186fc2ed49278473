// Offline budgets (issue: installable and offline), measured from dist/:
// - the precache of the bundled curriculum, transferred gzipped (budget 48 KiB per Indonesian lesson:
//   the whole site, both languages, grows with the curriculum; 1.5 MiB was 32 lessons' share);
// - the service worker with its injected manifest, gzipped (budget 30 KiB);
// - the data-saving shell alone.
// Writes reports/bench-offline.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { measurePrecache } from './precache.mjs';

const dist = process.argv[2] ?? 'dist';
const { workerGzipKiB, ...precache } = measurePrecache(dist);
const lessons = Object.keys(JSON.parse(readFileSync(`${dist}/data/katalog-id.json`, 'utf8')).lessons).length;
const report = {
  ...precache,
  workerWithManifestGzipKiB: workerGzipKiB,
  lessons,
  // 32 lessons and 16 translations precached in 1.35 MiB; 48 and 24, with drawn screens, in 1.87 MiB.
  budgets: { precacheGzipKiB: 48 * lessons, workerWithManifestGzipKiB: 30 },
};
console.table(report);
mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench-offline.json', `${JSON.stringify(report, null, 2)}\n`);
