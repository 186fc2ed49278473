/**
 * Modules loaded only on demand (read-aloud, the storage notice), bundled at build time
 * and served at a fixed address. Loading them with a plain <script type="module"> instead
 * of import() keeps Vite's preload helper out of every lesson page's JavaScript.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import path from 'node:path';
import { build } from 'rolldown';

export const LAZY_MODULES = ['read-aloud', 'storage-notice'] as const;

export const getStaticPaths: GetStaticPaths = () => LAZY_MODULES.map((name) => ({ params: { name } }));

export const GET: APIRoute = async ({ params }) => {
  const output = await build({
    // Resolved from the project root: this file runs from a build folder when prerendered.
    input: path.resolve('src/client/lazy', `${params['name']}.ts`),
    write: false,
    output: { format: 'esm', minify: true },
  });
  return new Response(output.output[0].code, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
};
