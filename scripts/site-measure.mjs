// What the benchmarks measure of a build and of a built site, one way for all of them.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Runs a command and measures it: wall seconds, CPU seconds (user + system, which move less than
 * wall time when other work shares the machine) and peak memory, from GNU time where it is
 * installed, else by polling the process tree's resident memory.
 */
export function timed(command, args, { env = process.env, cwd } = {}) {
  const gnuTime = existsSync('/usr/bin/time');
  const [program, list] = gnuTime ? ['/usr/bin/time', ['-v', command, ...args]] : [command, args];
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(program, list, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let peakKiB = 0;
    const poll = gnuTime ? undefined : setInterval(() => (peakKiB = Math.max(peakKiB, treeRssKiB(child.pid))), 200);
    child.on('close', (status) => {
      if (poll) clearInterval(poll);
      const seconds = (performance.now() - started) / 1000;
      const rss = output.match(/Maximum resident set size \(kbytes\): (\d+)/);
      if (rss) peakKiB = Number(rss[1]);
      const cpu = ['User', 'System'].map((kind) =>
        Number(output.match(new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`))?.[1] ?? NaN),
      );
      resolve({ status, seconds, cpuSeconds: cpu[0] + cpu[1], peakMiB: Math.round(peakKiB / 1024), output });
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

export function walkFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walkFiles(full));
    else out.push(full);
  }
  return out;
}

const gzipCache = new Map();
export function gzipBytes(file) {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(file), { level: 9 }).length;
    gzipCache.set(file, size);
  }
  return size;
}

export const clearGzipCache = () => gzipCache.clear();

/** A page as a phone downloads it: its HTML and the CSS and JavaScript it loads (one level of imports), gzipped. */
export function pageWeight(dist, htmlFile) {
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

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};
