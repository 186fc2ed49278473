#!/usr/bin/env node
/**
 * `npm run author`: the lesson editor on this laptop, with no internet, account or server
 * elsewhere (docs/authoring-editor.md). Starts Astro's dev server with the editor, the same on
 * Windows, where `LANGKAH_AUTHOR=1 astro dev` would not work. Options: --port N, --host H.
 */
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '4321' }, host: { type: 'string', default: '127.0.0.1' } },
});
// Read by astro.config.mjs, which dev() loads next.
process.env.LANGKAH_AUTHOR = '1';
// Nothing leaves the laptop: no telemetry, and no look for a newer Astro on the registry.
process.env.ASTRO_TELEMETRY_DISABLED = '1';
process.env.ASTRO_DISABLE_UPDATE_CHECK = 'true';
const { dev } = await import('astro');
const server = await dev({ server: { host: values.host, port: Number(values.port) }, logLevel: 'warn' });
// Another program may hold the port: Astro then takes the next free one, so say the one it took.
const address = `http://${values.host}:${server.address.port}/keystatic/`;
console.log(`\n  Editor pelajaran Langkah Digital: buka ${address}`);
console.log(`  (Lesson editor: open ${address})`);
console.log('  Tekan Ctrl+C untuk berhenti. (Press Ctrl+C to stop.)\n');
