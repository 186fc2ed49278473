#!/usr/bin/env node
// Lighthouse audit of the built site (`npm run audit` = `astro build && node scripts/audit.mjs`).
//
// - Builds nothing: audits the existing `dist/` (or LANGKAH_OUT_DIR), served by the tests'
//   static server on a free loopback port, under LANGKAH_BASE when the build used one.
// - Lighthouse 13.5.x (about 150 MB, Node >= 22.19) is not a project dependency: it is installed
//   on first use into a cache folder (LANGKAH_LIGHTHOUSE_DIR, default ~/.cache/langkah-lighthouse)
//   and loaded from there. No browser is ever downloaded: it drives Debian's Chromium
//   (CHROMIUM_PATH or CHROME_PATH, default /usr/bin/chromium).
// - Mobile mode (Lighthouse's default emulation and simulated throttling), four pages.
// - Writes HTML and JSON reports to reports/lighthouse/, prints a score table and exits 1 when a
//   page is below target (performance >= 98; accessibility, best practices, SEO = 100), listing
//   the failing audits. Exit 2 means the audit could not run at all.
//
// Options: --runs N   run each page N times and keep the run with the median performance score
//                     (default 3: one run on a busy 2-core machine can be 20 points off)
//          --page P   audit only this path (repeatable), e.g. --page /cari/?q=otp
//          --port N   serve on this port (default: the first free one of 4360-4369, else any)
//          --out DIR  report folder (default reports/lighthouse)
//          --raw      serve as the tests do: no compression, no dist/_headers rules
//          --serve    only serve dist/ that way (for curl -I or a browser) until Ctrl+C
//
// By default the server behaves like the static hosts in docs/deploy/: it applies the rules of
// dist/_headers (copied from public/_headers) and gzips text, so the scores are those of a deploy.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { serve } from '../tests/support/static-server.mjs';
import { CHROMIUM_ARGS } from '../tests/support/chromium.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const LIGHTHOUSE_RANGE = '13.5';
const PAGES = [
  { name: 'home', path: '/' },
  { name: 'lesson', path: '/pelajaran/aktivasi-ktp-digital-ikd/' },
  { name: 'search', path: '/cari/?q=otp' },
  { name: 'progress', path: '/kemajuan/' },
];
const CATEGORIES = [
  { id: 'performance', label: 'Perf', target: 98 },
  { id: 'accessibility', label: 'A11y', target: 100 },
  { id: 'best-practices', label: 'BP', target: 100 },
  { id: 'seo', label: 'SEO', target: 100 },
];
// The flags Debian's Chromium needs on these machines, shared with the browser tests, plus headless.
const CHROMIUM_FLAGS = ['--headless', ...CHROMIUM_ARGS];

class SetupError extends Error {}

function parseOptions() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      page: { type: 'string', multiple: true },
      port: { type: 'string' },
      out: { type: 'string', default: 'reports/lighthouse' },
      raw: { type: 'boolean', default: false },
      serve: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    const header = readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\nimport ')[0];
    console.log(header.replace(/^#!.*\n/, '').replace(/^\/\/ ?/gm, ''));
    process.exit(0);
  }
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new SetupError(`--runs wants a whole number >= 1, got ${values.runs}`);
  const pages = values.page
    ? values.page.map((p) => PAGES.find((known) => known.path === p) ?? { name: slug(p), path: p })
    : PAGES;
  return {
    runs,
    pages,
    port: values.port ? Number(values.port) : undefined,
    out: path.resolve(root, values.out),
    raw: values.raw,
    serveOnly: values.serve,
  };
}

function slug(urlPath) {
  return urlPath.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
}

function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 22 || (major === 22 && minor < 19)) {
    throw new SetupError(`Lighthouse 13 needs Node >= 22.19; this is Node ${process.versions.node}.`);
  }
}

/** Installs Lighthouse into the cache folder when it is missing or of another version; returns its folder. */
function ensureLighthouse() {
  const cache =
    process.env.LANGKAH_LIGHTHOUSE_DIR ??
    path.join(process.env.XDG_CACHE_HOME ?? path.join(homedir(), '.cache'), 'langkah-lighthouse');
  const manifest = path.join(cache, 'node_modules', 'lighthouse', 'package.json');
  const installed = () => existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).version;
  const version = installed();
  if (version && version.startsWith(`${LIGHTHOUSE_RANGE}.`)) return cache;
  console.log(
    `Installing lighthouse@${LIGHTHOUSE_RANGE} into ${cache} (${version ? `found ${version}` : 'first use'}; about 150 MB, once)…`,
  );
  mkdirSync(cache, { recursive: true });
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(
    npm,
    [
      'install',
      '--prefix',
      cache,
      '--no-save',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      `lighthouse@${LIGHTHOUSE_RANGE}`,
    ],
    { stdio: 'inherit', env: { ...process.env, NPM_CONFIG_UPDATE_NOTIFIER: 'false' } },
  );
  if (result.status !== 0 || !installed()?.startsWith(`${LIGHTHOUSE_RANGE}.`)) {
    throw new SetupError(`npm could not install lighthouse@${LIGHTHOUSE_RANGE} into ${cache}.`);
  }
  return cache;
}

/** Rules of a Netlify / Cloudflare Pages `_headers` file: `*` matches anything, `:name` one segment. */
function readHeaderRules(file) {
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/:\w+/g, '[^/]+');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else if (rules.length > 0) {
      const colon = line.indexOf(':');
      if (colon > 0)
        rules.at(-1).headers.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|manifest\+json|xml|wasm)|image\/svg\+xml)/;

/**
 * Makes the tests' static server answer like the hosts in docs/deploy/: every matching
 * `_headers` rule is applied (two values of one header joined with ", ", as the hosts do)
 * and text is gzipped for clients that accept it.
 */
function actLikeHost(server, { rules, base }) {
  const handlers = server.listeners('request');
  server.removeAllListeners('request');
  server.on('request', (request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const sitePath = pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
    const extra = new Map();
    for (const rule of rules) {
      if (!rule.pattern.test(sitePath)) continue;
      for (const [name, value] of rule.headers)
        extra.set(name, extra.has(name) ? `${extra.get(name)}, ${value}` : value);
    }
    const acceptsGzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    const writeHead = response.writeHead.bind(response);
    const end = response.end.bind(response);
    let gzip = false;
    response.writeHead = (status, headers = {}) => {
      const merged = { ...headers, ...Object.fromEntries(extra) };
      if (acceptsGzip && request.method !== 'HEAD' && COMPRESSIBLE.test(String(merged['content-type'] ?? ''))) {
        gzip = true;
        merged['content-encoding'] = 'gzip';
        merged.vary = 'Accept-Encoding';
      }
      return writeHead(status, merged);
    };
    response.end = (body, ...rest) => end(gzip && body ? gzipSync(body, { level: 6 }) : body, ...rest);
    for (const handler of handlers) handler.call(server, request, response);
  });
}

async function loadModule(cache, name, entry) {
  const file = path.join(cache, 'node_modules', name, entry);
  return import(pathToFileURL(file).href);
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(false))
      .listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

async function freePort(wanted) {
  if (wanted !== undefined) return wanted;
  for (let port = 4360; port <= 4369; port += 1) if (await portIsFree(port)) return port;
  return 0; // let the system choose
}

function chromiumPath() {
  const candidate = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(candidate)) {
    throw new SetupError(
      `Chromium was not found at ${candidate}. The audit drives Debian's Chromium and never downloads one.\n` +
        'Install it with: sudo apt-get update && sudo apt-get install -y chromium\n' +
        'or point CHROMIUM_PATH at another Chromium binary.',
    );
  }
  return candidate;
}

const scoreOf = (lhr, id) => {
  const score = lhr.categories[id]?.score;
  return score === null || score === undefined ? null : Math.round(score * 100);
};

/** Audits that cost points in a category below target, with what they say. */
function failingAudits(lhr, categoryId) {
  const category = lhr.categories[categoryId];
  const failing = [];
  for (const ref of category.auditRefs) {
    const audit = lhr.audits[ref.id];
    if (!audit || audit.score === null || audit.score >= 1) continue;
    if (!['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) continue;
    // Performance: the score comes from the weighted metrics; insights and diagnostics
    // (weight 0) that are flagged say where the time goes.
    if (categoryId === 'performance' && ref.weight === 0 && audit.score >= 0.9) continue;
    failing.push({
      id: ref.id,
      title: audit.title,
      weight: ref.weight,
      score: audit.score,
      displayValue: audit.displayValue,
      items: detailItems(audit.details).slice(0, 5).map(describeItem).filter(Boolean),
    });
  }
  return failing.sort((a, b) => b.weight - a.weight || a.score - b.score);
}

/** Table rows of an audit's details; a 'list' (as insights use) holds tables of its own. */
function detailItems(details) {
  if (!details || !Array.isArray(details.items)) return [];
  if (details.type === 'list') return details.items.flatMap((part) => detailItems(part));
  return details.items.filter((item) => item && typeof item === 'object');
}

function describeItem(item) {
  const node = item.node ?? item.source ?? item;
  const parts = [node.selector, node.snippet, item.url, item.description, item.sourceLocation?.url].filter(
    (part) => typeof part === 'string' && part.length > 0,
  );
  return parts.length ? parts.join('  ').replace(/\s+/g, ' ').slice(0, 160) : undefined;
}

function printTable(results) {
  const pageWidth = Math.max(4, ...results.map((r) => r.page.path.length));
  const header = ['Page'.padEnd(pageWidth), ...CATEGORIES.map((c) => c.label.padStart(5))].join(' | ');
  console.log(`\n${header}\n${header.replace(/[^|]/g, '-')}`);
  for (const r of results) {
    const cells = CATEGORIES.map((c) => {
      const score = r.scores[c.id];
      const text = score === null ? 'n/a' : String(score);
      return `${score !== null && score < c.target ? '*' : ' '}${text}`.padStart(5);
    });
    console.log([r.page.path.padEnd(pageWidth), ...cells].join(' | '));
  }
  console.log(`(targets: ${CATEGORIES.map((c) => `${c.label} >= ${c.target}`).join(', ')}; * = below)\n`);
}

async function main() {
  const options = parseOptions();
  const dist = path.resolve(root, process.env.LANGKAH_OUT_DIR ?? 'dist');
  const base = process.env.LANGKAH_BASE ?? '/';
  if (!existsSync(path.join(dist, 'index.html'))) {
    throw new SetupError(`No built site at ${dist}: run \`astro build\` first (npm run audit does).`);
  }
  if (options.serveOnly) {
    const server = await serve({ root: dist, port: await freePort(options.port), base });
    if (!options.raw) actLikeHost(server, { rules: readHeaderRules(path.join(dist, '_headers')), base });
    console.log(`Serving ${dist} at http://127.0.0.1:${server.address().port}${base} (Ctrl+C to stop)`);
    return;
  }
  checkNode();
  const chromePath = chromiumPath();
  const cache = ensureLighthouse();
  const { default: lighthouse } = await loadModule(cache, 'lighthouse', 'core/index.js');
  const chromeLauncher = await loadModule(cache, 'chrome-launcher', 'dist/index.js');

  const server = await serve({ root: dist, port: await freePort(options.port), base });
  if (!options.raw) actLikeHost(server, { rules: readHeaderRules(path.join(dist, '_headers')), base });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROMIUM_FLAGS, logLevel: 'silent' });
  mkdirSync(options.out, { recursive: true });
  const results = [];
  try {
    for (const page of options.pages) {
      const url = new URL(`${base.replace(/\/$/, '')}${page.path}`, origin).href;
      const runs = [];
      for (let run = 1; run <= options.runs; run += 1) {
        process.stdout.write(`Auditing ${url}${options.runs > 1 ? ` (run ${run}/${options.runs})` : ''}…\n`);
        const result = await lighthouse(url, {
          port: chrome.port,
          output: ['html', 'json'],
          logLevel: 'error',
          onlyCategories: CATEGORIES.map((c) => c.id),
        });
        if (!result?.lhr) throw new SetupError(`Lighthouse returned no result for ${url}.`);
        if (result.lhr.runtimeError) {
          throw new SetupError(
            `Lighthouse could not load ${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`,
          );
        }
        runs.push(result);
      }
      // The run whose performance score is the median (ties: the first such run).
      const byScore = [...runs].sort((a, b) => scoreOf(a.lhr, 'performance') - scoreOf(b.lhr, 'performance'));
      const chosen = byScore[Math.floor((byScore.length - 1) / 2)];
      const [html, json] = chosen.report;
      writeFileSync(path.join(options.out, `${page.name}.report.html`), html);
      writeFileSync(path.join(options.out, `${page.name}.report.json`), json);
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c.id, scoreOf(chosen.lhr, c.id)]));
      const performanceRuns = runs.map((r) => scoreOf(r.lhr, 'performance'));
      results.push({ page, url, scores, performanceRuns, lhr: chosen.lhr });
    }
  } finally {
    chrome.kill();
    await new Promise((resolve) => server.close(resolve));
  }

  printTable(results);
  if (options.runs > 1) {
    for (const r of results) console.log(`  ${r.page.path}: performance per run ${r.performanceRuns.join(', ')}`);
    console.log('');
  }
  const summary = results.map((r) => ({
    page: r.page.path,
    url: r.url,
    scores: r.scores,
    performanceRuns: r.performanceRuns,
    failing: Object.fromEntries(
      CATEGORIES.filter((c) => r.scores[c.id] !== null && r.scores[c.id] < c.target).map((c) => [
        c.id,
        failingAudits(r.lhr, c.id),
      ]),
    ),
  }));
  writeFileSync(path.join(options.out, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);

  let belowTarget = false;
  for (const entry of summary) {
    for (const [categoryId, audits] of Object.entries(entry.failing)) {
      belowTarget = true;
      const category = CATEGORIES.find((c) => c.id === categoryId);
      console.log(`✗ ${entry.page} ${categoryId} ${entry.scores[categoryId]} < ${category.target}`);
      if (audits.length === 0) console.log('    (no single audit flagged: the score sits just under the target)');
      for (const audit of audits) {
        const value = audit.displayValue ? ` — ${audit.displayValue}` : '';
        const weight = categoryId === 'performance' && audit.weight === 0 ? ' [insight]' : '';
        console.log(`    ${audit.id}: ${audit.title}${value}${weight}`);
        for (const item of audit.items) console.log(`        ${item}`);
      }
    }
  }
  console.log(`Reports: ${path.relative(process.cwd(), options.out) || '.'}/<page>.report.{html,json}, summary.json`);
  if (belowTarget) {
    console.log('Some pages are below target.');
    process.exitCode = 1;
  } else {
    console.log('All pages meet their targets.');
  }
}

main().catch((error) => {
  console.error(error instanceof SetupError ? `audit: ${error.message}` : error);
  process.exitCode = 2;
});
