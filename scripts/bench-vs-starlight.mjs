// npm run bench:vs-starlight [N] — this project and Astro Starlight build the same lessons, side by
// side on this machine, in alternating cold builds (RUNS=3 each by default).
//   N = 0 (default): the bundled lessons; N > 0: N synthetic lessons (scripts/synthetic-lessons.mjs).
// Starlight (@astrojs/starlight, pinned below, on this project's Astro) builds each Indonesian lesson
// as a Markdown page: its frontmatter's title and summary, and its body with the author components'
// tags taken out and their text kept. This project builds its content as it ships (both languages).
// Prints, for both, the median wall time, CPU time and peak memory, pages, lesson-page weight
// (HTML + CSS + JS gzipped, median) and dist size, with the ratios; writes reports/bench-vs-starlight.json.
// Not part of npm test: it installs Starlight from the registry into node_modules/.cache on first use.
import { execFileSync } from 'node:child_process';
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
import { parse } from 'yaml';
import { median, pageWeight, timed, walkFiles } from './site-measure.mjs';
import { generate } from './synthetic-lessons.mjs';

const STARLIGHT = '0.42.4';
const n = Number(process.argv[2] ?? 0);
const runs = Number(process.env.RUNS ?? 3);
const astroVersion = JSON.parse(readFileSync('node_modules/astro/package.json', 'utf8')).version;
const work = mkdtempSync(path.join(tmpdir(), `langkah-vs-starlight-${n}-`));
const content = path.join(work, 'content');
cpSync('content', content, { recursive: true });
if (n > 0) generate(content, n);

// Starlight, installed once beside this project's own packages.
const install = path.resolve('node_modules/.cache/bench-starlight', STARLIGHT);
if (!existsSync(path.join(install, 'node_modules/@astrojs/starlight'))) {
  mkdirSync(install, { recursive: true });
  writeFileSync(
    path.join(install, 'package.json'),
    JSON.stringify({
      private: true,
      type: 'module',
      dependencies: { '@astrojs/starlight': STARLIGHT, astro: astroVersion },
    }),
  );
  console.log(`Installing @astrojs/starlight ${STARLIGHT} with astro ${astroVersion}…`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: install, stdio: 'inherit' });
}

/** A lesson as plain Markdown: the components' tags go, the words inside them stay. */
function markdownOf(file) {
  const text = readFileSync(file, 'utf8');
  const [, front = '', body = ''] = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
  const data = parse(front);
  const plain = body
    .replace(/^import .*$/gm, '')
    .replace(/<[A-Z][\w.]*\b(?:[^>"'{]|"[^"]*"|'[^']*'|\{(?:[^{}]|\{[^{}]*\})*\})*\/>/g, '')
    .replace(/<\/?[A-Z][\w.]*\b(?:[^>"'{]|"[^"]*"|'[^']*'|\{(?:[^{}]|\{[^{}]*\})*\})*>/g, '');
  return `---\ntitle: ${JSON.stringify(data.title)}\ndescription: ${JSON.stringify(data.summary)}\n---\n${plain}`;
}

// Inside the install, so Starlight resolves from its own node_modules (Vite does not follow a linked one).
const site = path.join(install, `site-${process.pid}`);
mkdirSync(path.join(site, 'src/content/docs/pelajaran'), { recursive: true });
for (const file of readdirSync(path.join(content, 'lessons/id'))) {
  writeFileSync(
    path.join(site, 'src/content/docs/pelajaran', file.replace(/\.mdx$/, '.md')),
    markdownOf(path.join(content, 'lessons/id', file)),
  );
}
writeFileSync(
  path.join(site, 'src/content/docs/index.md'),
  '---\ntitle: Langkah Digital\n---\nBelajar langkah demi langkah.\n',
);
writeFileSync(
  path.join(site, 'src/content.config.ts'),
  "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
);
writeFileSync(
  path.join(site, 'astro.config.mjs'),
  "import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ site: 'https://langkah-digital.example', integrations: [starlight({ title: 'Langkah Digital', defaultLocale: 'root', locales: { root: { label: 'Bahasa Indonesia', lang: 'id' } } })] });\n",
);

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
const sides = {
  langkah: {
    dist: path.join(work, 'dist'),
    lessonPage: /[\\/]pelajaran[\\/][^\\/]+[\\/]index\.html$/,
    build: () => {
      rmSync(path.join(work, 'cache'), { recursive: true, force: true });
      rmSync(path.join(work, 'dist'), { recursive: true, force: true });
      return timed(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
        env: {
          ...env,
          LANGKAH_CONTENT_DIR: content,
          LANGKAH_OUT_DIR: path.join(work, 'dist'),
          LANGKAH_CACHE_DIR: path.join(work, 'cache'),
        },
      });
    },
  },
  starlight: {
    dist: path.join(site, 'dist'),
    lessonPage: /[\\/]pelajaran[\\/][^\\/]+[\\/]index\.html$/,
    build: () => {
      for (const folder of ['dist', '.astro', 'node_modules/.astro'])
        rmSync(path.join(site, folder), { recursive: true, force: true });
      return timed(process.execPath, [path.join(install, 'node_modules/astro/bin/astro.mjs'), 'build'], {
        env,
        cwd: site,
      });
    },
  },
};

const results = { langkah: [], starlight: [] };
for (let run = 0; run < runs; run++) {
  // Alternate who goes first, so neither always builds on a warmer machine.
  for (const name of run % 2 === 0 ? ['langkah', 'starlight'] : ['starlight', 'langkah']) {
    const result = await sides[name].build();
    if (result.status !== 0) {
      console.error(result.output.split('\n').slice(-40).join('\n'));
      throw new Error(`${name}: the build failed; the sites are in ${work} and ${site}`);
    }
    results[name].push(result);
    console.log(
      `run ${run + 1} ${name}: ${result.seconds.toFixed(1)} s wall, ${result.cpuSeconds.toFixed(1)} s CPU, ${result.peakMiB} MiB`,
    );
  }
}

const summary = Object.fromEntries(
  Object.entries(sides).map(([name, side]) => {
    const files = walkFiles(side.dist);
    const pages = files.filter((file) => file.endsWith('.html'));
    const lessons = pages.filter((file) => side.lessonPage.test(file));
    return [
      name,
      {
        wallS: +median(results[name].map((r) => r.seconds)).toFixed(1),
        cpuS: +median(results[name].map((r) => r.cpuSeconds)).toFixed(1),
        peakMiB: median(results[name].map((r) => r.peakMiB)),
        pages: pages.length,
        lessonPageGzipKiB: +(median(lessons.map((file) => pageWeight(side.dist, file).total)) / 1024).toFixed(1),
        distMiB: +(files.reduce((sum, file) => sum + statSync(file).size, 0) / 1024 / 1024).toFixed(1),
      },
    ];
  }),
);
const ratio = Object.fromEntries(
  Object.keys(summary.langkah).map((key) => [key, +(summary.langkah[key] / summary.starlight[key]).toFixed(2)]),
);
console.table({ ...summary, 'langkah / starlight': ratio });
const lessons = readdirSync(path.join(content, 'lessons/id')).length;
mkdirSync('reports', { recursive: true });
writeFileSync(
  'reports/bench-vs-starlight.json',
  `${JSON.stringify({ lessons, runs, starlight: STARLIGHT, astro: astroVersion, summary, ratio }, null, 2)}\n`,
);
if (process.env.BENCH_KEEP !== '1') for (const folder of [work, site]) rmSync(folder, { recursive: true, force: true });
