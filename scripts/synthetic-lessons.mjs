// Synthetic lessons for the benchmarks (bench-scale, bench-vs-starlight): they pass the real schema
// and content checks and use the real author components (Steps, Tip, Warning, Important, Term,
// OfficialLink, Check, ScamDrill or Simulator, TrainerNote), ~400 words of varied Indonesian-like
// text each, spread over 20 paths, 10% translated into English. Deterministic: every run builds
// the same site.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export const PATHS = 20;
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
/** Replaces the lessons and paths in `contentDir` with `n` synthetic lessons over 20 paths, 10% in English. */
export function generate(contentDir, n) {
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
