// npm run classroom — a trainer's laptop serves the built site (dist/, no rebuild) to the phones on
// its network, such as the laptop's own or a phone's hotspot. Prints the address and a QR code, and
// serves a printable sheet with both at /kelas-lokal/. Over plain http a browser will not install
// the site or save it for offline use; every page, quiz and the progress on each phone still work.
//   --port 8080     --host 0.0.0.0 (every network of this laptop)     --dir dist
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { qrSvg, qrTerminal } from '../src/lib/codes/qr.ts';
import { serve } from '../tests/support/static-server.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8080' },
    host: { type: 'string', default: '0.0.0.0' },
    dir: { type: 'string', default: 'dist' },
  },
});
const dir = path.resolve(values.dir);
if (!existsSync(path.join(dir, 'index.html'))) {
  console.error(`classroom: ${values.dir}/ has no built site. Build it once, while online: npm run build`);
  process.exit(1);
}

/** This laptop's addresses on its networks, private ones (192.168.x.x, 10.x.x.x) first. */
function addresses() {
  if (values.host !== '0.0.0.0') return [values.host];
  const found = Object.values(os.networkInterfaces())
    .flat()
    .filter((entry) => entry && entry.family === 'IPv4' && !entry.internal)
    .map((entry) => entry.address);
  const rank = (address) => (/^(192\.168|10)\./.test(address) ? 0 : /^172\.(1[6-9]|2\d|3[01])\./.test(address) ? 1 : 2);
  return found.length ? found.sort((a, b) => rank(a) - rank(b)) : ['127.0.0.1'];
}

const [primary, ...others] = addresses();
const address = `http://${primary}:${values.port}/`;
const works = [
  'Semua pelajaran, gambar layar, istilah dan pencarian.',
  'Kuis, latihan dan "Tandai selesai": kemajuan tersimpan di browser ponsel masing-masing.',
];
const doesNot = [
  '"Pasang aplikasi" dan "Simpan untuk offline": browser hanya mengizinkannya lewat https.',
  'Kemajuan terikat pada alamat ini. Pakai alamat yang sama di sesi berikutnya.',
];
const later = 'Nanti, pindahkan kemajuan ke situs umum dengan kode pindah di halaman Kemajuan Saya.';

const style =
  'body{font:1.25rem/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}' +
  'h1{font-size:2rem;margin:0 0 1rem}.address{font-size:2rem;font-weight:700;overflow-wrap:anywhere}' +
  'svg{width:18rem;height:18rem;display:block;margin:1rem 0}li{margin-block:.5rem}';
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const list = (items) => `<ul>${items.map((item) => `<li>${escape(item)}</li>`).join('')}</ul>`;
const sheet = `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-${createHash('sha256').update(style).digest('base64')}'">
<meta name="robots" content="noindex"><title>Langkah Digital di kelas ini</title><style>${style}</style></head>
<body><main><h1>Langkah Digital di kelas ini</h1>
<p>1. Sambungkan ponsel ke Wi-Fi yang sama dengan laptop pelatih.</p>
<p>2. Pindai kode QR ini dengan kamera, atau ketik alamatnya di browser:</p>
<p class="address">${escape(address)}</p>
${qrSvg(address).replace('<svg ', `<svg role="img" aria-label="Kode QR ke ${escape(address)}" `)}
<h2>Yang berjalan</h2>${list(works)}<h2>Yang tidak berjalan</h2>${list(doesNot)}<p>${escape(later)}</p>
</main></body></html>
`;

await serve({
  root: dir,
  port: Number(values.port),
  host: values.host,
  extra: { '/kelas-lokal/': { type: 'text/html; charset=utf-8', body: sheet } },
});

console.log(`\nLangkah Digital melayani kelas di:\n\n  ${address}\n`);
for (const other of others) console.log(`  atau http://${other}:${values.port}/`);
console.log(qrTerminal(address));
console.log(`Lembar untuk dicetak: ${address}kelas-lokal/\n`);
console.log(`Yang berjalan:\n${works.map((item) => `  ✓ ${item}`).join('\n')}`);
console.log(`Yang tidak berjalan:\n${doesNot.map((item) => `  ✗ ${item}`).join('\n')}`);
console.log(`${later}\n\nTekan Ctrl+C untuk berhenti.`);
