// npm run build:zim — the Kiwix edition: builds the site's ZIM flavour (LANGKAH_FLAVOUR=zim, see
// src/integrations/zim-edition.ts) and packs it with Debian's zimwriterfs into
// dist-zim/langkah-digital_id_all_<YYYY-MM>.zim, then checks it with zimcheck.
// One file holds both languages: the language switch and the English pages' links to Indonesian
// lessons keep working, and a village gets one file to copy, not two.
//   --content DIR   another content folder (the scale benchmark's synthetic lessons)
//   --out DIR       where the ZIM and its build folder go (default dist-zim)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';

const { values } = parseArgs({ options: { content: { type: 'string' }, out: { type: 'string' } } });
const out = path.resolve(values.out ?? 'dist-zim');
const content = path.resolve(values.content ?? process.env.LANGKAH_CONTENT_DIR ?? 'content');
const site = parse(readFileSync(path.join(content, 'site.yaml'), 'utf8'));
const day = process.env.LANGKAH_TODAY ?? new Date().toISOString().slice(0, 10);
const name = 'langkah-digital_id_all';
const book = `${name}_${day.slice(0, 7)}`;
const folder = path.join(out, 'site');
const zimFile = path.join(out, `${book}.zim`);

for (const tool of ['zimwriterfs', 'zimcheck']) {
  if (spawnSync(tool, ['--version']).error) {
    console.error(`build:zim: ${tool} was not found. Install Debian's zim-tools: sudo apt-get install -y zim-tools`);
    process.exit(1);
  }
}

const started = performance.now();
rmSync(folder, { recursive: true, force: true });
execFileSync('npx', ['astro', 'build'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    LANGKAH_FLAVOUR: 'zim',
    LANGKAH_ZIM_BOOK: book,
    LANGKAH_OUT_DIR: folder,
    LANGKAH_CONTENT_DIR: content,
    ASTRO_TELEMETRY_DISABLED: '1',
  },
});
const built = performance.now();

const lessons = (locale) => {
  const dir = path.join(content, 'lessons', locale);
  return existsSync(dir) ? readdirSync(dir).filter((file) => file.endsWith('.mdx')).length : 0;
};
const longDescription =
  `${site.tagline.id} Untuk warga ${site.region.name}, ${site.region.province}: ${lessons('id')} pelajaran ` +
  `bergambar dengan kuis, latihan mengenali penipuan, dan daftar istilah. ${lessons('en')} pelajaran juga ada ` +
  'dalam bahasa Inggris. Kemajuan belajar disimpan di perangkat ini saja.';
const metadata = {
  welcome: 'index.html',
  illustration: 'illustration-48.png',
  language: 'ind,eng',
  title: site.name,
  description: site.tagline.id,
  creator: site.name,
  publisher: site.publisher,
  name,
  flavour: 'maxi',
  tags: '_category:other;literasi-digital;layanan-publik;_pictures:yes;_videos:no',
  source: process.env.LANGKAH_SITE ?? 'https://langkah-digital.example',
  scraper: 'langkah-digital build:zim',
};
// zim-tools 3.1 (Debian 12) has no --longDescription; later versions write it.
const help = spawnSync('zimwriterfs', ['--help'], { encoding: 'utf8' });
if (`${help.stdout}${help.stderr}`.includes('--longDescription')) metadata.longDescription = longDescription;

rmSync(zimFile, { force: true });
execFileSync('zimwriterfs', [...Object.entries(metadata).map(([key, value]) => `--${key}=${value}`), folder, zimFile], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
const packed = performance.now();
const check = spawnSync('zimcheck', ['-A', zimFile], { encoding: 'utf8' });
if (check.status !== 0 || !/Overall Test Status: Pass/.test(check.stdout)) {
  console.error(check.stdout, check.stderr);
  console.error(`build:zim: zimcheck found errors in ${zimFile}`);
  process.exit(1);
}
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const mb = (statSync(zimFile).size / 1024 / 1024).toFixed(2);
console.log(
  `build:zim: ${path.relative(process.cwd(), zimFile)}: ${mb} MiB; site build ${seconds(built - started)}, ` +
    `zimwriterfs ${seconds(packed - built)}, zimcheck ${seconds(performance.now() - packed)}; zimcheck passed.`,
);
