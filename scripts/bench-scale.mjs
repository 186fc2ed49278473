// Scale benchmark (issue 10): how the build and the shipped site grow with the number of lessons.
//
//   node scripts/bench-scale.mjs [N ...]        default: 100 1000 5000
//
// For each N it copies content/ to a temporary folder, replaces the lessons and paths with N
// synthetic lessons that pass the real schema and use the real author components (Steps, Tip,
// Warning, Important, Term, OfficialLink, Check, ScamDrill or Simulator, TrainerNote), ~400 words
// of varied Indonesian-like text each, spread over 20 paths, 10% translated into English. It then
// runs the real `astro build` into a temporary dist/ and measures:
//   - wall build time and peak memory (GNU time's maximum resident set size, else /proc polling);
//   - dist/ size and page count, and the build's own phase timings read from its log;
//   - per lesson page: HTML + the CSS/JS it loads (link/script src, plus the static imports of
//     those modules, one level), gzipped: median and largest;
//   - the service worker's precache: entries and gzipped size (read from dist/sw.js, as
//     scripts/bench-offline.mjs does), and the worker itself gzipped;
//   - Pagefind bytes a typical query fetches, measured in headless Chromium on the real /cari/
//     page (every /pagefind/ response: entry, wasm, index chunks, filters, fragments of the top
//     results), counted as they would travel with gzip;
//   - the finder's index (dist/data/finder-id/): its size, largest shard, and what typical
//     queries fetch of it (manifest, shards and document chunks, gzipped).
// Prints a table and writes reports/bench-scale.json (merged by N with earlier runs of this script,
// so `node scripts/bench-scale.mjs 5000` updates only that row). BENCH_LABEL tags a run ("before",
// "after"); BENCH_KEEP=1 keeps the temporary folders; BENCH_SKIP_BROWSER=1 skips the Pagefind part.
// The same lessons also go through npm run build:zim: the Kiwix edition's size and build time.
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { finderIndexSize, finderQueryBytes } from './finder-bytes.mjs';
import { measurePrecache } from './precache.mjs';
import { generate } from './synthetic-lessons.mjs';
import { clearGzipCache, gzipBytes, median, pageWeight, timed, walkFiles } from './site-measure.mjs';

const KiB = 1024;
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
const counts = sizes.length > 0 ? sizes : [100, 1000, 5000];
const label = process.env.BENCH_LABEL ?? 'current';
/** Typical finder queries: words the synthetic lessons use, typed whole, half typed and with a typo. */
const FINDER_QUERIES = ['kode otp', 'pajak kendaraan', 'laporkan penipu', 'bans', 'verifkasi akun', 'ktp digital'];
// The highest lesson id the schema and the codes accept (src/lib/progress/model.ts): N above it cannot build.
const MAX_SCHEMA_ID = Number(
  readFileSync('src/lib/progress/model.ts', 'utf8').match(/MAX_LESSON_ID = (\d+)/)?.[1] ?? Infinity,
);

// ---------------------------------------------------------------------------------------------
// Build and measure
// ---------------------------------------------------------------------------------------------

function runBuild(work) {
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    LANGKAH_CONTENT_DIR: path.join(work, 'content'),
    LANGKAH_OUT_DIR: path.join(work, 'dist'),
    LANGKAH_CACHE_DIR: path.join(work, 'cache'),
  };
  return timed(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { env }).then((result) => {
    writeFileSync(path.join(work, 'build.log'), result.output);
    return result;
  });
}

/** The Kiwix edition of the same lessons (npm run build:zim): its size and where its time goes. */
function runZimBuild(work) {
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    LANGKAH_CACHE_DIR: path.join(work, 'cache-zim'),
  };
  const args = ['scripts/build-zim.mjs', '--content', path.join(work, 'content'), '--out', path.join(work, 'zim')];
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => {
      const seconds = +((performance.now() - started) / 1000).toFixed(1);
      const file = status === 0 ? readdirSync(path.join(work, 'zim')).find((name) => name.endsWith('.zim')) : undefined;
      const phase = (name) => Number(output.match(new RegExp(`${name} ([\\d.]+) s`))?.[1] ?? NaN);
      resolve(
        file
          ? {
              seconds,
              siteSeconds: phase('site build'),
              zimwriterfsSeconds: phase('zimwriterfs'),
              zimcheckSeconds: phase('zimcheck'),
              sizeMiB: +(statSync(path.join(work, 'zim', file)).size / KiB / KiB).toFixed(2),
            }
          : { failed: output.split('\n').slice(-20).join('\n') },
      );
    });
  });
}

/** Seconds between the build log's stage markers (the log prints wall-clock hh:mm:ss). */
function phases(output) {
  const at = (pattern) => {
    const line = output.split('\n').find((text) => pattern.test(text));
    const match = line?.match(/^(\d\d):(\d\d):(\d\d)/);
    return match ? Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]) : undefined;
  };
  const marks = {
    start: at(/^\d\d:\d\d:\d\d /),
    synced: at(/\[content\] Synced content/),
    entrypoints: at(/Building static entrypoints/),
    routes: at(/generating static routes/) ?? at(/Rearranging server assets/),
    generated: at(/^\d\d:\d\d:\d\d ✓ Completed in/),
    indexed: at(/\[langkah:search-index\] Indexed/),
    worker: at(/\[langkah:service-worker\] Service worker/),
  };
  const span = (from, to) => (marks[from] !== undefined && marks[to] !== undefined ? marks[to] - marks[from] : null);
  const pagefindMs = output.match(/Indexed \d+ pages in (\d+) ms/);
  const generatedIn = output.match(/^\d\d:\d\d:\d\d ✓ Completed in (?:(\d+)m )?([\d.]+)(m?s)/m);
  return {
    toContentSyncedS: span('start', 'synced'),
    syncToEntrypointsS: span('synced', 'entrypoints'),
    viteBundlesS: span('entrypoints', 'routes'),
    pageGenerationS: generatedIn
      ? +(Number(generatedIn[1] ?? 0) * 60 + Number(generatedIn[2]) / (generatedIn[3] === 'ms' ? 1000 : 1)).toFixed(1)
      : null,
    pagefindS: pagefindMs ? +(Number(pagefindMs[1]) / 1000).toFixed(1) : null,
    serviceWorkerS: span('indexed', 'worker'),
  };
}

/** A lesson page and what it loads right away: its CSS, its scripts and their static imports. */

const precache = measurePrecache;

/** Bytes of /pagefind/ a query on the real search page fetches, in headless Chromium. */
async function pagefindBytes(dist, queries) {
  const { chromium } = await import('@playwright/test');
  const { serve } = await import('../tests/support/static-server.mjs');
  const port = 4350;
  const server = await serve({ root: dist, port });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
  });
  const results = [];
  try {
    for (const query of queries) {
      // A fresh context per query: an empty HTTP cache and no service worker, like a first search.
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      const fetched = new Map();
      page.on('response', (response) => {
        const url = new URL(response.url());
        if (url.pathname.startsWith('/pagefind/')) fetched.set(url.pathname, url.pathname);
      });
      await page.goto(`http://127.0.0.1:${port}/cari/?q=${encodeURIComponent(query)}`);
      await page.locator('.search-results li, #search-status:has-text(" ")').first().waitFor({ timeout: 60_000 });
      await page.waitForLoadState('networkidle');
      let wire = 0;
      let raw = 0;
      let fragments = 0;
      for (const pathname of fetched.keys()) {
        const file = path.join(dist, pathname);
        const bytes = statSync(file).size;
        raw += bytes;
        // Pagefind's own files (.pf_*, .pagefind) are gzipped already; its .js/.json a host gzips.
        wire += /\.(js|json|css)$/.test(pathname) ? gzipBytes(file) : bytes;
        if (pathname.includes('/fragment/')) fragments++;
      }
      results.push({
        query,
        files: fetched.size,
        fragments,
        wireKiB: +(wire / KiB).toFixed(1),
        rawKiB: +(raw / KiB).toFixed(1),
      });
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return results;
}

async function benchOne(n) {
  if (n > MAX_SCHEMA_ID) {
    throw new Error(
      `N=${n}: lesson ids go up to ${MAX_SCHEMA_ID} in src/schemas/lesson.ts, so ${n} lessons cannot build. ` +
        'Raise the cap there (completion codes carry one bit per id up to the highest completed, so they grow too).',
    );
  }
  const work = mkdtempSync(path.join(tmpdir(), `langkah-scale-${n}-`));
  cpSync('content', path.join(work, 'content'), { recursive: true });
  const generated = generate(path.join(work, 'content'), n);
  console.log(
    `N=${n}: generated ${generated.lessons} lessons (${generated.translations} in English) in ${work}; building…`,
  );
  const build = await runBuild(work);
  if (build.status !== 0) {
    console.error(build.output.split('\n').slice(-60).join('\n'));
    throw new Error(`N=${n}: the build failed (exit ${build.status}); log in ${work}/build.log`);
  }
  const dist = path.join(work, 'dist');
  const files = walkFiles(dist);
  const pages = files.filter((file) => file.endsWith('.html'));
  const lessonPages = pages.filter((file) => /[\\/]pelajaran[\\/][^\\/]+[\\/]index\.html$/.test(file));
  const weights = lessonPages.map((file) => pageWeight(dist, file));
  const totals = weights.map((weight) => weight.total);
  const heaviest = lessonPages[totals.indexOf(Math.max(...totals))];
  const finderQueries = await finderQueryBytes(dist, 'id', FINDER_QUERIES);
  const katalog = readFileSync(path.join(dist, 'data/katalog-id.json'));
  // BENCH_SKIP_ZIM=1 leaves out the Kiwix edition (it needs Debian's zim-tools).
  const zim = process.env.BENCH_SKIP_ZIM === '1' ? undefined : await runZimBuild(work);
  const search =
    process.env.BENCH_SKIP_BROWSER === '1'
      ? []
      : await pagefindBytes(dist, ['kode otp', 'pajak kendaraan', 'laporkan penipu']);
  const result = {
    n,
    label,
    lessons: generated.lessons,
    translations: generated.translations,
    buildSeconds: +build.seconds.toFixed(1),
    buildCpuSeconds: Number.isNaN(build.cpuSeconds) ? null : +build.cpuSeconds.toFixed(1),
    loadAverage: (await import('node:os')).loadavg()[0],
    peakMemoryMiB: build.peakMiB,
    phases: phases(build.output),
    distMiB: +(files.reduce((sum, file) => sum + statSync(file).size, 0) / KiB / KiB).toFixed(1),
    files: files.length,
    pages: pages.length,
    lessonPages: lessonPages.length,
    lessonPageGzipKiB: {
      median: +(median(totals) / KiB).toFixed(1),
      max: +(Math.max(...totals) / KiB).toFixed(1),
      heaviest: path.relative(dist, heaviest),
      medianHtmlOnly: +(median(weights.map((weight) => weight.html)) / KiB).toFixed(1),
    },
    ...precache(dist),
    pagefind: {
      medianWireKiB: search.length ? median(search.map((item) => item.wireKiB)) : null,
      queries: search,
      totalMiB: +(
        files
          .filter((file) => file.includes(`${path.sep}pagefind${path.sep}`))
          .reduce((sum, file) => sum + statSync(file).size, 0) /
        KiB /
        KiB
      ).toFixed(1),
    },
    finderIndex: {
      ...finderIndexSize(dist, 'id'),
      queryWireKiB: {
        median: median(finderQueries.map((item) => item.wireKiB)),
        max: Math.max(...finderQueries.map((item) => item.wireKiB)),
      },
      queries: finderQueries,
    },
    katalogGzipKiB: +(gzipSync(katalog, { level: 9 }).length / KiB).toFixed(1),
    zim,
    workDir: process.env.BENCH_KEEP === '1' ? work : undefined,
  };
  if (process.env.BENCH_KEEP !== '1') rmSync(work, { recursive: true, force: true });
  clearGzipCache();
  return result;
}

const reportFile = 'reports/bench-scale.json';
const previous = existsSync(reportFile) ? JSON.parse(readFileSync(reportFile, 'utf8')) : { runs: [] };
const runs = previous.runs.filter((run) => !(counts.includes(run.n) && run.label === label));
for (const n of counts) {
  const result = await benchOne(n);
  runs.push(result);
  console.log(JSON.stringify(result, null, 2));
}
runs.sort((a, b) => a.label.localeCompare(b.label) || a.n - b.n);
console.table(
  runs.map((run) => ({
    label: run.label,
    N: run.n,
    'build s': run.buildSeconds,
    'cpu s': run.buildCpuSeconds,
    'peak MiB': run.peakMemoryMiB,
    'dist MiB': run.distMiB,
    pages: run.pages,
    'lesson page gz KiB (median/max)': `${run.lessonPageGzipKiB.median} / ${run.lessonPageGzipKiB.max}`,
    precache: `${run.precacheEntries} / ${run.precacheGzipKiB} KiB`,
    'sw.js gz KiB': run.workerGzipKiB,
    'pagefind query KiB': run.pagefind.medianWireKiB,
    'finder gz KiB': run.finderIndex.gzipKiB,
    'finder query KiB (median/max)': run.finderIndex.queryWireKiB
      ? `${run.finderIndex.queryWireKiB.median} / ${run.finderIndex.queryWireKiB.max}`
      : '',
    'zim MiB / s': run.zim?.sizeMiB ? `${run.zim.sizeMiB} / ${run.zim.seconds}` : '',
  })),
);
mkdirSync('reports', { recursive: true });
writeFileSync(
  reportFile,
  `${JSON.stringify({ machine: { cpus: (await import('node:os')).cpus().length, node: process.version }, runs }, null, 2)}\n`,
);
console.log(`Wrote ${reportFile}`);
