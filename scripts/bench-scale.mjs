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
import { parse } from 'yaml';
import { finderIndexSize, finderQueryBytes } from './finder-bytes.mjs';
import { measurePrecache } from './precache.mjs';

const KiB = 1024;
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
const counts = sizes.length > 0 ? sizes : [100, 1000, 5000];
const label = process.env.BENCH_LABEL ?? 'current';
const PATHS = 20;
/** Typical finder queries: words the synthetic lessons use, typed whole, half typed and with a typo. */
const FINDER_QUERIES = ['kode otp', 'pajak kendaraan', 'laporkan penipu', 'bans', 'verifkasi akun', 'ktp digital'];
// The highest lesson id the schema and the codes accept (src/lib/progress/model.ts): N above it cannot build.
const MAX_SCHEMA_ID = Number(
  readFileSync('src/lib/progress/model.ts', 'utf8').match(/MAX_LESSON_ID = (\d+)/)?.[1] ?? Infinity,
);

// ---------------------------------------------------------------------------------------------
// Synthetic content
// ---------------------------------------------------------------------------------------------

const WORDS = `akun aplikasi alamat amankan anak antre asli bantuan bank baca bagikan balai bawa bayar
benar berkas biaya bukti buka cabang cara catat cepat cek cetak cocok contoh daftar dapat data
datang desa digital dokumen dompet duga email foto gratis grup hadiah hapus harga hati hubungi identitas
ingat info jaringan jangan jelas jual kabar kantor kartu kata keluarga kecamatan keamanan kenali kirim
kode kota kuota kurir laporkan layanan lengkap lewat lindungi loket lupa masuk masukkan mata meminta
menu minta modus nama nomor orang pajak pakai palsu panggilan paspor pastikan pelayanan pemerintah
penipu penting percaya periksa perlu pesan petugas pilih pindai ponsel pulsa rahasia resmi rekening
rumah rutin salin sandi sekolah selalu sembunyikan sinyal situs simpan singkat surat swafoto syarat
tagihan tanda tanggal tanya tautan telepon teliti teman tempat terima tiket tolak tombol tunggu ubah
ulang unduh unggah urus usaha verifikasi waktu warga waspada wilayah izin ikuti isi jadwal kesehatan
kendaraan kependudukan kartu-keluarga pendaftaran pengaduan penerima bansos sekolah puskesmas posyandu
nelayan petani pedagang pasar kebun sungai jalan kampung dusun musim hujan kemarau listrik air bensin
motor perahu sepeda angkot ojek pasar pagi siang sore malam hari minggu bulan tahun lalu besok nanti`
  .split(/\s+/)
  .filter(Boolean);
const EN_WORDS = `account app address safe child queue real help bank read share hall bring pay right news file fee
proof open branch way note fast check print match example register get data come village digital document
wallet email photo free group prize delete price careful contact identity remember info network never sell
news office card word family district security know send code city data courier report service complete
through protect counter forget enter menu ask trick name number person tax use fake call passport make sure
officer choose scan phone credit secret official account house regular copy school always hide signal site
save short letter selfie rule bill sign date ask link phone careful friend place receive ticket refuse button
wait change again download upload handle business verify time resident wary region permit follow fill schedule`
  .split(/\s+/)
  .filter(Boolean);

/** A small deterministic generator, so every run builds the same site. */
function random(seed) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}
const pickOne = (rand, list) => list[Math.floor(rand() * list.length)];
function words(rand, count, list = WORDS) {
  return Array.from({ length: count }, () => pickOne(rand, list)).join(' ');
}
function sentence(rand, list = WORDS) {
  const text = words(rand, 8 + Math.floor(rand() * 8), list);
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}
const paragraph = (rand, count, list) => Array.from({ length: count }, () => sentence(rand, list)).join(' ');
const capitalised = (text) => `${text[0].toUpperCase()}${text.slice(1)}`;
const quote = (text) => `'${text.replace(/'/g, '')}'`;

const PILLARS = ['cakap', 'etika', 'aman', 'budaya'];
const LEVELS = ['dasar', 'menengah', 'lanjut'];

function frontmatter({ lesson, rand, english, services, hosts }) {
  const list = english ? EN_WORDS : WORDS;
  const quiz = Array.from({ length: 4 }, (_, q) => {
    const choices = Array.from({ length: 3 }, (_, c) => `${capitalised(words(rand, 3 + c, list))} ${q}${c}`);
    const answer = choices[Math.floor(rand() * 3)];
    return {
      question: `${capitalised(words(rand, 7, list))}?`,
      choices: choices.map((text) => ({
        text,
        feedback: text === answer ? `Benar. ${sentence(rand, list)}` : `Bukan. ${sentence(rand, list)}`,
      })),
      answer,
    };
  });
  const host = hosts[lesson.id % hosts.length];
  return {
    id: lesson.id,
    title: `${capitalised(words(rand, 4, list))} ${lesson.id}`.slice(0, 78),
    summary: paragraph(rand, 2, list).slice(0, 230),
    path: lesson.path,
    pillar: PILLARS[lesson.id % PILLARS.length],
    services: lesson.id % 3 === 0 ? [services[lesson.id % services.length]] : [],
    level: LEVELS[lesson.id % LEVELS.length],
    minutes: 5 + (lesson.id % 11),
    objectives: Array.from({ length: 3 }, () => `Anda bisa ${words(rand, 8, list)}.`),
    prerequisites: lesson.previous && lesson.id % 4 === 0 ? [lesson.previous] : [],
    sources: [
      { title: `Situs resmi ${host}`, url: `https://${host}/`, kind: 'official', checked: '2026-11-27' },
      ...(lesson.id % 5 === 0
        ? [
            {
              title: capitalised(words(rand, 6, list)),
              url: `https://berita.example/${lesson.slug}`,
              kind: 'news',
              publisher: 'Berita Contoh',
              date: '2025-10-26',
              checked: '2026-11-27',
            },
          ]
        : []),
    ],
    verified: '2026-11-27',
    quiz,
    draft: false,
  };
}

function body({ lesson, rand, english, terms, hosts }) {
  const list = english ? EN_WORDS : WORDS;
  const p = (count) => paragraph(rand, count, list);
  const term = (k) => {
    const entry = terms[(lesson.id * 3 + k) % terms.length];
    return `<Term id="${entry.id}">${entry.term}</Term>`;
  };
  const host = hosts[(lesson.id * 7) % hosts.length];
  const steps = Array.from(
    { length: 5 },
    (_, i) => `${i + 1}. ${capitalised(words(rand, 6, list))} **${words(rand, 2, list)}**.`,
  );
  const exercise =
    lesson.id % 2 === 0
      ? `<ScamDrill
  id="latihan-${lesson.id}"
  messages={[
    {
      channel: 'whatsapp',
      from: '+62 812-xxxx-1111',
      text: ${quote(p(2))},
      verdict: 'scam',
      flags: [${quote(capitalised(words(rand, 3, list)))}, ${quote(capitalised(words(rand, 3, list)))}],
      explanation: ${quote(p(2))},
    },
    {
      channel: 'sms',
      from: 'Info-Layanan',
      text: ${quote(p(1))},
      link: 'layanan-hadiah.xyz/poin',
      verdict: 'scam',
      flags: [${quote(capitalised(words(rand, 3, list)))}],
      explanation: ${quote(p(2))},
    },
    {
      channel: 'sms',
      from: 'WhatsApp',
      text: 'Kode WhatsApp Anda: 123-456. Jangan bagikan kode ini.',
      verdict: 'safe',
      explanation: ${quote(p(1))},
    },
  ]}
/>`
      : `<Simulator
  id="simulasi-${lesson.id}"
  title="Aplikasi latihan ${lesson.id}"
  screens={[
    {
      title: 'Daftar',
      intro: 'Untuk latihan, pakai NIK contoh 9900000101900001.',
      fields: [
        { name: 'nik', label: 'NIK', rule: 'nik', hint: '16 angka di KTP Anda' },
        { name: 'email', label: 'Email', rule: 'email', hint: 'Email yang bisa Anda buka' },
      ],
    },
    { title: 'Swafoto', intro: ${quote(p(1))}, selfie: true },
    {
      title: 'Kode aktivasi',
      intro: 'Untuk latihan, kodenya 123456.',
      fields: [{ name: 'kode', label: 'Kode aktivasi', rule: 'otp', expect: '123456' }],
      submit: 'Aktifkan',
    },
  ]}
  success=${JSON.stringify(p(1))}
/>`;
  const choices = ['Benar sekali', 'Kurang tepat', 'Tidak tahu'];
  return `
${p(4)}

## ${capitalised(words(rand, 4, list))}

${p(3)} Masukkan ${term(0)} Anda. ${p(3)}

<Warning>

${p(2)}

</Warning>

- ${capitalised(words(rand, 6, list))}.
- ${capitalised(words(rand, 6, list))}.
- ${capitalised(words(rand, 6, list))}.

## ${capitalised(words(rand, 4, list))}

${p(4)}

${exercise}

<TrainerNote>

${p(2)}

</TrainerNote>

## ${capitalised(words(rand, 4, list))}

${p(2)} ${term(1)} ${p(2)}

<Steps id="langkah-${lesson.id}">

${steps.join('\n')}

</Steps>

<Tip>

${p(1)}

</Tip>

${p(3)} ${term(2)}.${lesson.previous ? ` Lihat juga [pelajaran sebelumnya](/pelajaran/${lesson.previous}/).` : ''}

<OfficialLink href="https://${host}/">${capitalised(words(rand, 4, list))}</OfficialLink>

<Check
  question=${JSON.stringify(`${capitalised(words(rand, 8, list))}?`)}
  choices={[
${choices.map((text) => `    { text: '${text}', feedback: ${quote(p(1))} },`).join('\n')}
  ]}
  answer="${choices[lesson.id % 3]}"
/>

<Important>

${p(2)}

</Important>

## ${capitalised(words(rand, 4, list))}

${p(5)}
`;
}

function yamlLine(value, indent = '') {
  // JSON is valid YAML: keep the generator free of a YAML writer.
  return `${indent}${JSON.stringify(value)}`;
}

function toFrontmatter(data) {
  return `---\n${Object.entries(data)
    .map(([key, value]) => `${key}: ${yamlLine(value)}`)
    .join('\n')}\n---\n`;
}

/** Writes N lessons and PATHS paths into a copy of content/. */
function generate(contentDir, n) {
  rmSync(path.join(contentDir, 'lessons'), { recursive: true, force: true });
  rmSync(path.join(contentDir, 'paths'), { recursive: true, force: true });
  mkdirSync(path.join(contentDir, 'lessons/id'), { recursive: true });
  mkdirSync(path.join(contentDir, 'lessons/en'), { recursive: true });
  mkdirSync(path.join(contentDir, 'paths'), { recursive: true });

  const hosts = parse(readFileSync(path.join(contentDir, 'official-hosts.yaml'), 'utf8')).map((entry) => entry.host);
  const services = readdirSync(path.join(contentDir, 'services')).map((file) => file.replace(/\.yaml$/, ''));
  const glossaryId = parse(readFileSync(path.join(contentDir, 'glossary/id.yaml'), 'utf8')).terms;
  const glossaryEn = parse(readFileSync(path.join(contentDir, 'glossary/en.yaml'), 'utf8')).terms;
  const enIds = new Set(glossaryEn.map((entry) => entry.id));
  const terms = glossaryId.filter((entry) => enIds.has(entry.id));
  const termsEn = terms.map((entry) => glossaryEn.find((other) => other.id === entry.id));

  const pathSlugs = Array.from({ length: PATHS }, (_, i) => `jalur-sintetis-${String(i + 1).padStart(2, '0')}`);
  const members = pathSlugs.map(() => []);
  const lessons = [];
  for (let id = 1; id <= n; id++) {
    const rand = random(id * 2654435761);
    const slug = `${words(rand, 2)
      .replace(/[^a-z ]/g, '')
      .replace(/\s+/g, '-')}-${id}`;
    const p = (id - 1) % PATHS;
    const previous = members[p].at(-1);
    members[p].push(slug);
    lessons.push({ id, slug, path: pathSlugs[p], previous });
  }
  for (const lesson of lessons) {
    const rand = random(lesson.id * 40503 + 17);
    const data = frontmatter({ lesson, rand, english: false, services, hosts });
    writeFileSync(
      path.join(contentDir, 'lessons/id', `${lesson.slug}.mdx`),
      toFrontmatter(data) + body({ lesson, rand, english: false, terms, hosts }),
    );
    if (lesson.id % 10 === 0) {
      const randEn = random(lesson.id * 69069 + 3);
      const dataEn = frontmatter({ lesson, rand: randEn, english: true, services, hosts });
      writeFileSync(
        path.join(contentDir, 'lessons/en', `${lesson.slug}.mdx`),
        toFrontmatter(dataEn) + body({ lesson, rand: randEn, english: true, terms: termsEn, hosts }),
      );
    }
  }
  pathSlugs.forEach((slug, i) => {
    const rand = random(i + 99);
    const path_ = {
      order: i + 1,
      title: { id: `Jalur ${capitalised(words(rand, 2))} ${i + 1}`, en: `Path ${words(rand, 2, EN_WORDS)} ${i + 1}` },
      summary: { id: sentence(rand), en: sentence(rand, EN_WORDS) },
      icon: 'phone',
      introduction: [{ id: sentence(rand), en: sentence(rand, EN_WORDS) }],
      reviewMonths: 12,
      lessons: members[i],
    };
    writeFileSync(
      path.join(contentDir, 'paths', `${slug}.yaml`),
      Object.entries(path_)
        .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
        .join('\n') + '\n',
    );
  });
  return { lessons: n, translations: Math.floor(n / 10), paths: PATHS };
}

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
  const astro = ['node_modules/astro/bin/astro.mjs', 'build'];
  const gnuTime = existsSync('/usr/bin/time');
  const [command, args] = gnuTime ? ['/usr/bin/time', ['-v', process.execPath, ...astro]] : [process.execPath, astro];
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    // Without GNU time: poll the resident memory of the whole process tree.
    let peakKiB = 0;
    const poll = gnuTime
      ? undefined
      : setInterval(() => {
          peakKiB = Math.max(peakKiB, treeRssKiB(child.pid));
        }, 200);
    child.on('close', (status) => {
      if (poll) clearInterval(poll);
      const seconds = (performance.now() - started) / 1000;
      const rss = output.match(/Maximum resident set size \(kbytes\): (\d+)/);
      if (rss) peakKiB = Number(rss[1]);
      // CPU seconds (user + system) move less than wall time when other work shares the machine.
      const cpu = ['User', 'System'].map((kind) =>
        Number(output.match(new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`))?.[1] ?? NaN),
      );
      writeFileSync(path.join(work, 'build.log'), output);
      resolve({ status, seconds, cpuSeconds: cpu[0] + cpu[1], peakMiB: Math.round(peakKiB / 1024), output });
    });
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

function treeRssKiB(pid) {
  let total = 0;
  const children = (id) => {
    try {
      return readFileSync(`/proc/${id}/task/${id}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
    } catch {
      return [];
    }
  };
  const walk = (id) => {
    try {
      const rss = readFileSync(`/proc/${id}/status`, 'utf8').match(/VmRSS:\s+(\d+)/);
      if (rss) total += Number(rss[1]);
    } catch {
      return;
    }
    for (const child of children(id)) walk(child);
  };
  walk(pid);
  return total;
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

function walkFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walkFiles(full));
    else out.push(full);
  }
  return out;
}

const gzipCache = new Map();
function gzipBytes(file) {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(file), { level: 9 }).length;
    gzipCache.set(file, size);
  }
  return size;
}

/** A lesson page and what it loads right away: its CSS, its scripts and their static imports. */
function pageWeight(dist, htmlFile) {
  const html = readFileSync(htmlFile, 'utf8');
  const assets = new Set();
  const local = (url) =>
    url.startsWith('/') && !url.startsWith('//') ? path.join(dist, url.split(/[?#]/)[0]) : undefined;
  for (const match of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = match[0];
    if (!/rel="?(stylesheet|modulepreload)"?/.test(tag)) continue;
    const href = tag.match(/href="([^"]+)"/)?.[1];
    const file = href && local(href);
    if (file && existsSync(file)) assets.add(file);
  }
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) {
    const file = local(match[1]);
    if (file && existsSync(file)) assets.add(file);
  }
  for (const script of [...assets].filter((file) => file.endsWith('.js'))) {
    const code = readFileSync(script, 'utf8');
    for (const match of code.matchAll(/(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]*?\bfrom\s*)?["']([^"']+\.js)["']/g)) {
      const file = match[1].startsWith('/') ? local(match[1]) : path.resolve(path.dirname(script), match[1]);
      if (file && existsSync(file)) assets.add(file);
    }
  }
  const htmlGzip = gzipSync(html, { level: 9 }).length;
  let total = htmlGzip;
  for (const file of assets) total += gzipBytes(file);
  return { total, html: htmlGzip };
}

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

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};

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
  gzipCache.clear();
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
