import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
  contentDir: string;
}

/**
 * Builds the site from a copy of content/, changed by `edit`, into a temporary folder:
 * what an author would see after `npm run build`.
 */
export function buildWithContent(
  edit: (contentDir: string) => void = () => {},
  env: Record<string, string> = {},
): BuildResult {
  const work = mkdtempSync(path.join(tmpdir(), 'langkah-build-'));
  const contentDir = path.join(work, 'content');
  cpSync('content', contentDir, { recursive: true });
  edit(contentDir);
  return buildFrom(contentDir, env, work);
}

/** Builds the site from `contentDir` as it stands, into a temporary folder. */
export function buildFrom(
  contentDir: string,
  env: Record<string, string> = {},
  work = mkdtempSync(path.join(tmpdir(), 'langkah-build-')),
): BuildResult {
  const outDir = path.join(work, 'dist');
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      LANGKAH_CONTENT_DIR: contentDir,
      LANGKAH_OUT_DIR: outDir,
      LANGKAH_CACHE_DIR: path.join(work, 'cache'),
      ...env,
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir, contentDir };
}

/** Replaces text in a file of a content copy, failing loudly if the text is absent. */
export function replaceIn(file: string, from: string | RegExp, to: string): void {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`${file} does not contain ${String(from)}`);
  writeFileSync(file, next);
}
