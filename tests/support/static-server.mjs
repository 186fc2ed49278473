// A minimal static host for browser tests: serves a built folder the way a CDN would
// (directory → index.html, unknown path → 404.html with status 404), on loopback only.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

async function resolveFile(root, urlPath) {
  const decoded = decodeURIComponent(urlPath);
  const candidate = path.join(root, decoded);
  if (!candidate.startsWith(root)) return undefined;
  try {
    const info = await stat(candidate);
    if (info.isFile()) return candidate;
    if (info.isDirectory() && decoded.endsWith('/')) {
      const index = path.join(candidate, 'index.html');
      if ((await stat(index)).isFile()) return index;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

const plainSend = (request, response, status, headers, body) => {
  response.writeHead(status, headers);
  response.end(request.method === 'HEAD' ? undefined : body);
};

/**
 * Starts a server; `base` is the sub-path the site is deployed under ('/' or '/literasi/').
 * `send` writes each answer: the first-visit benchmark passes one that compresses and throttles.
 * `host` is loopback unless a classroom laptop serves its network (scripts/classroom.mjs), and
 * `extra` answers a few paths of its own: { '/kelas-lokal/': { type, body } }.
 */
export function serve({ root, port, base = '/', send = plainSend, host = '127.0.0.1', extra = {} }) {
  let absoluteRoot = path.resolve(root);
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const own = extra[url.pathname];
    if (own) return send(request, response, 200, { 'content-type': own.type, 'cache-control': 'no-cache' }, own.body);
    let file;
    if (url.pathname.startsWith(base)) {
      file = await resolveFile(absoluteRoot, `/${url.pathname.slice(base.length)}`);
    }
    const status = file ? 200 : 404;
    file ??= path.join(absoluteRoot, '404.html');
    try {
      const body = await readFile(file);
      const headers = {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      };
      await send(request, response, status, headers, body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  // A new deploy, for update tests: the same address starts serving another build.
  server.setRoot = (next) => {
    absoluteRoot = path.resolve(next);
  };
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

// `node tests/support/static-server.mjs dist 4322 [/base/]`
if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'dist', port = '4322', base = '/'] = process.argv.slice(2);
  await serve({ root, port: Number(port), base });
  console.log(`Serving ${root} at http://127.0.0.1:${port}${base}`);
}
